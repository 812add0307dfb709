/**
 * Which cached condition results a change makes stale, found from the changed names: at each data
 * location, an index from a property name to the conditions that read it. Before it, every change
 * asked the read-set of every condition cached there (~100 at a large conditional form's root) whether
 * it reads a changed name (issue #18). A stale result is overwritten rather than deleted, so the
 * conditions cached at a location only ever grow and the index sees new ones by the count alone.
 */
import type { JsonPointer } from '../types.js';
import type { ConditionResult } from './condition-results.js';
import { walkReadSet } from './read-set-walk.js';
import type { SchemaCache } from './schema-cache.js';

/** The conditions cached at one location, by the property names they read. */
interface ReadersIndex {
  readonly indexed: Set<JsonPointer>;
  readonly byName: Map<string, JsonPointer[]>;
  /** Conditions that may read any property. */
  readonly readingAll: JsonPointer[];
}

/** A result no answers are identical to: `outcome` decides it again (see `ConditionResults.outcome`). */
const STALE: ConditionResult = { answers: Symbol('stale'), result: undefined };

/** By the results of one location (dropped with them when every result is forgotten). */
const indexes = new WeakMap<Map<JsonPointer, ConditionResult>, ReadersIndex>();

/**
 * Marks stale the results in `atLocation` of the conditions that read one of the `changed` property
 * names (or may read any).
 */
export function forgetReaders(
  schemas: SchemaCache,
  atLocation: Map<JsonPointer, ConditionResult>,
  changed: ReadonlySet<string>,
): void {
  let index = indexes.get(atLocation);
  if (!index) indexes.set(atLocation, (index = { indexed: new Set(), byName: new Map(), readingAll: [] }));
  // Conditions cached since the last change: added to the index (results are only ever added or overwritten).
  if (index.indexed.size < atLocation.size)
    for (const pointer of atLocation.keys()) {
      if (index.indexed.has(pointer)) continue;
      index.indexed.add(pointer);
      const read = walkReadSet(schemas, pointer);
      if (read === 'all') index.readingAll.push(pointer);
      else
        for (const name of read) {
          const readers = index.byName.get(name);
          if (readers) readers.push(pointer);
          else index.byName.set(name, [pointer]);
        }
    }
  for (const pointer of index.readingAll) atLocation.set(pointer, STALE);
  for (const name of changed) for (const pointer of index.byName.get(name) ?? []) atLocation.set(pointer, STALE);
}
