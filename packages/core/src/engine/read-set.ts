/**
 * Read-sets: which property names of an object a subschema reads, so a condition's cached result is
 * kept while none of them changes, and an object is re-planned only when an answer that a condition,
 * dependency or option reads has changed. The walk itself (`read-set-walk.ts`) comes with the engine
 * features: only conditions with a branch and lists of alternatives are read (`features-used.ts`).
 */
import { isObject } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import { featureNeeded } from './features/engine-features.js';
import { DEPENDENT_REQUIRED_KEYWORDS } from './keywords/dependent-required.js';
import { DEPENDENT_SCHEMAS_KEYWORDS } from './keywords/dependent-schemas.js';
import type { SchemaCache } from './schema-cache.js';
import { planOf } from './subschema-plan.js';

/** Property names, or 'all' when a subschema may read any of them (or cannot be told). */
export type ReadSet = readonly string[] | 'all';

/** Keywords whose map keys name properties whose answers a dependency reads. */
const DEPENDENCY_KEYWORDS: readonly string[] = [...DEPENDENT_REQUIRED_KEYWORDS, ...DEPENDENT_SCHEMAS_KEYWORDS];

/**
 * The property names the subschema at `pointer` reads from an object, or 'all'. Asked only of the
 * condition of an `if` with a branch and of an alternative, whose schemas load the walk's code.
 */
export function readSetOf(schemas: SchemaCache, pointer: JsonPointer): ReadSet {
  return featureNeeded('readSets').walkReadSet(schemas, pointer);
}

/** The property names that conditions, dependencies and options at this location read. */
export function conditionTriggers(schemas: SchemaCache, applied: AppliedSchemas): ReadonlySet<string> | 'all' {
  const known = applied.recall('triggers');
  if (known) return known;
  const names = new Set<string>();
  let readsAll = false;
  const add = (read: ReadSet) => {
    if (read === 'all') readsAll = true;
    else for (const name of read) names.add(name);
  };
  for (const { pointer, schema } of applied.subschemas) {
    const plan = planOf(schemas, pointer);
    if (!plan) continue;
    if (plan.conditional) add(readSetOf(schemas, plan.conditional.if));
    for (const list of plan.optionLists)
      for (let index = 0; index < list.count; index++) add(readSetOf(schemas, `${pointer}/${list.keyword}/${index}`));
    if (!isObject(schema)) continue;
    for (const keyword of DEPENDENCY_KEYWORDS) {
      const map = schema[keyword];
      if (isObject(map)) for (const name of Object.keys(map)) names.add(name);
    }
  }
  return applied.keep('triggers', readsAll ? 'all' : names);
}
