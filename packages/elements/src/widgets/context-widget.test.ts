import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { axeViolations, cleanPage, CONTEXT, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

const schema = {
  type: 'object',
  properties: {
    loja: {
      type: 'string',
      title: 'Chamado para loja',
      maxLength: 40,
      'x-context': { options: '/stores', default: '/store', changeLabel: 'Trocar de loja' },
    },
  },
  required: ['loja'],
};

afterEach(() => cleanPage());

describe('x-context widget (Trocar de loja)', () => {
  it('has no axe violations, shown as text and as a list', async () => {
    const element = await mountForm({ schema, context: CONTEXT, locale: 'pt-BR' });
    expect(await axeViolations(element)).toEqual([]);
    await page.getByRole('button', { name: 'Trocar de loja' }).click();
    expect(await axeViolations(element)).toEqual([]);
  });

  it('marks the prefilled store, which cannot be left empty, without "(obrigatório)"; the list keeps the mark', async () => {
    const element = await mountForm({ schema, context: CONTEXT, locale: 'pt-BR' });
    const label = () => shadowOf(element).querySelector('[data-pointer="/loja"] label')!.textContent!;
    expect(label()).toBe('Chamado para loja');
    await page.getByRole('button', { name: 'Trocar de loja' }).click();
    expect(label()).toMatch(/\(obrigatório\)/);
  });

  it('returns to the prefilled store with Cancelar, even after another was picked', async () => {
    const element = await mountForm({ schema, context: CONTEXT, locale: 'pt-BR' });
    await page.getByRole('button', { name: 'Trocar de loja' }).click();
    await page.getByLabelText(/^Chamado para loja/).selectOptions('Casa Conforto Outlet (20877)');
    expect(element.value).toEqual({ loja: '20877' });
    await page.getByRole('button', { name: 'Cancelar' }).click();
    expect(element.value).toEqual({ loja: '10231' });
    await expect.element(page.getByText('Casa Conforto Utilidades (10231)')).toBeVisible();
    await expect.poll(() => shadowOf(element).activeElement?.textContent?.trim()).toBe('Trocar de loja');
  });
});
