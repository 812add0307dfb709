/**
 * How the builder writes a new JSON value into someone's file: in the file's own indentation and line
 * ends, objects one member a line (as Prettier keeps them once broken) and short lists of plain values
 * on one line when they fit in 120 columns (as Prettier prints them), so a formatted file stays formatted.
 */

/** The layout of a file, read from its text. */
export interface JsonStyle {
  /** One level of indentation (two spaces unless the file uses something else). */
  readonly unit: string;
  /** `\n`, or `\r\n` when the file uses it. */
  readonly eol: string;
}

/** The print width Prettier uses in this repository. */
const WIDTH = 120;

/** The indentation unit and line end of a JSON text. */
export function styleOf(text: string): JsonStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)["{[\]}]/.exec(text);
  return { unit: indented?.[1] ?? '  ', eol };
}

/** The whitespace that starts the line holding `offset`. */
export function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

const isPlain = (value: unknown) => value === null || typeof value !== 'object';

/**
 * `value` as JSON for a place whose line starts with `indent`; `column` is where it starts on that
 * line (for the width of one-line lists).
 */
export function formatJson(value: unknown, indent: string, style: JsonStyle, column = 0): string {
  if (isPlain(value)) return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) {
      const flat = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
      if (column + flat.length + 1 <= WIDTH) return flat;
    }
    const inner = indent + style.unit;
    const items = value.map((item) => inner + formatJson(item, inner, style, inner.length));
    return `[${style.eol}${items.join(`,${style.eol}`)}${style.eol}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const inner = indent + style.unit;
  const members = entries.map(([key, item]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + formatJson(item, inner, style, head.length);
  });
  return `{${style.eol}${members.join(`,${style.eol}`)}${style.eol}${indent}}`;
}

/** `value` on one line, with a space inside braces and after commas: `{ "a": 1, "b": [1, 2] }`. */
export function formatInline(value: unknown): string {
  if (isPlain(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(formatInline).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${formatInline(item)}`).join(', ')} }`;
}
