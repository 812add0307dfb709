/**
 * Dirty tracking: which parts of the answers changed since the last derivation, so the field tree is
 * derived again only along the changed paths.
 */
import { escapeToken } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';

/**
 * What changed since the last derivation: for each changed pointer, its ancestors list the child
 * keys on the way to it, and the pointer itself is 'all' (everything below it may differ).
 */
export type Dirty = 'all' | Map<JsonPointer, Set<string> | 'all'>;

/** What changed at one node: 'all', the names of its changed children, or nothing (`null`). */
export type ChangesHere = 'all' | ReadonlySet<string> | null;

/** Records in `dirty` that the value at `tokens` changed. */
export function markDirty(dirty: Map<JsonPointer, Set<string> | 'all'>, tokens: readonly string[]): void {
  let pointer = '';
  for (const token of tokens) {
    const known = dirty.get(pointer);
    if (known !== 'all') {
      if (known) known.add(token);
      else dirty.set(pointer, new Set([token]));
    }
    pointer += '/' + escapeToken(token);
  }
  dirty.set(pointer, 'all');
}

/** What changed at the root. */
export function changesAtRoot(dirty: Dirty): ChangesHere {
  return dirty === 'all' ? 'all' : (dirty.get('') ?? null);
}

/** What changed at or below the child `key` (at `childPointer`) of a node whose changes are `here`. */
export function changesBelow(
  here: 'all' | ReadonlySet<string>,
  dirty: Dirty,
  key: string,
  childPointer: JsonPointer,
): ChangesHere {
  if (here === 'all') return 'all';
  if (!here.has(key)) return null;
  return dirty === 'all' ? 'all' : (dirty.get(childPointer) ?? 'all');
}
