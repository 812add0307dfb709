/**
 * Which properties of an object may change when another set of subschemas applies: the names the
 * subschemas in one set but not the other declare, so an object re-derives only those children.
 * Remembered per pair of applied sets: a switch of a conditional form goes back and forth between a few
 * combinations, and the difference of two sets is the same whichever comes first, so switching off
 * finds what switching on computed. Computing it anew builds a set of each side's ~100 subschemas on
 * every toggle of a large conditional form's root (issue #18). Only conditions, dependent schemas and
 * alternatives change an object's set, so this comes with their handlers (`features/reveals.ts`,
 * `features/alternatives.ts`); applied sets are interned per schema, so a pair of sets is a pair of
 * objects, and the names are always those of the same schema.
 */
import { isObject } from '../json-pointer.js';
import type { AppliedSchemas, AppliedSubschema } from './applied-schemas.js';
import { objectShapeOf, shapePartOf } from './object-shape.js';
import type { SchemaCache } from './schema-cache.js';

/** Pairs remembered per applied set before starting over (each combination meets only a few others). */
const MAX_PAIRS_PER_SET = 64;

/**
 * The names declared by the subschemas of one set that the other lacks, in their order: first those of
 * the set changed to, then those of the set changed from. `null`: not told simply (dependent requirements).
 */
type Parts = readonly [readonly string[], readonly string[]] | null;

/** Applied set changed from → the set changed to → their parts. */
const differences = new WeakMap<AppliedSchemas, Map<AppliedSchemas, Parts>>();

/**
 * The property names whose entries or required flag may differ between two applied sets: those the
 * subschemas in one but not the other declare, what `after` brings first. `undefined` when that cannot
 * be told so simply (`dependentRequired` and draft-07 `dependencies` make required depend on the answers).
 */
export function shapeDifference(
  schemas: SchemaCache,
  before: AppliedSchemas,
  after: AppliedSchemas,
): Set<string> | undefined {
  const parts = partsOf(schemas, before, after);
  return parts ? new Set([...parts[0], ...parts[1]]) : undefined;
}

/** `shapeDifference(schemas, before, after)`, computed once per pair of sets, whichever came first (a new set each time). */
export function rememberedShapeDifference(
  schemas: SchemaCache,
  before: AppliedSchemas,
  after: AppliedSchemas,
): Set<string> | undefined {
  let pairs = differences.get(before);
  let parts = pairs?.get(after);
  if (parts === undefined) {
    parts = partsOf(schemas, before, after);
    if (!pairs || pairs.size >= MAX_PAIRS_PER_SET) differences.set(before, (pairs = new Map()));
    pairs.set(after, parts);
    // The same pair the other way round: the same parts, swapped.
    let back = differences.get(after);
    if (!back || back.size >= MAX_PAIRS_PER_SET) differences.set(after, (back = new Map()));
    back.set(before, parts && [parts[1], parts[0]]);
  }
  return parts ? new Set([...parts[0], ...parts[1]]) : undefined;
}

/** What `after` and `before` each declare in subschemas the other lacks. */
function partsOf(schemas: SchemaCache, before: AppliedSchemas, after: AppliedSchemas): Parts {
  if (objectShapeOf(schemas, before).dependentRequired.length || objectShapeOf(schemas, after).dependentRequired.length)
    return null;
  // Applied subschemas are interned per subschema and rank, so the same one is the same object.
  return [
    declaredOnlyIn(schemas, after, new Set(before.subschemas)),
    declaredOnlyIn(schemas, before, new Set(after.subschemas)),
  ];
}

/** The names the subschemas of `side` not among `other` declare, in order, each once. */
function declaredOnlyIn(
  schemas: SchemaCache,
  side: AppliedSchemas,
  other: ReadonlySet<AppliedSubschema>,
): readonly string[] {
  const names = new Set<string>();
  for (const subschema of side.subschemas) {
    const { pointer, schema } = subschema;
    if (other.has(subschema) || !isObject(schema)) continue;
    const part = shapePartOf(schemas, pointer, schema);
    for (const name of part.names) names.add(name);
    for (const name of part.required) names.add(name);
  }
  return [...names];
}
