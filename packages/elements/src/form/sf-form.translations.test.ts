import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { axeViolations, cleanPage, mountForm, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfForm } from './sf-form.component.js';

/**
 * A pt-BR form with its English texts (`x-i18n`): root title, labels, Markdown help, option labels and
 * their help, a field shown by a branch, and `x-errorMessage`.
 */
const disputa = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Contestação de repasse',
  'x-lang': 'pt-BR',
  'x-i18n': { en: { title: 'Payout dispute' } },
  type: 'object',
  properties: {
    numeroPedido: {
      type: 'string',
      title: 'Número do pedido',
      description: 'Fica em *Pedidos*, ao lado da data.',
      maxLength: 12,
      pattern: '^\\d+$',
      'x-errorMessage': { pattern: 'Use só algarismos no número do pedido' },
      'x-i18n': {
        en: {
          title: 'Order number',
          description: 'Found under *Orders*, next to the date.',
          'x-errorMessage': { pattern: 'Use digits only in the order number' },
        },
      },
    },
    motivo: {
      type: 'string',
      title: 'Motivo da contestação',
      'x-i18n': { en: { title: 'Reason for the dispute' } },
      oneOf: [
        {
          const: 'nao-recebido',
          title: 'Repasse não recebido',
          description: 'O valor não chegou à conta.',
          'x-i18n': { en: { title: 'Payout not received', description: 'The amount never reached the account.' } },
        },
        {
          const: 'outro',
          title: 'Outro motivo',
          'x-i18n': { en: { title: 'Another reason' } },
        },
      ],
    },
  },
  required: ['numeroPedido', 'motivo'],
  if: { properties: { motivo: { const: 'outro' } }, required: ['motivo'] },
  then: {
    properties: {
      detalhe: {
        type: 'string',
        maxLength: 300,
        title: 'Conte o que aconteceu',
        'x-i18n': { en: { title: 'Tell us what happened' } },
      },
    },
    required: ['detalhe'],
  },
} as const;

/** Every text of the form in each language, as a person reads them on the page. */
const TEXTS = {
  'pt-BR': [
    'Contestação de repasse',
    'Número do pedido',
    'Pedidos',
    'Motivo da contestação',
    'Repasse não recebido',
    'O valor não chegou à conta.',
    'Outro motivo',
    'Conte o que aconteceu',
    'Use só algarismos no número do pedido',
  ],
  en: [
    'Payout dispute',
    'Order number',
    'Orders',
    'Reason for the dispute',
    'Payout not received',
    'The amount never reached the account.',
    'Another reason',
    'Tell us what happened',
    'Use digits only in the order number',
  ],
} as const;

/** The error sentences that embed a label, as the summary and the field show them. */
const REQUIRED_DETAIL = {
  'pt-BR': 'Preencha o campo Conte o que aconteceu',
  en: 'Fill in the field Tell us what happened',
};

afterEach(cleanPage);

/** The text a person sees in the form (styles left out). */
function visibleText(element: SfForm): string {
  const walker = document.createTreeWalker(shadowOf(element), NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.parentElement?.localName !== 'style') parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Mounts the form under a `lang` wrapper, answers so every text shows, and sends it to show the errors. */
async function filledIn(lang: 'pt-BR' | 'en'): Promise<{ element: SfForm; wrapper: HTMLElement }> {
  const wrapper = document.createElement('main');
  wrapper.lang = lang;
  document.body.append(wrapper);
  const element = await mountForm({
    schema: disputa,
    parent: wrapper,
    value: { numeroPedido: 'A-12', motivo: 'outro' },
  });
  element.validate();
  await element.updateComplete;
  await until(() => shadowOf(element).querySelector('.summary'));
  return { element, wrapper };
}

/** Asserts the form reads wholly in `lang`: every text of that language, none of the other one. */
function expectOnlyIn(element: SfForm, lang: 'pt-BR' | 'en'): void {
  const other = lang === 'en' ? 'pt-BR' : 'en';
  const text = visibleText(element);
  for (const expected of TEXTS[lang]) expect(text).toContain(expected);
  for (const foreign of TEXTS[other]) expect(text).not.toContain(foreign);
  const summary = shadowOf(element).querySelector('.summary')!.textContent!.replace(/\s+/g, ' ');
  expect(summary).toContain(REQUIRED_DETAIL[lang]);
  expect(summary).toContain(TEXTS[lang][8]);
  const inline = [...shadowOf(element).querySelectorAll('[part="error-text"]')].map((error) =>
    error.textContent!.trim(),
  );
  const prefix = lang === 'en' ? 'Error: ' : 'Erro: ';
  expect(inline.sort()).toEqual([prefix + REQUIRED_DETAIL[lang], prefix + TEXTS[lang][8]].sort());
  expect(inline.join(' ')).not.toContain(REQUIRED_DETAIL[other]);
}

describe('<sf-form> with texts in two languages (x-i18n)', () => {
  it('has no axe violations in English and in pt-BR', async () => {
    const english = await filledIn('en');
    expect(await axeViolations(english.element)).toEqual([]);
    cleanPage();
    const portuguese = await filledIn('pt-BR');
    expect(await axeViolations(portuguese.element)).toEqual([]);
  });

  it('reads wholly in English on an English page: labels, help, options, summary and inline errors', async () => {
    const { element } = await filledIn('en');
    expectOnlyIn(element, 'en');
    await expect.element(page.getByRole('textbox', { name: 'Order number' })).toBeInTheDocument();
    await expect.element(page.getByRole('radio', { name: 'Payout not received' })).toBeInTheDocument();
    expect(shadowOf(element).querySelector('.help em')?.textContent).toBe('Orders');
  });

  it('reads wholly in pt-BR on a pt-BR page', async () => {
    const { element } = await filledIn('pt-BR');
    expectOnlyIn(element, 'pt-BR');
    await expect.element(page.getByRole('textbox', { name: 'Número do pedido' })).toBeInTheDocument();
  });

  it('takes en-US as English', async () => {
    const wrapper = document.createElement('main');
    wrapper.lang = 'en-US';
    document.body.append(wrapper);
    await mountForm({ schema: disputa, parent: wrapper });
    await expect.element(page.getByRole('textbox', { name: 'Order number' })).toBeInTheDocument();
  });

  it('shows the texts again in the new language when the page language changes, keeping the answers', async () => {
    const { element, wrapper } = await filledIn('pt-BR');
    wrapper.lang = 'en';
    await until(() => visibleText(element).includes('Order number'));
    await element.updateComplete;
    expectOnlyIn(element, 'en');
    expect(page.getByRole('textbox', { name: 'Order number' }).element()).toHaveProperty('value', 'A-12');
    element.locale = 'pt-BR';
    await element.updateComplete;
    expectOnlyIn(element, 'pt-BR');
  });
});
