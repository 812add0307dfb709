/**
 * `$ref`s to other documents (issue #14 item 6): those the host registers (the `refs` property) are
 * embedded first; a `schema-src`'s others are fetched from the schema's own origin, or from an origin
 * the host lists in `ref-origins`. A lazy chunk: only schemas with such refs, or hosts that register
 * schemas, load it (with `@schemaforms/core/remote-refs`, kept out of the core's barrel so that the
 * eager bundles never carry it).
 */
import { compileSchema, type CompiledSchema, type JsonSchemaObject } from '@schemaforms/core';
import { bundleRegisteredRefs, bundleRemoteRefs } from '@schemaforms/core/remote-refs';

export { bundleRegisteredRefs };

/** Fetches and parses one referenced document. */
async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/**
 * Compiles the schema `text` fetched from `source` (the `schema-src`, relative to the page) with the
 * documents its `$ref`s name: the schemas the `host` registers (its `refs`) first, then fetched. The `host`'s `ref-origins` attribute is its space-separated list of
 * other origins it allows (`https://schemas.example.com`).
 */
export async function compileWithRemoteRefs(
  text: string,
  source: string,
  host: Element & { readonly refs?: readonly object[] | undefined },
): Promise<CompiledSchema> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  // Not a JSON object: the compiler gives its usual message (line and column of a syntax error).
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return compileSchema(text, { source });
  const url = new URL(source, document.baseURI);
  const refOrigins = host.getAttribute('ref-origins') ?? '';
  const origins = new Set([url.origin, ...refOrigins.split(/\s+/).filter(Boolean)]);
  const bundled = await bundleRemoteRefs(parsed as JsonSchemaObject, {
    url: url.href,
    allowed: (target) => origins.has(target.origin),
    load: loadJson,
    registered: host.refs ?? [],
  });
  return compileSchema(bundled, { source });
}

/**
 * Compiles a schema given as a value with the `registered` schemas (each with `$id`) its `$ref`s name
 * embedded. A `$ref` to an `$id` nobody registered rejects with a `SchemaError` naming the ref.
 */
export async function compileWithRegisteredRefs(
  schema: unknown,
  registered: readonly object[],
): Promise<CompiledSchema> {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return compileSchema(schema);
  return compileSchema(bundleRegisteredRefs(schema as JsonSchemaObject, registered));
}
