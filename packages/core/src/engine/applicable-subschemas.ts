/**
 * Which subschemas apply at a data location: for the current answers (the field tree), or whatever
 * the answers (importing data). Applied sets are interned per schema, so equal sets are one object.
 */
import { isObject } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import type { WalkTrace } from './applied-by-outcomes.js';
import { AppliedSchemas, type AppliedSubschema } from './applied-schemas.js';
import { ALL_OF_KEYWORDS } from './keywords/all-of.js';
import { DEPENDENT_SCHEMAS_KEYWORDS, dependentSchemaEntries, isAnswered } from './keywords/dependent-schemas.js';
import { activeBranch, everyBranch } from './keywords/if-then-else.js';
import { featureNeeded, loadedFeatures } from './features/engine-features.js';
import { CHOICE_KEYWORDS, type ChoiceContext } from './keywords/option-choice.js';
import type { SchemaCache } from './schema-cache.js';
import { appliedAtRank, planOf } from './subschema-plan.js';

/** `$ref`/`allOf`/branch hops followed from one entry before giving up (a cycle of in-place applicators). */
const MAX_HOPS = 48;
/** Interned applied sets kept per schema: 50 independent conditions make 2^50 combinations. */
const MAX_INTERNED = 5000;
/** Keywords whose list members may each apply in place. */
const LIST_APPLICATORS: readonly string[] = [...ALL_OF_KEYWORDS, ...CHOICE_KEYWORDS];
/** Subschemas visited when listing every possible one. */
const MAX_POSSIBLE = 512;

/**
 * The subschemas that apply at `dataPointer` for `answers`, starting from `entries`: `$ref` targets
 * and `allOf` members, then the node itself, then active branches (`then`/`else`, dependent schemas,
 * the chosen `oneOf`/`anyOf` alternative), each one rank more specific. Cached per entry list while
 * no condition is involved.
 */
export function applicableSubschemas(
  context: ChoiceContext,
  entries: readonly JsonPointer[],
  answers: unknown,
  dataPointer: JsonPointer,
): AppliedSchemas {
  const schemas = context.schemas;
  const alwaysApplied = schemas.staticApplied.get(entries);
  if (alwaysApplied) return alwaysApplied;
  // A combination of outcomes met before (remembered with the handlers of conditions, see applied-by-outcomes.ts).
  const memory = loadedFeatures.reveals;
  const recalled = memory?.recallApplied(context.conditions, entries, answers, dataPointer);
  if (recalled) return recalled;
  const applied: AppliedSubschema[] = [];
  // The decisions met and their outcomes, alternately — traced only when there is a memory to keep
  // them in (the conditions' code has loaded), so a form without conditions makes no list per field.
  const steps: WalkTrace | undefined = memory ? [] : undefined;
  let dependsOnAnswers = false;
  const visit = (pointer: JsonPointer, rank: number, hops: number, viaAlternative: boolean): void => {
    if (hops > MAX_HOPS) return;
    const plan = planOf(schemas, pointer);
    if (!plan) return;
    const itself = appliedAtRank(plan, pointer, rank, viaAlternative);
    if (plan.ownPropertiesFirst) applied.push(itself);
    if (plan.refTarget !== undefined) visit(plan.refTarget, rank, hops + 1, viaAlternative);
    for (const member of plan.allOfMembers) visit(member, rank, hops + 1, viaAlternative);
    if (!plan.ownPropertiesFirst) applied.push(itself);
    if (!plan.dependsOnAnswers) return;
    dependsOnAnswers = true;
    if (plan.conditional) {
      // Undecided until the real validator arrives (see ConditionResults.outcome): no branch applies yet.
      const matched = context.conditions.outcome(plan.conditional.if, answers, dataPointer);
      steps?.push(plan.conditional.if, matched);
      const branch = matched === undefined ? undefined : activeBranch(plan.conditional, matched);
      if (branch !== undefined) visit(branch, rank + 2, hops + 1, viaAlternative);
    }
    for (const dependent of plan.dependentSchemas) {
      const answered = isAnswered(answers, dependent[0]);
      steps?.push(dependent, answered);
      if (answered) visit(dependent[1], rank + 2, hops + 1, viaAlternative);
    }
    for (const list of plan.optionLists) {
      steps?.push(null, false);
      visit(
        `${pointer}/${list.keyword}/${featureNeeded('alternatives').chooseOption(context, pointer, list, answers, dataPointer)}`,
        rank + 2,
        hops + 1,
        viaAlternative || list.choiceOfObjects,
      );
    }
  };
  for (const entry of entries) visit(entry, 1, 0, false);
  // A lone applied subschema (most fields) is its own signature: it is one object per pointer, rank and
  // alternative (see `appliedAtRank`), so no string is built, hashed and kept for it.
  let signature: string | AppliedSubschema = applied.length === 1 ? applied[0]! : '';
  if (typeof signature === 'string')
    for (const subschema of applied) signature += subschema.pointer + (subschema.viaAlternative ? '\t' : '\n');
  let interned = schemas.appliedBySignature.get(signature);
  if (!interned) {
    interned = new AppliedSchemas(applied);
    if (schemas.appliedBySignature.size > MAX_INTERNED) schemas.appliedBySignature.clear();
    schemas.appliedBySignature.set(signature, interned);
  }
  if (!dependsOnAnswers) schemas.staticApplied.set(entries, interned);
  else if (memory && steps) memory.rememberApplied(entries, steps, interned);
  return interned;
}

/** Every subschema that could apply at a location, ignoring conditions (for importing data). */
export function possibleSubschemas(schemas: SchemaCache, entries: readonly JsonPointer[]): AppliedSchemas {
  const possible: AppliedSubschema[] = [];
  const seen = new Set<JsonPointer>();
  const visit = (pointer: JsonPointer): void => {
    if (seen.has(pointer) || seen.size > MAX_POSSIBLE) return;
    seen.add(pointer);
    const schema = schemas.schemaAt(pointer);
    if (schema === undefined) return;
    possible.push({ pointer, schema, rank: 0 });
    if (!isObject(schema)) return;
    if (typeof schema.$ref === 'string') {
      const target = schemas.refTarget(pointer, schema.$ref);
      if (target !== undefined) visit(target);
    }
    for (const keyword of LIST_APPLICATORS) {
      const list = schema[keyword];
      if (Array.isArray(list))
        for (let index = 0; index < list.length; index++) visit(`${pointer}/${keyword}/${index}`);
    }
    for (const branch of everyBranch(schema, pointer)) visit(branch);
    for (const keyword of DEPENDENT_SCHEMAS_KEYWORDS)
      for (const [, subschema] of dependentSchemaEntries(schema, pointer, keyword)) visit(subschema);
  };
  for (const entry of entries) visit(entry);
  return new AppliedSchemas(possible);
}
