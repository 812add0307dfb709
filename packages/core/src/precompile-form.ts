/**
 * Ajv standalone code for a form (`precompileForm`): the validators of its schema as a module, built
 * with the same options as the runtime's, so a page runs them without compiling (and without eval).
 * Node only (tooling and tests): the browser's runtime compiler never loads it.
 */
import standaloneModule from 'ajv/dist/standalone/index.js';
import { FRAGMENT_OPTIONS, VALIDATOR_OPTIONS } from './ajv-options.js';
import { conditionPointers } from './condition-pointers.js';
import { createAjv } from './create-ajv.js';
import { detectDialect } from './dialect.js';
import { addRootSchema, rootSchemaFor } from './root-schema.js';
import { schemaErrorFromAjv } from './schema-error-from-ajv.js';
import { ROOT_KEY, subschemaRef } from './subschema-ref.js';
import type { JsonSchemaObject } from './types.js';

// ajv is CommonJS; `.default` is the function under both Node ESM and bundlers.
const standaloneCode = (standaloneModule as unknown as { default: typeof standaloneModule.default }).default;

/** Options of `precompileForm`. */
export interface PrecompileOptions {
  /** ES module output (default) or CommonJS. */
  readonly esm?: boolean;
  /** The file the schema came from, named in errors. */
  readonly source?: string;
}

/**
 * The source of a module that is a `PrecompiledForm` (its default export, plus named exports
 * `schema`, `validate`, `subschemas`): Ajv standalone code for the root schema and for every
 * pointer `conditionPointers` lists, with this package's Ajv options. No eval at runtime. ESM output
 * imports Ajv's small runtime helpers (`ajv/dist/runtime/*`, `ajv-formats/dist/formats`) so a
 * bundler can include them.
 */
export function precompileForm(schema: JsonSchemaObject, options: PrecompileOptions = {}): string {
  const esm = options.esm ?? true;
  const dialect = detectDialect(schema);
  const refs: Record<string, string> = { validate: ROOT_KEY };
  const pointers = conditionPointers(schema);
  pointers.forEach((p, i) => (refs[`sub${i}`] = subschemaRef(p)));
  let code: string;
  try {
    // Strict checks on the whole document first, then one instance without them for the code,
    // as the runtime does (see FRAGMENT_OPTIONS).
    const strictAjv = createAjv(dialect);
    strictAjv.compile(rootSchemaFor(strictAjv, schema) as object);
    const ajv = createAjv(dialect, { ...FRAGMENT_OPTIONS, ...VALIDATOR_OPTIONS, code: { source: true, esm } });
    addRootSchema(ajv, schema, ROOT_KEY);
    code = standaloneCode(ajv, refs);
  } catch (e) {
    throw schemaErrorFromAjv(e, schema, dialect, options.source);
  }
  const map = '{' + pointers.map((p, i) => `${JSON.stringify(p)}: sub${i}`).join(', ') + '}';
  const schemaJson = JSON.stringify(schema);
  if (!esm) {
    return `${code}\nmodule.exports.schema = ${schemaJson};\nmodule.exports.subschemas = ${map.replace(/sub(\d+)/g, 'module.exports.sub$1')};\nmodule.exports.default = { schema: module.exports.schema, validate: module.exports.validate, subschemas: module.exports.subschemas };\n`;
  }
  // Ajv's ESM output still calls require() for its runtime helpers; turn those into imports.
  const modules = new Map<string, string>();
  code = code.replace(/require\("([^"]+)"\)/g, (_, id: string) => {
    let name = modules.get(id);
    if (!name) modules.set(id, (name = `__sf_cjs${modules.size}`));
    return name;
  });
  const imports = [...modules].map(
    ([id, name]) =>
      `import * as ${name}_ns from ${JSON.stringify(id.endsWith('.js') || id.startsWith('@schemaforms/') ? id : id + '.js')};\nconst ${name} = ${name}_ns.default && ${name}_ns.default.__esModule ? ${name}_ns.default : ${name}_ns;`,
  );
  return `${imports.join('\n')}\n${code.replace(/^"use strict";/, '')}\nexport const schema = ${schemaJson};\nexport const subschemas = ${map};\nexport default { schema, validate, subschemas };\n`;
}
