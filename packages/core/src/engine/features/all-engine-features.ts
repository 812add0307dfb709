/**
 * Registers every lazily loaded engine feature at once (a side effect): what Node (`node.ts`) and
 * the core's own tests use, where there is no download to save and `createForm` stays synchronous
 * for any schema.
 */
import { alternatives } from './alternatives.js';
import { registerEngineFeature } from './engine-features.js';
import { readSets } from './read-sets.js';
import { reveals } from './reveals.js';
import { tuples } from './tuples.js';

registerEngineFeature('alternatives', alternatives);
registerEngineFeature('readSets', readSets);
registerEngineFeature('reveals', reveals);
registerEngineFeature('tuples', tuples);
