/**
 * The registry of keyword handlers that most forms never use (issue #18): object alternatives, answer
 * reveals, tuples, and the read-sets that conditions and alternatives are cached by. The eager engine calls them through `loadedFeatures`; their code arrives in a
 * chunk fetched by `engineFeaturesReady` only when a schema uses one of them (`featuresUsedBy`), so a
 * page with plain forms never downloads it. In Node every feature is registered at once (`node.ts`).
 */
import type { alternativesOf } from '../alternative-choices.js';
import type { recallApplied, rememberApplied } from '../applied-by-outcomes.js';
import type { addReveals, answerRevealsOf } from '../answer-reveals.js';
import type { chooseOption } from '../keywords/choose-alternative.js';
import type { isChoiceOfObjects } from '../keywords/choice-of-objects.js';
import type { forgetReaders } from '../forget-readers.js';
import type { walkReadSet } from '../read-set-walk.js';
import type { discriminatorAnswer } from '../keywords/discriminator.js';
import type { takeOverUnchanged } from '../property-branch-change.js';
import type { rememberedShapeDifference } from '../shape-difference.js';
import type { isTuple, isTuplePosition, itemEntriesAt } from '../tuple-items.js';

/** The handlers of each feature, as its chunk provides them. */
export interface EngineFeatures {
  /** `oneOf`/`anyOf` lists of alternatives (not of constants): which one applies, the choice shown. */
  readonly alternatives: {
    readonly chooseOption: typeof chooseOption;
    readonly alternativesOf: typeof alternativesOf;
    readonly discriminatorAnswer: typeof discriminatorAnswer;
    readonly isChoiceOfObjects: typeof isChoiceOfObjects;
    /** Which properties may change when another alternative applies (as for conditions, below). */
    readonly shapeDifference: typeof rememberedShapeDifference;
  };
  /**
   * `if`/`then`/`else` and dependent schemas: which properties an answer of a sibling reveals; what a
   * new applied set keeps when only branches declaring properties came or went; applied sets
   * remembered by the outcomes of their conditions; which properties another set may change.
   */
  readonly reveals: {
    readonly answerRevealsOf: typeof answerRevealsOf;
    readonly addReveals: typeof addReveals;
    readonly takeOverUnchanged: typeof takeOverUnchanged;
    readonly recallApplied: typeof recallApplied;
    readonly rememberApplied: typeof rememberApplied;
    readonly shapeDifference: typeof rememberedShapeDifference;
  };
  /** Which answers a condition with a branch or an alternative reads: used by both features above. */
  readonly readSets: {
    readonly walkReadSet: typeof walkReadSet;
    readonly forgetReaders: typeof forgetReaders;
  };
  /** `prefixItems` (draft-07 array `items`): positions with subschemas of their own. */
  readonly tuples: {
    readonly isTuple: typeof isTuple;
    readonly isTuplePosition: typeof isTuplePosition;
    readonly itemEntriesAt: typeof itemEntriesAt;
  };
}

/** The name of a feature. */
export type EngineFeatureName = keyof EngineFeatures;

/** The features loaded so far (for the whole page: code, once here, serves every form). */
export const loadedFeatures: { -readonly [Name in EngineFeatureName]?: EngineFeatures[Name] } = {};

/** Makes the handlers of `name` available to the engine (what each feature's chunk does on arrival). */
export function registerEngineFeature<Name extends EngineFeatureName>(
  name: Name,
  handlers: EngineFeatures[Name],
): void {
  loadedFeatures[name] = handlers;
}

/**
 * The handlers of `name`, which the schema being derived uses. `FormEngine` checked they were loaded
 * (`assertFeaturesLoaded`), so a throw here is a bug in `featuresUsedBy`, said as such.
 */
export function featureNeeded<Name extends EngineFeatureName>(name: Name): EngineFeatures[Name] {
  const handlers = loadedFeatures[name];
  if (!handlers) throw new Error(`The engine needs its "${name}" handlers, which featuresUsedBy did not foresee`);
  return handlers as EngineFeatures[Name];
}
