/**
 * `<sf-form>` with object alternatives (issue #14, items 1 and 2): the legend stays the property's own
 * title, a labelled choice of branch (radios for few, a select for many) shows the chosen branch's
 * fields, answers of the other branch stay in memory but out of the value, and the pick is announced.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanPage, mountForm, shadowOf, until } from '../internal/fixtures.test-support.js';

afterEach(cleanPage);

const contact = {
  title: 'Contato',
  type: 'object',
  oneOf: [
    {
      title: 'Pessoa',
      properties: { name: { type: 'string', title: 'Nome' }, cpf: { type: 'string', title: 'CPF' } },
      required: ['name', 'cpf'],
    },
    {
      title: 'Empresa',
      properties: { name: { type: 'string', title: 'Nome' }, cnpj: { type: 'string', title: 'CNPJ' } },
      required: ['name', 'cnpj'],
    },
  ],
};
const schema = { type: 'object', properties: { contact } };

function labels(root: ShadowRoot, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
}

function fieldKeys(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[data-pointer^="/contact/"]')].map((field) => field.getAttribute('data-pointer')!);
}

function radio(root: ShadowRoot, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll<HTMLInputElement>('.alternatives input[type=radio]')].find(
    (input) => input.labels?.[0]?.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no radio labelled ${label}`);
  return found;
}

describe('<sf-form> object alternatives', () => {
  it('has no axe violations with a choice of branch', async () => {
    const element = await mountForm({ schema, locale: 'pt-BR' });
    expect(await axeViolations(element)).toEqual([]);
  });

  it('keeps the property’s title as the legend and labels the choice by the branch titles (item 2)', async () => {
    const element = await mountForm({ schema, value: { contact: { name: 'ACME', cnpj: '1' } }, locale: 'pt-BR' });
    const root = shadowOf(element);
    const group = root.querySelector('[data-pointer="/contact"]')!;
    expect(group.querySelector('legend')!.textContent).toContain('Contato');
    expect(labels(root, '.alternatives legend')).toEqual(['Escolha uma opção']);
    expect(labels(root, '.alternatives label')).toEqual(['Pessoa', 'Empresa']);
    // Chosen from the data on load: the branch it validates against.
    expect(radio(root, 'Empresa').checked).toBe(true);
    expect(fieldKeys(root)).toEqual(['/contact/name', '/contact/cnpj']);
  });

  it('switches the fields when another branch is picked, keeping shared answers', async () => {
    const element = await mountForm({ schema, value: { contact: { name: 'Ana', cpf: '111' } }, locale: 'pt-BR' });
    const root = shadowOf(element);
    const changes: string[] = [];
    element.addEventListener('change', () => changes.push('change'));
    await userEvent.click(radio(root, 'Empresa'));
    await element.updateComplete;
    expect(fieldKeys(root)).toEqual(['/contact/name', '/contact/cnpj']);
    expect(root.querySelector<HTMLInputElement>('[data-pointer="/contact/name"] input')!.value).toBe('Ana');
    // The other branch's answer is not part of the value, but comes back with its branch.
    expect(element.value).toEqual({ contact: { name: 'Ana' } });
    expect(changes.length).toBeGreaterThan(0);
    await userEvent.click(radio(root, 'Pessoa'));
    await element.updateComplete;
    expect(element.value).toEqual({ contact: { name: 'Ana', cpf: '111' } });
  });

  it('moves between branches with the arrow keys and announces the fields shown', async () => {
    const element = await mountForm({ schema, locale: 'en' });
    const root = shadowOf(element);
    radio(root, 'Pessoa').focus();
    await userEvent.keyboard('{ArrowDown}');
    await element.updateComplete;
    expect(radio(root, 'Empresa').checked).toBe(true);
    expect(fieldKeys(root)).toEqual(['/contact/name', '/contact/cnpj']);
    await until(() =>
      root.querySelector('[role=status][aria-live]')?.textContent?.includes('Showing the fields of Empresa'),
    );
  });

  it('numbers branches without a title in the form’s language', async () => {
    const untitled = {
      type: 'object',
      anyOf: [
        { type: 'object', properties: { a: { type: 'string' } } },
        { type: 'object', properties: { b: { type: 'string' } } },
      ],
    };
    const portuguese = await mountForm({ schema: untitled, locale: 'pt-BR' });
    expect(labels(shadowOf(portuguese), '.alternatives label')).toEqual(['Opção 1', 'Opção 2']);
    cleanPage();
    const english = await mountForm({ schema: untitled, locale: 'en' });
    expect(labels(shadowOf(english), '.alternatives label')).toEqual(['Option 1', 'Option 2']);
  });

  it('offers many branches in a labelled select', async () => {
    const many = {
      type: 'object',
      oneOf: Array.from({ length: 7 }, (_, index) => ({
        title: `Tipo ${index + 1}`,
        properties: { [`field${index}`]: { type: 'string' } },
        required: [`field${index}`],
      })),
    };
    const element = await mountForm({ schema: many, value: { field3: 'x' }, locale: 'pt-BR' });
    const root = shadowOf(element);
    const select = root.querySelector<HTMLSelectElement>('.alternatives select')!;
    expect(select.labels?.[0]?.textContent).toBe('Escolha uma opção');
    expect(select.selectedOptions[0]!.textContent).toBe('Tipo 4');
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.selectOptions(select, 'Tipo 6');
    await element.updateComplete;
    expect(root.querySelector('[data-pointer="/field5"]')).not.toBeNull();
    expect(root.querySelector('[data-pointer="/field3"]')).toBeNull();
  });

  it('gives each array item its own choice', async () => {
    const element = await mountForm({
      schema: { type: 'object', properties: { contacts: { type: 'array', title: 'Contatos', items: contact } } },
      value: {
        contacts: [
          { name: 'Ana', cpf: '1' },
          { name: 'ACME', cnpj: '2' },
        ],
      },
      locale: 'pt-BR',
    });
    const root = shadowOf(element);
    const chosen = [...root.querySelectorAll<HTMLInputElement>('.alternatives input:checked')].map((input) =>
      input.labels![0]!.textContent!.trim(),
    );
    expect(chosen).toEqual(['Pessoa', 'Empresa']);
  });

  it('offers the choice on a "none" (`"type": "null"`) branch beside an object, and its fields once picked', async () => {
    const friend = {
      title: 'Melhor amigo',
      oneOf: [
        { title: 'Nenhum', type: 'null' },
        { title: 'Pessoa', type: 'object', properties: { nome: { type: 'string', title: 'Nome' } } },
      ],
    };
    const element = await mountForm({ schema: { type: 'object', properties: { friend } }, locale: 'pt-BR' });
    const root = shadowOf(element);
    expect(radio(root, 'Nenhum').checked).toBe(true);
    expect(root.querySelector('[data-pointer="/friend/nome"]')).toBeNull();
    await userEvent.click(radio(root, 'Pessoa'));
    await element.updateComplete;
    await until(() => root.querySelector('[data-pointer="/friend/nome"] input') !== null);
    await userEvent.fill(root.querySelector<HTMLInputElement>('[data-pointer="/friend/nome"] input')!, 'Bia');
    expect(element.value).toEqual({ friend: { nome: 'Bia' } });
    expect(element.validate()).toBe(true);
    expect(await axeViolations(element)).toEqual([]);
  });
});
