import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, validateSubmission } from './index.js';
import { formatMoney, parseMoney } from './money.js';

const amount = (value: number) => ({ kind: 'amount', value });

describe('parseMoney', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1234,56', 1234.56],
    ['1234.56', 1234.56],
    ['R$ 10', 10],
    ['R$10,5', 10.5],
    ['  1.234.567,89 ', 1234567.89],
    ['1.234', 1234],
    ['0,01', 0.01],
    [',5', 0.5],
    ['1\u00a0234,56', 1234.56],
    ['1,234.56', 1234.56],
  ])('reads the pt-BR entry %j as %d', (text, value) => {
    expect(parseMoney(text, 'pt-BR')).toEqual(amount(value));
  });

  it.each([
    ['1,234.56', 1234.56],
    ['1234.56', 1234.56],
    ['1,234', 1234],
    ['1234,56', 1234.56],
    ['R$ 1,234,567.89', 1234567.89],
  ])('reads the en entry %j as %d', (text, value) => {
    expect(parseMoney(text, 'en')).toEqual(amount(value));
  });

  it('never rounds: a third decimal stays in the answer, for validation to refuse', () => {
    expect(parseMoney('10,005', 'pt-BR')).toEqual(amount(10.005));
    // In pt-BR the comma is the decimal mark, so "1,234" is one real and 234 thousandths, not 1234.
    expect(parseMoney('1,234', 'pt-BR')).toEqual(amount(1.234));
    expect(parseMoney('1.234', 'en')).toEqual(amount(1.234));
  });

  it.each(['abc', 'R$', '1.23.4', '1,2,3', '12.34,5.6', '1..2', ',', '-', '10 reais', '1234567890123456'])(
    'keeps %j as typed, marked invalid',
    (text) => {
      expect(parseMoney(text, 'pt-BR')).toEqual({ kind: 'invalid', text });
    },
  );

  it('reads blank text as no answer', () => {
    expect(parseMoney('', 'pt-BR')).toEqual({ kind: 'empty' });
    expect(parseMoney('   ', 'en')).toEqual({ kind: 'empty' });
  });

  it('reads a minus sign, for the minimum to report', () => {
    expect(parseMoney('-10,00', 'pt-BR')).toEqual(amount(-10));
    expect(parseMoney('-0', 'pt-BR')).toEqual(amount(0));
  });
});

describe('formatMoney', () => {
  it('writes pt-BR with thousands dots and a decimal comma, en the other way round', () => {
    expect(formatMoney(1234.56, 'pt-BR')).toBe('1.234,56');
    expect(formatMoney(1234.56, 'en')).toBe('1,234.56');
    expect(formatMoney(10, 'pt-BR')).toBe('10,00');
    expect(formatMoney(0.5, 'en')).toBe('0.50');
  });

  it('shows every decimal an amount has, never a rounded one', () => {
    expect(formatMoney(10.005, 'pt-BR')).toBe('10,005');
  });

  it('reads back what it writes', () => {
    for (const value of [0, 0.01, 1.15, 99999999.99, 1234567.89])
      for (const locale of ['pt-BR', 'en'] as const)
        expect(parseMoney(formatMoney(value, locale), locale)).toEqual(amount(value));
  });
});

describe('the money and code presets', () => {
  const schema = {
    type: 'object',
    properties: {
      valor: { type: 'number', title: 'Valor', multipleOf: 0.01, minimum: 0, 'x-widget': 'money' },
      pedido: { type: 'string', title: 'Pedido', pattern: '^\\d{10}$', maxLength: 10, 'x-widget': 'code' },
      wrongMoney: { type: 'string', title: 'X', 'x-widget': 'money' },
      wrongCode: { type: 'number', title: 'Y', 'x-widget': 'code' },
    },
  };

  it('gives a money field and a code field their own widget kinds; a code is trimmed', async () => {
    const form = createForm(await compileSchema(schema), { value: { pedido: ' 1234567890 ' } });
    expect(form.field('/valor')?.widget).toBe('money');
    expect(form.field('/pedido')?.widget).toBe('code');
    expect(form.field('/pedido')?.code).toBe(true);
    expect(form.payload()).toEqual({ pedido: '1234567890' });
  });

  it('ignores a preset on a type it does not fit, drawing the field from its type', async () => {
    const form = createForm(await compileSchema(schema));
    expect(form.field('/wrongMoney')?.widget).toBe('text');
    expect(form.field('/wrongCode')?.widget).toBe('number');
  });

  it('accepts every amount with two decimals and refuses a third, saying the step', async () => {
    const compiled = await compileSchema(schema);
    for (const valor of [0.01, 1.15, 1234.56, 99999999.99])
      expect(validateSubmission(compiled, { valor }).valid, String(valor)).toBe(true);
    const refused = validateSubmission(compiled, { valor: 10.005 });
    expect(refused.valid).toBe(false);
    expect(refused.errors).toMatchObject([
      { instancePath: '/valor', keyword: 'multipleOf', message: 'Valor deve ser múltiplo de 0,01' },
    ]);
  });
});
