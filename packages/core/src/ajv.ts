/**
 * `@schemaforms/core/ajv`: the project's Ajv configuration, shared by the runtime compiler (loaded
 * lazily by `compileSchema`) and tooling's standalone precompiler, so both produce the same validators.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, KeywordDefinition, Options, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { detectDialect } from './dialect.js';
import { prepareSchema, type PreparedSchema } from './prepare-schema.js';
import { collectWarnings, ignoreUnknownFormats, LENIENT_OPTIONS } from './lenient-ajv.js';
import { conditionPointers } from './condition-pointers.js';
import { DECIMAL_MULTIPLE_OF } from './decimal-multiple-of.js';
import { addFileAnswerVocabulary, X_ACCEPT_KEYWORD, X_MAX_SIZE_KEYWORD } from './file-answers/file-keywords.js';
import { escapeToken, isObject } from './json-pointer.js';
import { SchemaError } from './schema-error.js';
import { indexSchema } from './schema-index.js';
import { LinearRegExp, UnsupportedPatternError } from './linear-regexp.js';
import { PATTERN_KEYWORD } from './pattern-keyword.js';
import { addRootSchema, rootSchemaFor } from './root-schema.js';
import type {
  CompiledSchema,
  Dialect,
  FormValidator,
  JsonPointer,
  JsonSchemaObject,
  RawError,
  SchemaWarning,
} from './types.js';

// ajv and ajv-formats are CommonJS; `.default` is the class/plugin under both Node ESM and bundlers.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;
const standaloneCode = (standaloneModule as unknown as { default: typeof standaloneModule.default }).default;

/** The Ajv instance type returned by `createAjv`. */
export type AjvInstance = InstanceType<typeof Ajv2020>;

/** An Ajv class: 2020-12's, or draft-07's (the `ajv` main module). */
export type AjvClass = new (options: Options) => AjvInstance;

/**
 * The Ajv class of each dialect loaded so far. draft-07's is a module of its own, loaded by
 * `loadAjvClass` (or registered by `@schemaforms/core/ajv` in Node), so a page with only 2020-12
 * forms never downloads it.
 */
const ajvClasses = new Map<Dialect, AjvClass>([['2020-12', Ajv2020 as unknown as AjvClass]]);

/** Makes `createAjv(dialect)` use `ajvClass` (what `loadAjvClass` does once the module is there). */
export function registerAjvClass(dialect: Dialect, ajvClass: AjvClass): void {
  ajvClasses.set(dialect, ajvClass);
}

/** Loads the Ajv class of `dialect` if it is not there yet (draft-07's: a lazy chunk). */
export async function loadAjvClass(dialect: Dialect): Promise<void> {
  if (ajvClasses.has(dialect)) return;
  const { AjvDraft07 } = await import('./ajv-draft-07.js');
  registerAjvClass('draft-07', AjvDraft07);
}

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

/**
 * Options added for subschemas compiled on their own (`matches`): the whole document was already
 * compiled strictly, and strict checks of a fragment out of context are wrong (a `oneOf` option
 * `{"required": ["a"]}` does not see the parent's `properties`). Validation behaviour is the same:
 * `strictNumbers` stays on.
 */
export const FRAGMENT_OPTIONS = Object.freeze({
  strict: false,
  strictSchema: false,
  strictTuples: false,
  strictRequired: false,
  strictTypes: false,
  strictNumbers: true,
} satisfies Options);

/**
 * Options added for the validators a form runs (runtime or precompiled): the engine words every error
 * itself (pt-BR/en, `x-errorMessage`), so Ajv's English messages are not built — nor shipped in
 * precompiled code. Tooling's checks, which quote Ajv, keep them.
 */
export const VALIDATOR_OPTIONS = Object.freeze({ messages: false } satisfies Options);

/** The ajv-formats mode: `full` checks real dates (`2024-02-30` is rejected). */
export const FORMATS_MODE = 'full' as const;

/**
 * The `x-` vocabulary as Ajv keywords: annotations only (they never fail validation), with
 * meta-schemas so strict mode accepts them and checks their shape.
 */
export const X_KEYWORDS: readonly KeywordDefinition[] = Object.freeze([
  { keyword: 'x-category', metaSchema: { type: 'string', minLength: 1 } },
  { keyword: 'x-code', metaSchema: { type: 'boolean' } },
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
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
      ],
    },
  },
  // Translated texts by locale; the check says what is wrong inside (a tag, a text key) in plain words.
  { keyword: 'x-i18n', metaSchema: { type: 'object', additionalProperties: { type: 'object' } } },
  { keyword: 'x-lang', metaSchema: { type: 'string', minLength: 2 } },
  {
    keyword: 'x-layout',
    metaSchema: {
      type: 'object',
      properties: {
        columns: {
          type: 'array',
          minItems: 2,
          maxItems: 3,
          items: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
        },
      },
      required: ['columns'],
      additionalProperties: false,
    },
  },
  { keyword: 'x-widget', metaSchema: { type: 'string', minLength: 1 } },
] satisfies KeywordDefinition[]);

