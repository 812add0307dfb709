/** Which `ValidityState` flag a failed JSON Schema keyword sets, so host CSS and tools see the right reason. */
const FLAG_OF_KEYWORD: Readonly<Record<string, keyof ValidityStateFlags>> = {
  required: 'valueMissing',
  dependentRequired: 'valueMissing',
  pattern: 'patternMismatch',
  format: 'typeMismatch',
  type: 'typeMismatch',
  minLength: 'tooShort',
  maxLength: 'tooLong',
  minimum: 'rangeUnderflow',
  exclusiveMinimum: 'rangeUnderflow',
  maximum: 'rangeOverflow',
  exclusiveMaximum: 'rangeOverflow',
  multipleOf: 'stepMismatch',
};

/** The `ValidityStateFlags` for an error with `keyword`; unknown keywords are a `customError`. */
export function validityFlags(keyword: string): ValidityStateFlags {
  return { [FLAG_OF_KEYWORD[keyword] ?? 'customError']: true };
}
