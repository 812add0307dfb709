/**
 * Precompiles a form: Ajv standalone code for the whole schema and for every subschema the core may
 * ask `matches` about, as one ES module with no `new Function`/`eval` (RELIABILITY 2: the built forms
 * run under `script-src 'self'`).
 */
import { checkSchemaShape, conditionPointers, detectDialect, SchemaError, type JsonPointer, type JsonSchemaObject } from '@schemaforms/core';
import { schemaErrorFromAjv } from '@schemaforms/core/ajv';
import { _ } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createFormAjv, ROOT_KEY, subschemaRef } from './form-ajv.js';
import { walkSchemas } from './schema-walk.js';

const standaloneCode = (standaloneModule as unknown as { default: typeof standaloneModule.default }).default;

/** Where the generated module imports the format validators from (ajv-formats, full mode). */
export const FORMATS_MODULE = 'ajv-formats/dist/formats.js';

/** Options of `precompileForm`. */
export interface PrecompileOptions {
  /** The file the schema came from, named in errors and in the module header. */
  readonly source?: string;
  /**
   * The specifier the module imports ajv-formats' formats from (`ajv-formats/dist/formats.js` by
   * default; the Vite plugin passes the same, resolvable from the host project).
   */
  readonly formatsModule?: string;
}

/**
 * Ajv runtime helpers standalone code `require`s, rewritten as inline ESM so the module means the same
 * under Node and every bundler (CommonJS default-import interop differs between them). Both are the
 * JSON-data subset of Ajv's helpers (MIT): code-point length and deep equality of JSON values.
 */
const RUNTIME_HELPERS: Record<string, { name: string; code: string }> = {
  'ajv/dist/runtime/ucs2length': {
    name: '__sfUcs2length',
    code: `const __sfUcs2length = { default(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; length++) {
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
} };`,
  },
  'ajv/dist/runtime/equal': {
    name: '__sfEqual',
    code: `const __sfEqual = { default: function equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
      return true;
    }
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) if (!Object.prototype.hasOwnProperty.call(b, key) || !equal(a[key], b[key])) return false;
    return true;
  }
  return a !== a && b !== b;
} };`,
  },
};

/** The formats a schema uses (values of `format` in any subschema). */
function usedFormats(schema: JsonSchemaObject, dialect: ReturnType<typeof detectDialect>): string[] {
  const found = new Set<string>();
  walkSchemas(schema, dialect, ({ schema: s }) => {
    if (typeof s.format === 'string') found.add(s.format);
  });
  return [...found].sort();
}

/**
 * Returns the source of an ES module exporting `schema`, `validate` and `subschemas` (a
 * `PrecompiledForm`): Ajv standalone code built with core's `createAjv`, one function per pointer of
 * `conditionPointers(schema)`. The module imports only ajv-formats' format table; bundle it (Vite,
 * rolldown) for the browser. Throws `SchemaError` for a schema the runtime would refuse.
 */
export function precompileForm(schema: JsonSchemaObject, options: PrecompileOptions = {}): string {
  const { source } = options;
  const errorOptions = source === undefined ? {} : { source };
  const problems = checkSchemaShape(schema).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    const [first] = problems;
    throw new SchemaError(first!.code, first!.pointer, first!.message, errorOptions);
  }
  const dialect = detectDialect(schema);
  const pointers: JsonPointer[] = [...new Set(conditionPointers(schema))];
  const formats = usedFormats(schema, dialect);
  const ajv = createFormAjv(dialect, { code: { source: true, esm: true, formats: _`__sfFormats` } });

  const refs: Record<string, string> = { validate: ROOT_KEY };
  pointers.forEach((pointer, i) => (refs[`sub${i}`] = subschemaRef(pointer)));
  let code: string;
  try {
    ajv.addSchema(schema as object, ROOT_KEY);
    code = standaloneCode(ajv, refs);
  } catch (error) {
    throw schemaErrorFromAjv(error, schema, dialect, source);
  }

  const helpers = new Set<string>();
  code = code.replace(/require\("([^"]+)"\)/g, (_whole, id: string) => {
    const helper = RUNTIME_HELPERS[id];
    if (!helper) throw new SchemaError('invalid-schema', '#', `the precompiled code needs the Ajv runtime module ${JSON.stringify(id)}, which tooling cannot inline yet`, errorOptions);
    helpers.add(id);
    return helper.name;
  });
  if (/\bnew Function\b|\beval\s*\(/.test(code)) {
    throw new SchemaError('invalid-schema', '#', 'Ajv standalone code unexpectedly contains new Function/eval', errorOptions);
  }

  const formatsModule = options.formatsModule ?? FORMATS_MODULE;
  const prelude = [
    `// Precompiled by @schemaforms/tooling${source ? ` from ${source.replace(/\*\//g, '*\\/').replace(/[\r\n]/g, ' ')}` : ''} — do not edit.`,
    formats.length > 0 ? `import { fullFormats as __sfAllFormats } from ${JSON.stringify(formatsModule)};` : '',
    `const __sfFormats = {${formats.map((f) => ` ${JSON.stringify(f)}: __sfAllFormats[${JSON.stringify(f)}]`).join(',')} };`,
    ...[...helpers].map((id) => RUNTIME_HELPERS[id]!.code),
    // JSON.parse keeps a "__proto__" key an own property, which an object literal would not.
    `export const schema = JSON.parse(${JSON.stringify(JSON.stringify(schema))});`,
  ].filter(Boolean);
  const subschemas = `export const subschemas = {${pointers.map((pointer, i) => `\n  ${JSON.stringify(pointer)}: sub${i},`).join('')}\n};`;
  return `${prelude.join('\n')}\n${code.replace(/^"use strict";/, '')}\n${subschemas}\nexport default { schema, validate, subschemas };\n`;
}

