import { describe, expect, it } from 'vitest';
import { compileSchema, createForm } from './index.js';
import { isDecimalMultiple } from './decimal-multiple-of.js';

const money = {
  type: 'object',
  properties: { valor: { type: 'number', title: 'Valor', minimum: 0, multipleOf: 0.01 } },
} as const;

describe('multipleOf on decimal steps', () => {
  it('accepts every amount with two decimals for "multipleOf": 0.01, however large', async () => {
    const compiled = await compileSchema(money);
    for (const valor of [0.07, 1.15, 19.99, 0.3, 123456.78, 99999999.99, 1234567890.12, 5]) {
      expect(compiled.validator.validate({ valor }), String(valor)).toEqual([]);
    }
  });

  it('refuses an amount with more decimals than the step, and says the step in pt-BR and en', async () => {
    const compiled = await compileSchema(money);
    for (const valor of [1.005, 0.001, 99999999.999, 1.0000001]) {
      expect(
        compiled.validator.validate({ valor }).map((e) => e.keyword),
        String(valor),
      ).toEqual(['multipleOf']);
    }
    const pt = createForm(compiled, { value: { valor: 1.005 } });
    pt.validate();
    expect(pt.errors.get('/valor')![0]!.message).toBe('Valor deve ser múltiplo de 0,01');
    const en = createForm(compiled, { value: { valor: 1.005 }, locale: 'en' });
    en.validate();
    expect(en.errors.get('/valor')![0]!.message).toBe('Valor must be a multiple of 0.01');
  });

  it('agrees with the exact decimal answer on many amounts (cents up to 10^12)', () => {
    for (let cents = 0; cents < 1e12; cents += 7_919_137_919) {
      expect(isDecimalMultiple(Number((cents / 100).toFixed(2)), 0.01), String(cents)).toBe(true);
      if (cents % 10 !== 0)
        expect(isDecimalMultiple(Number((cents / 1000).toFixed(3)), 0.01), String(cents)).toBe(false);
    }
  });

  it('keeps integer steps and huge quotients right (JSON-Schema-Test-Suite cases)', () => {
    expect(isDecimalMultiple(4.5, 1.5)).toBe(true);
    expect(isDecimalMultiple(35, 1.5)).toBe(false);
    expect(isDecimalMultiple(10, 2)).toBe(true);
    expect(isDecimalMultiple(7, 2)).toBe(false);
    expect(isDecimalMultiple(1e308, 0.123456789)).toBe(false);
  });
});
