/**
 * A form's Ajv instance: the Ajv class of each dialect (draft-07's loaded lazily) and `createAjv`, which
 * builds one with the project's options, ajv-formats and the `x-` vocabulary.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import type { Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { AJV_OPTIONS, FORMATS_MODE } from './ajv-options.js';
import { DECIMAL_MULTIPLE_OF } from './decimal-multiple-of.js';
import { addFileAnswerVocabulary } from './file-answers/file-keywords.js';
import { LinearRegExp } from './linear-regexp.js';
import { PATTERN_KEYWORD } from './pattern-keyword.js';
import type { Dialect } from './types.js';
import { X_KEYWORDS } from './x-keywords.js';

// ajv and ajv-formats are CommonJS; `.default` is the class/plugin under both Node ESM and bundlers.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;

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
