/**
 * `@schemaforms/core/ajv`: the project's Ajv configuration (`./ajv.ts`) with every dialect's Ajv class
 * loaded up front, for Node (tooling's check and precompiler), where `createAjv` is called
 * synchronously, and `precompileForm`. The browser's runtime compiler uses `./ajv.ts` and loads
 * draft-07's class lazily.
 */
import { registerAjvClass } from './create-ajv.js';
import { AjvDraft07 } from './ajv-draft-07.js';

registerAjvClass('draft-07', AjvDraft07);

export * from './ajv.js';
export * from './precompile-form.js';
