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
 * What the subschemas of one set that the other lacks declare, in their order; the two sides of a pair
 * share one object, so each side finds its own part. `null`: not told simply (dependent requirements).
 */
type Parts = ReadonlyMap<AppliedSchemas, readonly string[]> | null;

/** Applied set → the other set of a pair → their parts. */
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
  return namesOf(partsOf(schemas, before, after), before, after);
}

/** `shapeDifference(schemas, before, after)`, computed once per pair of sets, whichever came first (a new set each time). */
export function rememberedShapeDifference(
  schemas: SchemaCache,
  before: AppliedSchemas,
  after: AppliedSchemas,
): Set<string> | undefined {
  let parts = differences.get(before)?.get(after);
  if (parts === undefined) {
    parts = partsOf(schemas, before, after);
    remember(before, after, parts);
    remember(after, before, parts);
  }
  return namesOf(parts, before, after);
}

/** The names of a pair's parts: what the new set brings, then what the old one had. */
function namesOf(parts: Parts, before: AppliedSchemas, after: AppliedSchemas): Set<string> | undefined {
  return parts ? new Set([...parts.get(after)!, ...parts.get(before)!]) : undefined;
}

/** The names each side of the pair declares in subschemas the other lacks. */
function partsOf(schemas: SchemaCache, before: AppliedSchemas, after: AppliedSchemas): Parts {
  if (objectShapeOf(schemas, before).dependentRequired.length || objectShapeOf(schemas, after).dependentRequired.length)
    return null;
  const declaredOnlyIn = (side: AppliedSchemas, other: AppliedSchemas): readonly string[] => {
    // Applied subschemas are interned per subschema and rank, so the same one is the same object.
    const inOther = new Set<AppliedSubschema>(other.subschemas);
    const names = new Set<string>();
    for (const subschema of side.subschemas) {
      const { pointer, schema } = subschema;
      if (inOther.has(subschema) || !isObject(schema)) continue;
      const part = shapePartOf(schemas, pointer, schema);
      for (const name of part.names) names.add(name);
      for (const name of part.required) names.add(name);
    }
    return [...names];
  };
  return new Map([
    [after, declaredOnlyIn(after, before)],
    [before, declaredOnlyIn(before, after)],
  ]);
}

function remember(from: AppliedSchemas, to: AppliedSchemas, parts: Parts): void {
  let pairs = differences.get(from);
  if (!pairs || pairs.size >= MAX_PAIRS_PER_SET) differences.set(from, (pairs = new Map()));
  pairs.set(to, parts);
}
