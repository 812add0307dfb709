/**
 * The file-answer vocabulary as Ajv definitions: the `data-url` format and the `x-accept` / `x-maxSize`
 * keywords, which validate (unlike the other `x-` keywords, annotations only). Their code calls the
 * self-contained checks of `file-answer-checks.ts` (no eval; standalone code inlines them), and their
 * errors carry their sentence already worded (`params.sentence`: pt-BR and en), so the form's eager
 * code needs no word tables for them.
 */
import { _, stringify, str, type CodeKeywordDefinition, type KeywordCxt } from 'ajv';
import { useFunc } from 'ajv/dist/compile/util.js';
import { acceptWords, ACCEPT_ENTRY_PATTERN } from './accept-list.js';
import { DATA_URL_FORMAT } from './data-url.js';
import { dataUrlAccepted, dataUrlByteSize } from './file-answer-checks.js';
import { FILE_SIZE_PATTERN, parseFileSize } from './file-size.js';
import { formatFileSize } from './file-size-words.js';

/** The format name of a file answer. */
export const DATA_URL_FORMAT_NAME = 'data-url';

/** `"x-accept": ["application/pdf", "image/*"]`: the data URL's type (or name's extension) must be listed. */
export const X_ACCEPT_KEYWORD: CodeKeywordDefinition = {
  keyword: 'x-accept',
  type: 'string',
  schemaType: 'array',
  metaSchema: { type: 'array', minItems: 1, items: { type: 'string', pattern: ACCEPT_ENTRY_PATTERN } },
  error: {
    message: 'must be a file of an accepted type',
    params: ({ schema }) =>
      _`{accept: ${stringify(schema)}, sentence: ${stringify([
        `O arquivo deve ser ${acceptWords(schema as string[], 'pt-BR')}`,
        `The file must be ${acceptWords(schema as string[], 'en')}`,
      ])}}`,
  },
  code(cxt: KeywordCxt) {
    cxt.fail(_`!${useFunc(cxt.gen, dataUrlAccepted)}(${cxt.data}, ${stringify(cxt.schema)})`);
  },
};

/** `"x-maxSize": "2 MB"`: the decoded content of the data URL must be at most that many bytes (1 KB = 1024). */
export const X_MAX_SIZE_KEYWORD: CodeKeywordDefinition = {
  keyword: 'x-maxSize',
  type: 'string',
  schemaType: 'string',
  metaSchema: { type: 'string', pattern: FILE_SIZE_PATTERN },
  error: {
    message: ({ schemaCode }) => str`must be a file of at most ${schemaCode}`,
    params: ({ schema }) => {
      const bytes = parseFileSize(schema) ?? 0;
      return _`{limit: ${bytes}, sentence: ${stringify([
        `O arquivo deve ter até ${formatFileSize(bytes, 'pt-BR')}`,
        `The file must be ${formatFileSize(bytes, 'en')} or smaller`,
      ])}}`;
    },
  },
  code(cxt: KeywordCxt) {
    const bytes = parseFileSize(cxt.schema) ?? 0;
    cxt.fail(_`${useFunc(cxt.gen, dataUrlByteSize)}(${cxt.data}) > ${bytes}`);
  },
};

/** The smallest surface of Ajv this module registers on. */
interface FileVocabularyTarget {
  addFormat(name: string, format: RegExp): unknown;
  addKeyword(definition: CodeKeywordDefinition): unknown;
}

/** Registers the `data-url` format and the `x-accept` / `x-maxSize` keywords on an Ajv instance. */
export function addFileAnswerVocabulary(ajv: FileVocabularyTarget): void {
  ajv.addFormat(DATA_URL_FORMAT_NAME, DATA_URL_FORMAT);
  ajv.addKeyword(X_ACCEPT_KEYWORD);
  ajv.addKeyword(X_MAX_SIZE_KEYWORD);
}
