/** The chunk of the object alternatives feature (see `engine-features.ts`): its handlers. */
import { alternativesOf } from '../alternative-choices.js';
import { chooseOption } from '../keywords/choose-alternative.js';
import { isChoiceOfObjects } from '../keywords/choice-of-objects.js';
import { discriminatorAnswer } from '../keywords/discriminator.js';
import { rememberedShapeDifference } from '../shape-difference.js';
import type { EngineFeatures } from './engine-features.js';

/**
 * Choosing the alternative that applies, the choice a field shows, and whether the person makes it;
 * which properties another alternative may change.
 */
export const alternatives: EngineFeatures['alternatives'] = {
  chooseOption,
  alternativesOf,
  discriminatorAnswer,
  isChoiceOfObjects,
  shapeDifference: rememberedShapeDifference,
};
