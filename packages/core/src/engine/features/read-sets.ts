/** The chunk of the read-sets (see `engine-features.ts`): the walk that finds what a subschema reads. */
import { walkReadSet } from '../read-set-walk.js';
import type { EngineFeatures } from './engine-features.js';

/** Which property names a condition or an alternative reads, so its result is kept while they stay. */
export const readSets: EngineFeatures['readSets'] = { walkReadSet };
