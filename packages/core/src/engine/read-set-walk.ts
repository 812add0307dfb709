/**
 * The read-set walk (see `read-set.ts`): which property names of an object a subschema reads. Only
 * conditions with a branch and lists of alternatives are read this way, so the walk comes in the chunk
 * of the engine features (`features/`) that schemas with them load; a form of plain fields never needs it.
 */
import { escapeToken, isObject } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import { ALL_OF_KEYWORDS } from './keywords/all-of.js';
import { namesInDependentRequired } from './keywords/dependent-required.js';
import { CONDITIONAL_KEYWORDS } from './keywords/if-then-else.js';
import { CHOICE_KEYWORDS } from './keywords/option-choice.js';
import type { ReadSet } from './read-set.js';
import type { SchemaCache } from './schema-cache.js';

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
/** A read-set walk gives up ('all') past this many nested subschemas. */
const MAX_NESTING = 64;

/** The property names the subschema at `pointer` reads from an object, or 'all' (cached when complete). */
export function walkReadSet(schemas: SchemaCache, pointer: JsonPointer, visiting: Set<string> = new Set()): ReadSet {
  const cached = schemas.readSets.get(pointer);
  if (cached) return cached;
  if (visiting.has(pointer) || visiting.size > MAX_NESTING) return 'all';
  visiting.add(pointer);
  const schema = schemas.schemaAt(pointer);
  let result: ReadSet;
  if (schema === undefined) result = 'all';
  else if (typeof schema === 'boolean') result = [];
  else {
    const names = new Set<string>();
    const readsOf = (subschema: JsonPointer): boolean => {
      const read = walkReadSet(schemas, subschema, visiting);
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
