/**
 * The readings of a schema's dialect that few schemas need, as one chunk (issue #18): a draft-04/06
 * schema read as draft-07, and relative `$id`s used as names left out. `prepare-schema.ts` fetches it
 * only for a schema `needsDialectReadings` says it changes; the others (most) never wait for it.
 */
export { dropNameOnlyIds } from './name-only-ids.js';
export { upgradeToDraft07 } from './upgrade-to-draft-07.js';
