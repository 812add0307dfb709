/** The chunk of the tuples feature (see `engine-features.ts`): its handlers. */
import { isTuple, isTuplePosition, itemEntriesAt } from '../tuple-items.js';
import type { EngineFeatures } from './engine-features.js';

/** The subschemas of each position of a tuple. */
export const tuples: EngineFeatures['tuples'] = { isTuple, isTuplePosition, itemEntriesAt };
