import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

afterEach(cleanPage);

const NAME = { type: 'string', title: 'Nome', minLength: 2 };

describe('<sf-form> with a root that is not an object (issue #14, item 5)', () => {
  it('has no axe violations for a one-field form with its error shown', async () => {
    const element = await mountForm({ locale: 'pt-BR', schema: NAME });
    element.validate();
    await element.updateComplete;
    expect(await axeViolations(element)).toEqual([]);
  });

  it('renders the single field, required, and submits its value', async () => {
    const element = await mountForm({ locale: 'pt-BR', schema: NAME });
    const seen: unknown[] = [];
    element.addEventListener('sf-submit', (event) => {
      seen.push(event.detail.value);
      event.preventDefault();
    });
    const box = page.getByRole('textbox', { name: 'Nome (obrigatório)' });
    await expect.element(box).toBeInTheDocument();
    expect(element.value).toBeUndefined();
    await element.requestSubmit();
    await expect.element(page.getByRole('link', { name: 'Preencha o campo Nome' })).toBeInTheDocument();
    await box.fill('Ana');
    expect(element.value).toBe('Ana');
    await element.requestSubmit();
    expect(seen).toEqual(['Ana']);
  });

  it('renders a root list with its items and adds one', async () => {
    const element = await mountForm({
      locale: 'pt-BR',
      schema: { type: 'array', title: 'Etiquetas', items: { type: 'string', title: 'Etiqueta' } },
      value: ['a'],
    });
    await expect.element(page.getByRole('group', { name: /^Etiquetas/ })).toBeInTheDocument();
    await page.getByRole('button', { name: /Adicionar item/ }).click();
    await userEvent.keyboard('b');
    expect(element.value).toEqual(['a', 'b']);
  });

  it('renders a root number, a root yes/no and a root choice', async () => {
    const number = await mountForm({ locale: 'pt-BR', schema: { type: 'integer', title: 'Quantidade' }, value: 3 });
    await expect.element(page.getByLabelText(/^Quantidade/)).toHaveValue('3');
    expect(number.value).toBe(3);
    cleanPage();
    const yes = await mountForm({ locale: 'pt-BR', schema: { type: 'boolean', title: 'Aceito os termos' } });
    await page.getByRole('checkbox', { name: /^Aceito os termos/ }).click();
    expect(yes.value).toBe(true);
    cleanPage();
    const choice = await mountForm({ locale: 'pt-BR', schema: { enum: ['P', 'M', 'G'], title: 'Tamanho' } });
    await page.getByRole('radio', { name: 'M' }).click();
    expect(choice.value).toBe('M');
  });

  it('keeps a draft of a one-field form and restores it', async () => {
    const first = await mountForm({ locale: 'pt-BR', schema: NAME, attributes: { 'draft-key': 'raiz' } });
    await page.getByRole('textbox', { name: /^Nome/ }).fill('Maria');
    await expect.poll(() => localStorage.getItem('schemaforms:draft:raiz') ?? '').toContain('Maria');
    first.remove();
    const second = await mountForm({ locale: 'pt-BR', schema: NAME, attributes: { 'draft-key': 'raiz' } });
    await expect.poll(() => second.value).toBe('Maria');
  });
});

describe('<sf-form>.value (issue #14, item 10)', () => {
  const schema = {
    type: 'object',
    properties: {
      endereco: {
        type: 'object',
        title: 'Endereço',
        properties: { cidade: { type: 'string', title: 'Cidade' } },
        required: ['cidade'],
      },
      nome: { type: 'string', title: 'Nome' },
      token: { type: 'string', title: 'Token', writeOnly: true },
    },
  };

  it('leaves out an untouched group, as validate() does, and never a secret', async () => {
    const element = await mountForm({ locale: 'pt-BR', schema, value: { endereco: {} } });
    expect(element.value).toEqual({});
    expect(element.validate()).toBe(true);
    await page.getByLabelText(/^Token/).fill('segredo');
    expect(element.value).toEqual({});
    await page.getByRole('textbox', { name: /^Cidade/ }).fill('Recife');
    expect(element.value).toEqual({ endereco: { cidade: 'Recife' } });
  });

  it('shows an answer outside the options, chosen, with its error', async () => {
    const element = await mountForm({
      locale: 'pt-BR',
      schema: { type: 'object', properties: { cor: { type: 'string', title: 'Cor', enum: ['azul', 'verde'] } } },
      value: { cor: 'roxo' },
    });
    const chosen = shadowOf(element).querySelector<HTMLInputElement>('input[type=radio]:checked');
    expect(chosen?.labels?.[0]?.textContent?.trim()).toBe('roxo');
    expect(element.value).toEqual({ cor: 'roxo' });
    expect(element.validate()).toBe(false);
    await page.getByRole('radio', { name: 'verde' }).click();
    expect(element.validate()).toBe(true);
    expect(shadowOf(element).querySelectorAll('input[type=radio]')).toHaveLength(2);
  });
});
