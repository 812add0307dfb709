/**
 * A `schema-src` whose `$ref`s name other files (issue #14 item 6): they are fetched from the schema's
 * own origin, or from an origin the host lists in `ref-origins`, and embedded before compiling. A lazy
 * chunk: only schemas with such refs load it.
 */
import { bundleRemoteRefs, compileSchema, type CompiledSchema, type JsonSchemaObject } from '@schemaforms/core';

/** Fetches and parses one referenced document. */
async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/**
 * Compiles the schema fetched from `url` with the documents its `$ref`s name. `refOrigins` is the
 * host's space-separated list of other origins it allows (`https://schemas.example.com`).
 */
export async function compileWithRemoteRefs(
  schema: JsonSchemaObject,
  url: URL,
  refOrigins: string | null,
  source: string,
): Promise<CompiledSchema> {
  const origins = new Set([url.origin, ...(refOrigins ?? '').split(/\s+/).filter(Boolean)]);
  const bundled = await bundleRemoteRefs(schema, {
    url: url.href,
    allowed: (target) => origins.has(target.origin),
    load: loadJson,
  });
  return compileSchema(bundled, { source });
}
