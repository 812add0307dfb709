/**
 * The Ajv instance tooling checks and precompiles with. It must be exactly the runtime's configuration,
 * so it comes from `@schemaforms/core/ajv` (`createAjv`).
 */
import type { Dialect } from './core-compat.js';
// TEMPORARY mirror until core's createAjv lands; replaced by an import from '@schemaforms/core/ajv'.
import Ajv2020Module from 'ajv/dist/2020.js';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Options } from 'ajv';

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const AjvDraft7 = (AjvModule as unknown as { default: typeof AjvModule.default }).default;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;

/** An Ajv instance as tooling uses it. */
export type FormAjv = InstanceType<typeof Ajv2020>;

/** Creates an Ajv instance with the project's options for `dialect`, plus `extra` options. */
export function createFormAjv(dialect: Dialect, extra: Options = {}): FormAjv {
  const Ctor = dialect === 'draft-07' ? AjvDraft7 : Ajv2020;
  const ajv = new Ctor({
    strict: true,
    strictTypes: false,
    strictRequired: true,
    ownProperties: true,
    allErrors: true,
    $data: false,
    verbose: false,
    useDefaults: false,
    coerceTypes: false,
    ...extra,
  });
  addFormats(ajv, { mode: 'full' });
  ajv.addKeyword({ keyword: 'x-category', metaSchema: { type: 'string', minLength: 1 } });
  ajv.addKeyword({
    keyword: 'x-context',
    metaSchema: {
      type: 'object',
      properties: { options: { type: 'string' }, default: { type: 'string' }, changeLabel: { type: 'string' } },
      additionalProperties: false,
    },
  });
  ajv.addKeyword({
    keyword: 'x-errorMessage',
    metaSchema: { anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' } }] },
  });
  ajv.addKeyword({ keyword: 'x-widget', metaSchema: { type: 'string', minLength: 1 } });
  return ajv;
}

/** The key the root schema is registered under (core: `ROOT_KEY`). */
export const ROOT_KEY = 'schemaforms:root';

/** The Ajv `getSchema` reference of the subschema at `pointer` (core: `subschemaRef`). */
export function subschemaRef(pointer: string): string {
  if (pointer === '') return ROOT_KEY;
  return ROOT_KEY + '#' + pointer.split('/').map((t) => encodeURIComponent(t).replace(/%7E/gi, '~')).join('/');
}
