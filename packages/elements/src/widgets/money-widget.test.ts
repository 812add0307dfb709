import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanPage, mountForm, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfForm } from '../form/sf-form.component.js';
import { codeWidget, moneyWidget } from './builtin-widgets.js';

afterEach(cleanPage);

const PRESETS_FORM = {
  type: 'object',
  properties: {
    valor: { type: 'number', title: 'Valor do repasse', multipleOf: 0.01, minimum: 0, 'x-widget': 'money' },
    pedido: {
      type: 'string',
      title: 'Número do pedido',
      pattern: '^\\d{10}$',
      maxLength: 10,
      examples: ['1234567890'],
      'x-widget': 'code',
    },
  },
  required: ['valor'],
};

async function mount(locale: 'pt-BR' | 'en'): Promise<{ element: SfForm; valor: HTMLInputElement }> {
  const element = await mountForm({ schema: PRESETS_FORM, locale });
  const valor = await until(() => shadowOf(element).querySelector<HTMLInputElement>('#sf_2f_valor--control'));
  return { element, valor };
}

/** Types `text` into the money field and leaves it, as a person does. */
async function typeAndLeave(valor: HTMLInputElement, text: string): Promise<void> {
  await userEvent.fill(valor, text);
  await userEvent.tab();
}

const errorOf = (element: SfForm, pointer: string) =>
  shadowOf(element).querySelector(`[data-pointer="${pointer}"] .error`)?.textContent?.trim();

describe('the money and code widgets', () => {
  it('are accessible, each fetched when a field needs it', async () => {
    const { element } = await mount('pt-BR');
    expect([moneyWidget.status, codeWidget.status]).toEqual(['loaded', 'loaded']);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('reads pt-BR amounts as numbers with exact cents and shows them formatted after leaving', async () => {
    const { element, valor } = await mount('pt-BR');
    expect(valor.inputMode).toBe('decimal');
    expect(shadowOf(element).querySelector('[part="prefix"]')?.textContent).toBe('R$');
    for (const [typed, value, shown] of [
      ['1.234,56', 1234.56, '1.234,56'],
      ['1234,56', 1234.56, '1.234,56'],
      ['1234.56', 1234.56, '1.234,56'],
      ['R$ 10', 10, '10,00'],
    ] as const) {
      await userEvent.fill(valor, typed);
      expect(element.value, typed).toEqual({ valor: value });
      expect(valor.value, 'what is typed stays while typing').toBe(typed);
      await userEvent.tab();
      await element.updateComplete;
      expect(valor.value, typed).toBe(shown);
      expect(errorOf(element, '/valor')).toBeUndefined();
    }
  });

  it('reads and shows en amounts the en way, in reais', async () => {
    const { element, valor } = await mount('en');
    await typeAndLeave(valor, '1,234.56');
    await element.updateComplete;
    expect(element.value).toEqual({ valor: 1234.56 });
    expect(valor.value).toBe('1,234.56');
    await typeAndLeave(valor, '1234,5');
    await element.updateComplete;
    expect(element.value).toEqual({ valor: 1234.5 });
    expect(valor.value).toBe('1,234.50');
    expect(shadowOf(element).querySelector('[part="prefix"]')?.textContent).toBe('R$');
  });

  it('keeps an entry that is not an amount as typed and says what is wrong', async () => {
    const { element, valor } = await mount('pt-BR');
    await typeAndLeave(valor, '12,3,4');
    await element.updateComplete;
    expect(valor.value).toBe('12,3,4');
    expect(element.value).toEqual({ valor: '12,3,4' });
    expect(errorOf(element, '/valor')).toContain('Valor do repasse deve ser um número');
    expect(valor.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('never rounds a third decimal: it stays on screen with the step in the error', async () => {
    const { element, valor } = await mount('pt-BR');
    await typeAndLeave(valor, '10,005');
    await element.updateComplete;
    expect(element.value).toEqual({ valor: 10.005 });
    expect(valor.value).toBe('10,005');
    expect(errorOf(element, '/valor')).toContain('Valor do repasse deve ser múltiplo de 0,01');
  });

  it('shows an amount given by the host formatted', async () => {
    const element = await mountForm({ schema: PRESETS_FORM, locale: 'pt-BR', value: { valor: 1234567.8 } });
    const valor = await until(() => shadowOf(element).querySelector<HTMLInputElement>('#sf_2f_valor--control'));
    expect(valor.value).toBe('1.234.567,80');
  });

  it('draws a code monospace, without keyboard help, with the example as a hint, and trims it', async () => {
    const { element } = await mount('pt-BR');
    const pedido = shadowOf(element).querySelector<HTMLInputElement>('#sf_2f_pedido--control')!;
    expect(getComputedStyle(pedido).fontFamily).toMatch(/mono/i);
    for (const [name, value] of [
      ['autocapitalize', 'off'],
      ['autocorrect', 'off'],
      ['spellcheck', 'false'],
    ] as const)
      expect(pedido.getAttribute(name), name).toBe(value);
    const hint = shadowOf(element).querySelector('[part="hint"]')!;
    expect(hint.textContent?.trim()).toBe('Exemplo: 1234567890');
    expect(pedido.getAttribute('aria-describedby')?.split(' ')).toContain(hint.id);
    await userEvent.fill(pedido, ' 123456789 ');
    await userEvent.tab();
    await element.updateComplete;
    expect(errorOf(element, '/pedido')).toContain('Número do pedido');
    await userEvent.fill(pedido, ' 1234567890 ');
    await userEvent.tab();
    await element.updateComplete;
    expect(errorOf(element, '/pedido')).toBeUndefined();
    expect(element.validate()).toBe(false); // `valor` is still unanswered
  });
});
