/**
 * The entry pointer of a key an open object does not declare. A module of its own because the
 * schema cache, the map entries and the field model all compare against it: were it exported by
 * `schema-cache.ts`, importing the constant would make the schema index a static dependency of every
 * module that reaches `map-entries.ts`, lazy ones (`import-value.ts`) included, and Rolldown would
 * then split the shared modules out of a consumer's entry chunk.
 */
import type { JsonPointer } from '../types.js';

/**
 * The value schema of a key an open object does not declare (no `additionalProperties` or
 * `unevaluatedProperties` limits it): `true`, any JSON value. Not a JSON Pointer into the document
 * (those are empty or start with `/`), so it names no subschema the author wrote.
 */
export const UNDECLARED_VALUE: JsonPointer = 'undeclared';
