/**
 * Read-sets: which property names of an object a subschema reads, so a condition's cached result is
 * kept while none of them changes, and an object is re-planned only when an answer that a condition,
 * dependency or option reads has changed.
 */
import { escapeToken, isObject } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import { ALL_OF_KEYWORDS } from './keywords/all-of.js';
import { DEPENDENT_REQUIRED_KEYWORDS, namesInDependentRequired } from './keywords/dependent-required.js';
import { DEPENDENT_SCHEMAS_KEYWORDS } from './keywords/dependent-schemas.js';
import { CONDITIONAL_KEYWORDS } from './keywords/if-then-else.js';
import { CHOICE_KEYWORDS } from './keywords/option-choice.js';
import { NONE } from './json-values.js';
import type { SchemaCache } from './schema-cache.js';
import { planOf } from './subschema-plan.js';

/** Property names, or 'all' when a subschema may read any of them (or cannot be told). */
export type ReadSet = readonly string[] | 'all';

/** Annotations and keywords that read nothing of an object's properties. */
const READS_NOTHING = new Set([
  'title',
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$comment',
  '$id',
  '$schema',
  '$anchor',
  '$defs',
  'definitions',
  'type',
  'format',
  'contentMediaType',
  'contentEncoding',
]);
/** Applicators whose subschemas read the same object (`dependentSchemas` is handled with its names). */
const LIST_APPLICATORS: ReadonlySet<string> = new Set([...ALL_OF_KEYWORDS, ...CHOICE_KEYWORDS]);
const SINGLE_APPLICATORS: ReadonlySet<string> = new Set(['not', ...CONDITIONAL_KEYWORDS]);
/** Keywords whose map keys name properties whose answers a dependency reads. */
const DEPENDENCY_KEYWORDS: readonly string[] = [...DEPENDENT_REQUIRED_KEYWORDS, ...DEPENDENT_SCHEMAS_KEYWORDS];
/** A read-set walk gives up ('all') past this many nested subschemas. */
const MAX_NESTING = 64;

/** The property names the subschema at `pointer` reads from an object, or 'all'. */
export function readSetOf(schemas: SchemaCache, pointer: JsonPointer, visiting: Set<string> = new Set()): ReadSet {
  const cached = schemas.readSets.get(pointer);
  if (cached) return cached;
  if (visiting.has(pointer) || visiting.size > MAX_NESTING) return 'all';
  visiting.add(pointer);
  const schema = schemas.schemaAt(pointer);
  let result: ReadSet;
  if (schema === undefined) result = 'all';
  else if (typeof schema === 'boolean') result = NONE;
  else {
    const names = new Set<string>();
    const readsOf = (subschema: JsonPointer): boolean => {
      const read = readSetOf(schemas, subschema, visiting);
      if (read === 'all') return false;
      for (const name of read) names.add(name);
      return true;
    };
    let readsAll = false;
    for (const keyword of Object.keys(schema)) {
      const value = schema[keyword];
      if (READS_NOTHING.has(keyword) || keyword.startsWith('x-')) continue;
      if (keyword === 'properties' && isObject(value)) for (const name of Object.keys(value)) names.add(name);
      else if (keyword === 'required' && Array.isArray(value)) for (const name of value) names.add(String(name));
      else if (keyword === 'dependentRequired' && isObject(value))
        for (const name of namesInDependentRequired(value)) names.add(name);
      else if (keyword === 'dependentSchemas' && isObject(value)) {
        for (const name of Object.keys(value)) {
          names.add(name);
          if (!readsOf(`${pointer}/dependentSchemas/${escapeToken(name)}`)) readsAll = true;
        }
      } else if (LIST_APPLICATORS.has(keyword) && Array.isArray(value)) {
        for (let index = 0; index < value.length; index++)
          if (!readsOf(`${pointer}/${keyword}/${index}`)) readsAll = true;
      } else if (SINGLE_APPLICATORS.has(keyword)) {
        if (!readsOf(`${pointer}/${keyword}`)) readsAll = true;
      } else if (keyword === '$ref' && typeof value === 'string') {
        const target = schemas.refTarget(pointer, value);
        if (target === undefined || !readsOf(target)) readsAll = true;
      } else readsAll = true;
      if (readsAll) break;
    }
    result = readsAll ? 'all' : [...names];
  }
  visiting.delete(pointer);
  // A result found inside a cycle depends on where the walk entered it: only a complete walk is kept.
  if (visiting.size === 0 || result === 'all') schemas.readSets.set(pointer, result);
  return result;
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
