/**
 * The `x-` vocabulary of schemaforms forms, documented for the authoring guide: each keyword with where
 * it goes, what it does, an example and its meta-schema (the one Ajv checks, re-exported from core).
 */
import { VALIDATING_X_KEYWORDS, X_KEYWORDS } from '@schemaforms/core/ajv';

/** One `x-` keyword, documented. */
export interface XKeywordDoc {
  readonly keyword: string;
  /** `root`: only on the form's root object; `field`: on any property's schema. */
  readonly appliesTo: 'root' | 'field';
  /** What it does, one sentence (English). */
  readonly summary: string;
  /** A JSON fragment showing it in use. */
  readonly example: string;
  /** The meta-schema its value must match (checked by `schemaforms check` and by Ajv). */
  readonly metaSchema: unknown;
}

const DOCS: Record<string, Omit<XKeywordDoc, 'keyword' | 'metaSchema'>> = {
  'x-accept': {
    appliesTo: 'field',
    summary:
      'The files an attachment (format data-url) accepts: media types, groups such as image/* or extensions with their dot; another type is refused when picked and by the intake.',
    example: '"x-accept": ["application/pdf", "image/*"]',
  },
  'x-category': {
    appliesTo: 'root',
    summary:
      'The category title the subject is listed under in the catalog; every form in one folder declares the same one.',
    example: '"x-category": "Dados e configurações da loja"',
  },
  'x-code': {
    appliesTo: 'field',
    summary:
      'Whether a text answer is a code (token, Client ID): leading and trailing spaces and invisible characters are removed before it is validated and submitted, and spelling help is off. Defaults to true for writeOnly, e-mail and URL text.',
    example: '"x-code": true',
  },
  'x-context': {
    appliesTo: 'field',
    summary:
      "Options and default answer from the host's context data (JSON Pointers into it); the widget shows the current choice as text and a button labelled changeLabel that reveals the list.",
    example: '"x-context": { "options": "/stores", "default": "/store", "changeLabel": "Trocar de loja" }',
  },
  'x-errorMessage': {
    appliesTo: 'field',
    summary: 'An author-written error message for the field: one string for every failure, or one per keyword.',
    example: '"x-errorMessage": { "pattern": "Informe uma URL que comece com https://." }',
  },
  'x-i18n': {
    appliesTo: 'field',
    summary:
      "The texts of this schema in other languages, by locale: title, description and x-errorMessage. The root's x-i18n declares the form's locales; a page in one of them shows these texts, falling back to the base ones.",
    example: '"x-i18n": { "en": { "title": "Order number", "description": "Found under *Orders*." } }',
  },
  'x-lang': {
    appliesTo: 'root',
    summary: "The language of the form's own texts (a language tag); pt-BR when absent.",
    example: '"x-lang": "pt-BR"',
  },
  'x-layout': {
    appliesTo: 'root',
    summary:
      "The form's properties in columns side by side on wide screens, stacked in reading order on narrow ones. Every property in exactly one column, the columns read left to right in the properties' order, so the tab order follows the reading order.",
    example: '"x-layout": { "columns": [["loja", "integradoraAtual"], ["urlCallback", "mensagem"]] }',
  },
  'x-maxSize': {
    appliesTo: 'field',
    summary:
      'The largest file an attachment (format data-url) takes, as "2 MB" or "500 KB" (1 KB = 1024 bytes); the form says it before the upload, and a larger file is refused when picked and by the intake.',
    example: '"x-maxSize": "2 MB"',
  },
  'x-widget': {
    appliesTo: 'field',
    summary: 'Forces a registered widget by name when the standard keywords do not pick the right one (escape hatch).',
    example: '"x-widget": "textarea"',
  },
};

/** Every `x-` keyword the validator knows, in core's order, with its documentation and meta-schema. */
export const X_VOCABULARY: readonly XKeywordDoc[] = Object.freeze(
  [...X_KEYWORDS, ...VALIDATING_X_KEYWORDS].map((definition) => {
    const keyword = String(definition.keyword);
    const doc = DOCS[keyword] ?? {
      appliesTo: 'field' as const,
      summary: '(undocumented — add it to packages/tooling/src/vocabulary.ts)',
      example: '',
    };
    return Object.freeze({ keyword, metaSchema: definition.metaSchema, ...doc });
  }),
);

export { VALIDATING_X_KEYWORDS, X_KEYWORDS };
