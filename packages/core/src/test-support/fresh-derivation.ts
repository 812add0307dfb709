/**
 * Test support for the engine's caches (remembered applied sets, taken-over field info, shape
 * differences, settle passes): a form that went through changes must show what a fresh form given the
 * same answers shows.
 */
import { expect } from 'vitest';
import { compileSchema } from '../compile-schema.js';
import { createForm } from '../create-form.js';
import type { CompiledSchema, FieldModel, Form, JsonSchemaObject } from '../types.js';

/**
 * The schema compiled twice, apart. `compileSchema` shares the caches of equal schemas: a `$comment`
 * (read by nothing) keeps the second apart, so the fresh derivation cannot reuse what the first
 * remembered.
 */
export async function compiledApart(
  schema: JsonSchemaObject,
): Promise<{ compiled: CompiledSchema; separate: CompiledSchema }> {
  const copy = (): JsonSchemaObject => JSON.parse(JSON.stringify(schema)) as JsonSchemaObject;
  const compiled = await compileSchema(copy());
  const separate = await compileSchema({ ...copy(), $comment: 'derived apart' });
  return { compiled, separate };
}

/** A field model as plain data (its children too), for deep comparison. */
export function plainField(field: FieldModel): unknown {
  return JSON.parse(JSON.stringify(field));
}

/**
 * Expects `form` to show the fields and payload of a fresh form of `separate` given its answers, and
 * (unless `errors` is false) errors at the same places. Returns the fresh form for further checks.
 */
export function expectSameAsFresh(form: Form, separate: CompiledSchema, { errors = true } = {}): Form {
  const fresh = createForm(separate);
  fresh.setValue('', form.value);
  expect(plainField(form.root)).toEqual(plainField(fresh.root));
  expect(form.payload()).toEqual(fresh.payload());
  if (errors)
    expect(form.validate().map((error) => error.instancePath)).toEqual(
      fresh.validate().map((error) => error.instancePath),
    );
  return fresh;
}
