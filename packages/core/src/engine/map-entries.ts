/**
 * Maps: the entries of an object that its schema admits without naming them (`patternProperties`,
 * `additionalProperties` with a value schema). Each entry is a field of its own, keyed by the entry's
 * key, whose value schema is every `patternProperties` schema whose pattern matches the key, else
 * `additionalProperties`. Entries follow the declared properties, in the answer's key order.
 * An open object (no `additionalProperties`, no `unevaluatedProperties`) admits any other key with any
 * value (RELIABILITY C11 "unless allowed"): the keys its data holds are entries too, kept, shown and sent.
 */
import { escapeToken, isObject, POISONED_KEYS } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import type { ObjectShape } from './object-shape.js';
import { possibleSubschemas } from './applicable-subschemas.js';
import type { SchemaCache } from './schema-cache.js';
import { UNDECLARED_VALUE } from './undeclared-value.js';

/**
 * Keys longer than this never match a pattern: the browser's own regular expressions test keys (the
 * linear-time engine is in the validator's chunk), and a short key bounds what a pattern can cost.
 * Such a key gets `additionalProperties` or no value schema; the validator still judges it.
 */
const MAX_MATCHED_KEY_LENGTH = 128;

/** The value schemas of a map, as the applied subschemas declare them. */
export interface MapSchema {
  /** Each `patternProperties` pattern's test and the pointer of its value schema. */
  readonly patterns: readonly (readonly [test: (key: string) => boolean, pointer: JsonPointer])[];
  /**
   * The pointers of `additionalProperties` value schemas (none when a subschema says `false`); for an
   * open object, `UNDECLARED_VALUE` alone.
   */
  readonly additional: readonly JsonPointer[];
  /**
   * Whether the schema declares the map (`patternProperties`, `additionalProperties`): the form offers
   * to add entries. An open object's entries are only the keys its data holds.
   */
  readonly declared: boolean;
}

function keyTest(pattern: string): (key: string) => boolean {
  let expression: RegExp;
  try {
    expression = new RegExp(pattern, 'u');
  } catch {
    return () => false;
  }
  return (key) => key.length <= MAX_MATCHED_KEY_LENGTH && expression.test(key);
}

/** The map an applied set declares, or `null` when the object takes no entries (cached per set). */
export function mapSchemaOf(applied: AppliedSchemas): MapSchema | null {
  const known = applied.recall('mapSchema');
  if (known !== undefined) return known;
  const patterns: [(key: string) => boolean, JsonPointer][] = [];
  const additional: JsonPointer[] = [];
  let closed = false;
  // Undeclared keys are limited once a subschema says `additionalProperties` or `unevaluatedProperties`;
  // a listed answer (`enum`, `const`) is an answer as a whole, not keys to keep.
  let limited = false;
  for (const { pointer, schema } of applied.subschemas) {
    if (!isObject(schema)) continue;
    if (isObject(schema.patternProperties))
      for (const pattern of Object.keys(schema.patternProperties))
        patterns.push([keyTest(pattern), `${pointer}/patternProperties/${escapeToken(pattern)}`]);
    const extra = schema.additionalProperties;
    if (extra === false) closed = true;
    else if (isObject(extra) || extra === true) additional.push(`${pointer}/additionalProperties`);
    limited ||=
      extra !== undefined ||
      (schema.unevaluatedProperties ?? true) !== true ||
      schema.enum !== undefined ||
      schema.const !== undefined;
  }
  const declared = patterns.length > 0 || (additional.length > 0 && !closed);
  const map =
    declared || !limited
      ? { patterns, additional: closed ? [] : limited ? additional : [UNDECLARED_VALUE], declared }
      : null;
  return applied.keep('mapSchema', map);
}

/** The entry list of the value of entry `key`, or `null` when the map admits no such key. */
export function valueEntriesOf(schemas: SchemaCache, map: MapSchema, key: string): readonly JsonPointer[] | null {
  if (POISONED_KEYS.has(key)) return null;
  const matching = map.patterns.filter(([test]) => test(key)).map(([, pointer]) => pointer);
  const pointers = matching.length ? matching : map.additional;
  return pointers.length ? schemas.entryList(pointers) : null;
}

/** Entry lists of objects → the property names their subschemas declare in any branch. */
const namesByEntries = new WeakMap<readonly JsonPointer[], Set<string>>();

/** Whether a subschema that could apply from `entries`, whatever the answers, declares property `key`. */
function declaredInAnyBranch(schemas: SchemaCache, entries: readonly JsonPointer[], key: string): boolean {
  let names = namesByEntries.get(entries);
  if (!names) {
    namesByEntries.set(entries, (names = new Set()));
    for (const { schema } of possibleSubschemas(schemas, entries).subschemas)
      if (isObject(schema) && isObject(schema.properties)) for (const name in schema.properties) names.add(name);
  }
  return names.has(key);
}

/**
 * The shape of an object for its answer: the declared shape, followed by one property per entry of
 * the answer the map admits (`entryKeys` names them). The declared shape itself when there are none.
 * An open object's undeclared keys are entries, but not a property of a branch that does not apply
 * now (`entries` are the object's own): that answer is kept aside, as hidden branches' answers are.
 */
export function shapeWithEntries(
  schemas: SchemaCache,
  shape: ObjectShape,
  answer: unknown,
  objectEntries: readonly JsonPointer[],
): ObjectShape {
  const map = shape.map;
  if (!map || !isObject(answer)) return shape;
  let extended: { order: string[]; entryLists: (readonly JsonPointer[])[]; index: Map<string, number> } | undefined;
  const entryKeys: string[] = [];
  for (const key of Object.keys(answer)) {
    if (shape.index.has(key)) continue;
    const entries = valueEntriesOf(schemas, map, key);
    if (!entries) continue;
    if (entries[0] === UNDECLARED_VALUE && declaredInAnyBranch(schemas, objectEntries, key)) continue;
    extended ??= { order: shape.order.slice(), entryLists: shape.entryLists.slice(), index: new Map(shape.index) };
    extended.index.set(key, extended.order.length);
    extended.order.push(key);
    extended.entryLists.push(entries);
    entryKeys.push(key);
  }
  return extended ? { ...shape, ...extended, entryKeys } : shape;
}

/** Whether two shapes of one object name the same properties in the same order. */
export function sameProperties(left: ObjectShape, right: ObjectShape): boolean {
  if (left === right) return true;
  const a = left.entryKeys ?? [];
  const b = right.entryKeys ?? [];
  return left.order.length === right.order.length && a.length === b.length && a.every((key, i) => key === b[i]);
}
