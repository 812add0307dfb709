/**
 * Which JSON Schema dialect a schema declares: 2020-12 (the default) or draft-07; anything else is
 * refused with a clear message.
 */
import { isObject } from './json-pointer.js';
import { SchemaError } from './schema-error.js';
import type { Dialect } from './types.js';

const DIALECTS: Record<string, Dialect> = {
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft-07/schema': 'draft-07',
};

/**
 * The dialect a schema declares in `$schema` (2020-12 when absent), or a `SchemaError`
 * (`unsupported-dialect`) for anything else.
 */
export function detectDialect(schema: unknown): Dialect {
  const declared = isObject(schema) ? schema.$schema : undefined;
  if (declared === undefined) return '2020-12';
  if (typeof declared === 'string') {
    const uri = declared.replace(/#$/, '');
    // An own key only: "constructor" or "__proto__" must not read the object's prototype.
    if (Object.hasOwn(DIALECTS, uri)) return DIALECTS[uri]!;
  }
  throw new SchemaError(
    'unsupported-dialect',
    '#/$schema',
    `Unsupported "$schema" ${JSON.stringify(declared)}: use JSON Schema 2020-12 or draft-07`,
  );
}
