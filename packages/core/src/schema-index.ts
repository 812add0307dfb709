/**
 * An index of every subschema of a schema document: where it is (JSON Pointer), its base URI, and
 * the `$id`s and anchors that `$ref` can name. Built iteratively, so depth never overflows the stack.
 */
import { childPointer, isObject } from './json-pointer.js';
import { LIST_SUBSCHEMA, MAP_SUBSCHEMA, SINGLE_SUBSCHEMA } from './schema-keywords.js';
import { parseUrl } from './url.js';
import type { Dialect, JsonSchema, JsonPointer } from './types.js';
import type { SubschemaPlan } from './engine/subschema-plan.js';

/** A base URI for schemas without `$id`, so relative references resolve to "this document". */
export const DOCUMENT_BASE = 'sf:///schema.json';

/** One subschema found by the walk. */
export interface IndexedSchema {
  readonly pointer: JsonPointer;
  readonly schema: JsonSchema;
  /** Nesting depth in subschemas (root = 0). */
  readonly depth: number;
  /** The base URI that `$ref`s inside it resolve against. */
  readonly base: string;
  /**
   * The engine's plan of this subschema once made (`engine/subschema-plan.ts`): kept on the subschema's
   * entry, not in a map by pointer beside the index (issue #18: a map entry per field).
   */
  plan: SubschemaPlan | undefined;
}

/** The index of a schema document. */
export interface SchemaIndex {
  readonly nodes: ReadonlyMap<JsonPointer, IndexedSchema>;
  /** Absolute URI (no fragment) or `uri#anchor` → pointer. */
  readonly ids: ReadonlyMap<string, JsonPointer>;
  /** True when the walk stopped at the depth or count cap. */
  readonly truncated: boolean;
}

function resolveUri(ref: string, base: string): string | undefined {
  return parseUrl(ref, base)?.href;
}

function isSubschema(value: unknown): value is JsonSchema {
  return isObject(value) || typeof value === 'boolean';
}

/**
 * Whether some value of `schema` is an object or a boolean, as every subschema and every list or map
 * of them is. Most subschemas of a form are leaves: their own few values say so sooner than every
 * subschema keyword looked up.
 */
export function mayHoldSubschemas(schema: Record<string, unknown>): boolean {
  for (const keyword in schema) {
    const value = schema[keyword];
    if (typeof value === 'object' || typeof value === 'boolean') return true;
  }
  return false;
}

/** Calls `visit(childPointer, childSchema)` for each direct subschema of `schema`. */
export function forEachSubschema(
  schema: JsonSchema,
  pointer: JsonPointer,
  dialect: Dialect,
  visit: (pointer: JsonPointer, schema: JsonSchema) => void,
): void {
  if (!isObject(schema) || !mayHoldSubschemas(schema)) return;
  for (const keyword of SINGLE_SUBSCHEMA) {
    const subschema = schema[keyword];
    if (isSubschema(subschema)) visit(pointer + '/' + keyword, subschema);
  }
  // draft-07 `dependencies` maps names to subschemas (or, not visited, to lists of names).
  for (const keyword of dialect === 'draft-07' ? [...MAP_SUBSCHEMA, 'dependencies'] : MAP_SUBSCHEMA) {
    const map = schema[keyword];
    if (!isObject(map)) continue;
    const base = pointer + '/' + keyword;
    for (const key of Object.keys(map)) {
      const subschema = map[key];
      if (isSubschema(subschema)) visit(childPointer(base, key), subschema);
    }
  }
  for (const keyword of LIST_SUBSCHEMA) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    const base = pointer + '/' + keyword + '/';
    for (let index = 0; index < list.length; index++)
      if (isSubschema(list[index])) visit(base + index, list[index] as JsonSchema);
  }
  const items = schema.items;
  if (isSubschema(items)) visit(pointer + '/items', items);
  else if (Array.isArray(items))
    for (let i = 0; i < items.length; i++)
      if (isSubschema(items[i])) visit(pointer + '/items/' + i, items[i] as JsonSchema);
}

