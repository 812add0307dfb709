/**
 * The root of a form: an object for most forms, but any schema can be a form — a single string, a
 * number, a yes/no, a choice, a list (issue #14, item 5). The root's answer is then that value, and
 * an unanswered root is a missing answer, not an empty object.
 */
import { isObject } from '../json-pointer.js';
import type { FormValidator, RawError } from '../types.js';
import type { FormEngine } from './form-engine.js';

/**
 * Whether the form's answers are an object: its root declares the type `object` (or no type, and is
 * neither a choice of values nor a list).
 */
export function rootIsObject(engine: FormEngine): boolean {
  const possible = engine.possible(engine.schemas.entryList(['']));
  const types = new Set<unknown>();
  let valuesOrList = false;
  for (const { schema } of possible.subschemas) {
    if (!isObject(schema)) continue;
    if (Array.isArray(schema.type)) for (const type of schema.type) types.add(type);
    else if (schema.type !== undefined) types.add(schema.type);
    if (schema.enum !== undefined || schema.const !== undefined || schema.items !== undefined) valuesOrList = true;
  }
  return types.size > 0 ? types.has('object') : !valuesOrList;
}

/** The root answer before anything is answered: `{}` for an object form, nothing otherwise. */
export function emptyRoot(objectRoot: boolean): Record<string, unknown> | undefined {
  return objectRoot ? {} : undefined;
}

/** The errors of a payload; an unanswered root (a form of one field left empty) is a missing answer. */
export function payloadErrors(validator: FormValidator, payload: unknown): readonly RawError[] {
  return payload === undefined
    ? [{ keyword: 'required', instancePath: '', schemaPath: '#', params: {} }]
    : validator.validate(payload);
}
