/**
 * `allOf`: every member applies at the same data location as the subschema holding it, as a part of it.
 */
import type { JsonPointer, JsonSchemaObject } from '../../types.js';
import { NONE } from '../json-values.js';

/** The keyword of this family. */
export const ALL_OF_KEYWORDS = ['allOf'] as const;

/** The pointers of the `allOf` members of `schema` (found at `pointer`), in order. */
export function allOfMembers(schema: JsonSchemaObject, pointer: JsonPointer): readonly JsonPointer[] {
  return Array.isArray(schema.allOf) ? schema.allOf.map((_, index) => `${pointer}/allOf/${index}`) : NONE;
}
