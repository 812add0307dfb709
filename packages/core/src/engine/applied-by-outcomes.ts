/**
 * Applied sets remembered by the outcomes of the decisions that led to them: which `if` matched and
 * which dependent schemas' properties are answered, in the order `applicableSubschemas` met them. The
 * walk is a fixed function of those outcomes (the schema does not change), so once a combination was
 * seen, the set is found again by deciding only those conditions — most of them still cached in the
 * condition results — without visiting the ~100 subschemas of a large conditional form's root and
 * building its signature. A switch toggled off goes back to a combination already seen (issue #18).
 * Walks that choose among `oneOf`/`anyOf` alternatives are not remembered: the person's choice of
 * an object alternative is not in the answers.
 */
import type { JsonPointer } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import type { Decision } from './condition-keywords.js';
import type { ConditionResults } from './condition-results.js';
import { isAnswered, type DependentSchema } from './keywords/dependent-schemas.js';

/**
 * One decision of a walk: an `if` (its pointer: whether the answers match it) or a dependent schema
 * (whether its property is answered); `null` stands for a choice among alternatives.
 */
export type WalkStep = JsonPointer | DependentSchema | null;

/** The outcome of a step: a condition's decision, or whether a dependent schema's property is answered. */
type Outcome = Decision | boolean;

/** The steps of a walk and their outcomes, alternately. */
export type WalkTrace = (WalkStep | Outcome)[];

/** A decision met by every walk that reached it, and where each of its outcomes leads. */
class Fork {
  readonly next = new Map<Outcome, Fork | AppliedSchemas>();
  constructor(readonly step: JsonPointer | DependentSchema) {}
}

/** The remembered walks from one entry list. */
interface Remembered {
  start: Fork | AppliedSchemas | undefined;
  sets: number;
}

/** Combinations remembered per entry list before starting over (50 independent switches make 2^50). */
const MAX_REMEMBERED = 256;

/** By entry list (lists of entries are kept per shape, so the same list is the same object). */
const rememberedByEntries = new WeakMap<readonly JsonPointer[], Remembered>();

/**
 * The applied set a walk from `entries` met before for these outcomes, or `undefined` when none did.
 * Decides the same conditions, in the same order, as the walk would.
 */
export function recallApplied(
  conditions: ConditionResults,
  entries: readonly JsonPointer[],
  answers: unknown,
  dataPointer: JsonPointer,
): AppliedSchemas | undefined {
  let at = rememberedByEntries.get(entries)?.start;
  while (at instanceof Fork) {
    const step = at.step;
    const outcome =
      typeof step === 'string' ? conditions.outcome(step, answers, dataPointer) : isAnswered(answers, step[0]);
    at = at.next.get(outcome);
  }
  return at;
}

/**
 * Remembers that the walk from `entries` whose steps and outcomes alternate in `steps` reached
 * `applied`; a walk with a choice among alternatives is not remembered.
 */
export function rememberApplied(
  entries: readonly JsonPointer[],
  steps: Readonly<WalkTrace>,
  applied: AppliedSchemas,
): void {
  for (let index = 0; index < steps.length; index += 2) if (steps[index] === null) return;
  let remembered = rememberedByEntries.get(entries);
  if (!remembered || remembered.sets >= MAX_REMEMBERED)
    rememberedByEntries.set(entries, (remembered = { start: undefined, sets: 0 }));
  if (steps.length === 0) {
    remembered.start = applied;
    return;
  }
  if (!(remembered.start instanceof Fork)) remembered.start = new Fork(steps[0] as JsonPointer | DependentSchema);
  let fork = remembered.start;
  for (let index = 0; index < steps.length; index += 2) {
    // The same outcomes always lead to the same next step; a different one means the plans were rebuilt.
    if (fork.step !== steps[index]) {
      rememberedByEntries.delete(entries);
      return;
    }
    const outcome = steps[index + 1] as Outcome;
    const next = fork.next.get(outcome);
    if (index + 2 === steps.length) {
      if (next === undefined) remembered.sets++;
      fork.next.set(outcome, applied);
      return;
    }
    if (next instanceof Fork) fork = next;
    else {
      const after = new Fork(steps[index + 2] as JsonPointer | DependentSchema);
      fork.next.set(outcome, after);
      fork = after;
    }
  }
}
