/**
 * Ajv's `pattern` keyword, restated so a string longer than its `maxLength` never reaches the pattern
 * (issue 13 item 8): the length check is cheap, the pattern is not, and an answer already rejected for
 * its length gains nothing from a second error. Otherwise the same keyword: same name, error params
 * (`{pattern}`) and message, and the pattern runs on `code.regExp` (the linear engine).
 */
import { _, str, type CodeKeywordDefinition, type KeywordCxt } from 'ajv';
import { usePattern } from 'ajv/dist/vocabularies/code.js';
import { useFunc } from 'ajv/dist/compile/util.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

// CommonJS default export under both Node ESM and bundlers (as in create-ajv.ts).
const ucs2lengthExport = ucs2lengthModule as unknown as { default?: typeof ucs2lengthModule } & typeof ucs2lengthModule;
const ucs2length = (ucs2lengthExport.default ?? ucs2lengthExport) as typeof ucs2lengthModule & { code: string };

/** The `pattern` keyword, guarded by the sibling `maxLength` (counted in code points, as Ajv does). */
export const PATTERN_KEYWORD: CodeKeywordDefinition = {
  keyword: 'pattern',
  type: 'string',
  schemaType: 'string',
  error: {
    message: ({ schemaCode }) => str`must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => _`{pattern: ${schemaCode}}`,
  },
  code(cxt: KeywordCxt) {
    const { gen, data, schema, parentSchema } = cxt;
    const regExp = usePattern(cxt, schema as string);
    const maxLength = (parentSchema as { maxLength?: unknown }).maxLength;
    if (typeof maxLength === 'number' && Number.isInteger(maxLength) && maxLength >= 0)
      cxt.fail(_`${useFunc(gen, ucs2length)}(${data}) <= ${maxLength} && !${regExp}.test(${data})`);
    else cxt.fail(_`!${regExp}.test(${data})`);
  },
};
