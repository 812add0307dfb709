/** The chunk of the object alternatives feature (see `engine-features.ts`): its handlers. */
import { alternativesOf } from '../alternative-choices.js';
import { chooseOption } from '../keywords/choose-alternative.js';
import { discriminatorAnswer } from '../keywords/discriminator.js';
import type { EngineFeatures } from './engine-features.js';

/** Choosing the alternative that applies, and the choice a field shows. */
export const alternatives: EngineFeatures['alternatives'] = { chooseOption, alternativesOf, discriminatorAnswer };
