/**
 * Precompiles a form: Ajv standalone code for the whole schema and for every subschema the core may
 * ask `matches` about, as one ES module with no `new Function`/`eval` (RELIABILITY 2: the built forms
 * run under `script-src 'self'`).
 */
import {
  checkSchemaShape,
  conditionPointers,
  detectDialect,
  SchemaError,
  type JsonPointer,
  type JsonSchemaObject,
} from '@schemaforms/core';
import { schemaErrorFromAjv, VALIDATOR_OPTIONS } from '@schemaforms/core/ajv';
import { dataUrlAccepted, dataUrlByteSize } from '@schemaforms/core/file-answer-checks';
import { DATA_URL_FORMAT } from '@schemaforms/core/file-answers';
import { UnsupportedPatternError } from '@schemaforms/core/linear-regexp';
import { _ } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { environmentLocale, type CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { createFormAjv, ROOT_KEY, subschemaRef } from './form-ajv.js';
import { provablyLinearOnNativeEngine } from './regex-lint.js';
import { walkSchemas } from './schema-walk.js';

const standaloneCode = (standaloneModule as unknown as { default: typeof standaloneModule.default }).default;

/** ajv-formats' format table (full mode), for `PrecompileOptions.formatsModule`. */
export const FORMATS_MODULE = 'ajv-formats/dist/formats.js';

/** Options of `precompileForm`. */
export interface PrecompileOptions {
  /** The file the schema came from, named in errors and in the module header. */
  readonly source?: string;
  /**
   * A specifier to import ajv-formats' whole `fullFormats` table from (e.g. `FORMATS_MODULE`) instead
   * of inlining the definitions of the formats the schema uses (the default: no import, and a bundle
   * carries only those formats, not the ~2.5 KB min+gzip table).
   */
  readonly formatsModule?: string;
  /**
   * The language of the error thrown for a schema the runtime would refuse, as `schemaforms check`'s
   * (default, as the check: the first of LC_ALL, LC_MESSAGES, LANG).
   */
  readonly locale?: CheckLocale;
}

/**
 * A `SchemaError` for what the runtime refuses, in the check's words (the runtime's own English words
 * are the details): same code and pointer, so programs that read them see no change. `cause` is what
 * Ajv threw, if it did.
 */
function refusal(
  code: string,
  pointer: string,
  detail: string,
  options: { readonly source?: string; readonly locale: CheckLocale; readonly cause?: unknown },
): SchemaError {
  const { source, cause } = options;
  // A pattern the linear engine cannot run gets the words the check gives it.
  const message =
    cause instanceof UnsupportedPatternError
      ? checkMessage('regex-not-linear', { pattern: cause.pattern, reason: cause.reason }, options.locale)
      : checkMessage('core-shape', { code, detail }, options.locale);
  return new SchemaError(code, pointer, message, {
    ...(source === undefined ? {} : { source }),
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Ajv runtime helpers standalone code `require`s, rewritten as inline ESM so the module means the same
 * under Node and every bundler (CommonJS default-import interop differs between them). Both are the
 * JSON-data subset of Ajv's helpers (MIT): code-point length and deep equality of JSON values.
 */
const RUNTIME_HELPERS: Record<string, { name: string; code: string }> = {
  // Not inlined: the linear-time engine every pattern runs on (core's `code.regExp`), imported only
  // by forms with a `pattern` or `patternProperties`.
  '@schemaforms/core/linear-regexp': {
    name: '__sfLinearRegExp',
    code: `import * as __sfLinearRegExp from '@schemaforms/core/linear-regexp';`,
  },
  // Inlined from core's source text: the checks of `x-accept` and `x-maxSize` (self-contained functions).
  '@schemaforms/core/file-answer-checks': {
    name: '__sfFileChecks',
    code: `const __sfFileChecks = {\n  dataUrlAccepted: ${String(dataUrlAccepted)},\n  dataUrlByteSize: ${String(dataUrlByteSize)},\n};`,
  },
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

/**
 * ajv-formats 3.0.1's full-mode formats (MIT), as source for the generated module: each format's
 * definition with the helpers it needs, so a form carries only the formats it uses. Regex formats are
 * taken from ajv-formats' own table; the functions below are its functions, restated (they close
 * over module-private constants). precompile.test.ts checks each against ajv-formats on samples.
 */
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/** Helper declarations the format definitions below refer to, by name. */
const FORMAT_HELPERS: Record<string, { code: string; needs?: readonly string[] }> = {
  __sfDate: {
    code: `const __sfDAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function __sfDate(str) {
  const m = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/.exec(str);
  if (!m) return false;
  const year = +m[1], month = +m[2], day = +m[3];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : __sfDAYS[month]);
}`,
  },
  __sfTIME: { code: 'const __sfTIME = /^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?$/i;' },
  __sfTime: {
    needs: ['__sfTIME'],
    code: `function __sfTime(strictTimeZone) {
  return (str) => {
    const m = __sfTIME.exec(str);
    if (!m) return false;
    const hr = +m[1], min = +m[2], sec = +m[3], tz = m[4], tzSign = m[5] === "-" ? -1 : 1, tzH = +(m[6] || 0), tzM = +(m[7] || 0);
    if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz)) return false;
    if (hr <= 23 && min <= 59 && sec < 60) return true;
    const utcMin = min - tzM * tzSign;
    const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
    return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
  };
}`,
  },
  __sfDateTime: {
    needs: ['__sfDate', '__sfTime'],
    code: `function __sfDateTime(strictTimeZone) {
  const time = __sfTime(strictTimeZone);
  return (str) => {
    const parts = str.split(/t|\\s/i);
    return parts.length === 2 && __sfDate(parts[0]) && time(parts[1]);
  };
}`,
  },
  __sfUri: {
    code: `const __sfURI = ${String(URI)};\nconst __sfUri = (str) => /\\/|:/.test(str) && __sfURI.test(str);`,
  },
  __sfByte: {
    code: `const __sfBYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
const __sfByte = (str) => ((__sfBYTE.lastIndex = 0), __sfBYTE.test(str));`,
  },
  __sfRegex: {
    code: `function __sfRegex(str) {
  if (/[^\\\\]\\\\Z/.test(str)) return false;
  try {
    new RegExp(str);
    return true;
  } catch {
    return false;
  }
}`,
  },
};

/**
 * Source of each function-valued full-mode format: its definition expression and the helpers it
 * needs. Regex-valued formats and `true` come straight from ajv-formats' table. The `compare`
 * functions of the date/time formats are left out: only `formatMinimum` and friends call them, and
 * core's Ajv does not register those keywords (a schema using them is refused).
 */
const FUNCTION_FORMATS: Record<string, { validate: string; needs: readonly string[] }> = {
  date: { validate: '{ validate: __sfDate }', needs: ['__sfDate'] },
  time: { validate: '{ validate: __sfTime(true) }', needs: ['__sfTime'] },
  'date-time': { validate: '{ validate: __sfDateTime(true) }', needs: ['__sfDateTime'] },
  'iso-time': { validate: '{ validate: __sfTime() }', needs: ['__sfTime'] },
  'iso-date-time': { validate: '{ validate: __sfDateTime() }', needs: ['__sfDateTime'] },
  uri: { validate: '__sfUri', needs: ['__sfUri'] },
  regex: { validate: '__sfRegex', needs: ['__sfRegex'] },
  byte: { validate: '__sfByte', needs: ['__sfByte'] },
  int32: {
    validate: '{ type: "number", validate: (v) => Number.isInteger(v) && v <= 2147483647 && v >= -2147483648 }',
    needs: [],
  },
  int64: { validate: '{ type: "number", validate: (v) => Number.isInteger(v) }', needs: [] },
  // Core's format of file answers (not an ajv-formats one): a regex, inlined as is.
  'data-url': { validate: String(DATA_URL_FORMAT), needs: [] },
  float: { validate: '{ type: "number", validate: () => true }', needs: [] },
  double: { validate: '{ type: "number", validate: () => true }', needs: [] },
};

/**
 * The module source declaring `__sfFormats` with the definitions of `formats` (ajv-formats full
 * mode). Throws for a format ajv-formats does not define (Ajv refuses such a schema first).
 */
export function formatsSource(formats: readonly string[]): string {
  const table = fullFormats as Record<string, unknown>;
  const helpers: string[] = [];
  const need = (name: string): void => {
    if (helpers.includes(name)) return;
    for (const dep of FORMAT_HELPERS[name]!.needs ?? []) need(dep);
    helpers.push(name);
  };
  const entries = formats.map((name) => {
    const fn = FUNCTION_FORMATS[name];
    const live = table[name];
    let value: string;
    if (fn) {
      fn.needs.forEach(need);
      value = fn.validate;
    } else if (live instanceof RegExp || live === true) value = String(live);
    else throw new Error(`precompile: no inline definition for format ${JSON.stringify(name)}`);
    return ` ${JSON.stringify(name)}: ${value}`;
  });
  return [...helpers.map((h) => FORMAT_HELPERS[h]!.code), `const __sfFormats = {${entries.join(',')} };`].join('\n');
}

/**
 * A copy of `schema` without its `$comment`s: notes for the people who edit the file, which no
 * validator or form reads (JSON Schema: "MUST NOT be used" for validation), so they are not shipped.
 */
function withoutComments(schema: JsonSchemaObject, dialect: ReturnType<typeof detectDialect>): JsonSchemaObject {
  const copy = JSON.parse(JSON.stringify(schema)) as JsonSchemaObject;
  walkSchemas(copy, dialect, ({ schema: s }) => {
    delete (s as Record<string, unknown>).$comment;
  });
  return copy;
}

/** Every regular expression a schema runs: `pattern` values and `patternProperties` keys. */
function usedPatterns(schema: JsonSchemaObject, dialect: ReturnType<typeof detectDialect>): string[] {
  const found = new Set<string>();
  walkSchemas(schema, dialect, ({ schema: s }) => {
    if (typeof s.pattern === 'string') found.add(s.pattern);
    if (s.patternProperties && typeof s.patternProperties === 'object')
      for (const key of Object.keys(s.patternProperties)) found.add(key);
  });
  return [...found];
}

/** Ajv's own engine, for a form whose every pattern is proved linear on it (no engine to ship). */
const NATIVE_REGEXP_ENGINE = Object.assign((pattern: string, flags: string) => new RegExp(pattern, flags), {
  code: 'new RegExp',
});

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
 * `conditionPointers(schema)`. The module imports nothing (the formats it uses are inlined) unless
 * `formatsModule` is given; bundle it (Vite, rolldown) for the browser. Throws `SchemaError` for a schema the runtime would refuse.
 */
export function precompileForm(schema: JsonSchemaObject, options: PrecompileOptions = {}): string {
  const { source } = options;
  const errorOptions = source === undefined ? {} : { source };
  const locale = options.locale ?? environmentLocale();
  const problems = checkSchemaShape(schema).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    const [first] = problems;
    throw refusal(first!.code, first!.pointer, first!.message, { source, locale });
  }
  const dialect = detectDialect(schema);
  const pointers: JsonPointer[] = [...new Set(conditionPointers(schema))];
  const formats = usedFormats(schema, dialect);
  // Patterns run on core's linear-time engine, imported by the module; a form whose every pattern is
  // proved linear on the native engine (`^https?://`) keeps `new RegExp` and ships no engine.
  const native = usedPatterns(schema, dialect).every(provablyLinearOnNativeEngine);
  const codeOptions = {
    source: true,
    esm: true,
    formats: _`__sfFormats`,
    ...(native ? { regExp: NATIVE_REGEXP_ENGINE } : {}),
  };
  const ajv = createFormAjv(dialect, { ...VALIDATOR_OPTIONS, code: codeOptions });

  const refs: Record<string, string> = { validate: ROOT_KEY };
  pointers.forEach((pointer, i) => (refs[`sub${i}`] = subschemaRef(pointer)));
  let code: string;
  try {
    ajv.addSchema(schema as object, ROOT_KEY);
    code = standaloneCode(ajv, refs);
  } catch (error) {
    const refused = schemaErrorFromAjv(error, schema, dialect);
    throw refusal(refused.code, refused.pointer, refused.message, { source, locale, cause: error });
  }

  const helpers = new Set<string>();
  code = code.replace(/require\("([^"]+)"\)/g, (_whole, id: string) => {
    const helper = RUNTIME_HELPERS[id];
    if (!helper)
      throw new SchemaError(
        'invalid-schema',
        '#',
        `the precompiled code needs the Ajv runtime module ${JSON.stringify(id)}, which tooling cannot inline yet`,
        errorOptions,
      );
    helpers.add(id);
    return helper.name;
  });
  if (/\bnew Function\b|\beval\s*\(/.test(code)) {
    throw new SchemaError(
      'invalid-schema',
      '#',
      'Ajv standalone code unexpectedly contains new Function/eval',
      errorOptions,
    );
  }

  const { formatsModule } = options;
  const prelude = [
    `// Precompiled by @schemaforms/tooling${source ? ` from ${source.replace(/\*\//g, '*\\/').replace(/[\r\n]/g, ' ')}` : ''} — do not edit.`,
    ...(formatsModule === undefined
      ? [formatsSource(formats)]
      : [
          formats.length > 0 ? `import { fullFormats as __sfAllFormats } from ${JSON.stringify(formatsModule)};` : '',
          `const __sfFormats = {${formats.map((f) => ` ${JSON.stringify(f)}: ${f === 'data-url' ? String(DATA_URL_FORMAT) : `__sfAllFormats[${JSON.stringify(f)}]`}`).join(',')} };`,
        ]),
    ...[...helpers].map((id) => RUNTIME_HELPERS[id]!.code),
    // JSON.parse keeps a "__proto__" key an own property, which an object literal would not.
    `export const schema = JSON.parse(${JSON.stringify(JSON.stringify(withoutComments(schema, dialect)))});`,
  ].filter(Boolean);
  const subschemas = `export const subschemas = {${pointers.map((pointer, i) => `\n  ${JSON.stringify(pointer)}: sub${i},`).join('')}\n};`;
  return `${prelude.join('\n')}\n${code.replace(/^"use strict";/, '')}\n${subschemas}\nexport default { schema, validate, subschemas };\n`;
}
