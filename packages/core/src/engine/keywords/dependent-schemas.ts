/**
 * `dependentSchemas` (draft-07: the schema-valued entries of `dependencies`): the subschema of a
 * property name applies while that property is answered.
 */
import { escapeToken, isObject, own } from '../../json-pointer.js';
import type { Dialect, JsonPointer, JsonSchemaObject } from '../../types.js';

/** The keywords of this family, in both dialects. */
export const DEPENDENT_SCHEMAS_KEYWORDS = ['dependentSchemas', 'dependencies'] as const;

/** A property name and the pointer of the subschema that applies while it is answered. */
export type DependentSchema = readonly [name: string, pointer: JsonPointer];

/** The one empty list of dependent schemas (frozen; not json-values' NONE, which lazy chunks would then share). */
const NO_DEPENDENT_SCHEMAS: readonly DependentSchema[] = Object.freeze([]);

/** The keyword holding dependent schemas in `dialect`. */
export function dependentSchemasKeyword(dialect: Dialect): 'dependentSchemas' | 'dependencies' {
  return dialect === 'draft-07' ? 'dependencies' : 'dependentSchemas';
}

/** The dependent schemas `schema` (found at `pointer`) declares in `dialect`. */
export function dependentSchemasOf(
  schema: JsonSchemaObject,
  pointer: JsonPointer,
  dialect: Dialect,
): readonly DependentSchema[] {
  return dependentSchemaEntries(schema, pointer, dependentSchemasKeyword(dialect));
}

/** The schema-valued entries of `keyword` in `schema` (lists of names belong to `dependentRequired`). */
export function dependentSchemaEntries(
  schema: JsonSchemaObject,
  pointer: JsonPointer,
  keyword: string,
): readonly DependentSchema[] {
  const map = schema[keyword];
  if (!isObject(map)) return NO_DEPENDENT_SCHEMAS;
  const entries: DependentSchema[] = [];
  for (const name of Object.keys(map))
    if (!Array.isArray(map[name])) entries.push([name, `${pointer}/${keyword}/${escapeToken(name)}`]);
  // Most subschemas have none, and their plans keep this list: one shared empty list for them all.
  return entries.length ? entries : NO_DEPENDENT_SCHEMAS;
}

/** Whether the dependent schema of `name` applies to `answers`: the property is answered. */
export function isAnswered(answers: unknown, name: string): boolean {
  return own(answers, name) !== undefined;
}
