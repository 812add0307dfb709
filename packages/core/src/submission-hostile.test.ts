/**
 * Issue 13 on the core side: answers nested thousands of levels deep (item 9), control characters in
 * answers, and 422s that point at the field they are about (the catalogue's rows to add, E10/E14).
 */
import { describe, expect, it } from 'vitest';
import { compileSchema } from './compile-schema.js';
import { createForm } from './create-form.js';
import { trimCode } from './engine/payload-without-inactive-branches.js';
import { DataError } from './schema-error.js';
import type { JsonSchemaObject } from './types.js';
import { validateSubmission } from './validate-submission.js';

const nestedObjects = (levels: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = { perfil: value };
  return value;
};
const nestedArrays = (levels: number): unknown => {
  let value: unknown = [];
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

const SCHEMA: JsonSchemaObject = {
  title: 'Alteração de integradora',
  type: 'object',
  properties: {
    tipo: { title: 'Tipo', enum: ['pf', 'pj'] },
    mensagem: { type: 'string', title: 'Mensagem', maxLength: 500 },
    codigo: { type: 'string', title: 'Código', 'x-code': true, maxLength: 40 },
    perfil: { type: 'object', properties: { nome: { type: 'string', maxLength: 40 } } },
    lista: { type: 'array', items: { type: 'string', maxLength: 10 }, maxItems: 5 },
  },
  required: ['tipo'],
  if: { properties: { tipo: { const: 'pj' } } },
  then: { properties: { cnpj: { type: 'string', title: 'CNPJ', maxLength: 18 } }, required: ['cnpj'] },
  unevaluatedProperties: false,
};

describe('answers nested ~5000 levels deep (item 9)', () => {
  it('validateSubmission returns a too-deep result, never a stack overflow, for objects and arrays', async () => {
    const compiled = await compileSchema(SCHEMA);
    for (const deep of [
      nestedObjects(5000),
      nestedArrays(5000),
      { tipo: 'pf', perfil: nestedObjects(5000) },
      { tipo: 'pf', lista: nestedArrays(5000) },
    ]) {
      const result = validateSubmission(compiled, deep);
      expect(result.valid).toBe(false);
      expect(result.payload).toBeUndefined();
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({
        keyword: 'too-deep',
        message: expect.stringMatching(/nests over 64 levels/),
      });
    }
  });

  it('createForm refuses them with a DataError naming where', async () => {
    const compiled = await compileSchema(SCHEMA);
    let error: unknown;
    try {
      createForm(compiled, { value: { tipo: 'pf', lista: nestedArrays(5000) } });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ code: 'too-deep', pointer: expect.stringMatching(/^\/lista(\/0)+$/) });
    const form = createForm(compiled, { value: { tipo: 'pf' } });
    expect(() => form.setValue('/perfil', nestedObjects(5000))).toThrow(DataError);
  });
});

describe('control characters in answers (E14)', () => {
  it('refuses NUL in free text with a clear message at the field, in the form and on the server', async () => {
    const compiled = await compileSchema(SCHEMA);
    const result = validateSubmission(compiled, { tipo: 'pf', mensagem: 'a\u0000b' });
    expect(result.errors).toEqual([
      expect.objectContaining({
        instancePath: '/mensagem',
        message: expect.stringMatching(/Mensagem contém caracteres inválidos/),
      }),
    ]);
    const form = createForm(compiled, { value: { tipo: 'pf' }, locale: 'en' });
    form.setValue('/mensagem', 'a\u0000b');
    expect(form.errors.get('/mensagem')?.[0]?.message).toMatch(/Mensagem contains characters that are not allowed/);
  });

  it('refuses NUL in a code too (stripping it would hide what was sent)', async () => {
    const compiled = await compileSchema(SCHEMA);
    expect(validateSubmission(compiled, { tipo: 'pf', codigo: 'AB\u0000C' }).errors.map((e) => e.instancePath)).toEqual(
      ['/codigo'],
    );
  });

  it('strips C0/C1 controls (escape sequences, tabs) from codes, inside too, and keeps other characters', async () => {
    expect(trimCode('\u001b[31mABC\u009b1\u0007')).toBe('[31mABC1');
    expect(trimCode(' AB\tC\u0085 ')).toBe('ABC');
    expect(trimCode('A\u200bB')).toBe('A\u200bB');
    const compiled = await compileSchema(SCHEMA);
    const result = validateSubmission(compiled, { tipo: 'pf', codigo: '\u001bABC-123\u0090' });
    expect(result.valid).toBe(true);
    expect(result.payload).toEqual({ tipo: 'pf', codigo: 'ABC-123' });
  });

  it('keeps bidi controls in free text (they are isolated when shown, not removed)', async () => {
    const compiled = await compileSchema(SCHEMA);
    const result = validateSubmission(compiled, { tipo: 'pf', mensagem: 'abc \u202Efdp.exe\u202C \u2067x\u2069' });
    expect(result.valid).toBe(true);
    expect((result.payload as { mensagem: string }).mensagem).toBe('abc \u202Efdp.exe\u202C \u2067x\u2069');
  });
});

describe('422s point at the field (rows to add)', () => {
  it('a field of a hidden branch is named and pointed at, not the form', async () => {
    const compiled = await compileSchema(SCHEMA);
    const result = validateSubmission(compiled, { tipo: 'pf', cnpj: '12.345.678/0001-90' });
    expect(result.errors).toEqual([
      expect.objectContaining({
        keyword: 'unevaluatedProperties',
        instancePath: '/cnpj',
        message: 'CNPJ não é aceito neste formulário com as respostas dadas',
      }),
    ]);
    expect(result.errors[0]!.message).not.toMatch(/integradora/);
  });

  it('each extra property has its own instancePath and name', async () => {
    const compiled = await compileSchema({
      ...SCHEMA,
      unevaluatedProperties: undefined,
      additionalProperties: false,
      if: undefined,
      then: undefined,
    } as JsonSchemaObject);
    const result = validateSubmission(compiled, { tipo: 'pf', campoExtra: 1, outro_campo: 2 }, { locale: 'en' });
    expect(result.errors.map((e) => [e.keyword, e.instancePath, e.message])).toEqual([
      ['additionalProperties', '/campoExtra', 'Campo extra is not accepted by this form with the answers given'],
      ['additionalProperties', '/outro_campo', 'Outro campo is not accepted by this form with the answers given'],
    ]);
  });

  it('an extra property inside an array item points at the item’s property', async () => {
    const compiled = await compileSchema({
      type: 'object',
      properties: {
        itens: {
          type: 'array',
          maxItems: 3,
          items: { type: 'object', properties: { a: { type: 'string', maxLength: 3 } }, additionalProperties: false },
        },
      },
    });
    expect(
      validateSubmission(compiled, { itens: [{ a: 'x' }, { a: 'y', b: 'z' }] }).errors.map((e) => e.instancePath),
    ).toEqual(['/itens/1/b']);
  });
});
