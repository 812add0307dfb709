/**
 * JSON Pointer (RFC 6901), the one path notation of schemaforms: core's implementation
 * (`@schemaforms/core/json-pointer`), under the names tooling uses.
 */
import { escapeToken, formatPointer, getIn, parsePointer } from '@schemaforms/core/json-pointer';

export { escapeToken, parsePointer as splitPointer };

/** Joins a parent pointer and tokens: `joinPointer('/properties', 'a/b')` → `/properties/a~1b`. */
export function joinPointer(parent: string, ...tokens: (string | number)[]): string {
  return parent + formatPointer(tokens.map(String));
}

/**
 * Reads the value at `pointer` in `document` (own properties only, so `__proto__` is never followed),
 * or `undefined` when the path does not exist. Throws on a pointer not starting with `/`.
 */
export function getAtPointer(document: unknown, pointer: string): unknown {
  return getIn(document, parsePointer(pointer));
}
