/**
 * Relative `$id`s used as names. Other projects' schemas (json-editor's samples) put `"id": "person"` on
 * a definition and keep writing `"$ref": "#/definitions/person"` inside it, meaning the document. By the
 * spec that `$id` makes `person` the base, so the ref points into the definition itself and resolves to
 * nothing. At run time such an `$id` is read as a name: left out of the schema (a warning says so), so
 * the refs under it resolve within the document. `schemaforms check` keeps refusing the unresolvable ref.
 */
import { isObject } from '../json-pointer.js';
import { DOCUMENT_BASE, indexSchema, resolveRef, type SchemaIndex } from '../schema-index.js';
import { parseUrl } from '../url.js';
import type { Dialect, JsonPointer, JsonSchemaObject, SchemaWarning } from '../types.js';

/** How deep the walk goes (the shape check's limit is lower), so the copy below never nests deeper. */
const MAX_DEPTH = 64;

/** A subschema `$id` that is a relative URI (no scheme) and not a draft-07 anchor (`#name`). */
function isRelativeId(id: unknown): id is string {
  return typeof id === 'string' && id !== '' && !id.startsWith('#') && parseUrl(id) === undefined;
}

/** The first `#/…` ref inside the resource at `owner` that resolves to nothing by the spec but to a subschema of the document. */
function misreadRef(index: SchemaIndex, owner: JsonPointer, base: string): string | undefined {
  for (const node of index.nodes.values()) {
    if (node.base !== base || !(node.pointer === owner || node.pointer.startsWith(owner + '/'))) continue;
    const ref = isObject(node.schema) ? node.schema.$ref : undefined;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) continue;
    if (resolveRef(index, ref, node.pointer).ok) continue;
    if (resolveRef(index, ref, '').ok) return ref;
  }
  return undefined;
}

/** Whether a `$ref` of the document names the resource `base` (then the `$id` is a real identifier). */
function isNamedByRef(index: SchemaIndex, base: string): boolean {
  for (const node of index.nodes.values()) {
    const ref = isObject(node.schema) ? node.schema.$ref : undefined;
    if (typeof ref !== 'string' || ref.startsWith('#')) continue;
    const target = parseUrl(ref, node.base)?.href.replace(/#.*$/, '');
    if (target === base) return true;
  }
  return false;
}

/** Deletes the `$id` of the subschema at `pointer` of `root` (a copy). */
function deleteIdAt(root: Record<string, unknown>, pointer: JsonPointer): void {
  let node: unknown = root;
  for (const token of pointer.split('/').slice(1)) {
    node = (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (isObject(node)) delete node.$id;
}

/**
 * `schema` without the subschema `$id`s that are relative, named by no `$ref`, and make a `#/…` ref
 * under them unresolvable that the document resolves: a copy when there is one (each reported in
 * `warnings`), the same object otherwise. A root `$id` is never left out: `#/…` refs resolve within
 * the document whatever it says.
 */
export function dropNameOnlyIds(
  schema: JsonSchemaObject,
  dialect: Dialect,
  warnings: SchemaWarning[],
): JsonSchemaObject {
  const index = indexSchema(schema, dialect, { maxDepth: MAX_DEPTH });
  // Deeper than the shape check allows: it refuses the schema; nothing to read here.
  if (index.truncated) return schema;
  const dropped: JsonPointer[] = [];
  for (const node of index.nodes.values()) {
    if (node.pointer === '' || !isObject(node.schema) || !isRelativeId(node.schema.$id)) continue;
    if (node.base === DOCUMENT_BASE || isNamedByRef(index, node.base)) continue;
    const ref = misreadRef(index, node.pointer, node.base);
    if (ref === undefined) continue;
    dropped.push(node.pointer);
    warnings.push({
      code: 'relative-id',
      pointer: `#${node.pointer}/$id`,
      message:
        `The relative "$id" ${JSON.stringify(node.schema.$id)} at #${node.pointer} makes "$ref" ${JSON.stringify(ref)} ` +
        'inside it point to nothing; read as a name, so the ref resolves within the document ' +
        '(accepted at run time; `schemaforms check` refuses it)',
    });
  }
  if (dropped.length === 0) return schema;
  const copy = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  for (const pointer of dropped) deleteIdAt(copy, pointer);
  return copy as JsonSchemaObject;
}
