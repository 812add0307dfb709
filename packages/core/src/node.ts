/**
 * `@schemaforms/core` in Node (the `node` export condition): the same API, with every lazily loaded
 * engine feature and the error wording registered at once, so `createForm`, its errors and
 * `validateSubmission` work synchronously for any schema (a server has no download to save).
 */
import './engine/error-wording.js';
import './engine/features/all-engine-features.js';

export * from './index.js';
