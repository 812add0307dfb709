/**
 * Takes hostile or odd data in safely (RELIABILITY.md §C): cycles and excessive depth are refused up
 * front; poisoned keys, unknown properties, wrong types and secrets are left out with a warning.
 * A value of the wrong type is never coerced: it is kept aside, by pointer, in the form's
 * `unrecognised` bucket (C3), so the person can be shown what was given. The caller's objects are
 * never mutated or merged into.
 */
import type { FormEngine } from './engine/form-engine.js';
import { cloneJson, isIllFormed, jsonEqual } from './engine/json-values.js';
import { mapSchemaOf, valueEntriesOf } from './engine/map-entries.js';
import { shapePartOf } from './engine/object-shape.js';
import { itemEntriesAt, isTuple } from './engine/item-entries.js';
import { childPointer, defineOwn, isObject, POISONED_KEYS } from './json-pointer.js';
import { DataError } from './schema-error.js';
import type { FormWarning, JsonPointer } from './types.js';

/** Data nests at most this deep (RFC 8259 §9 allows a limit). */
export const MAX_DATA_DEPTH = 64;

/** Throws `DataError` (`cyclic-data` / `too-deep`) for data no form can hold; never recurses. */
export function assertTractable(value: unknown): void {
  // Depth first with an explicit stack; `path` holds the containers from the root to the one visited.
  const path: object[] = [];
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value, pointer: '', depth: 0 }];
  while (stack.length) {
    const { value: visited, pointer, depth } = stack.pop()!;
    if (typeof visited !== 'object' || visited === null) continue;
    path.length = depth;
    if (path.includes(visited)) throw new DataError('cyclic-data', pointer, `Cyclic data at "${pointer}"`);
    if (depth >= MAX_DATA_DEPTH)
      throw new DataError('too-deep', pointer, `Data nests over ${MAX_DATA_DEPTH} levels deep at "${pointer}"`);
    path.push(visited);
    for (const key of Object.keys(visited))
      stack.push({
        value: (visited as Record<string, unknown>)[key],
        pointer: childPointer(pointer, key),
        depth: depth + 1,
      });
  }
}

function typeFits(value: unknown, types: ReadonlySet<string>): boolean {
  if (types.size === 0) return true;
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return types.has(type) || (type === 'number' && types.has('integer'));
}

/** Whether some subschema lists `value` in its `enum` or as its `const` (issue #14, item 9). */
function isListedValue(subschemas: readonly { readonly schema: unknown }[], value: object): boolean {
  return subschemas.some(
    ({ schema }) =>
      isObject(schema) &&
      ((schema.const !== undefined && jsonEqual(schema.const, value)) ||
        (Array.isArray(schema.enum) && schema.enum.some((listed) => jsonEqual(listed, value)))),
  );
}

/** Records what was left out of the answers and where (never the value). */
export function warn(warnings: FormWarning[], code: FormWarning['code'], pointer: JsonPointer, what: string): void {
  warnings.push({ code, pointer, message: `${what}: "${pointer}"` });
}

/**
 * A clean copy of `value` for the schema at `entries`: only declared properties, of a declared type;
 * `warnings` receives what was left out (codes and pointers, never values), and `unrecognised` each
 * answer of the wrong type (a copy), by pointer.
 */
export function importValue(
  engine: FormEngine,
  value: unknown,
  warnings: FormWarning[],
  unrecognised: Map<JsonPointer, unknown>,
  entries: readonly string[] = engine.schemas.entryList(['']),
  pointer: JsonPointer = '',
): unknown {
  if (value === undefined) return undefined;
  const possible = engine.possible(entries);
  const types = new Set<string>();
  let writeOnly = false;
  const properties = new Map<string, string[]>();
  for (const { pointer: schemaPointer, schema } of possible.subschemas) {
    if (!isObject(schema)) continue;
    const type = schema.type;
    if (typeof type === 'string') types.add(type);
    else if (Array.isArray(type)) for (const name of type) types.add(String(name));
    if (schema.writeOnly === true) writeOnly = true;
    const part = shapePartOf(engine.schemas, schemaPointer, schema);
    for (let position = 0; position < part.names.length; position++) {
      const name = part.names[position]!;
      const list = properties.get(name);
      if (list) list.push(part.pointers[position]!);
      else properties.set(name, [part.pointers[position]!]);
    }
  }
  if (writeOnly) {
    warn(warnings, 'dropped-secret', pointer, 'Secret (writeOnly) answer ignored: secrets are never prefilled');
    return undefined;
  }
  if (!typeFits(value, types)) {
    warn(warnings, 'wrong-type', pointer, `Answer not of type ${[...types].join(' or ')} left out`);
    unrecognised.set(pointer, cloneJson(value, POISONED_KEYS));
    return undefined;
  }
  if (typeof value === 'string' && isIllFormed(value))
    warn(warnings, 'ill-formed-text', pointer, 'Text with lone surrogates');
  // An object or array that an `enum`/`const` lists is an answer as a whole, not fields to sort out.
  if (typeof value === 'object' && value !== null && isListedValue(possible.subschemas, value))
    return cloneJson(value, POISONED_KEYS);
  if (Array.isArray(value)) {
    const tuple = isTuple(engine.schemas, possible);
    if (!tuple && !itemEntriesAt(engine.schemas, possible, 0)) return cloneJson(value, POISONED_KEYS);
    const items: unknown[] = [];
    value.forEach((item, index) => {
      const itemEntries = itemEntriesAt(engine.schemas, possible, index);
      // A position no subschema describes takes any value, as the validator does.
      if (!itemEntries) return void items.push(cloneJson(item, POISONED_KEYS));
      const imported = importValue(engine, item, warnings, unrecognised, itemEntries, childPointer(pointer, index));
      if (imported !== undefined) items.push(imported);
    });
    return items;
  }
  if (isObject(value)) {
    // A value schema that says nothing (`true`): the answer is taken as it is.
    if (possible.subschemas.every(({ schema }) => schema === true)) return cloneJson(value, POISONED_KEYS);
    const map = mapSchemaOf(possible);
    const imported: Record<string, unknown> = {};
    for (const name of Object.keys(value)) {
      const propertyPointer = childPointer(pointer, name);
      if (POISONED_KEYS.has(name)) {
        warn(warnings, 'poisoned-key', propertyPointer, 'Key that could alter object prototypes dropped');
        continue;
      }
      const declared = properties.get(name);
      // Not declared: an entry of the map, with its value schema, when the map admits the key.
      const entryList = declared
        ? engine.schemas.entryList(declared)
        : map && valueEntriesOf(engine.schemas, map, name);
      if (!entryList) {
        warn(warnings, 'unknown-property', propertyPointer, 'Not a field of this form, left out');
        continue;
      }
      const answer = importValue(engine, value[name], warnings, unrecognised, entryList, propertyPointer);
      if (answer !== undefined) defineOwn(imported, name, answer);
    }
    return imported;
  }
  return value;
}
