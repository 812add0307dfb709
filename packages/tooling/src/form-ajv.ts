/**
 * The Ajv instance tooling checks and precompiles with: exactly the runtime's configuration, from
 * `@schemaforms/core/ajv`, so CI, the precompiled validators and the runtime compiler agree.
 */
import { createAjv, ROOT_KEY, subschemaRef, type AjvInstance } from '@schemaforms/core/ajv';
import type { Dialect } from '@schemaforms/core';
import type { Options } from 'ajv';

/** An Ajv instance as tooling uses it. */
export type FormAjv = AjvInstance;

/** Creates an Ajv instance with the project's options for `dialect`, plus `extra` options. */
export function createFormAjv(dialect: Dialect, extra: Options = {}): FormAjv {
  return createAjv(dialect, extra);
}

export { ROOT_KEY, subschemaRef };
