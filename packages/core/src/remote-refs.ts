/**
 * `$ref`s to other documents (issue #14 item 6): each document a `$ref` names (directly or through each
 * other) is embedded under `$defs` with its URL as `$id`, so the validator and the field model resolve
 * it as part of one document. A document comes from the schemas the host registers (`refs`), else,
 * for a schema loaded from a URL, through the host's `load` when its origin is allowed (the schema's
 * own origin plus the ones the host lists). Any other ref, or one that cannot be loaded, is a
 * `SchemaError` naming the ref, never a blank form.
 *
 * `@schemaforms/core/remote-refs`: a module of its own, not in the barrel, so that only the lazy chunk of
 * the elements that resolves such refs carries it.
 */
import { isObject } from './json-pointer.js';
import { DOCUMENT_BASE } from './schema-index.js';
import { SchemaError } from './schema-error.js';
import type { JsonSchemaObject } from './types.js';
import { parseUrl, type ParsedUrl } from './url.js';

/** At most this many documents are loaded for one schema (a chain of refs cannot fetch without end). */
export const MAX_REMOTE_DOCUMENTS = 20;

/** The key prefix of embedded documents under the root's `$defs`. */
const EMBEDDED_KEY = 'sf-remote-';

/** Options of `bundleRemoteRefs`. */
export interface RemoteRefOptions {
  /** The absolute URL the schema came from: relative refs resolve against it. */
  readonly url: string;
  /** Whether a document at `url` may be loaded. */
  readonly allowed: (url: ParsedUrl) => boolean;
  /** Loads and parses the document at `url` (rejects when it cannot). */
  readonly load: (url: string) => Promise<unknown>;
  /** Schemas the host registers (each with `$id`): used before anything is loaded. */
  readonly registered?: readonly unknown[];
}

/** Options of `bundleRegisteredRefs`. */
export interface RegisteredRefOptions {
  /** Where the schema came from, when known: relative refs and `$id`s resolve against it. */
  readonly url?: string;
}

/** A `$ref` to another document met during the walk. */
interface OtherDocumentRef {
  /** The ref as written. */
  readonly ref: string;
  /** Where it is: `#/properties/owner/$ref`. */
  readonly where: string;
  readonly target: ParsedUrl;
  /** The document it names (no fragment). */
  readonly url: string;
}

/** Every string `$ref` in `value`, with the JSON Pointer of the object holding it. */
function refsOf(value: unknown, pointer = '', found: { ref: string; pointer: string }[] = []) {
  if (Array.isArray(value)) value.forEach((item, index) => refsOf(item, `${pointer}/${index}`, found));
  else if (isObject(value))
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push({ ref: child, pointer });
      else refsOf(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, found);
    }
  return found;
}

/** The document part of an absolute URL (no fragment). */
function documentOf(url: ParsedUrl): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

/** The URL a schema's refs resolve against: its own `$id` read against where it came from. */
function rootUrlOf(schema: JsonSchemaObject, given: ParsedUrl): string {
  return documentOf(parseUrl(typeof schema.$id === 'string' ? schema.$id : '', given.href) ?? given);
}

/**
 * A loaded document as embedded: identified by the URL it came from (which its refs resolve against).
 * A draft-04 `id` declares the same thing, and Ajv refuses the keyword, so it goes.
 */
function embeddable(loaded: Record<string, unknown>, url: string): Record<string, unknown> {
  const { id, ...rest } = loaded;
  return { ...(typeof id === 'string' ? rest : loaded), $id: url };
}

/** The registered schemas by the URL their `$id` names (read against `base`). */
function registryOf(registered: readonly unknown[], base: string): Map<string, unknown> {
  const registry = new Map<string, unknown>();
  registered.forEach((schema, index) => {
    const id = isObject(schema) ? schema.$id : undefined;
    const url = typeof id === 'string' ? parseUrl(id, base) : undefined;
    if (!url)
      throw new SchemaError(
        'missing-ref',
        '#',
        `refs[${index}] has no "$id" that names it (${JSON.stringify(id ?? null)}): a registered schema needs one`,
      );
    registry.set(documentOf(url), schema);
  });
  return registry;
}

/**
 * The documents `schema` has embedded already (a `$defs` or `definitions` entry with its own `$id`, as
 * tooling's bundles and hand-made ones have): refs to them resolve within it, so they are not added twice.
 */
function bundledAlready(schema: JsonSchemaObject, rootUrl: string): string[] {
  const urls: string[] = [];
  for (const keyword of ['$defs', 'definitions']) {
    const defs = schema[keyword];
    if (!isObject(defs)) continue;
    for (const entry of Object.values(defs)) {
      const id = isObject(entry) ? entry.$id : undefined;
      const url = typeof id === 'string' ? parseUrl(id, rootUrl) : undefined;
      if (url) urls.push(documentOf(url));
    }
  }
  return urls;
}

/**
 * One pass over `schema`: a copy with every document `documentAt` gives embedded, or the first ref to a
 * document it does not have (`undefined`). Documents are visited in a fixed order, so a later pass with
 * more documents embeds the earlier ones under the same keys.
 */
