/**
 * Remote `$ref`s of a schema loaded from a URL (issue #14 item 6): each other document a `$ref` names
 * is loaded once, through the host's `load`, and embedded under `$defs` with its URL as `$id`, so the
 * validator and the field model resolve it as part of one document. Which URLs may be loaded is the
 * host's call (`allowed`: the schema's own origin, plus the origins it lists); any other, or one that
 * cannot be loaded, is a `SchemaError` naming the ref, never a blank form.
 *
 * `@schemaforms/core/remote-refs`: a module of its own, not in the barrel, so that only the lazy chunk of
 * the elements that fetches such refs carries it.
 */
import { isObject } from './json-pointer.js';
import { SchemaError } from './schema-error.js';
import type { JsonSchemaObject } from './types.js';
import { parseUrl, type ParsedUrl } from './url.js';

/** At most this many documents are loaded for one schema (a chain of refs cannot fetch without end). */
export const MAX_REMOTE_DOCUMENTS = 20;

/** Options of `bundleRemoteRefs`. */
export interface RemoteRefOptions {
  /** The absolute URL the schema came from: relative refs resolve against it. */
  readonly url: string;
  /** Whether a document at `url` may be loaded. */
  readonly allowed: (url: ParsedUrl) => boolean;
  /** Loads and parses the document at `url` (rejects when it cannot). */
  readonly load: (url: string) => Promise<unknown>;
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

/**
 * A loaded document as embedded: identified by the URL it came from (which its refs resolve against).
 * A draft-04 `id` declares the same thing, and Ajv refuses the keyword, so it goes.
 */
function embeddable(loaded: Record<string, unknown>, url: string): Record<string, unknown> {
  const { id, ...rest } = loaded;
  return { ...(typeof id === 'string' ? rest : loaded), $id: url };
}

/**
 * `schema` with every document its `$ref`s name (directly or through each other) embedded, or the
 * same object when it names none. The input is never mutated.
 */
export async function bundleRemoteRefs(schema: JsonSchemaObject, options: RemoteRefOptions): Promise<JsonSchemaObject> {
  const given = parseUrl(options.url);
  if (!given) throw new SchemaError('missing-ref', '#', `The schema's URL ${JSON.stringify(options.url)} is not a URL`);
  const rootUrl = documentOf(parseUrl(typeof schema.$id === 'string' ? schema.$id : '', given.href) ?? given);
  const known = new Set([rootUrl]);
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
      const where = `#${pointer}/$ref`;
      if (!options.allowed(target))
        throw new SchemaError(
          'remote-ref',
          where,
          `"$ref" ${JSON.stringify(ref)} at ${where} points to ${url}, whose origin this page does not allow (list it in ref-origins)`,
        );
      if (known.size > MAX_REMOTE_DOCUMENTS + 1)
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
      if (!isObject(loaded) && typeof loaded !== 'boolean')
        throw new SchemaError(
          'missing-ref',
          where,
          `"$ref" ${JSON.stringify(ref)} at ${where}: ${url} is not a schema`,
        );
      const document = isObject(loaded) ? embeddable(loaded, url) : loaded;
      embedded[`sf-remote-${Object.keys(embedded).length}`] = document;
      queue.push({ document, base: url });
    }
  }
  if (Object.keys(embedded).length === 0) return schema;
  const defs = isObject(schema.$defs) ? schema.$defs : {};
  return { ...schema, $id: rootUrl, $defs: { ...defs, ...embedded } } as JsonSchemaObject;
}
