/** The chunk of the answer reveals feature (see `engine-features.ts`): its handlers. */
import { addReveals, answerRevealsOf } from '../answer-reveals.js';
import { takeOverUnchanged } from '../property-branch-change.js';
import { recallApplied, rememberApplied } from '../applied-by-outcomes.js';
import { rememberedShapeDifference } from '../shape-difference.js';
import type { EngineFeatures } from './engine-features.js';

/** Which properties an answer of a sibling reveals, marked on the fields; what a switch's new applied set keeps;
 * applied sets remembered by their conditions' outcomes; which properties another set may change. */
export const reveals: EngineFeatures['reveals'] = {
  answerRevealsOf,
  addReveals,
  takeOverUnchanged,
  recallApplied,
  rememberApplied,
  shapeDifference: rememberedShapeDifference,
};
