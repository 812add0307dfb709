/**
 * An extra property (`additionalProperties`/`unevaluatedProperties`: not declared, or declared only in
 * a branch the other answers leave hidden) is an error about that property, not about its parent
 * object: the form and `validateSubmission` both point at it (issue 13, rows to add).
 */
import { childPointer } from './json-pointer.js';
import type { RawError } from './types.js';

/** The property an `additionalProperties`/`unevaluatedProperties` error is about, if it is one. */
export function extraProperty(error: { params: Readonly<Record<string, unknown>> }): string | undefined {
  const key = error.params.additionalProperty ?? error.params.unevaluatedProperty;
  return typeof key === 'string' ? key : undefined;
}

/**
 * Ajv reports an extra property, and a key `propertyNames` refuses, at the parent object; the error is
 * about the property (the map entry) itself.
 */
export function atTheProperty(raw: RawError): RawError {
  const name = raw.keyword === 'propertyNames' ? raw.params.propertyName : undefined;
  const key = typeof name === 'string' ? name : extraProperty(raw);
  return key === undefined ? raw : { ...raw, instancePath: childPointer(raw.instancePath, key) };
}

/**
 * Ajv's errors placed on the fields they are about. The errors of the key inside `propertyNames`
 * (Ajv marks them with `propertyName`) are left out: its one `propertyNames` error names the key.
 */
export function placedErrors(errors: readonly RawError[]): RawError[] {
  return errors.filter((raw) => !('propertyName' in raw)).map(atTheProperty);
}
