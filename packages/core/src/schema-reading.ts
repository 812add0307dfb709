/**
 * The code that reads a plain schema, for an entry that always needs it to carry (issue #18): a bundle
 * that imports this module for its side effect holds `prepare-schema`, the condition evaluator and its
 * multipleOf arithmetic in the importer's own chunk, so the dynamic `import()`s of `startSchema` (see
 * `loadSchemaReading` in compile-schema.ts) resolve to modules already loaded instead of fetching
 * chunks one round trip after the entry. Without this import they stay lazy chunks, which pages whose
 * forms come precompiled never fetch.
 *
 * Keep these imports the modules `loadSchemaReading` and `loadConditionEvaluator` import dynamically.
 * Not the linear-time pattern engine (`linear-regexp`, 1.8 KB): only schemas whose conditions test a
 * `pattern` fetch it (`startSchema`), one round trip after their schema is read.
 */
import { schemaReadingReady } from './compile-schema.js';
import './prepare-schema.js';
import './engine/condition-evaluator.js';
import './decimal-multiple.js';

// Settles the loaders' state at once (each resolves to a module of this chunk), so the first schema
// read waits for nothing; a failure here is reported by `startSchema`.
schemaReadingReady().catch(() => undefined);
