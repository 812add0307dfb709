/**
 * The `$schema` URIs the core reads and the draft each names. Apart from the keyword scan of
 * `schema-draft.ts`, so a precompiled form (always declared or 2020-12) does not load that scan.
 */
import { isObject } from '../json-pointer.js';
import { SchemaError } from '../schema-error.js';
import type { Dialect } from '../types.js';

/** The drafts the core reads. draft-04 and draft-06 are read as draft-07 once upgraded (see `upgradeToDraft07`). */
export type SchemaDraft = '2020-12' | 'draft-07' | 'draft-06' | 'draft-04';

/**
 * The `$schema` URIs the core reads, trailing `#` optional: 2020-12 (https), draft-07/06/04 (http or
 * https), and the version-less "latest draft" URI, whose keywords say which draft it is.
 */
const DECLARED =
  /^(?:https:\/\/json-schema\.org\/draft\/(2020-12)\/schema|https?:\/\/json-schema\.org\/(?:draft-0([467])\/)?schema)#?$/;

/** The draft a `$schema` value names: a draft, `'detect'` (absent or version-less), or `'unknown'`. */
export function declaredDraft(declared: unknown): SchemaDraft | 'detect' | 'unknown' {
  if (declared === undefined) return 'detect';
  const match = typeof declared === 'string' ? DECLARED.exec(declared) : null;
  if (!match) return 'unknown';
  if (match[1]) return '2020-12';
  return match[2] ? (`draft-0${match[2]}` as SchemaDraft) : 'detect';
}

/** The refusal of a `$schema` the core does not read, naming it. */
export function unsupportedDialect(declared: unknown): SchemaError {
  return new SchemaError(
    'unsupported-dialect',
    '#/$schema',
    `Unsupported "$schema" ${JSON.stringify(declared)}: use JSON Schema 2020-12, draft-07, draft-06 or draft-04`,
  );
}

/**
 * The dialect a schema declares, without reading its keywords: 2020-12 when `$schema` is absent or
 * version-less. For precompiled forms, which `schemaforms check` made declare their dialect.
 */
export function declaredDialect(schema: unknown): Dialect {
  const declared = isObject(schema) ? schema.$schema : undefined;
  const draft = declaredDraft(declared);
  if (draft === 'unknown') throw unsupportedDialect(declared);
  return draft === '2020-12' || draft === 'detect' ? '2020-12' : 'draft-07';
}
