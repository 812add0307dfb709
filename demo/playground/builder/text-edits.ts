/**
 * The smallest text changes that turn one JSON document into the next: replace a value, add or remove
 * an object member or an array item, swap two neighbours. Each returns `TextChange`s on the current
 * text; nothing else in the file moves.
 */
import { formatInline, formatJson, lineIndent, styleOf } from './json-format.js';
import type { JsonArrayNode, JsonNode, JsonObjectNode } from './json-tree.js';

/** Replace `text.slice(from, to)` with `insert` (offsets into the text before any change). */
export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** Applies non-overlapping changes (in any order) to a text. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const change of [...changes].sort((a, b) => b.from - a.from))
    out = out.slice(0, change.from) + change.insert + out.slice(change.to);
  return out;
}

/** Whether a container is written across lines (a newline between its bracket and its first entry). */
function isMultiline(text: string, node: JsonObjectNode | JsonArrayNode, firstStart: number): boolean {
  return text.slice(node.start, firstStart).includes('\n');
}

/** The indentation of the entries of a multi-line container. */
function entryIndent(text: string, firstStart: number): string {
  return lineIndent(text, firstStart);
}

/** `value` written for the place at `offset`, matching the surrounding style. */
function valueText(text: string, value: unknown, offset: number, inline: boolean): string {
  if (inline) return formatInline(value);
  const indent = lineIndent(text, offset);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return formatJson(value, indent, styleOf(text), offset - lineStart);
}

/** Whether `node` sits inside a one-line object or array (its line also holds its container's bracket). */
function insideInline(text: string, node: JsonNode): boolean {
  const lineStart = text.lastIndexOf('\n', node.start - 1) + 1;
  const before = text.slice(lineStart, node.start);
  return /[[{]/.test(before.replace(/"(?:[^"\\]|\\.)*"/g, ''));
}

/** Replaces a value with `value`. */
export function replaceValue(text: string, node: JsonNode, value: unknown): TextChange {
  return { from: node.start, to: node.end, insert: valueText(text, value, node.start, insideInline(text, node)) };
}

/** The text of a new entry (`"key": value` or a bare value) for a container. */
function entryText(
  text: string,
  key: string | undefined,
  value: unknown,
  indent: string,
  inline: boolean,
  column: number,
): string {
  const head = key === undefined ? '' : `${JSON.stringify(key)}: `;
  const body = inline ? formatInline(value) : formatJson(value, indent, styleOf(text), column + head.length);
  return head + body;
}

/** Adds an entry to an object or array at `index` (0 = first; `entries.length` = last). */
function insertEntry(
  text: string,
  node: JsonObjectNode | JsonArrayNode,
  starts: readonly number[],
  ends: readonly number[],
  index: number,
  key: string | undefined,
  value: unknown,
): TextChange {
  const { eol, unit } = styleOf(text);
  if (starts.length === 0) {
    // An empty container: an object opens across lines (as Prettier keeps it); an array stays on one.
    const outer = lineIndent(text, node.start);
    if (node.kind === 'array') {
      return { from: node.start, to: node.end, insert: `[${entryText(text, key, value, outer, true, 0)}]` };
    }
    const inner = outer + unit;
    const entry = entryText(text, key, value, inner, false, inner.length);
    return { from: node.start, to: node.end, insert: `{${eol}${inner}${entry}${eol}${outer}}` };
  }
  const multiline = isMultiline(text, node, starts[0]!);
  const indent = multiline ? entryIndent(text, starts[0]!) : lineIndent(text, node.start);
  const entry = entryText(text, key, value, indent, !multiline, indent.length);
  const separator = multiline ? `,${eol}${indent}` : ', ';
  if (index >= starts.length) {
    const at = ends[ends.length - 1]!;
    return { from: at, to: at, insert: separator + entry };
  }
  const at = starts[index]!;
  return { from: at, to: at, insert: entry + separator };
}

/** Adds `"key": value` to an object at member position `index` (default: last). */
export function insertMember(
  text: string,
  node: JsonObjectNode,
  key: string,
  value: unknown,
  index = node.members.length,
): TextChange {
  const starts = node.members.map((m) => m.keyStart);
  const ends = node.members.map((m) => m.value.end);
  return insertEntry(text, node, starts, ends, index, key, value);
}

/** Adds an item to an array at `index` (default: last). */
export function insertItem(text: string, node: JsonArrayNode, value: unknown, index = node.items.length): TextChange {
  const starts = node.items.map((i) => i.start);
  const ends = node.items.map((i) => i.end);
  return insertEntry(text, node, starts, ends, index, undefined, value);
}

/** Removes the entry spanning starts[index]..ends[index], with the separator next to it. */
function removeEntry(
  node: JsonObjectNode | JsonArrayNode,
  starts: readonly number[],
  ends: readonly number[],
  index: number,
): TextChange {
  if (starts.length === 1) return { from: node.start, to: node.end, insert: node.kind === 'object' ? '{}' : '[]' };
  if (index > 0) return { from: ends[index - 1]!, to: ends[index]!, insert: '' };
  return { from: starts[0]!, to: starts[1]!, insert: '' };
}

/** Removes the member at `index` of an object. */
export function removeMember(node: JsonObjectNode, index: number): TextChange {
  return removeEntry(
    node,
    node.members.map((m) => m.keyStart),
    node.members.map((m) => m.value.end),
    index,
  );
}

/** Removes the item at `index` of an array. */
export function removeItem(node: JsonArrayNode, index: number): TextChange {
  return removeEntry(
    node,
    node.items.map((i) => i.start),
    node.items.map((i) => i.end),
    index,
  );
}

/** Swaps the members at `index` and `index + 1` of an object: each takes the other's place, text unchanged. */
export function swapMembers(text: string, node: JsonObjectNode, index: number): TextChange[] {
  const first = node.members[index]!;
  const second = node.members[index + 1]!;
  return [
    { from: first.keyStart, to: first.value.end, insert: text.slice(second.keyStart, second.value.end) },
    { from: second.keyStart, to: second.value.end, insert: text.slice(first.keyStart, first.value.end) },
  ];
}
