import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, cleanPage, mountForm, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfForm } from '../form/sf-form.component.js';
import { mapWidget } from './builtin-widgets.js';

afterEach(cleanPage);

/** A form with one declared field and a map of short texts whose keys are at most 8 characters. */
const CONTACTS = {
  type: 'object',
  properties: {
    nome: { type: 'string', title: 'Nome' },
    extras: {
      type: 'object',
      title: 'Extras',
      additionalProperties: { type: 'string', maxLength: 10 },
      propertyNames: { maxLength: 8 },
    },
  },
};

function keyBoxes(element: SfForm): HTMLInputElement[] {
  return [...shadowOf(element).querySelectorAll<HTMLInputElement>('input[id*="--key-"]')];
}

describe('the map widget (issue #14, item 4)', () => {
  it('has no axe violations with entries, an entry error and the add row', async () => {
    const element = await mountForm({
      locale: 'pt-BR',
      schema: CONTACTS,
      value: { extras: { fone: '123', apelido: 'muito longo demais' } },
    });
    element.validate();
    await element.updateComplete;
    expect(await axeViolations(element)).toEqual([]);
  });

  it('is fetched for a form with a map, and shows the entries the data holds', async () => {
    const element = await mountForm({
      locale: 'pt-BR',
      schema: CONTACTS,
      value: { nome: 'Ana', extras: { fone: '123' } },
    });
    expect(mapWidget.status).toBe('loaded');
    expect(keyBoxes(element).map((box) => box.value)).toEqual(['fone']);
    await expect.element(page.getByRole('textbox', { name: /^fone/ })).toHaveValue('123');
    expect(element.value).toEqual({ nome: 'Ana', extras: { fone: '123' } });
  });

  it('adds an entry by its key with the keyboard, then takes its value', async () => {
    const element = await mountForm({ locale: 'pt-BR', schema: CONTACTS });
    await page.getByRole('textbox', { name: 'Nova chave' }).fill('email');
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    // Focus moves to the new entry's value, labelled with its key.
    await expect.poll(() => shadowOf(element).activeElement?.id).toBe('sf_2f_extras_2f_email--control');
    await userEvent.keyboard('a@b.c');
    expect(element.value).toEqual({ extras: { email: 'a@b.c' } });
  });

  it('renames an entry keeping its value and place, and refuses a repeated or empty key', async () => {
    const element = await mountForm({ locale: 'pt-BR', schema: CONTACTS, value: { extras: { a: '1', b: '2' } } });
    const first = page.getByRole('textbox', { name: 'Chave da entrada 1' });
    await first.fill('x');
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(Object.entries((element.value as { extras: object }).extras)).toEqual([
      ['x', '1'],
      ['b', '2'],
    ]);
    await first.fill('b');
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    await expect.element(page.getByText('Já existe a chave b')).toBeInTheDocument();
    expect(keyBoxes(element)[0]!.getAttribute('aria-invalid')).toBe('true');
    expect((element.value as { extras: object }).extras).toEqual({ x: '1', b: '2' });
    await page.getByRole('button', { name: 'Adicionar entrada Extras' }).click();
    await element.updateComplete;
    await expect.element(page.getByText('Informe a chave')).toBeInTheDocument();
  });

  it('removes an entry, and undoes the removal', async () => {
    const element = await mountForm({ locale: 'pt-BR', schema: CONTACTS, value: { extras: { a: '1', b: '2' } } });
    await page.getByRole('button', { name: 'Remover entrada a' }).click();
    await element.updateComplete;
    expect(element.value).toEqual({ extras: { b: '2' } });
    await expect.poll(() => shadowOf(element).activeElement?.id).toBe('sf_2f_extras--undo');
    await page.getByRole('button', { name: 'Desfazer a remoção de a' }).click();
    await element.updateComplete;
    expect(element.value).toEqual({ extras: { b: '2', a: '1' } });
  });

  it('shows a key that propertyNames refuses and a value too long on their entry, in the summary too', async () => {
    const element = await mountForm({
      locale: 'pt-BR',
      schema: CONTACTS,
      value: { extras: { comprida: 'x', muitolongo: 'y' } },
    });
    expect(element.validate()).toBe(false);
    await element.updateComplete;
    await expect.element(page.getByRole('link', { name: 'A chave muitolongo não é aceita' })).toBeInTheDocument();
    const field = shadowOf(element).querySelector('[data-pointer="/extras/muitolongo"]')!;
    expect(field.textContent).toContain('A chave muitolongo não é aceita');
  });

  it('makes a root that is only a map an editor, with English labels in English', async () => {
    const element = await mountForm({
      schema: { type: 'object', title: 'Rótulos', additionalProperties: { type: 'string' } },
      value: { cor: 'azul' },
      locale: 'en',
    });
    await expect.element(page.getByRole('group', { name: /^Rótulos/ })).toBeInTheDocument();
    await expect.element(page.getByRole('textbox', { name: 'Key of entry 1' })).toHaveValue('cor');
    await page.getByRole('textbox', { name: 'New key' }).fill('tamanho');
    await page.getByRole('button', { name: 'Add entry Rótulos' }).click();
    await until(() => keyBoxes(element).length === 2);
    await userEvent.keyboard('M');
    expect(element.value).toEqual({ cor: 'azul', tamanho: 'M' });
  });

  it('shows the undeclared data of an open object as entries of any value, with no add row', async () => {
    const element = await mountForm({
      locale: 'en',
      schema: { type: 'object', properties: { name: { type: 'string', title: 'Name' } } },
      value: { name: 'Ana', age: 34, vip: true, address: { city: 'Rio' } },
    });
    // The nested object's own entry too.
    expect(keyBoxes(element).map((box) => box.value)).toEqual(['age', 'vip', 'address', 'city']);
    // Each value in an input that fits its type (a number's is a decimal text box), labelled with its key.
    await expect.element(page.getByRole('textbox', { name: /^age/ })).toHaveValue('34');
    await expect.element(page.getByRole('checkbox', { name: /^vip/ })).toBeChecked();
    await expect.element(page.getByRole('textbox', { name: /^city/ })).toHaveValue('Rio');
    expect(shadowOf(element).querySelector('input[id$="--new-key"]')).toBeNull();
    await page.getByRole('textbox', { name: /^city/ }).fill('Recife');
    await page.getByRole('textbox', { name: /^age/ }).fill('35');
    expect(element.value).toEqual({ name: 'Ana', age: 35, vip: true, address: { city: 'Recife' } });
    expect(element.validate()).toBe(true);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('renames and removes an undeclared entry of an open object', async () => {
    const element = await mountForm({
      locale: 'en',
      schema: { type: 'object', properties: { name: { type: 'string' } } },
      value: { age: 34 },
    });
    await page.getByRole('textbox', { name: 'Key of entry 1' }).fill('idade');
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(element.value).toEqual({ idade: 34 });
    await page.getByRole('button', { name: 'Remove entry idade' }).click();
    await element.updateComplete;
    expect(element.value).toEqual({});
  });
});
