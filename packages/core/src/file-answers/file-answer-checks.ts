/**
 * The checks `x-accept` and `x-maxSize` run on an answer, as plain self-contained functions: the
 * runtime validators call them, and standalone (precompiled) code reaches them by their `code`
 * (`require("@schemaforms/core/file-answer-checks")…`), which tooling inlines from their source text. So they
 * must not refer to anything outside their own body.
 */

/**
 * Whether the data URL `value` is of a type `accept` lists (media type, `type/*`, `*`, or the file name's
 * extension). A string that is not a data URL passes: the `data-url` format reports it.
 */
export const dataUrlAccepted = Object.assign(
  function dataUrlAccepted(value: string, accept: readonly string[]): boolean {
    const comma = value.indexOf(',');
    if (value.slice(0, 5).toLowerCase() !== 'data:' || comma < 0) return true;
    const params = value.slice(5, comma).split(';');
    const type = (params[0] || '').toLowerCase();
    let name = '';
    for (let i = 1; i < params.length; i++) {
      const param = params[i] || '';
      if (param.slice(0, 5).toLowerCase() !== 'name=') continue;
      try {
        name = decodeURIComponent(param.slice(5)).toLowerCase();
      } catch {
        name = param.slice(5).toLowerCase();
      }
    }
    for (let i = 0; i < accept.length; i++) {
      const entry = String(accept[i]).trim().toLowerCase();
      if (entry === '*' || entry === '*/*') return true;
      if (entry.charAt(0) === '.') {
        if (name.slice(-entry.length) === entry) return true;
      } else if (entry.slice(-2) === '/*') {
        if (type.slice(0, entry.length - 1) === entry.slice(0, -1)) return true;
      } else if (type === entry) return true;
    }
    return false;
  },
  { code: 'require("@schemaforms/core/file-answer-checks").dataUrlAccepted' },
);

/** The decoded size in bytes of the base64 content of the data URL `value` (0 when it has none). */
export const dataUrlByteSize = Object.assign(
  function dataUrlByteSize(value: string): number {
    const comma = value.indexOf(',');
    if (comma < 0) return 0;
    let end = value.length;
    while (end > comma + 1 && value.charCodeAt(end - 1) === 61) end--;
    return Math.floor(((end - comma - 1) * 3) / 4);
  },
  { code: 'require("@schemaforms/core/file-answer-checks").dataUrlByteSize' },
);
