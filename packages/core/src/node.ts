/**
 * `@schemaforms/core` in Node (the `node` export condition): the same API, with every lazily loaded
 * engine feature registered at once, so `createForm` and `validateSubmission` work synchronously for any
 * schema (a server has no download to save).
 */
import './engine/features/all-engine-features.js';

export * from './index.js';
