/**
 * The other files of a forms folder, as `$ref` targets (issue #14 item 6): a form may `$ref` a shared
 * file (`../_shared/address.schema.json#/$defs/cep`) or another form, by a relative path or by its
 * `$id`. Each file is known by its `$id`; a shared file lives in a folder whose name starts with `_`
 * and is not a form (no catalog entry, no form conventions). The bundle of a form is the form with
 * every file its `$ref`s name embedded (core's `bundleRegisteredRefs`), which the precompiled
 * validator, the intake and the runtime use as one document.
 */
import type { JsonSchemaObject } from '@schemaforms/core';
import { bundleRegisteredRefs } from '@schemaforms/core/remote-refs';
import { isObject } from './schema-walk.js';

/** One file of the folder a `$ref` may name. */
export interface FolderDocument {
  readonly schema: Readonly<Record<string, unknown>>;
  /** The file name as diagnostics show it. */
  readonly displayFile: string;
}

/** The files of a folder by the URL their `$id` names (no fragment). */
export type FolderDocuments = ReadonlyMap<string, FolderDocument>;

/** Whether a path relative to the forms folder is a shared file (in a folder starting with `_`), not a form. */
export function isSharedFile(relativePath: string): boolean {
  return relativePath
    .split(/[\\/]/)
    .slice(0, -1)
    .some((folder) => folder.startsWith('_'));
}

/** The URL (no fragment) an `$id` names, or undefined when it is not an absolute URI. */
export function documentUrl(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  try {
    const url = new URL(id);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The folder's documents from its parsed files (each with an absolute `$id`; the first of two equal ones wins). */
export function folderDocuments(
  files: readonly { readonly schema: unknown; readonly displayFile: string }[],
): Map<string, FolderDocument> {
  const documents = new Map<string, FolderDocument>();
  for (const { schema, displayFile } of files) {
    if (!isObject(schema)) continue;
    const url = documentUrl(schema.$id);
    if (url && !documents.has(url)) documents.set(url, { schema, displayFile });
  }
  return documents;
}

/** Every `$ref` of `value` to another document, resolved against the `$id`s in force (no recursion). */
function otherDocumentRefs(root: Record<string, unknown>): Set<string> {
  const urls = new Set<string>();
  const base = documentUrl(root.$id) ?? 'urn:schemaforms:form';
  const stack: { value: unknown; base: string }[] = [{ value: root, base }];
  while (stack.length > 0) {
    const { value, base: current } = stack.pop()!;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, base: current });
      continue;
    }
    if (!isObject(value)) continue;
    let here = current;
    if (typeof value.$id === 'string') {
      try {
        here = new URL(value.$id, current).href.replace(/#.*$/, '');
      } catch {
        // Not a URI: the check reports it; refs below resolve against the outer base.
      }
    }
    if (typeof value.$ref === 'string' && !value.$ref.startsWith('#')) {
      try {
        const url = new URL(value.$ref, here);
        url.hash = '';
        if (url.href !== here) urls.add(url.href);
      } catch {
        // Not a URI: the check reports it.
      }
    }
    for (const [key, child] of Object.entries(value))
      if (key !== 'enum' && key !== 'const') stack.push({ value: child, base: here });
  }
  return urls;
}

/**
 * `schema` with every file of the folder its `$ref`s name (directly or through each other) embedded
 * under `$defs`; the same object when it names none. Throws core's `SchemaError` for a ref to a file
 * the folder does not have (the check reports those first, with file, line and column).
 */
export function bundleFolderRefs(schema: JsonSchemaObject, documents: FolderDocuments): JsonSchemaObject {
  if (otherDocumentRefs(schema).size === 0) return schema;
  return bundleRegisteredRefs(
    schema,
    [...documents.values()].map((document) => document.schema),
    documentUrl(schema.$id) ? { url: documentUrl(schema.$id)! } : {},
  );
}

/** The keys under the root's `$defs` that a bundle added (the embedded files), to tell their pointers apart. */
export function embeddedKeys(file: Record<string, unknown>, bundle: Record<string, unknown>): string[] {
  const own = isObject(file.$defs) ? file.$defs : {};
  return Object.keys(isObject(bundle.$defs) ? bundle.$defs : {}).filter((key) => !(key in own));
}
