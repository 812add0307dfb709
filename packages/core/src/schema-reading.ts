/**
 * The code that reads a plain schema, for an entry that always needs it to carry (issue #18): a bundle
 * that imports this module for its side effect holds `prepare-schema`, the condition evaluator and its
 * pattern engine in the importer's own chunk, so the dynamic `import()`s of `startSchema` (see
 * `loadSchemaReading` in compile-schema.ts) resolve to modules already loaded instead of fetching
 * chunks one round trip after the entry. Without this import they stay lazy chunks, which pages whose
 * forms come precompiled never fetch.
 *
 * Keep these imports the modules `loadSchemaReading` and `loadConditionEvaluator` import dynamically.
 */
import { schemaReadingReady } from './compile-schema.js';
import './prepare-schema.js';
import './engine/condition-evaluator.js';
import './linear-regexp.js';
import './decimal-multiple.js';

// Settles the loaders' state at once (each resolves to a module of this chunk), so the first schema
// read waits for nothing; a failure here is reported by `startSchema`.
schemaReadingReady().catch(() => undefined);
