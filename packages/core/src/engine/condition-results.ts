/**
 * The per-form cache of condition results: whether the answers at a data location match a subschema
 * (an `if`, an alternative, a `dependentSchemas` entry), decided once — by core's own evaluator when
 * it can, else by the compiled validator — and kept while the properties that subschema reads are
 * unchanged.
 */
import type { FormValidator, JsonPointer } from '../types.js';
import { decideIfLoaded, type ConditionDecider } from './condition-decider.js';
import type { Decision } from './condition-keywords.js';
import { featureNeeded } from './features/engine-features.js';
import type { SchemaCache } from './schema-cache.js';

/** A decision and the answers it was made for. */
export interface ConditionResult {
  readonly answers: unknown;
  readonly result: Decision;
}

/** Condition results by data location, then by subschema pointer. */
export class ConditionResults {
  private readonly byLocation = new Map<JsonPointer, Map<JsonPointer, ConditionResult>>();

  /**
   * `decide` is core's evaluator once loaded (tests of the engine script every condition with their
   * validator instead); what it leaves undecided goes to `validator`.
   */
  constructor(
    private readonly validator: FormValidator,
    private readonly schemas: SchemaCache,
    private readonly decide: ConditionDecider = decideIfLoaded,
  ) {}

  /** Whether `answers` match the subschema; an undecided condition (see `outcome`) does not match. */
  matches(schemaPointer: JsonPointer, answers: unknown, dataPointer: JsonPointer): boolean {
    return this.outcome(schemaPointer, answers, dataPointer) ?? false;
  }

  /**
   * Whether `answers` (at `dataPointer`) match the subschema at `schemaPointer`, or `undefined` while
   * it is undecided: the evaluator cannot tell and the validator is still the provisional one.
   * Cached per location: an object's answers are updated in place, so `forget` drops what a change
   * may have made stale.
   */
  outcome(schemaPointer: JsonPointer, answers: unknown, dataPointer: JsonPointer): Decision {
    let atLocation = this.byLocation.get(dataPointer);
    const cached = atLocation?.get(schemaPointer);
    if (cached && cached.answers === answers) return cached.result;
    let result = this.decide(this.schemas, schemaPointer, answers);
    if (result === undefined && !this.validator.provisional) result = this.validator.matches(schemaPointer, answers);
    if (!atLocation) this.byLocation.set(dataPointer, (atLocation = new Map()));
    atLocation.set(schemaPointer, { answers, result });
    return result;
  }

  /**
   * Forgets the results at `dataPointer` of the subschemas that read one of the `changed` properties
   * (with the read-sets' code: only conditions and alternatives are cached, whose schemas load it).
   */
  forget(dataPointer: JsonPointer, changed: ReadonlySet<string>): void {
    const atLocation = this.byLocation.get(dataPointer);
    if (atLocation) featureNeeded('readSets').forgetReaders(this.schemas, atLocation, changed);
  }

  /** Forgets every result (the whole value was replaced). */
  clear(): void {
    this.byLocation.clear();
  }
}
