/**
 * The decimal-exact `multipleOf` rule on its own (no Ajv import), so code that loads before Ajv —
 * core's condition evaluator — applies the very rule the validators' keyword generates
 * (see decimal-multiple-of.ts for why it is exact for decimals).
 */

/** How far from an integer the quotient may be, relative to its size: four units in the last place. */
export const MULTIPLE_OF_RELATIVE_ERROR = 4 * Number.EPSILON;

/** Whether `value` is a multiple of `step` by the same rule the validators use. */
export function isDecimalMultiple(value: number, step: number): boolean {
  const quotient = value / step;
  return (
    Number.isFinite(quotient) &&
    Math.abs(Math.round(quotient) - quotient) <= Math.abs(quotient) * MULTIPLE_OF_RELATIVE_ERROR
  );
}