function embedDocuments(
  schema: JsonSchemaObject,
  rootUrl: string,
  documentAt: (found: OtherDocumentRef) => unknown,
): { readonly bundled: JsonSchemaObject; readonly lacking?: undefined } | { readonly lacking: OtherDocumentRef } {
  const known = new Set([rootUrl, ...bundledAlready(schema, rootUrl)]);
  const embedded: Record<string, unknown> = {};
  const queue: { document: unknown; base: string }[] = [{ document: schema, base: rootUrl }];
  for (let at = 0; at < queue.length; at++) {
    const { document, base } = queue[at]!;
    for (const { ref, pointer } of refsOf(document)) {
      if (ref.startsWith('#')) continue;
      const target = parseUrl(ref, base);
      if (!target) continue; // Not a URL: the compiler names it as a missing ref.
      const url = documentOf(target);
      if (known.has(url)) continue;
      known.add(url);
      const found = { ref, where: `#${pointer}/$ref`, target, url };
      const loaded = documentAt(found);
      if (loaded === undefined) return { lacking: found };
      if (!isObject(loaded) && typeof loaded !== 'boolean')
        throw new SchemaError(
          'missing-ref',
          found.where,
          `"$ref" ${JSON.stringify(ref)} at ${found.where}: ${url} is not a schema`,
        );
      const embeddedDocument = isObject(loaded) ? embeddable(loaded, url) : loaded;
      embedded[`${EMBEDDED_KEY}${Object.keys(embedded).length}`] = embeddedDocument;
      queue.push({ document: embeddedDocument, base: url });
    }
  }
  if (Object.keys(embedded).length === 0) return { bundled: schema };
  const defs = isObject(schema.$defs) ? schema.$defs : {};
  // Numbered after the documents embedded already, so bundling a bundle again never overwrites one.
  const taken = Object.keys(defs).filter((key) => key.startsWith(EMBEDDED_KEY)).length;
  const renamed = Object.fromEntries(Object.values(embedded).map((d, i) => [`${EMBEDDED_KEY}${taken + i}`, d]));
  return { bundled: { ...schema, $id: rootUrl, $defs: { ...defs, ...renamed } } as JsonSchemaObject };
}

/**
 * `schema` with every document its `$ref`s name (directly or through each other) embedded from the
 * schemas the host registers (`registered`, each with `$id`), or the same object when it names none.
 * A ref to a document not registered is a `SchemaError` naming the ref. The input is never mutated.
 */
export function bundleRegisteredRefs(
  schema: JsonSchemaObject,
  registered: readonly unknown[],
  options: RegisteredRefOptions = {},
): JsonSchemaObject {
  const given = parseUrl(options.url ?? DOCUMENT_BASE);
  if (!given) throw new SchemaError('missing-ref', '#', `The schema's URL ${JSON.stringify(options.url)} is not a URL`);
  const rootUrl = rootUrlOf(schema, given);
  const registry = registryOf(registered, rootUrl);
  const result = embedDocuments(schema, rootUrl, (found) => registry.get(found.url));
  if (result.lacking) {
    const { ref, where, url } = result.lacking;
    throw new SchemaError(
      'missing-ref',
      where,
      `"$ref" ${JSON.stringify(ref)} at ${where} names ${url}, which is not among the registered schemas (refs)`,
    );
  }
  return result.bundled;
}

/**
 * `schema` with every document its `$ref`s name (directly or through each other) embedded, or the
 * same object when it names none: registered schemas first, else loaded through `load` when `allowed`.
 * The input is never mutated.
 */
export async function bundleRemoteRefs(schema: JsonSchemaObject, options: RemoteRefOptions): Promise<JsonSchemaObject> {
  const given = parseUrl(options.url);
  if (!given) throw new SchemaError('missing-ref', '#', `The schema's URL ${JSON.stringify(options.url)} is not a URL`);
  const rootUrl = rootUrlOf(schema, given);
  const documents = registryOf(options.registered ?? [], rootUrl);
  let loadedCount = 0;
  for (;;) {
    const result = embedDocuments(schema, rootUrl, (found) => documents.get(found.url));
    if (!result.lacking) return result.bundled;
    const { ref, where, url, target } = result.lacking;
    if (!options.allowed(target))
      throw new SchemaError(
        'remote-ref',
        where,
        `"$ref" ${JSON.stringify(ref)} at ${where} points to ${url}, whose origin this page does not allow (list it in ref-origins)`,
      );
    if (++loadedCount > MAX_REMOTE_DOCUMENTS)
      throw new SchemaError('too-large', where, `More than ${MAX_REMOTE_DOCUMENTS} referenced documents`);
    let loaded: unknown;
    try {
      loaded = await options.load(url);
    } catch (error) {
      throw new SchemaError(
        'missing-ref',
        where,
        `"$ref" ${JSON.stringify(ref)} at ${where} cannot be loaded from ${url}: ${String((error as Error)?.message ?? error)}`,
        { cause: error },
      );
    }
    // `undefined` means "not yet" to the next pass: a document that parsed to nothing is not a schema.
    documents.set(url, loaded === undefined ? null : loaded);
  }
}
