/**
 * `<sf-ticket>`'s catalogs of plain schemas, a lazy chunk: a JSON catalog read (`catalog-src`), and the
 * `$ref`s between a catalog's schemas resolved, for a JSON catalog and a `catalog` property alike.
 */
import {
  isPrecompiledForm,
  type Catalog,
  type CatalogSubject,
  type JsonSchemaObject,
  type PrecompiledForm,
} from '@schemaforms/core';

/** The largest JSON catalog `<sf-ticket catalog-src>` reads, in characters. */
export const MAX_CATALOG_CHARS = 2_000_000;

/**
 * Turns a plain JSON catalog — `{ "subjects": [{ "id", "category", "title", "schema" }] }` — into a
 * `Catalog` whose `load()` hands back the schema (compiled at runtime by `<sf-form>`). An entry with a
 * `module` (the URL of a precompiled form, as the production server lists) loads that instead, resolved
 * against `base`: no compiler and no eval in the page. A string `revision` is kept on the subject.
 * Entries without a string id, category and title or an object schema are refused with a `TypeError`
 * naming the entry. Every subject's schema, and each object of an optional top-level `schemas` array
 * (shared schemas that are not forms), is registered for the `$ref`s between them: `load()` hands back
 * a schema with the documents its `$ref`s name embedded.
 */
export function catalogFromJson(data: unknown, base: string = document.baseURI): Catalog {
  if (data === null || typeof data !== 'object' || !Array.isArray((data as { subjects?: unknown }).subjects)) {
    throw new TypeError('A catalog is { "subjects": [...] }.');
  }
  const registered = registeredSchemas(data as { subjects: unknown[]; schemas?: unknown });
  const seen = new Set<string>();
  const subjects: CatalogSubject[] = (data as { subjects: unknown[] }).subjects.map((entry, index) => {
    const item = (entry ?? {}) as Record<string, unknown>;
    const { id, category, title, schema, module, revision } = item;
    if (typeof id !== 'string' || typeof category !== 'string' || typeof title !== 'string') {
      throw new TypeError(`Catalog subject #${index} needs string "id", "category" and "title".`);
    }
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
      throw new TypeError(`Catalog subject "${id}" needs an object "schema".`);
    }
    if (seen.has(id)) throw new TypeError(`Catalog subject "${id}" appears twice.`);
    seen.add(id);
    const load =
      typeof module === 'string'
        ? () => import(/* @vite-ignore */ new URL(module, base).href) as Promise<PrecompiledForm>
        : () => withRegisteredRefs(schema as JsonSchemaObject, () => registered);
    return { id, category, title, ...(typeof revision === 'string' ? { revision } : {}), load };
  });
  return { subjects };
}

/**
 * The schemas a JSON catalog registers for `$ref`s between documents: every subject's, and the shared
 * ones (not forms) of its optional top-level `schemas` list.
 */
function registeredSchemas(data: { subjects: unknown[]; schemas?: unknown }): JsonSchemaObject[] {
  const shared = data.schemas ?? [];
  if (!Array.isArray(shared) || shared.some((schema) => schema === null || typeof schema !== 'object'))
    throw new TypeError('A catalog\'s "schemas" is a list of schema objects.');
  return [...data.subjects.map((entry) => (entry as { schema: JsonSchemaObject }).schema), ...shared];
}

/** A `$ref` to another document (not only a fragment of this one). */
const OTHER_DOCUMENT_REF = /"\$ref"\s*:\s*"(?!#)/;

/**
 * A subject's plain schema: as it is, or, when its `$ref`s name other documents, with the catalog's
 * schemas they name embedded (`registered()` and the code that embeds them are loaded only then). A
 * ref no registered schema answers rejects with a `SchemaError` naming it.
 */
async function withRegisteredRefs(
  schema: JsonSchemaObject,
  registered: () => readonly JsonSchemaObject[] | Promise<readonly JsonSchemaObject[]>,
): Promise<JsonSchemaObject> {
  if (!OTHER_DOCUMENT_REF.test(JSON.stringify(schema))) return schema;
  // The chunk that resolves `<sf-form>`'s refs: one lazy chunk for both, not a third one.
  const [{ bundleRegisteredRefs }, documents] = await Promise.all([import('../form/remote-schema.js'), registered()]);
  return bundleRegisteredRefs(schema, documents);
}

/**
 * A plain schema a subject of a `catalog` property loaded, with the catalog's schemas registered as a
 * JSON catalog's are: every subject's (a precompiled form's own schema; a subject that cannot be
 * loaded registers nothing) and the shared ones of `catalog.schemas`.
 */
export function withCatalogRefs(schema: JsonSchemaObject, catalog: Catalog): Promise<JsonSchemaObject> {
  return withRegisteredRefs(schema, async () => {
    const loaded = await Promise.allSettled(catalog.subjects.map((subject) => subject.load()));
    const subjectSchemas = loaded.flatMap((result) =>
      result.status === 'fulfilled' ? [isPrecompiledForm(result.value) ? result.value.schema : result.value] : [],
    );
    return [...subjectSchemas, ...(catalog.schemas ?? [])];
  });
}

/** Fetches and reads a JSON catalog (same rules as `catalogFromJson`), refusing oversized bodies. */
export async function fetchCatalog(url: string, signal?: AbortSignal): Promise<Catalog> {
  const response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`Catalog ${url} answered HTTP ${response.status}.`);
  const text = await response.text();
  if (text.length > MAX_CATALOG_CHARS)
    throw new Error(`Catalog ${url} is larger than ${MAX_CATALOG_CHARS} characters.`);
  return catalogFromJson(JSON.parse(text), response.url || new URL(url, document.baseURI).href);
}
