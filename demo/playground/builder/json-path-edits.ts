/**
 * Text edits addressed by path (`['properties', 'loja', 'title']`): set, remove, append, each applied to
 * the text at once and returning the next text. The builder's operations are sequences of these; the
 * editor then receives only the span that differs.
 */
import { memberIndex, memberOf, parseJsonTree, type JsonNode, type JsonObjectNode } from './json-tree.js';
import { applyChanges, insertItem, insertMember, removeItem, removeMember, replaceValue } from './text-edits.js';

/** The node at `path` (member keys and array indexes), if there is one. */
export function nodeAt(text: string, path: readonly (string | number)[]): JsonNode | undefined {
  let node: JsonNode | undefined = parseJsonTree(text);
  for (const step of path) {
    if (node === undefined) return undefined;
    if (typeof step === 'number') node = node.kind === 'array' ? node.items[step] : undefined;
    else node = memberOf(node, step)?.value;
  }
  return node;
}

function objectAt(text: string, path: readonly (string | number)[]): JsonObjectNode {
  const node = nodeAt(text, path);
  if (node?.kind !== 'object') throw new Error(`no object at /${path.join('/')}`);
  return node;
}

/** Where a new member goes: after the last of `after` present, else before the first of `before`, else last. */
export interface Placement {
  readonly after?: readonly string[];
  readonly before?: readonly string[];
}

function placeIndex(node: JsonObjectNode, placement: Placement): number {
  for (const key of [...(placement.after ?? [])].reverse()) {
    const index = memberIndex(node, key);
    if (index >= 0) return index + 1;
  }
  for (const key of placement.before ?? []) {
    const index = memberIndex(node, key);
    if (index >= 0) return index;
  }
  return node.members.length;
}

/**
 * Sets member `key` of the object at `path` to `value` (replacing only the value when the member
 * exists), or removes the member when `value` is undefined. The same value leaves the text untouched.
 */
export function setMember(
  text: string,
  path: readonly (string | number)[],
  key: string,
  value: unknown,
  placement: Placement = {},
): string {
  const node = objectAt(text, path);
  const index = memberIndex(node, key);
  if (value === undefined) return index < 0 ? text : applyChanges(text, [removeMember(node, index)]);
  if (index < 0) return applyChanges(text, [insertMember(text, node, key, value, placeIndex(node, placement))]);
  const current = node.members[index]!.value;
  if (JSON.stringify(JSON.parse(text.slice(current.start, current.end))) === JSON.stringify(value)) return text;
  return applyChanges(text, [replaceValue(text, current, value)]);
}

/** Appends `value` to the array at `path`. */
export function appendItem(text: string, path: readonly (string | number)[], value: unknown): string {
  const node = nodeAt(text, path);
  if (node?.kind !== 'array') throw new Error(`no array at /${path.join('/')}`);
  return applyChanges(text, [insertItem(text, node, value)]);
}

/** Removes every item of the array at `path` for which `drop` holds (no array: the text as it is). */
export function removeItems(
  text: string,
  path: readonly (string | number)[],
  drop: (value: unknown, index: number) => boolean,
): string {
  let out = text;
  const node = nodeAt(text, path);
  if (node?.kind !== 'array') return text;
  // From the last to the first, so the earlier offsets stay right.
  for (let i = node.items.length - 1; i >= 0; i--) {
    const current = nodeAt(out, path);
    if (current?.kind !== 'array') break;
    const item = current.items[i]!;
    if (drop(JSON.parse(out.slice(item.start, item.end)), i)) out = applyChanges(out, [removeItem(current, i)]);
  }
  return out;
}

/** The one change that turns `before` into `after`: the differing middle, common start and end kept. */
export function changeBetween(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
