const escaped = new Map<string, string>();

/**
 * Ids of a field's parts inside the form's shadow root, derived from its JSON Pointer so they are
 * stable across renders and unique (every character outside `[A-Za-z0-9-]` is escaped, `_` included):
 * `/loja` → `sf_2f_loja--control`. Hosts and tests may rely on this scheme.
 */
export function fieldId(pointer: string, part: string): string {
  let safe = escaped.get(pointer);
  if (safe === undefined) {
    safe = pointer.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
    // A form of a thousand fields asks for each field's ids several times per render: remember them.
    if (escaped.size > 50_000) escaped.clear();
    escaped.set(pointer, safe);
  }
  return `sf${safe}--${part}`;
}
