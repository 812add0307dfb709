/**
 * JSON Pointer (RFC 6901) helpers: the one path notation of schemaforms.
 */

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins a parent pointer and tokens: `joinPointer('/properties', 'a/b')` → `/properties/a~1b`. */
export function joinPointer(parent: string, ...tokens: (string | number)[]): string {
  return parent + tokens.map((t) => `/${escapeToken(t)}`).join('');
}

/** Splits a pointer into unescaped tokens; `''` gives `[]`. Throws on a pointer not starting with `/`. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`not a JSON Pointer: ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Reads the value at `pointer` in `document` (own properties only, so `__proto__` is never followed),
 * or `undefined` when the path does not exist.
 */
export function getAtPointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (current !== null && typeof current === 'object' && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return current;
}
