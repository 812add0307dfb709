/** The chunk of the read-sets (see `engine-features.ts`): the walk that finds what a subschema reads. */
import { forgetReaders } from '../forget-readers.js';
import { walkReadSet } from '../read-set-walk.js';
import type { EngineFeatures } from './engine-features.js';

/** Which property names a condition or an alternative reads, so its result is kept while they stay;
 * the results a change makes stale. */
export const readSets: EngineFeatures['readSets'] = { walkReadSet, forgetReaders };
