/**
 * Core's own answer to "do these answers match this subschema?" (an `if`, an alternative, a
 * `dependentSchemas` entry) for the keywords conditions use in practice, so a form can show and
 * toggle its fields before Ajv has loaded. Three-valued: `undefined` when it cannot decide — a
 * keyword it does not know (`format`, `contains`, `unevaluatedProperties`, `$dynamicRef`…), a
 * keyword value the validators would refuse — and then the compiled validator decides. A known
 * keyword that fails decides `false` whatever else the subschema says, as it does for Ajv.
 * Its answers equal Ajv's: see condition-evaluator.property.test.ts.
 */
import { escapeToken, isObject, POISONED_KEYS } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import { decideValueKeyword, type Decision } from './condition-keywords.js';
import type { SchemaCache } from './schema-cache.js';

export type { Decision } from './condition-keywords.js';
export { loadConditionPatterns } from './condition-patterns.js';

/** Deeper subschemas (or `$ref` chains) than this are left to the validator. */
const MAX_DEPTH = 32;

/** Keywords that never change whether a value matches. */
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$anchor',
  '$comment',
  '$defs',
  'definitions',
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  // Without `if` (which is undecided) Ajv ignores them.
  'then',
  'else',
]);

/** `x-` keywords that validate (file answers); every other `x-` keyword is an annotation. */
const VALIDATING_X_KEYWORDS = new Set(['x-accept', 'x-maxSize']);

function isAnnotation(keyword: string): boolean {
  return ANNOTATIONS.has(keyword) || (keyword.startsWith('x-') && !VALIDATING_X_KEYWORDS.has(keyword));
}

/** Three-valued "and": false wins, then undefined. */
function both(left: Decision, right: Decision): Decision {
  return left === false || right === false ? false : left === undefined || right === undefined ? undefined : true;
}

/**
 * Whether `value` matches the subschema at `pointer` of `schemas`' document as the validator would
 * say, or `undefined` when this evaluator cannot tell.
 */
export function decideCondition(schemas: SchemaCache, pointer: JsonPointer, value: unknown): Decision {
  return decide(schemas, pointer, value, 0);
}

function decide(schemas: SchemaCache, pointer: JsonPointer, value: unknown, depth: number): Decision {
  if (depth > MAX_DEPTH) return undefined;
  const schema = schemas.schemaAt(pointer);
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) return undefined;
  // draft-07 reads nothing beside a `$ref`; rather than rely on how a validator treats the rest, only
  // a lone `$ref` is followed there.
  if (
    schemas.dialect !== '2020-12' &&
    schema.$ref !== undefined &&
    Object.keys(schema).some((keyword) => keyword !== '$ref' && !isAnnotation(keyword))
  )
    return undefined;
  let result: Decision = true;
  for (const keyword of Object.keys(schema)) {
    if (isAnnotation(keyword)) continue;
    result = both(result, decideKeyword(schemas, pointer, keyword, schema[keyword], value, depth));
    if (result === false) return false;
  }
  return result;
}

function decideKeyword(
  schemas: SchemaCache,
  pointer: JsonPointer,
  keyword: string,
  keywordValue: unknown,
  value: unknown,
  depth: number,
): Decision {
  const at = `${pointer}/${keyword}`;
  switch (keyword) {
    case '$ref': {
      const target = typeof keywordValue === 'string' ? schemas.refTarget(pointer, keywordValue) : undefined;
      return target === undefined ? undefined : decide(schemas, target, value, depth + 1);
    }
    case 'not': {
      const inner = decide(schemas, at, value, depth + 1);
      return inner === undefined ? undefined : !inner;
    }
    case 'properties':
      return decideProperties(schemas, at, keywordValue, value, depth);
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      return decideList(schemas, at, keyword, keywordValue, value, depth);
    default:
      return decideValueKeyword(keyword, keywordValue, value);
  }
}

/** `properties`: each declared property the object has (with a value) matches its subschema. */
function decideProperties(
  schemas: SchemaCache,
  at: JsonPointer,
  properties: unknown,
  value: unknown,
  depth: number,
): Decision {
  if (!isObject(properties)) return undefined;
  if (!isObject(value)) return true;
  let result: Decision = true;
  for (const name of Object.keys(properties)) {
    if (!Object.hasOwn(value, name) || value[name] === undefined) continue;
    // Validators treat these names their own way (answers never hold them: forms drop them).
    if (POISONED_KEYS.has(name)) return undefined;
    result = both(result, decide(schemas, `${at}/${escapeToken(name)}`, value[name], depth + 1));
    if (result === false) return false;
  }
  return result;
}

/** `allOf` (every one), `anyOf` (at least one), `oneOf` (exactly one) of a non-empty list. */
function decideList(
  schemas: SchemaCache,
  at: JsonPointer,
  keyword: 'allOf' | 'anyOf' | 'oneOf',
  list: unknown,
  value: unknown,
  depth: number,
): Decision {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  let matched = 0;
  let undecided = false;
  for (let index = 0; index < list.length; index++) {
    const decision = decide(schemas, `${at}/${index}`, value, depth + 1);
    if (decision === undefined) undecided = true;
    else if (decision) matched++;
    else if (keyword === 'allOf') return false;
    if (keyword === 'anyOf' && matched > 0) return true;
    if (keyword === 'oneOf' && matched > 1) return false;
  }
  if (undecided) return undefined;
  return keyword === 'allOf' ? true : keyword === 'anyOf' ? false : matched === 1;
}
