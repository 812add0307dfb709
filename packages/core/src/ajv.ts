/**
 * `@schemaforms/core/ajv`: the project's Ajv configuration, shared by the runtime compiler (loaded
 * lazily by `compileSchema`) and tooling's standalone precompiler, so both produce the same validators.
 */
import AjvDraft07Module from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, KeywordDefinition, Options, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { escapeToken, isObject } from './json-pointer.js';
import { SchemaError } from './schema-error.js';
import { indexSchema } from './schema-index.js';
import type { Dialect, FormValidator, JsonPointer, JsonSchemaObject, RawError } from './types.js';

// ajv and ajv-formats are CommonJS; `.default` is the class/plugin under both Node ESM and bundlers.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const AjvDraft07 = (AjvDraft07Module as unknown as { default: typeof AjvDraft07Module.default }).default;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;

/** The Ajv instance type returned by `createAjv`. */
export type AjvInstance = InstanceType<typeof Ajv2020>;

/**
 * The Ajv options of every schemaforms validator (RELIABILITY.md §3).
 * `strictTypes` is off: condition subschemas (`if`, `oneOf` options) are compiled on their own for
 * `matches`, where Ajv cannot see the parent's `type` and would reject `{"properties": …}` without
 * `"type": "object"`; union types are reported by `checkSchemaShape` and rendered as unsupported.
 */
export const AJV_OPTIONS = Object.freeze({
  strict: true,
  strictSchema: true,
  strictNumbers: true,
  strictTypes: false,
  strictTuples: true,
  strictRequired: true,
  ownProperties: true,
  allErrors: true,
  $data: false,
  verbose: false,
  useDefaults: false,
  coerceTypes: false,
  unicodeRegExp: true,
  validateFormats: true,
  inlineRefs: true,
} satisfies Options);

/** The ajv-formats mode: `full` checks real dates (`2024-02-30` is rejected). */
export const FORMATS_MODE = 'full' as const;

/**
 * The `x-` vocabulary as Ajv keywords: annotations only (they never fail validation), with
 * meta-schemas so strict mode accepts them and checks their shape.
 */
export const X_KEYWORDS: readonly KeywordDefinition[] = Object.freeze([
  { keyword: 'x-category', metaSchema: { type: 'string', minLength: 1 } },
  {
    keyword: 'x-context',
    metaSchema: {
      type: 'object',
      properties: {
        options: { type: 'string', pattern: '^(/.*)?$' },
        default: { type: 'string', pattern: '^(/.*)?$' },
        changeLabel: { type: 'string', minLength: 1 },
      },
      additionalProperties: false,
    },
  },
  {
    keyword: 'x-errorMessage',
    metaSchema: {
      anyOf: [{ type: 'string', minLength: 1 }, { type: 'object', additionalProperties: { type: 'string', minLength: 1 } }],
    },
  },
  { keyword: 'x-widget', metaSchema: { type: 'string', minLength: 1 } },
] satisfies KeywordDefinition[]);

/**
 * A new Ajv instance for `dialect` with the project's options, ajv-formats and the `x-` vocabulary.
 * `extra` adds or overrides options (tooling passes `code: { source: true, esm: true }`).
 */
export function createAjv(dialect: Dialect, extra: Options = {}): AjvInstance {
  const Ctor = dialect === 'draft-07' ? AjvDraft07 : Ajv2020;
  const ajv = new Ctor({ ...AJV_OPTIONS, ...extra }) as AjvInstance;
  addFormats(ajv, { mode: FORMATS_MODE });
  for (const k of X_KEYWORDS) ajv.addKeyword(k);
  return ajv;
}

/** The key the root schema is registered under in a form's Ajv instance. */
export const ROOT_KEY = 'schemaforms:root';

/** The Ajv `getSchema` reference of the subschema at `pointer` (what tooling precompiles). */
export function subschemaRef(pointer: JsonPointer): string {
  if (pointer === '') return ROOT_KEY;
  return ROOT_KEY + '#' + pointer.split('/').map((t) => encodeURIComponent(t).replace(/%7E/gi, '~')).join('/');
}

function locate(schema: JsonSchemaObject, dialect: Dialect, test: (s: Record<string, unknown>) => boolean): string {
  for (const node of indexSchema(schema, dialect, { maxDepth: 64 }).nodes.values())
    if (isObject(node.schema) && test(node.schema)) return '#' + node.pointer;
  return '#';
}