/** The `x-` keywords that validate (file answers, see file-answers/), registered beside X_KEYWORDS. */
export const VALIDATING_X_KEYWORDS: readonly KeywordDefinition[] = Object.freeze([
  X_ACCEPT_KEYWORD,
  X_MAX_SIZE_KEYWORD,
]);

/**
 * A new Ajv instance for `dialect` with the project's options, ajv-formats and the `x-` vocabulary.
 * `extra` adds or overrides options (tooling passes `code: { source: true, esm: true }`). Patterns
 * run on the linear-time engine (`LINEAR_REGEXP_ENGINE`) unless `extra.code.regExp` says otherwise
 * (tooling, for patterns it proved safe), always after the sibling `maxLength` (`PATTERN_KEYWORD`).
 */
export function createAjv(dialect: Dialect, extra: Options = {}): AjvInstance {
  const Ctor = ajvClasses.get(dialect);
  if (!Ctor)
    throw new Error(`The Ajv class of ${dialect} is not loaded: await loadAjvClass(${JSON.stringify(dialect)})`);
  const ajv = new Ctor({
    ...AJV_OPTIONS,
    ...extra,
    code: { ...extra.code, regExp: extra.code?.regExp ?? LINEAR_REGEXP_ENGINE },
  }) as AjvInstance;
  ajv.removeKeyword('pattern');
  ajv.addKeyword(PATTERN_KEYWORD);
  addFormats(ajv, { mode: FORMATS_MODE });
  for (const k of X_KEYWORDS) ajv.addKeyword(k);
  // File answers: the `data-url` format and the validating `x-accept` / `x-maxSize` (file-answers/).
  addFileAnswerVocabulary(ajv);
  // Decimal-exact: "multipleOf": 0.01 accepts 1.15 (see decimal-multiple-of.ts).
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword(DECIMAL_MULTIPLE_OF);
  return ajv;
}

/**
 * Ajv's `code.regExp`: every `pattern` and `patternProperties` runs on the linear-time engine. `code` is
 * what standalone code calls instead of `new RegExp` (tooling turns the `require` into an import).
 */
export const LINEAR_REGEXP_ENGINE = Object.assign(
  (pattern: string, flags: string) => new LinearRegExp(pattern, flags),
  {
    code: 'require("@schemaforms/core/linear-regexp").linearRegExp',
  },
);

/** The key the root schema is registered under in a form's Ajv instance. */
export const ROOT_KEY = 'schemaforms:root';

/** The Ajv `getSchema` reference of the subschema at `pointer` (what tooling precompiles). */
export function subschemaRef(pointer: JsonPointer): string {
  if (pointer === '') return ROOT_KEY;
  return (
    ROOT_KEY +
    '#' +
    pointer
      .split('/')
      .map((t) => encodeURIComponent(t).replace(/%7E/gi, '~'))
      .join('/')
  );
}

function locate(schema: JsonSchemaObject, dialect: Dialect, test: (s: Record<string, unknown>) => boolean): string {
  for (const node of indexSchema(schema, dialect, { maxDepth: 64 }).nodes.values())
    if (isObject(node.schema) && test(node.schema)) return '#' + node.pointer;
  return '#';
}

