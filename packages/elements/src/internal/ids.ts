/** A pointer whose only character to escape is `/`. */
const PLAIN_POINTER = /^[A-Za-z0-9/-]*$/;

/**
 * Ids of a field's parts inside the form's shadow root, derived from its JSON Pointer so they are
 * stable across renders and unique (every character outside `[A-Za-z0-9-]` is escaped, `_` included):
 * `/loja` → `sf_2f_loja--control`. Hosts and tests may rely on this scheme. A field's render escapes its
 * pointer once (`FieldContext` keeps the prefix `fieldId(pointer, '')`), so nothing is cached here.
 */
export function fieldId(pointer: string, part: string): string {
  // Most pointers are letters, digits and slashes: one plain replacement instead of a callback per slash.
  const escaped = PLAIN_POINTER.test(pointer)
    ? pointer.replaceAll('/', '_2f_')
    : pointer.replace(/[^A-Za-z0-9-]/g, (character) => `_${character.codePointAt(0)!.toString(16)}_`);
  return `sf${escaped}--${part}`;
}
