/**
 * A small, forgiving JSON tokenizer and the highlighted HTML the editor shows under its textarea.
 * It never throws: half-typed text (an open string, a stray word) still highlights, so the colours
 * stay put while someone types. Text is always escaped — schema text is never HTML.
 */

/** Kinds of token, used as CSS classes (`tok-key`, `tok-string`, …). */
export type TokenKind =
  | 'key'
  | 'key-keyword'
  | 'key-x'
  | 'string'
  | 'number'
  | 'literal'
  | 'punct'
  | 'space'
  | 'invalid';

/** One token: `[start, end)` in UTF-16 code units. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
}

/** A mark to draw on the token at `offset` (a diagnostic). */
export interface Mark {
  readonly offset: number;
  readonly severity: 'error' | 'warning';
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const SPACE = /[ \t\r\n]+/y;

/** Scans a string starting at the quote at `start`; an unclosed string ends at the end of its line. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 2;
    else if (c === 0x22 /* " */) return i + 1;
    else if (c === 0x0a || c === 0x0d) return i;
    else i++;
  }
  return text.length;
}

/** Whether the next significant character after `from` is a colon (the string was a key). */
function colonFollows(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ':') return true;
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return false;
  }
  return false;
}

/** Splits `text` into tokens covering every character, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, start: i, end });
    i = end;
  };
  while (i < text.length) {
    const c = text[i]!;
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      push('space', SPACE.lastIndex);
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      let kind: TokenKind = 'string';
      if (colonFollows(text, end)) {
        const name = text.slice(i + 1, end - 1);
        kind = name.startsWith('x-') ? 'key-x' : name.startsWith('$') || KEYWORDS.has(name) ? 'key-keyword' : 'key';
      }
      push(kind, end);
      continue;
    }
    if ('{}[]:,'.includes(c)) {
      push('punct', i + 1);
      continue;
    }
    NUMBER.lastIndex = i;
    if ((c === '-' || (c >= '0' && c <= '9')) && NUMBER.test(text)) {
      push('number', NUMBER.lastIndex);
      continue;
    }
    WORD.lastIndex = i;
    if (WORD.test(text)) {
      const end = WORD.lastIndex;
      const word = text.slice(i, end);
      push(word === 'true' || word === 'false' || word === 'null' ? 'literal' : 'invalid', end);
      continue;
    }
    // Anything else (a stray quote mark, a comment slash, a lone surrogate): one code point, invalid.
    const cp = text.codePointAt(i)!;
    push('invalid', i + (cp > 0xffff ? 2 : 1));
  }
  return tokens;
}

/** JSON Schema keywords a form file uses, highlighted apart from property names. */
const KEYWORDS = new Set([
  'type', 'title', 'description', 'default', 'examples', 'enum', 'const', 'oneOf', 'anyOf', 'allOf', 'not',
  'required', 'properties', 'additionalProperties', 'unevaluatedProperties', 'patternProperties', 'propertyNames',
  'if', 'then', 'else', 'dependentSchemas', 'dependentRequired', 'dependencies', 'format', 'minLength', 'maxLength',
  'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'items', 'prefixItems',
  'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'minProperties', 'maxProperties',
  'readOnly', 'writeOnly', 'deprecated', 'contentMediaType', 'contentEncoding', 'definitions',
]);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** Offsets where each line starts (`\n`, `\r\n` and a lone `\r` end a line, as the check counts). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The offset of a 1-based line and column (UTF-16 columns), clamped to the text. */
export function offsetOf(text: string, starts: readonly number[], line: number, column: number): number {
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(start + Math.max(column, 1) - 1, text.length);
}

/** The 1-based line and column of an offset. */
export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/**
 * The highlighted text as one HTML string: one `<div class="ln">` per line (so wrapped lines keep
 * their own height, as in the textarea), tokens as `<span class="tok-…">`, and the token under each
 * mark underlined (`mark-error` / `mark-warning`).
 */
export function highlightLines(text: string, marks: readonly Mark[] = []): string {
  const markAt = new Map<number, 'error' | 'warning'>();
  const tokens = tokenize(text);
  // Each mark goes on the token holding its offset (or, at a line end, the token just before).
  let t = 0;
  const sorted = [...marks].sort((a, b) => a.offset - b.offset);
  for (const mark of sorted) {
    while (t < tokens.length - 1 && tokens[t]!.end <= mark.offset) t++;
    let index = t;
    if (tokens[index]?.kind === 'space' && index > 0 && !text.slice(tokens[index]!.start, mark.offset + 1).includes('\n')) index--;
    if (tokens[index]?.kind === 'space') continue;
    if (markAt.get(index) !== 'error') markAt.set(index, mark.severity);
  }
  let html = '<div class="ln">';
  tokens.forEach((token, index) => {
    const mark = markAt.get(index);
    const cls = `tok-${token.kind}${mark ? ` mark-${mark}` : ''}`;
    const parts = text.slice(token.start, token.end).split(/\r\n|\r|\n/);
    parts.forEach((part, i) => {
      if (i > 0) html += '</div><div class="ln">';
      if (part) html += token.kind === 'space' && !mark ? escapeHtml(part) : `<span class="${cls}">${escapeHtml(part)}</span>`;
    });
  });
  return html + '</div>';
}

/** The text as plain lines, without colours (for very large texts). */
export function plainLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `<div class="ln">${escapeHtml(line)}</div>`)
    .join('');
}
