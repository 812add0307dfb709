/**
 * The keywords of core's condition evaluator that look at one value only (no subschema): `type`,
 * `const`, `enum`, `required`, numeric bounds, `multipleOf`, lengths, item counts and `pattern`, each
 * decided exactly as the validators decide it (Ajv with core's options: `strictNumbers`, code-point
 * lengths, decimal `multipleOf`, linear-time patterns). `undefined`: a keyword value Ajv would refuse.
 */
import { isDecimalMultiple } from '../decimal-multiple.js';
import { isObject } from '../json-pointer.js';
import { patternMatches } from './condition-patterns.js';
import { jsonEqual } from './json-values.js';

/** true/false as the validator would answer; `undefined` when that cannot be told here. */
export type Decision = boolean | undefined;

/** Whether `value` is of the JSON Schema `type` named (Ajv with `strictNumbers`: numbers are finite). */
function isOfType(type: unknown, value: unknown): Decision {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return undefined;
  }
}

/** `type`: one name or a list of names, any of which fits. */
function decideType(type: unknown, value: unknown): Decision {
  if (!Array.isArray(type)) return isOfType(type, value);
  if (type.length === 0) return undefined;
  let result: Decision = false;
  for (const name of type) {
    const fits = isOfType(name, value);
    if (fits === undefined) return undefined;
    if (fits) result = true;
  }
  return result;
}

function isCount(bound: unknown): bound is number {
  return Number.isInteger(bound) && (bound as number) >= 0;
}

/** The length of a string in code points, as Ajv counts it (its `unicode` option, on by default). */
function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** A bound on a number: the keyword applies to numbers only, and the bound must be a number. */
function decideNumber(keyword: string, bound: unknown, value: unknown): Decision {
  if (typeof bound !== 'number' || !Number.isFinite(bound)) return undefined;
  if (typeof value !== 'number') return true;
  if (!Number.isFinite(value)) return undefined;
  switch (keyword) {
    case 'minimum':
      return value >= bound;
    case 'maximum':
      return value <= bound;
    case 'exclusiveMinimum':
      return value > bound;
    case 'exclusiveMaximum':
      return value < bound;
    default:
      return bound > 0 ? isDecimalMultiple(value, bound) : undefined;
  }
}

/** `required`: an object has each name as an own property with a value. */
function decideRequired(names: unknown, value: unknown): Decision {
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) return undefined;
  if (!isObject(value)) return true;
  return names.every((name: string) => Object.hasOwn(value, name) && value[name] !== undefined);
}

/**
 * The decision of a keyword that reads no subschema, `undefined` for any other keyword (the caller
 * handles subschemas and annotations) or for a keyword value the validators would refuse.
 */
export function decideValueKeyword(keyword: string, keywordValue: unknown, value: unknown): Decision {
  switch (keyword) {
    case 'type':
      return decideType(keywordValue, value);
    case 'const':
      return jsonEqual(value, keywordValue);
    case 'enum':
      return Array.isArray(keywordValue) ? keywordValue.some((option) => jsonEqual(value, option)) : undefined;
    case 'required':
      return decideRequired(keywordValue, value);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
      return decideNumber(keyword, keywordValue, value);
    case 'minLength':
    case 'maxLength':
      if (!isCount(keywordValue)) return undefined;
      if (typeof value !== 'string') return true;
      return keyword === 'minLength' ? codePointLength(value) >= keywordValue : codePointLength(value) <= keywordValue;
    case 'minItems':
    case 'maxItems':
      if (!isCount(keywordValue)) return undefined;
      if (!Array.isArray(value)) return true;
      return keyword === 'minItems' ? value.length >= keywordValue : value.length <= keywordValue;
    case 'pattern':
      if (typeof keywordValue !== 'string') return undefined;
      return typeof value === 'string' ? patternMatches(keywordValue, value) : true;
    default:
      return undefined;
  }
}
