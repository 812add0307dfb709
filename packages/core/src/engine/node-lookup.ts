/**
 * Finding nodes of the derived tree by JSON Pointer, and translating a payload pointer (where array
 * items without an answer are left out) to the pointer of the same field in the form's value.
 */
import { parsePointer, unescapeToken } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import type { DerivedNode } from './derived-node.js';

const ARRAY_INDEX = /^(0|[1-9]\d*)$/;
const DIGITS = /^\d+$/;

/** The derived node at a working-value pointer. */
export function nodeAt(root: DerivedNode, pointer: JsonPointer): DerivedNode | undefined {
  let current: DerivedNode | undefined = root;
  for (const token of parsePointer(pointer)) current = current && childOf(current, token);
  return current;
}

/** The nearest derived node at or above a working-value pointer. */
export function nearestNode(root: DerivedNode, pointer: JsonPointer): DerivedNode {
  let current = root;
  for (const token of parsePointer(pointer)) {
    const next = childOf(current, token);
    if (!next) break;
    current = next;
  }
  return current;
}

/** Translates a payload pointer (array items may be left out) to the working-value pointer. */
export function toWorkingPointer(
  root: DerivedNode,
  payloadPointer: JsonPointer,
): { pointer: JsonPointer; node?: DerivedNode } {
  if (payloadPointer[0] !== '/') parsePointer(payloadPointer); // '' is the root; anything else throws
  // Hot path (every error, every change): the string is walked, not split.
  let pointer = payloadPointer;
  let current: DerivedNode | undefined = root;
  for (let start = 1; current && start <= pointer.length;) {
    let end = pointer.indexOf('/', start);
    if (end < 0) end = pointer.length;
    let token = pointer.slice(start, end);
    const working = current.workingIndexes && DIGITS.test(token) ? current.workingIndexes[Number(token)] : undefined;
    if (working !== undefined && String(working) !== token) {
      token = String(working);
      pointer = pointer.slice(0, start) + token + pointer.slice(end);
      end = start + token.length;
    }
    current = childOf(current, unescapeToken(token));
    start = end + 1;
  }
  return current ? { pointer, node: current } : { pointer };
}

/** The child of a derived node by key (an array's by canonical index; an object's children follow its shape). */
export function childOf(node: DerivedNode, key: string): DerivedNode | undefined {
  const children = node.children;
  if (!children) return undefined;
  if (node.workingIndexes) return ARRAY_INDEX.test(key) ? children[Number(key)] : undefined;
  return childForKey(children[node.objectShape?.index.get(key) ?? -1], key);
}

/** `node` when it is the child for `key`: a cheap guard that a shape and a child list still agree. */
export function childForKey(node: DerivedNode | undefined, key: string): DerivedNode | undefined {
  return node?.field.key === key ? node : undefined;
}
