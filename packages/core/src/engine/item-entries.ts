/**
 * The subschemas of an array's items, eagerly: the common `items` of `object-shape.ts`, or, for a
 * schema with tuples, the positions of `tuple-items.ts` (loaded only then, see `features/`).
 */
import type { JsonPointer } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import { loadedFeatures } from './features/engine-features.js';
import { itemEntriesOf } from './object-shape.js';
import type { SchemaCache } from './schema-cache.js';

// The tuples handlers are loaded whenever the schema has a tuple (features-used.ts): without them, none is.

/** Whether one of the applying subschemas gives positions their own subschema. */
export function isTuple(schemas: SchemaCache, applied: AppliedSchemas): boolean {
  return loadedFeatures.tuples?.isTuple(schemas, applied) ?? false;
}

/** The entries of the item at `index`, or `null` when no subschema describes it. */
export function itemEntriesAt(
  schemas: SchemaCache,
  applied: AppliedSchemas,
  index: number,
): readonly JsonPointer[] | null {
  const tuples = loadedFeatures.tuples;
  return tuples ? tuples.itemEntriesAt(schemas, applied, index) : itemEntriesOf(schemas, applied);
}

/** Whether the item at `index` has a subschema of its own position (a tuple position). */
export function isTuplePosition(schemas: SchemaCache, applied: AppliedSchemas, index: number): boolean {
  return loadedFeatures.tuples?.isTuplePosition(schemas, applied, index) ?? false;
}
