/**
 * Items of a tuple: an array whose first positions each have their own subschema (2020-12
 * `prefixItems`, draft-07 array-valued `items`), the rest the common one (2020-12 `items`, draft-07
 * `additionalItems`). Arrays without positions keep the one list of `itemEntriesOf`.
 */
import { isObject } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import { itemEntriesOf } from './object-shape.js';
import type { SchemaCache } from './schema-cache.js';

/** Whether `value` is a subschema (an object or a boolean). */
function isSubschema(value: unknown): boolean {
  return isObject(value) || typeof value === 'boolean';
}

/** Whether one of the applying subschemas gives positions their own subschema. */
export function isTuple(schemas: SchemaCache, applied: AppliedSchemas): boolean {
  const positional = schemas.dialect === 'draft-07' ? 'items' : 'prefixItems';
  return applied.subschemas.some(({ schema }) => isObject(schema) && Array.isArray(schema[positional]));
}

/**
 * The entries (subschema pointers) of the item at `index`, or `null` when no subschema describes it.
 * Positional entries first, then the common ones, as the validator applies them.
 */
export function itemEntriesAt(
  schemas: SchemaCache,
  applied: AppliedSchemas,
  index: number,
): readonly JsonPointer[] | null {
  if (!isTuple(schemas, applied)) return itemEntriesOf(schemas, applied);
  const draft07 = schemas.dialect === 'draft-07';
  const positional = draft07 ? 'items' : 'prefixItems';
  const rest = draft07 ? 'additionalItems' : 'items';
  const entries: JsonPointer[] = [];
  for (const { pointer, schema } of applied.subschemas) {
    if (!isObject(schema)) continue;
    const positions = schema[positional];
    if (Array.isArray(positions) && index < positions.length) {
      if (isSubschema(positions[index])) entries.push(`${pointer}/${positional}/${index}`);
    } else if (Array.isArray(positions) || !draft07) {
      if (isSubschema(schema[rest])) entries.push(`${pointer}/${rest}`);
    } else if (isSubschema(schema.items)) entries.push(`${pointer}/items`);
  }
  return entries.length ? schemas.entryList(entries) : null;
}

/** Whether the item at `index` has a subschema of its own position (a tuple position, not the common `items`). */
export function isTuplePosition(schemas: SchemaCache, applied: AppliedSchemas, index: number): boolean {
  const positional = schemas.dialect === 'draft-07' ? 'items' : 'prefixItems';
  return applied.subschemas.some(({ schema }) => {
    const positions = isObject(schema) ? schema[positional] : undefined;
    return Array.isArray(positions) && index < positions.length;
  });
}
