/**
 * What a new applied set can take over from the previous one at the same place when the two differ
 * only by subschemas that declare nothing but `properties` and `required` — an `if`'s `then`/`else`
 * adding or removing fields, what a switch in a conditional form does. Such a subschema changes the
 * object's shape and the effective schema's `properties`/`required`, and nothing else computed from the
 * set: the field info, the declared default, the condition triggers, the map schema, the item entries
 * and the (absent) alternatives stay as they were. Taking them over spares merging the ~100
 * subschemas of a large conditional form's root again on every new combination of switches (issue #18).
 */
import { isObject } from '../json-pointer.js';
import type { AppliedSchemas, AppliedSubschema, ComputedFromApplied } from './applied-schemas.js';

/** Keywords a subschema may have and still change only the shape (`$comment` is never read). */
const SHAPE_ONLY_KEYWORDS = new Set(['properties', 'required', '$comment']);

/** What such a subschema cannot change (see the module comment; `alternatives` only while there are none). */
const UNCHANGED: readonly (keyof ComputedFromApplied)[] = [
  'fieldInfo',
  'declaredDefault',
  'triggers',
  'mapSchema',
  'itemEntries',
];

/**
 * Whether `subschema` declares nothing but properties and required names: no type, annotation,
 * constraint, applicator or condition of its own.
 */
function declaresOnlyShape({ schema }: AppliedSubschema): boolean {
  if (!isObject(schema)) return false;
  for (const keyword in schema) if (!SHAPE_ONLY_KEYWORDS.has(keyword)) return false;
  return (
    (schema.properties === undefined || isObject(schema.properties)) &&
    (schema.required === undefined || Array.isArray(schema.required))
  );
}

/** Whether a subschema of `subschemas` declares `properties` (what makes a schema without a type an object). */
function anyDeclaresProperties(
  subschemas: readonly AppliedSubschema[],
  among?: ReadonlySet<AppliedSubschema>,
): boolean {
  for (const subschema of subschemas)
    if ((!among || among.has(subschema)) && isObject(subschema.schema) && subschema.schema.properties !== undefined)
      return true;
  return false;
}

/**
 * Whether `before` and `after` differ only by subschemas that declare nothing but the shape, and
 * `properties` is declared in both or in neither (the field info reads whether it is).
 */
export function differsOnlyInShape(before: AppliedSchemas, after: AppliedSchemas): boolean {
  // Applied subschemas are interned per subschema and rank, so the same one is the same object.
  const inBefore = new Set(before.subschemas);
  const inAfter = new Set(after.subschemas);
  const added = after.subschemas.filter((subschema) => !inBefore.has(subschema));
  const removed = before.subschemas.filter((subschema) => !inAfter.has(subschema));
  if (!added.every(declaresOnlyShape) || !removed.every(declaresOnlyShape)) return false;
  const addsProperties = anyDeclaresProperties(added);
  return (
    addsProperties === anyDeclaresProperties(removed) ||
    // One side's branch brings the only `properties` unless a subschema in both declares some.
    anyDeclaresProperties(before.subschemas, inAfter)
  );
}

/**
 * Lets `after` take over what it shares with `before` (see the module comment) when they differ only in
 * shape; anything `after` already has, or `before` has not computed, is left alone.
 */
export function takeOverUnchanged(before: AppliedSchemas, after: AppliedSchemas): void {
  if (before === after || after.recall('fieldInfo') !== undefined || before.recall('fieldInfo') === undefined) return;
  if (!differsOnlyInShape(before, after)) return;
  for (const key of UNCHANGED) {
    const known = before.recall(key);
    if (known !== undefined && after.recall(key) === undefined) keepAs(after, key, known);
  }
  // A choice of object alternatives shows which branch applies, which such a subschema may be: only "none" carries over.
  if (before.recall('alternatives') === null && after.recall('alternatives') === undefined)
    after.keep('alternatives', null);
}

/** `after.keep(key, value)` for a value read from another set under the same key. */
function keepAs<K extends keyof ComputedFromApplied>(
  after: AppliedSchemas,
  key: K,
  value: ComputedFromApplied[K] | undefined,
): void {
  after.keep(key, value as ComputedFromApplied[K]);
}
