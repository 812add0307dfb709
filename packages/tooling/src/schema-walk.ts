/**
 * Visits every subschema of a schema document with its JSON Pointer, without recursion.
 */
import type { Dialect } from '@schemaforms/core';
import { joinPointer } from './json-pointer.js';

/** A schema object met during a walk. */
export interface SubschemaVisit {
  readonly schema: Readonly<Record<string, unknown>>;
  readonly pointer: string;
  /** The keyword that holds it (`properties`, `if`, `oneOf`, …); `undefined` for the root. */
  readonly keyword: string | undefined;
  /** The base URI in force (from the nearest `$id`). */
  readonly base: string;
}

/** Keywords whose value is an object mapping names to subschemas. */
export const MAP_KEYWORDS: readonly string[] = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
/** Keywords whose value is one subschema. */
export const SINGLE_KEYWORDS: readonly string[] = [
  'additionalProperties',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'unevaluatedItems',
  'unevaluatedProperties',
  'additionalItems',
  'contentSchema',
];
/** Keywords whose value is an array of subschemas. */
export const ARRAY_KEYWORDS: readonly string[] = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Applicators that apply to the same instance location (a cycle through only these never ends). */
export const IN_PLACE_KEYWORDS: readonly string[] = ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', 'dependencies'];

/** The base URI used for a root without `$id`. */
export const ANONYMOUS_BASE = 'urn:schemaforms:form';

/** Whether a value is a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveBase(id: unknown, base: string): string {
  if (typeof id !== 'string') return base;
  try {
    const url = new URL(id, base);
    url.hash = '';
    return url.href;
  } catch {
    return base;
  }
}

/** Lists the direct subschemas of `schema` as [keyword, pointer tokens, subschema]. */
export function childSchemas(
  schema: Readonly<Record<string, unknown>>,
  dialect: Dialect,
): { keyword: string; tokens: (string | number)[]; schema: unknown }[] {
  const children: { keyword: string; tokens: (string | number)[]; schema: unknown }[] = [];
  for (const keyword of Object.keys(schema)) {
    const value = schema[keyword];
    if (MAP_KEYWORDS.includes(keyword) && isObject(value)) {
      for (const name of Object.keys(value)) children.push({ keyword, tokens: [keyword, name], schema: value[name] });
    } else if (keyword === 'dependencies' && dialect === 'draft-07' && isObject(value)) {
      for (const name of Object.keys(value)) {
        if (!Array.isArray(value[name])) children.push({ keyword, tokens: [keyword, name], schema: value[name] });
      }
    } else if (SINGLE_KEYWORDS.includes(keyword)) {
      children.push({ keyword, tokens: [keyword], schema: value });
    } else if (keyword === 'items') {
      if (Array.isArray(value)) value.forEach((item, i) => children.push({ keyword, tokens: [keyword, i], schema: item }));
      else children.push({ keyword, tokens: [keyword], schema: value });
    } else if (ARRAY_KEYWORDS.includes(keyword) && Array.isArray(value)) {
      value.forEach((item, i) => children.push({ keyword, tokens: [keyword, i], schema: item }));
    }
  }
  return children;
}

/** Calls `visit` for the root and every object subschema, parents before children. */
export function walkSchemas(root: unknown, dialect: Dialect, visit: (v: SubschemaVisit) => void): void {
  if (!isObject(root)) return;
  const rootBase = resolveBase(root.$id, ANONYMOUS_BASE);
  const stack: SubschemaVisit[] = [{ schema: root, pointer: '', keyword: undefined, base: rootBase }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    visit(current);
    const children = childSchemas(current.schema, dialect);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (!isObject(child.schema)) continue;
      stack.push({
        schema: child.schema,
        pointer: joinPointer(current.pointer, ...child.tokens),
        keyword: child.keyword,
        base: resolveBase(child.schema.$id, current.base),
      });
    }
  }
}
