/**
 * `multipleOf` that is exact for decimals: `"multipleOf": 0.01` accepts every amount with two
 * decimals. Ajv's own check (`x / step` must be an integer) fails on binary floating point (1.15 / 0.01
 * is 114.99999999999999), and its `multipleOfPrecision` option tolerates an absolute error, which
 * still rejects large amounts (99999999.99). This one allows the error a division can make — a few
 * units in the last place of the quotient — and nothing more: any number with more decimals than
 * the step is off by at least 10^-15 of the quotient, far above that error.
 */
import { _, str, type KeywordCxt, type KeywordDefinition } from 'ajv';
import { MULTIPLE_OF_RELATIVE_ERROR } from './decimal-multiple.js';

export { isDecimalMultiple, MULTIPLE_OF_RELATIVE_ERROR } from './decimal-multiple.js';

/**
 * The replacement of Ajv's `multipleOf` keyword. It generates plain code (no imported helper), so
 * precompiled standalone validators carry the same check; the error keeps Ajv's shape
 * (`params.multipleOf`).
 */
export const DECIMAL_MULTIPLE_OF: KeywordDefinition = {
  keyword: 'multipleOf',
  type: 'number',
  schemaType: 'number',
  error: {
    message: ({ schemaCode }) => str`must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => _`{multipleOf: ${schemaCode}}`,
  },
  code(cxt: KeywordCxt) {
    const { gen, data, schemaCode } = cxt;
    const quotient = gen.let('quotient');
    cxt.fail(
      _`(${quotient} = ${data} / ${schemaCode}, !Number.isFinite(${quotient}) || Math.abs(Math.round(${quotient}) - ${quotient}) > Math.abs(${quotient}) * ${MULTIPLE_OF_RELATIVE_ERROR})`,
    );
  },
};