/** Turns an exception from Ajv's compiler into a `SchemaError` naming the schema location. */
export function schemaErrorFromAjv(
  e: unknown,
  schema: JsonSchemaObject,
  dialect: Dialect,
  source?: string,
): SchemaError {
  const opts = source === undefined ? { cause: e } : { cause: e, source };
  if (e instanceof SchemaError) return e;
  if (e instanceof UnsupportedPatternError) {
    // Ajv does not say where; the pattern text does (a `pattern` value or a `patternProperties` key).
    let pointer = locate(schema, dialect, (s) => s.pattern === e.pattern);
    if (pointer !== '#' || schema.pattern === e.pattern) pointer = `${pointer === '#' ? '#' : pointer}/pattern`;
    else {
      const owner = locate(
        schema,
        dialect,
        (s) => isObject(s.patternProperties) && Object.hasOwn(s.patternProperties, e.pattern),
      );
      pointer = `${owner === '#' ? '#' : owner}/patternProperties/${escapeToken(e.pattern)}`;
    }
    return new SchemaError(
      'invalid-pattern',
      pointer,
      `${e.message} (at ${pointer}; rewrite it without backreferences or lookaround)`,
      opts,
    );
  }
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
    return new SchemaError(
      'unknown-keyword',
      at === '#' && !Object.hasOwn(schema, kw) ? '#' : `${at}/${escapeToken(kw)}`,
      `Unknown keyword "${kw}" at ${at} (a typo? x- keywords must be one of ${[...X_KEYWORDS, ...VALIDATING_X_KEYWORDS].map((k) => k.keyword).join(', ')})`,
      opts,
    );
  }
  m = /^unknown format "(.*)" ignored in schema at path "(.*)"/.exec(message);
  if (m) return new SchemaError('unknown-format', `${m[2]}/format`, `Unknown format "${m[1]}" at ${m[2]}`, opts);
  if (/"if" without "then" and "else"/.test(message)) {
    const at = locate(schema, dialect, (s) => s.if !== undefined && s.then === undefined && s.else === undefined);
    return new SchemaError('strict', `${at === '#' ? '#' : at}/if`, `"if" at ${at} has no "then" or "else"`, opts);
  }
  m = /^keyword "(.*)" value is invalid at path "[^"#]*(#[^"]*)": (.*)$/.exec(message);
  if (m)
    return new SchemaError(
      'invalid-schema',
      `${m[2]}/${escapeToken(m[1]!)}`,
      `Invalid "${m[1]}" at ${m[2]}: ${m[3]}`,
      opts,
    );
  m = /^strict mode: required property "(.*)" is not defined at "[^"#]*(#[^"]*)"/.exec(message);
  if (m)
    return new SchemaError(
      'strict',
      `${m[2] === '#' ? '#' : m[2]}/required`,
      `"required" names "${m[1]}", which is not declared in "properties" at ${m[2]} (declare it there, even as {} in a branch)`,
      opts,
    );
  m = /^strict mode: (.*?) at (?:path )?"[^"#]*(#[^"]*)"/.exec(message);
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
 * Lenient (`LENIENT_OPTIONS`): what only strict mode refuses is pushed to `warnings` instead; the Ajv
 * class of `dialect` must be loaded (`loadAjvClass`).
 */
export function createRuntimeValidator(
  schema: JsonSchemaObject,
  dialect: Dialect,
  source?: string,
  warnings: SchemaWarning[] = [],
): FormValidator {
  const collector = collectWarnings((message) => warningFromAjv(message, schema, dialect));
  const ajv = createAjv(dialect, { ...LENIENT_OPTIONS, ...VALIDATOR_OPTIONS, logger: collector.logger });
  let root: ValidateFunction;
  try {
    ignoreUnknownFormats(ajv, schema, dialect, collector);
    addRootSchema(ajv, schema, ROOT_KEY);
    root = ajv.getSchema(ROOT_KEY)!;
  } catch (e) {
    throw schemaErrorFromAjv(e, schema, dialect, source);
  } finally {
    warnings.push(...collector.warnings);
  }
  let fragments: AjvInstance | undefined;
  const subs = new Map<string, ValidateFunction>();
  return {
    validate(value) {
      return root(value) ? [] : toRaw(root.errors);
    },
    matches(pointer, data) {
      let fn = subs.get(pointer);
      if (!fn) {
        try {
          if (!fragments) {
            // Unknown formats were reported by the root compile; here they are only accepted.
            fragments = createAjv(dialect, { ...FRAGMENT_OPTIONS, ...VALIDATOR_OPTIONS, logger: false });
            addRootSchema(fragments, schema, ROOT_KEY);
          }
          fn = fragments.getSchema(subschemaRef(pointer));
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

/** A strict-mode finding Ajv logged, as a warning naming the schema location. */
function warningFromAjv(message: string, schema: JsonSchemaObject, dialect: Dialect): SchemaWarning {
  const { code, pointer, message: text } = schemaErrorFromAjv(new Error(message), schema, dialect);
  return { code, pointer, message: `${text} (accepted at run time; \`schemaforms check\` refuses it)` };
}

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

/**
 * The runtime compile path behind `compileSchema`: the schema read and checked (`prepareSchema`:
 * JSON text parsed, name-only `$id`s left out, shape checks, draft-04/06 read as draft-07), then
 * compiled (`compilePrepared`). Rejects with `SchemaError` naming the schema location.
 */
export async function compileRuntime(schema: unknown, source?: string): Promise<CompiledSchema> {
  return compilePrepared(prepareSchema(schema, source), source);
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
