/**
 * Which JSON Schema dialect the core reads a schema in: 2020-12 or draft-07 (draft-04/06 schemas are
 * upgraded to draft-07 first, see `dialects/upgrade-to-draft-07.ts`). A `$schema` naming anything else
 * is refused with a clear message.
 */
import { isObject } from './json-pointer.js';
import { schemaDraft } from './dialects/schema-draft.js';
import { unsupportedDialect } from './dialects/declared-draft.js';
import type { Dialect } from './types.js';

/** Keyword scans are not repeated for a schema object already read. */
const detected = new WeakMap<object, Dialect>();

/**
 * The dialect of a schema: the one its `$schema` declares, else the one its keywords show (2020-12
 * when none shows), or a `SchemaError` (`unsupported-dialect`) for a `$schema` the core does not read.
 */
export function detectDialect(schema: unknown): Dialect {
  if (isObject(schema)) {
    const hit = detected.get(schema);
    if (hit) return hit;
  }
  const draft = schemaDraft(schema);
  if (draft === undefined) {
    throw unsupportedDialect(isObject(schema) ? schema.$schema : undefined);
  }
  const dialect: Dialect = draft === '2020-12' ? '2020-12' : 'draft-07';
  if (isObject(schema)) detected.set(schema, dialect);
  return dialect;
}
