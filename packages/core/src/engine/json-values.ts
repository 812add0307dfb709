/**
 * Small pure helpers on JSON values: deep equality, a deep copy and the lone-surrogate check.
 */
import { defineOwn, isObject } from '../json-pointer.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string has lone surrogates (ill-formed UTF-16) or NUL, which no answer may hold: text
 * systems cut at it (issue 13, RELIABILITY E14).
 */
export function isIllFormed(text: string): boolean {
  return LONE_SURROGATE.test(text) || text.includes('\u0000');
}

/** Deep equality of JSON values. */
export function jsonEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && jsonEqual((left as never)[key], (right as never)[key]))
  );
}

/**
 * A deep copy of a JSON value (defaults are copied so the schema's objects are never shared),
 * leaving out the keys in `drop` at every level.
 */
export function cloneJson<T>(value: T, drop?: ReadonlySet<string>): T {
  if (Array.isArray(value)) return value.map((item) => cloneJson(item, drop)) as T;
  if (isObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) if (!drop?.has(key)) defineOwn(copy, key, cloneJson(value[key], drop));
    return copy as T;
  }
  return value;
}

/** Whether two sets of names hold the same names. */
export function sameSet(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  if (left === right) return true;
  if (left.size !== right.size) return false;
  for (const name of left) if (!right.has(name)) return false;
  return true;
}

/** The one empty list, frozen, so "nothing" is the same array everywhere (caches key on identity). */
export const NONE: readonly never[] = Object.freeze([]);
