/**
 * Ajv's draft-07 class, in a module of its own so the runtime loads it (a lazy chunk) only for a
 * draft-07, draft-06 or draft-04 schema; `loadAjvClass` registers it.
 */
import AjvDraft07Module from 'ajv';
import type { AjvClass } from './create-ajv.js';

// ajv is CommonJS; `.default` is the class under both Node ESM and bundlers.
/** Ajv's class for draft-07 (and, upgraded, draft-04/06) schemas. */
export const AjvDraft07 = (AjvDraft07Module as unknown as { default: AjvClass }).default;
