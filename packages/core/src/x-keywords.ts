/**
 * The `x-` vocabulary of schemaforms as Ajv keyword definitions: what `createAjv` registers and what
 * tooling's check and the playground list as the known `x-` keywords.
 */
import type { KeywordDefinition } from 'ajv';
import { X_ACCEPT_KEYWORD, X_MAX_SIZE_KEYWORD } from './file-answers/file-keywords.js';

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
