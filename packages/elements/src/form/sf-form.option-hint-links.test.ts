import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

afterEach(() => cleanPage());

/** A radio whose unchosen option links to a follow-up filled from another answer (the seed's "Manter o Token"). */
const schema = {
  type: 'object',
  properties: {
    loja: { type: 'string', title: 'Loja' },
    manter: {
      type: 'boolean',
      title: 'Manter o Token ativo?',
      oneOf: [
        {
          const: true,
          title: 'Sim',
          description: '[Abrir chamado de Revogação](?assunto=token/revogacao&loja={/loja})',
        },
        { const: false, title: 'Não' },
      ],
    },
  },
};

describe('<sf-form> option hints with links', () => {
  it('fills a hint’s link from the answers as they change, before its option is chosen', async () => {
    const element = await mountForm({ schema, locale: 'pt-BR' });
    const hintLink = () => shadowOf(element).querySelector<HTMLAnchorElement>('[data-pointer="/manter"] .hint a')!;
    const linkedStore = () => new URL(hintLink().href).searchParams.get('loja');
    expect(linkedStore()).toBe('');

    await userEvent.fill(page.getByRole('textbox', { name: /Loja/ }), '10231');
    await element.updateComplete;

    expect(linkedStore()).toBe('10231');
    expect(page.getByRole('radio', { name: 'Sim' }).element()).not.toBeChecked();
  });
});
