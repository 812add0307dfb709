/**
 * What a logic rule of `schemaforms check` gets: the document, where to report, the language, and a
 * way to name the line of another spot in the file (so a message can say "line 12").
 */
import type { Dialect } from '@schemaforms/core';
import type { CheckLocale } from '../check-locale.js';
import { getAtPointer, splitPointer } from '../json-pointer.js';
import type { Reporter } from '../lint-context.js';
import { isObject } from '../schema-walk.js';

/** The inputs of one logic rule. */
export interface RuleContext {
  readonly root: Record<string, unknown>;
  readonly dialect: Dialect;
  readonly locale: CheckLocale;
  readonly report: Reporter;
  /** The 1-based line where the value at `pointer` starts. */
  readonly lineOf: (pointer: string) => number;
}

/** The name of the field whose schema is at `pointer` (`/properties/motivo/oneOf/2` → `motivo`), or `''`. */
export function fieldNameAt(pointer: string): string {
  const tokens = splitPointer(pointer);
  for (let i = tokens.length - 2; i >= 0; i--) if (tokens[i] === 'properties') return tokens[i + 1]!;
  return '';
}

/** Follows a local `$ref` (at most a few hops) so a rule sees the schema a field really has. */
export function resolveLocalRef(root: unknown, schema: unknown): unknown {
  let current = schema;
  for (
    let hops = 0;
    hops < 8 && isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#');
    hops++
  ) {
    let pointer: string;
    try {
      pointer = decodeURIComponent(current.$ref.slice(1));
    } catch {
      return current;
    }
    const target = getAtPointer(root, pointer);
    if (target === undefined) return current;
    current = isObject(target) ? { ...target, ...withoutRef(current) } : target;
  }
  return current;
}

function withoutRef(schema: Record<string, unknown>): Record<string, unknown> {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

/** Whether two JSON values are equal (the order of object keys aside). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}
