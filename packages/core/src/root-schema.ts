/**
 * Registering a form's root schema in an Ajv instance under `ROOT_KEY`. A form whose `$id` is a URI the
 * instance already holds (a meta-schema's: a schema editor's form is often the draft-07 meta-schema
 * itself) would make Ajv refuse it ("schema with key or id … already exists"); that `$id` is left out of
 * the copy Ajv sees, so the form compiles under `ROOT_KEY` like one without `$id`.
 */
import type { JsonSchemaObject } from './types.js';

/** The key under which Ajv would register `$id` (Ajv drops an empty trailing fragment). */
function normalizedId(id: string): string {
  return id.endsWith('#') ? id.slice(0, -1) : id;
}

/** The part of an Ajv instance this module reads: the schemas and refs it holds by id. */
export interface AjvRegistry {
  readonly schemas: Readonly<Record<string, unknown>>;
  readonly refs: Readonly<Record<string, unknown>>;
  addSchema(schema: object, key: string): unknown;
}

/**
 * `schema` as Ajv should register it in `ajv`: the same object, or a shallow copy without its root
 * `$id` when `ajv` already holds a schema under that id.
 */
export function rootSchemaFor(ajv: AjvRegistry, schema: JsonSchemaObject): JsonSchemaObject {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') return schema;
  const key = normalizedId(id);
  if (ajv.schemas[key] === undefined && ajv.refs[key] === undefined) return schema;
  const { $id: _clashing, ...rest } = schema as Record<string, unknown>;
  return rest as JsonSchemaObject;
}

/** Adds `schema` to `ajv` under `key` (the root key), without a root `$id` that `ajv` already holds. */
export function addRootSchema(ajv: AjvRegistry, schema: JsonSchemaObject, key: string): void {
  ajv.addSchema(rootSchemaFor(ajv, schema) as object, key);
}
