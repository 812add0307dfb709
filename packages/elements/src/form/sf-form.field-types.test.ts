/**
 * `<sf-form>` with the types and choices other projects' schemas use (issue #14, items 3 and 9):
 * one-item enum options, union and nullable types, `"type": "null"`, enums of objects, multi-line text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

afterEach(cleanPage);

const schema = {
  type: 'object',
  required: ['empty'],
  properties: {
    color: {
      title: 'Cor',
      type: 'string',
      anyOf: [
        { enum: ['#ff0000'], title: 'Vermelho' },
        { enum: ['#00ff00'], title: 'Verde' },
        { enum: ['#0000ff'], title: 'Azul' },
      ],
    },
    code: { title: 'Código', type: ['string', 'number'] },
    nick: { title: 'Apelido', type: ['string', 'null'] },
    empty: { title: 'Vazio', type: 'null' },
    place: {
      title: 'Local',
      enum: [
        { name: 'New York', lat: 40 },
        { name: 'Amsterdam', lat: 52 },
      ],
    },
    note: { title: 'Observação', type: 'string' },
    long: { title: 'Detalhes', type: 'string', 'x-widget': 'textarea' },
  },
};
const value = { color: '#00ff00', code: 42, nick: null, place: { name: 'Amsterdam', lat: 52 }, note: 'um\ndois' };

function control<T extends Element>(root: ShadowRoot, pointer: string, selector: string): T {
  return root.querySelector<T>(`[data-pointer="${pointer}"] ${selector}`)!;
}

describe('<sf-form> types and single-value options', () => {
  it('has no axe violations', async () => {
    const element = await mountForm({ schema, value, locale: 'pt-BR' });
    expect(await axeViolations(element)).toEqual([]);
  });

  it('offers every one-item enum option under the property’s own legend (items 2 and 3)', async () => {
    const root = shadowOf(await mountForm({ schema, value, locale: 'pt-BR' }));
    expect(control(root, '/color', 'legend').textContent).toContain('Cor');
    const radios = [...root.querySelectorAll<HTMLInputElement>('[data-pointer="/color"] input[type=radio]')];
    expect(radios.map((radio) => radio.labels![0]!.textContent!.trim())).toEqual(['Vermelho', 'Verde', 'Azul']);
    expect(radios.map((radio) => radio.checked)).toEqual([false, true, false]);
  });

  it('shows text with line breaks in a textarea that keeps them, as x-widget textarea does', async () => {
    const element = await mountForm({ schema, value, locale: 'pt-BR' });
    const root = shadowOf(element);
    expect(control<HTMLTextAreaElement>(root, '/note', 'textarea').value).toBe('um\ndois');
    expect(control(root, '/long', 'textarea')).not.toBeNull();
    control<HTMLTextAreaElement>(root, '/note', 'textarea').focus();
    await userEvent.keyboard('{End}{Enter}três');
    expect((element.value as { note: string }).note).toBe('um\ndois\ntrês');
  });

  it('keeps the textarea, focused, when the person removes the line break', async () => {
    const element = await mountForm({ schema, value, locale: 'pt-BR' });
    const root = shadowOf(element);
    const textarea = control<HTMLTextAreaElement>(root, '/note', 'textarea');
    textarea.focus();
    textarea.setSelectionRange(3, 3);
    await userEvent.keyboard('{Backspace}');
    await element.updateComplete;
    expect((element.value as { note: string }).note).toBe('umdois');
    expect(control(root, '/note', 'textarea')).toBe(textarea);
    expect(root.activeElement).toBe(textarea);
  });

  it('types a union allowing text in a text input, showing a number answer as its text', async () => {
    const element = await mountForm({ schema, value, locale: 'pt-BR' });
    const input = control<HTMLInputElement>(shadowOf(element), '/code', 'input');
    expect(input.type).toBe('text');
    expect(input.value).toBe('42');
    await userEvent.fill(input, 'A-7');
    expect((element.value as { code: unknown }).code).toBe('A-7');
  });

  it('submits null for a required `"type": "null"` field, shown read-only, and agrees with validate()', async () => {
    const element = await mountForm({ schema, value, locale: 'pt-BR' });
    expect(control<HTMLInputElement>(shadowOf(element), '/empty', 'input').readOnly).toBe(true);
    expect((element.value as { empty: unknown }).empty).toBeNull();
    expect((element.value as { nick: unknown }).nick).toBeNull();
    expect(element.validate()).toBe(true);
  });

  it('keeps an object answer of an enum of objects, its option chosen and labelled by name', async () => {
    const element = await mountForm({ schema, value, locale: 'pt-BR' });
    const radios = [...shadowOf(element).querySelectorAll<HTMLInputElement>('[data-pointer="/place"] input')];
    expect(radios.map((radio) => radio.labels![0]!.textContent!.trim())).toEqual(['New York', 'Amsterdam']);
    expect(radios[1]!.checked).toBe(true);
    expect((element.value as { place: unknown }).place).toEqual({ name: 'Amsterdam', lat: 52 });
    await userEvent.click(radios[0]!);
    expect((element.value as { place: unknown }).place).toEqual({ name: 'New York', lat: 40 });
  });
});

describe('union types of other types (issue #14, item 9)', () => {
  const unionSchema = {
    type: 'object',
    properties: {
      options: {
        title: 'Opções',
        type: ['object', 'array'],
        properties: { cor: { type: 'string', title: 'Cor' } },
        items: { type: 'string', title: 'Item' },
      },
    },
  };

  it('draws the field for its answer type under a labelled choice of type, keeping each type’s answer', async () => {
    const element = await mountForm({ schema: unionSchema, value: { options: ['a', 'b'] }, locale: 'pt-BR' });
    const root = shadowOf(element);
    const list = page.getByRole('radio', { name: 'Lista' });
    await expect.element(list).toBeChecked();
    await expect.element(page.getByRole('group', { name: 'Tipo de Opções' })).toBeInTheDocument();
    expect(root.querySelectorAll('[data-pointer="/options/1"] input')[0]).toHaveProperty('value', 'b');
    await page.getByRole('radio', { name: 'Grupo de campos' }).click();
    await element.updateComplete;
    // An empty group is left out of the value, as any untouched group is.
    expect(element.value).toEqual({});
    await page.getByRole('textbox', { name: /^Cor/ }).fill('azul');
    expect(element.value).toEqual({ options: { cor: 'azul' } });
    // Back to the list: its items come back; and to the group again: its answer too.
    await list.click();
    await element.updateComplete;
    expect(element.value).toEqual({ options: ['a', 'b'] });
    await page.getByRole('radio', { name: 'Grupo de campos' }).click();
    await element.updateComplete;
    expect(element.value).toEqual({ options: { cor: 'azul' } });
    expect(root.querySelector('.unsupported')).toBeNull();
    expect(element.validate()).toBe(true);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('draws an unanswered union as its first type', async () => {
    const element = await mountForm({ schema: unionSchema, locale: 'en' });
    await expect.element(page.getByRole('radio', { name: 'Group of fields' })).toBeChecked();
    await expect.element(page.getByRole('textbox', { name: /^Cor/ })).toBeInTheDocument();
    expect(element.validate()).toBe(true);
  });
});
