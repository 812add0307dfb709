/**
 * Visits every subschema of a schema document with its JSON Pointer, without recursion. Which
 * keywords hold subschemas is core's list (`@schemaforms/core/schema-keywords`).
 */
import type { Dialect } from '@schemaforms/core';
import { isObject } from '@schemaforms/core/json-pointer';
import { LIST_SUBSCHEMA, MAP_SUBSCHEMA, SINGLE_SUBSCHEMA } from '@schemaforms/core/schema-keywords';
import { joinPointer } from './json-pointer.js';

export { isObject };

// Core's lists, widened to string lists so any keyword can be looked up in them.
const MAP_KEYWORDS: readonly string[] = MAP_SUBSCHEMA;
const SINGLE_KEYWORDS: readonly string[] = SINGLE_SUBSCHEMA;
const ARRAY_KEYWORDS: readonly string[] = LIST_SUBSCHEMA;

/** A schema object met during a walk. */
export interface SubschemaVisit {
  readonly schema: Readonly<Record<string, unknown>>;
  readonly pointer: string;
  /** The keyword that holds it (`properties`, `if`, `oneOf`, …); `undefined` for the root. */
  readonly keyword: string | undefined;
  /** The base URI in force (from the nearest `$id`). */
  readonly base: string;
}

/** The base URI used for a root without `$id`. */
export const ANONYMOUS_BASE = 'urn:schemaforms:form';

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
      if (Array.isArray(value))
        value.forEach((item, i) => children.push({ keyword, tokens: [keyword, i], schema: item }));
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