/**
 * Walks a schema document breadth-first, up to `maxDepth` levels and `maxNodes` subschemas. Every
 * form of one compiled schema shares its index (see `engine/schema-cache.ts`).
 */
export function indexSchema(
  root: JsonSchema,
  dialect: Dialect,
  limits: { maxDepth?: number; maxNodes?: number } = {},
): SchemaIndex {
  const maxDepth = limits.maxDepth ?? Infinity;
  const maxNodes = limits.maxNodes ?? Infinity;
  const nodes = new Map<JsonPointer, IndexedSchema>();
  const ids = new Map<string, JsonPointer>();
  let truncated = false;
  // Each queued subschema is entered in `nodes` as it is, once its base URI is known.
  const queue: { -readonly [K in keyof IndexedSchema]: IndexedSchema[K] }[] = [
    { pointer: '', schema: root, depth: 0, base: DOCUMENT_BASE, plan: undefined },
  ];
  for (let qi = 0; qi < queue.length; qi++) {
    const item = queue[qi]!;
    let base = item.base;
    const schema = item.schema;
    if (isObject(schema)) {
      const id = schema.$id;
      if (typeof id === 'string') {
        if (dialect === 'draft-07' && id.startsWith('#')) {
          ids.set(base.replace(/#.*$/, '') + id, item.pointer);
        } else {
          const abs = resolveUri(id, base);
          if (abs) {
            base = abs.replace(/#.*$/, '');
            if (!ids.has(base)) ids.set(base, item.pointer);
          }
        }
      }
      const anchor = schema.$anchor;
      if (typeof anchor === 'string') ids.set(base + '#' + anchor, item.pointer);
      const dynamicAnchor = schema.$dynamicAnchor;
      if (typeof dynamicAnchor === 'string' && !ids.has(base + '#' + dynamicAnchor))
        ids.set(base + '#' + dynamicAnchor, item.pointer);
    }
    if (item.pointer === '') ids.set(DOCUMENT_BASE, '');
    item.base = base;
    nodes.set(item.pointer, item);
    if (item.depth >= maxDepth || nodes.size + queue.length - qi > maxNodes) {
      forEachSubschema(schema, item.pointer, dialect, () => (truncated = true));
      continue;
    }
    forEachSubschema(schema, item.pointer, dialect, (pointer, child) =>
      queue.push({ pointer, schema: child, depth: item.depth + 1, base, plan: undefined }),
    );
  }
  return { nodes, ids, truncated };
}

/** Decodes the fragment of a `$ref` (`#/a%20b/c~1d`) into a JSON Pointer, or undefined. */
function fragmentPointer(fragment: string): string | undefined {
  try {
    const decoded = decodeURIComponent(fragment);
    return decoded === '' || decoded.startsWith('/') ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** The result of resolving a `$ref`: a pointer in this document, or why not. */
export type RefResolution =
  | { readonly ok: true; readonly pointer: JsonPointer }
  | { readonly ok: false; readonly reason: 'remote' | 'missing'; readonly uri: string };

/** Resolves `ref` found in the subschema at `from` to a pointer inside the same document. */
export function resolveRef(index: SchemaIndex, ref: string, from: JsonPointer): RefResolution {
  const base = index.nodes.get(from)?.base ?? DOCUMENT_BASE;
  const abs = resolveUri(ref, base);
  if (!abs) return { ok: false, reason: 'missing', uri: ref };
  const hashAt = abs.indexOf('#');
  const doc = hashAt < 0 ? abs : abs.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : abs.slice(hashAt + 1);
  const docPointer = index.ids.get(doc);
  if (docPointer === undefined) return { ok: false, reason: 'remote', uri: ref };
  const fp = fragmentPointer(fragment);
  if (fp !== undefined) {
    const target = docPointer + fp;
    return index.nodes.has(target) ? { ok: true, pointer: target } : { ok: false, reason: 'missing', uri: ref };
  }
  const anchored = index.ids.get(doc + '#' + fragment);
  return anchored === undefined ? { ok: false, reason: 'missing', uri: ref } : { ok: true, pointer: anchored };
}
