/**
 * Ids of a field's parts inside the form's shadow root, derived from its JSON Pointer so they are
 * stable across renders and unique (every character outside `[A-Za-z0-9-]` is escaped, `_` included).
 */
export function fieldId(pointer: string, part: string): string {
  const safe = pointer.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
  return `sf${safe}--${part}`;
}