/** Turns an exception from Ajv's compiler into a `SchemaError` naming the schema location. */
export function schemaErrorFromAjv(e: unknown, schema: JsonSchemaObject, dialect: Dialect, source?: string): SchemaError {
  const opts = source === undefined ? { cause: e } : { cause: e, source };
  if (e instanceof SchemaError) return e;
  const err = e as { message?: string; missingRef?: string };
  const message = String(err?.message ?? e);
  if (typeof err?.missingRef === 'string')
    return new SchemaError('missing-ref', '#', `"$ref" ${JSON.stringify(err.missingRef)} cannot be resolved`, opts);
  let m = /^schema is invalid: data(\S*) (.*?)(,|$)/.exec(message);
  if (m) {
    const ptr = '#' + (m[1] ?? '');
    const code = /\/type$/.test(ptr) ? 'unknown-type' : 'invalid-schema';
    return new SchemaError(code, ptr, `Invalid schema at ${ptr}: ${m[2]}`, opts);
  }
  m = /^strict mode: unknown keyword: "(.*)"/.exec(message);
  if (m) {
    const kw = m[1]!;
    const at = locate(schema, dialect, (s) => Object.prototype.hasOwnProperty.call(s, kw));
    return new SchemaError('unknown-keyword', at === '#' ? '#' : `${at}/${escapeToken(kw)}`, `Unknown keyword "${kw}" at ${at} (a typo? x- keywords must be one of x-category, x-context, x-errorMessage, x-widget)`, opts);
  }
  m = /^unknown format "(.*)" ignored in schema at path "(.*)"/.exec(message);
  if (m) return new SchemaError('unknown-format', `${m[2]}/format`, `Unknown format "${m[1]}" at ${m[2]}`, opts);
  if (/"if" without "then" and "else"/.test(message)) {
    const at = locate(schema, dialect, (s) => s.if !== undefined && s.then === undefined && s.else === undefined);
    return new SchemaError('strict', `${at === '#' ? '#' : at}/if`, `"if" at ${at} has no "then" or "else"`, opts);
  }
  m = /^keyword "(.*)" value is invalid at path "[^"#]*(#[^"]*)": (.*)$/.exec(message);
  if (m) return new SchemaError('invalid-schema', `${m[2]}/${escapeToken(m[1]!)}`, `Invalid "${m[1]}" at ${m[2]}: ${m[3]}`, opts);
  m = /^strict mode: required property "(.*)" is not defined at "[^"#]*(#[^"]*)"/.exec(message);
  if (m)
    return new SchemaError('strict', `${m[2] === '#' ? '#' : m[2]}/required`, `"required" names "${m[1]}", which is not declared in "properties" at ${m[2]} (declare it there, even as {} in a branch)`, opts);
  m = /^strict mode: (.*) at "[^"#]*(#[^"]*)"/.exec(message);
  if (m) return new SchemaError('strict', m[2]!, `${m[1]} at ${m[2]}`, opts);
  m = /^strict mode: (.*)$/.exec(message);
  if (m) {
    const kw = /"(\w+)" without "(\w+)"/.exec(m[1]!);
    const at = kw ? locate(schema, dialect, (s) => s[kw[1]!] !== undefined && s[kw[2]!] === undefined) : '#';
    return new SchemaError('strict', kw && at !== '#' ? `${at}/${kw[1]}` : at, `${m[1]} at ${at}`, opts);
  }
  return new SchemaError('invalid-schema', '#', message, opts);
}

function toRaw(errors: readonly ErrorObject[] | null | undefined): readonly RawError[] {
  return errors ?? [];
}

/**
 * Compiles `schema` with a fresh Ajv instance (one per form: two forms with the same `$id` never
 * clash) and returns the core's validator. Subschemas for `matches` compile on first use, once.
 */
export function createRuntimeValidator(schema: JsonSchemaObject, dialect: Dialect, source?: string): FormValidator {
  const ajv = createAjv(dialect);
  let root: ValidateFunction;
  try {
    ajv.addSchema(schema as object, ROOT_KEY);
    root = ajv.getSchema(ROOT_KEY)!;
  } catch (e) {
    throw schemaErrorFromAjv(e, schema, dialect, source);
  }
  const subs = new Map<string, ValidateFunction>();
  return {
    validate(value) {
      return root(value) ? [] : toRaw(root.errors);
    },
    matches(pointer, data) {
      let fn = subs.get(pointer);
      if (!fn) {
        try {
          fn = ajv.getSchema(subschemaRef(pointer));
        } catch (e) {
          throw schemaErrorFromAjv(e, schema, dialect, source);
        }
        if (!fn) throw new SchemaError('missing-ref', '#' + pointer, `No subschema at #${pointer}`);
        subs.set(pointer, fn);
      }
      return fn(data) as boolean;
    },
  };
}
