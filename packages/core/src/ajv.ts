/**
 * Core's Ajv module, loaded lazily by `compileSchema` / `startSchema` (`import('./ajv.js')`): the runtime
 * compile path (`compileRuntime`, `compilePrepared`), and the project's Ajv configuration it is built on,
 * re-exported from the modules that hold it. `@schemaforms/core/ajv` (`ajv-all-dialects.ts`) exports all
 * of this and, for Node, `precompileForm`.
 */
import { loadAjvClass } from './create-ajv.js';
// A bundling hint, not a use: imported by this lazily loaded module itself, the linear-time engine stays
// the chunk of its own that the condition evaluator's `import()`s load; imported only from the modules
// below, Rolldown makes it a shared chunk and puts its runtime in one more chunk, which a consumer's
// `<sf-form>` entry then lists (23 bytes more, min+gzip).
import './linear-regexp.js';
import { loadAndPrepareSchema, type PreparedSchema } from './prepare-schema.js';
import { createRuntimeValidator } from './runtime-validator.js';
import type { CompiledSchema } from './types.js';

export * from './ajv-options.js';
export * from './create-ajv.js';
export * from './runtime-validator.js';
export * from './schema-error-from-ajv.js';
export * from './subschema-ref.js';
export * from './x-keywords.js';

/**
 * The runtime compile path behind `compileSchema`: the schema read and checked (`loadAndPrepareSchema`:
 * JSON text parsed, name-only `$id`s left out, shape checks, draft-04/06 read as draft-07), then
 * compiled (`compilePrepared`). Rejects with `SchemaError` naming the schema location.
 */
export async function compileRuntime(schema: unknown, source?: string): Promise<CompiledSchema> {
  return compilePrepared(await loadAndPrepareSchema(schema, source), source);
}

/**
 * Compiles a schema `prepareSchema` read: the dialect's Ajv class loaded, then a lenient Ajv (see
 * `createRuntimeValidator`). The result's `schema` is `prepared.schema` itself, so a form started on
 * it before (with a provisional validator) takes this validator in place.
 */
export async function compilePrepared(prepared: PreparedSchema, source?: string): Promise<CompiledSchema> {
  const { schema, dialect } = prepared;
  const warnings = [...prepared.warnings];
  await loadAjvClass(dialect);
  const validator = createRuntimeValidator(schema, dialect, source, warnings);
  return Object.freeze({ schema, dialect, validator, warnings: Object.freeze(warnings) });
}
