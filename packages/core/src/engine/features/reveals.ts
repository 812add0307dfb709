/** The chunk of the answer reveals feature (see `engine-features.ts`): its handlers. */
import { addReveals, answerRevealsOf } from '../answer-reveals.js';
import type { EngineFeatures } from './engine-features.js';

/** Which properties an answer of a sibling reveals, marked on the fields. */
export const reveals: EngineFeatures['reveals'] = { answerRevealsOf, addReveals };
