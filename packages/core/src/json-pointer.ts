/**
 * JSON Pointer (RFC 6901) helpers: parse, format, read and define properties of plain JSON values.
 * Only own properties are read; keys that could reach `Object.prototype` are refused.
 */
import type { JsonPointer } from './types.js';

/** Keys that must never be read from or written into answers (prototype pollution). */
export const POISONED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unescapes one reference token (`~1` → `/`, `~0` → `~`). */
export function unescapeToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

/** Splits a pointer into unescaped tokens; `''` gives `[]`. Throws on a pointer not starting with `/`. */
export function parsePointer(pointer: JsonPointer): string[] {
  if (pointer === '') return [];
  if (pointer[0] !== '/') throw new TypeError(`JSON Pointer "${pointer}" must be empty or start with "/"`);
  const tokens = pointer.slice(1).split('/');
  return pointer.includes('~') ? tokens.map(unescapeToken) : tokens;
}

/** Joins tokens into a pointer. */
export function formatPointer(tokens: readonly string[]): JsonPointer {
  let out = '';
  for (const t of tokens) out += '/' + escapeToken(t);
  return out;
}

/** Appends one token to a pointer. */
export function childPointer(pointer: JsonPointer, token: string | number): JsonPointer {
  return pointer + '/' + escapeToken(String(token));
}

/** Whether one pointer is the other or lies below it (either way round). */
export function pointersOverlap(left: JsonPointer, right: JsonPointer): boolean {
  return left === right || left.startsWith(right + '/') || right.startsWith(left + '/');
}

/** Whether `value` is a plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own-property read that never reaches the prototype chain. */
export function own(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The value at `tokens` inside `root`, reading own properties only. */
export function getIn(root: unknown, tokens: readonly string[]): unknown {
  let cur = root;
  for (const t of tokens) {
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(t)) return undefined;
      cur = cur[Number(t)];
    } else cur = own(cur, t);
  }
  return cur;
}

/** Defines a property without invoking setters (so `__proto__` can never change a prototype). */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
