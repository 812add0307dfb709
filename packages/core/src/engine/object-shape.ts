/**
 * The shape of an object for the subschemas that apply: its properties in order with the entry list
 * of each, its required names and dependent requirements; and an array's item entries.
 */
import { escapeToken, isObject } from '../json-pointer.js';
import type { JsonPointer, JsonSchemaObject } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import { NONE } from './json-values.js';
import { dependentRequiredOf, type DependentRequirement } from './keywords/dependent-required.js';
import { mapSchemaOf, type MapSchema } from './map-entries.js';
import type { SchemaCache } from './schema-cache.js';

/** What one subschema adds to an object's shape, computed once per subschema. */
export interface ShapePart {
  /** Its property names, in order. */
  readonly names: readonly string[];
  /** The pointer of each property's subschema, in `names` order. */
  readonly pointers: readonly JsonPointer[];
  /** The names whose subschema is `false` (forbidden). */
  readonly forbidden: readonly string[];
  readonly required: readonly string[];
  readonly dependentRequired: readonly DependentRequirement[];
}

/** An object's shape for one applied set. */
export interface ObjectShape {
  /** The property names, in order of first declaration. */
  readonly order: readonly string[];
  /** The entry list of each property, in `order`. */
  readonly entryLists: readonly (readonly JsonPointer[])[];
  /** Property name → its position in `order`. */
  readonly index: ReadonlyMap<string, number>;
  readonly required: ReadonlySet<string>;
  readonly dependentRequired: readonly DependentRequirement[];
  /** The map the object is, if it takes entries besides its declared properties (map-entries.ts). */
  readonly map?: MapSchema | null;
  /** The keys of the map entries among the properties (they follow the declared ones). */
  readonly entryKeys?: readonly string[];
}

/** What `schema` (at `pointer`) adds to an object's shape (cached per schema). */
export function shapePartOf(schemas: SchemaCache, pointer: JsonPointer, schema: JsonSchemaObject): ShapePart {
  const cached = schemas.shapeParts.get(pointer);
  if (cached) return cached;
  const declared = schema.properties;
  let names: readonly string[] = NONE;
  let pointers: readonly JsonPointer[] = NONE;
  let forbidden: readonly string[] = NONE;
  if (isObject(declared)) {
    names = Object.keys(declared);
    const base = pointer + '/properties/';
    // The index's own pointer string where it has one: a form of 1000 fields then keeps 1000 strings, not 2000.
    pointers = names.map((name) => {
      const propertyPointer = base + escapeToken(name);
      return schemas.index.nodes.get(propertyPointer)?.pointer ?? propertyPointer;
    });
    forbidden = names.filter((name) => declared[name] === false);
  }
  const required = Array.isArray(schema.required) ? schema.required.map(String) : NONE;
  const part: ShapePart = {
    names,
    pointers,
    forbidden,
    required,
    dependentRequired: dependentRequiredOf(schema, schemas.dialect),
  };
  schemas.shapeParts.set(pointer, part);
  return part;
}

/** The object shape of an applied set: every declared property not forbidden by a `false` subschema. */
export function objectShapeOf(schemas: SchemaCache, applied: AppliedSchemas): ObjectShape {
  const known = applied.recall('objectShape');
  if (known) return known;
  const listsByName = new Map<string, JsonPointer[]>();
  let forbidden: Set<string> | undefined;
  const required = new Set<string>();
  const dependentRequired: DependentRequirement[] = [];
  for (const { pointer, schema } of applied.subschemas) {
    if (!isObject(schema)) continue;
    const part = shapePartOf(schemas, pointer, schema);
    for (const name of part.forbidden) (forbidden ??= new Set()).add(name);
    for (let position = 0; position < part.names.length; position++) {
      const name = part.names[position]!;
      const list = listsByName.get(name);
      if (list) list.push(part.pointers[position]!);
      else listsByName.set(name, [part.pointers[position]!]);
    }
    for (const name of part.required) required.add(name);
    for (const requirement of part.dependentRequired) dependentRequired.push(requirement);
  }
  const order: string[] = [];
  const entryLists: (readonly JsonPointer[])[] = [];
  const index = new Map<string, number>();
  for (const [name, list] of listsByName) {
    if (forbidden?.has(name)) continue;
    index.set(name, order.length);
    order.push(name);
    entryLists.push(schemas.entryList(list));
  }
  const map = mapSchemaOf(applied);
  return applied.keep('objectShape', { order, entryLists, index, required, dependentRequired, map });
}

/** The entry list of the items of an array, or `null` when no subschema says. */
export function itemEntriesOf(schemas: SchemaCache, applied: AppliedSchemas): readonly JsonPointer[] | null {
  const known = applied.recall('itemEntries');
  if (known !== undefined) return known;
  const entries: JsonPointer[] = [];
  for (const { pointer, schema } of applied.subschemas)
    if (isObject(schema) && (isObject(schema.items) || typeof schema.items === 'boolean'))
      entries.push(`${pointer}/items`);
  return applied.keep('itemEntries', entries.length ? schemas.entryList(entries) : null);
}
