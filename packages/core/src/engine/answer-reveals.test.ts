import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, type FieldModel, type JsonSchemaObject } from '../index.js';

const yesNo = {
  type: 'boolean',
  oneOf: [
    { const: true, title: 'Sim' },
    { const: false, title: 'Não' },
  ],
};

async function formOf(schema: JsonSchemaObject, value?: unknown) {
  return createForm(await compileSchema(schema), value === undefined ? {} : { value });
}

function reveals(field: FieldModel | undefined): Record<string, readonly string[]> {
  const byOption: Record<string, readonly string[]> = {};
  for (const option of field?.options ?? []) byOption[option.label] = option.reveals ?? [];
  return byOption;
}

describe('answer reveals', () => {
  it('says which fields the answer of a choice reveals, and on the revealed field by which choice', async () => {
    const form = await formOf({
      type: 'object',
      properties: { pedidos: { title: 'Possui pedidos?', ...yesNo }, mensagem: { type: 'string' } },
      if: { properties: { pedidos: { const: true } }, required: ['pedidos'] },
      then: { properties: { quais: { type: 'string', title: 'Quais pedidos?' } }, required: ['quais'] },
      unevaluatedProperties: false,
    });
    expect(reveals(form.field('/pedidos'))).toEqual({ Sim: ['/quais'], Não: [] });
    expect(form.field('/quais')).toBeUndefined();
    form.setValue('/pedidos', true);
    expect(form.field('/quais')?.revealedBy).toBe('/pedidos');
    expect(form.field('/mensagem')?.revealedBy).toBeUndefined();
    // The options keep their reveals whatever is chosen.
    expect(reveals(form.field('/pedidos'))).toEqual({ Sim: ['/quais'], Não: [] });
  });

  it('finds reveals in nested objects, in an allOf of several ifs, with enum tests', async () => {
    const form = await formOf(
      {
        type: 'object',
        properties: {
          entrega: {
            type: 'object',
            properties: { modo: { enum: ['correio', 'retirada', 'transportadora'] } },
            allOf: [
              {
                if: { properties: { modo: { const: 'correio' } }, required: ['modo'] },
                then: { properties: { rastreio: { type: 'string' } } },
              },
              {
                if: { properties: { modo: { enum: ['retirada', 'transportadora'] } }, required: ['modo'] },
                then: { properties: { endereco: { type: 'string' } } },
              },
            ],
          },
        },
      },
      { entrega: { modo: 'retirada' } },
    );
    expect(reveals(form.field('/entrega/modo'))).toEqual({
      correio: ['/entrega/rastreio'],
      retirada: ['/entrega/endereco'],
      transportadora: ['/entrega/endereco'],
    });
    expect(form.field('/entrega/endereco')?.revealedBy).toBe('/entrega/modo');
  });

  it('lets two options reveal the same field through two conditions', async () => {
    const form = await formOf(
      {
        type: 'object',
        properties: { motivo: { enum: ['a', 'b', 'c'] } },
        allOf: [
          { if: { properties: { motivo: { const: 'a' } }, required: ['motivo'] }, then: { properties: { x: {} } } },
          { if: { properties: { motivo: { const: 'b' } }, required: ['motivo'] }, then: { properties: { x: {} } } },
        ],
      },
      { motivo: 'b' },
    );
    expect(reveals(form.field('/motivo'))).toEqual({ a: ['/x'], b: ['/x'], c: [] });
    expect(form.field('/x')?.revealedBy).toBe('/motivo');
  });

  it('counts dependentSchemas as revealed by every answer, and else of an if without required by the others', async () => {
    const form = await formOf(
      {
        type: 'object',
        properties: { tipo: { enum: ['pj', 'pf'] }, pedidos: yesNo },
        dependentSchemas: { tipo: { properties: { documento: { type: 'string' } } } },
        if: { properties: { pedidos: { const: false } } },
        else: { properties: { quais: { type: 'string' } } },
      },
      { tipo: 'pf', pedidos: true },
    );
    expect(reveals(form.field('/tipo'))).toEqual({ pj: ['/documento'], pf: ['/documento'] });
    expect(reveals(form.field('/pedidos'))).toEqual({ Sim: ['/quais'], Não: [] });
    expect(form.field('/quais')?.revealedBy).toBe('/pedidos');
    form.setValue('/pedidos', false);
    expect(form.field('/quais')).toBeUndefined();
  });

  it('does not treat as revealed what shows before an answer, depends on two answers or also shows always', async () => {
    const form = await formOf(
      {
        type: 'object',
        properties: { a: yesNo, b: yesNo, sempre: { type: 'string' }, texto: { type: 'string' } },
        allOf: [
          // No required: while `a` is unanswered the `if` holds, so `cedo` shows before any answer.
          { if: { properties: { a: { const: true } } }, then: { properties: { cedo: { type: 'string' } } } },
          // Two fields tested.
          {
            if: { properties: { a: { const: true }, b: { const: true } }, required: ['a', 'b'] },
            then: { properties: { ambos: { type: 'string' } } },
          },
          // Declared always too.
          { if: { properties: { a: { const: true } }, required: ['a'] }, then: { properties: { sempre: {} } } },
          // Revealed by `a`, and also by `b`.
          { if: { properties: { a: { const: false } }, required: ['a'] }, then: { properties: { dois: {} } } },
          { if: { properties: { b: { const: false } }, required: ['b'] }, then: { properties: { dois: {} } } },
          // A condition on a text field.
          { if: { properties: { texto: { const: 'x' } }, required: ['texto'] }, then: { properties: { livre: {} } } },
          // A condition nested inside a reveal depends on two answers.
          {
            if: { properties: { b: { const: true } }, required: ['b'] },
            then: {
              properties: { porB: {} },
              if: { properties: { a: { const: true } }, required: ['a'] },
              then: { properties: { aninhado: {} } },
            },
          },
        ],
      },
      { a: true, b: true, texto: 'x' },
    );
    for (const name of ['cedo', 'ambos', 'sempre', 'aninhado'])
      expect(form.field(`/${name}`)?.revealedBy, name).toBeUndefined();
    // An answer typed in reveals `livre`, but a text field has no options to draw it under.
    expect(form.field('/livre')?.revealedBy).toBe('/texto');
    expect(form.field('/texto')?.options).toBeUndefined();
    expect(form.field('/porB')?.revealedBy).toBe('/b');
    form.setValue('/a', false);
    expect(form.field('/dois')?.revealedBy).toBeUndefined();
    expect(reveals(form.field('/a'))).toEqual({ Sim: [], Não: [] });
    expect(reveals(form.field('/b'))).toEqual({ Sim: ['/porB'], Não: [] });
  });

  it('keeps a revealed answer when another option hides it, and leaves it out of the payload', async () => {
    const form = await formOf({
      type: 'object',
      properties: { pedidos: yesNo },
      if: { properties: { pedidos: { const: true } }, required: ['pedidos'] },
      then: { properties: { quais: { type: 'string' } } },
    });
    form.setValue('/pedidos', true);
    form.setValue('/quais', '123');
    form.setValue('/pedidos', false);
    expect(form.payload()).toEqual({ pedidos: false });
    form.setValue('/pedidos', true);
    expect(form.field('/quais')?.value).toBe('123');
  });
});
