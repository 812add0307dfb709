import type { Catalog, JsonSchemaObject } from '@schemaforms/core';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import './sf-ticket.js';
import type { SfTicket } from './sf-ticket.component.js';
import { until } from '../internal/fixtures.test-support.js';

const STORES = {
  stores: [
    { value: '10231', label: 'Loja Centro (10231)' },
    { value: '20877', label: 'Loja Outlet (20877)' },
  ],
  store: '10231',
};

const troca: JsonSchemaObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Troca de fornecedor',
  'x-category': 'Cadastro',
  type: 'object',
  properties: {
    loja: {
      type: 'string',
      title: 'Loja',
      maxLength: 40,
      'x-context': { options: '/stores', default: '/store', changeLabel: 'Trocar de loja' },
    },
    fornecedor: { type: 'string', title: 'Fornecedor atual', minLength: 1, maxLength: 40 },
    encerrar: {
      type: 'boolean',
      title: 'Encerrar o contrato?',
      oneOf: [
        {
          const: true,
          title: 'Sim',
          description:
            '[Abrir chamado de encerramento](?assunto=contratos/encerramento&loja={/loja}&fornecedor={/fornecedor})',
        },
        { const: false, title: 'Não', description: 'O contrato segue ativo.' },
      ],
    },
  },
  required: ['loja', 'fornecedor'],
};

const encerramento: JsonSchemaObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Encerramento de contrato',
  'x-category': 'Contratos',
  type: 'object',
  properties: {
    loja: { type: 'string', title: 'Loja do contrato', maxLength: 40 },
    fornecedor: { type: 'string', title: 'Fornecedor', maxLength: 40 },
    senha: { type: 'string', title: 'Senha do painel', writeOnly: true, maxLength: 40 },
  },
  required: ['fornecedor'],
};

const duvida: JsonSchemaObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Dúvida sobre cadastro',
  'x-category': 'Cadastro',
  type: 'object',
  properties: { pergunta: { type: 'string', title: 'Sua pergunta', minLength: 1, maxLength: 500 } },
  required: ['pergunta'],
};

function catalogOf(failing: string[] = []): Catalog {
  const entry = (id: string, schema: JsonSchemaObject) => ({
    id,
    category: schema['x-category'] as string,
    title: schema.title as string,
    load: async () => {
      if (failing.includes(id)) throw new Error(`cannot load ${id}`);
      return schema;
    },
  });
  return {
    subjects: [
      entry('cadastro/troca-de-fornecedor', troca),
      entry('cadastro/duvida-sobre-cadastro', duvida),
      entry('contratos/encerramento', encerramento),
    ],
  };
}

const startUrl = location.href;

async function mount(options: { catalog?: Catalog; attributes?: Record<string, string> } = {}): Promise<SfTicket> {
  const element = document.createElement('sf-ticket');
  for (const [name, value] of Object.entries(options.attributes ?? { action: '/api/tickets' })) {
    element.setAttribute(name, value);
  }
  if (options.catalog !== null) element.catalog = options.catalog ?? catalogOf();
  element.context = STORES;
  const main = document.createElement('main');
  main.append(element);
  document.body.append(main);
  await element.updateComplete;
  return element;
}

/** The `<sf-form>` the ticket shows, once its fields are rendered. */
async function shownForm(ticket: SfTicket) {
  return until(() => {
    const form = ticket.shadowRoot?.querySelector('sf-form');
    return form?.shadowRoot?.querySelector('.fields') ? form : undefined;
  });
}

async function chooseSubject(category: string, subject: string): Promise<void> {
  await page.getByLabelText('Categoria').selectOptions(category);
  await page.getByLabelText('Assunto').selectOptions(subject);
  await page.getByRole('button', { name: 'Continuar' }).click();
}

/** Whether the element `locator` finds has the focus inside the ticket's shadow root. */
async function expectFocus(ticket: SfTicket, locator: { element(): Element }): Promise<void> {
  await until(() => ticket.shadowRoot?.activeElement === locator.element());
}

async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${JSON.stringify(node.target)}`));
}

function created(number: string, delay = 0) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    return new Response(JSON.stringify({ ticket: { number, subject: 'x', createdAt: new Date().toISOString() } }), {
      status: 201,
      headers: { 'Content-Type': 'application/json' },
    });
  });
}

beforeEach(() => {
  history.replaceState(null, '', startUrl);
});

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  vi.unstubAllGlobals();
  history.replaceState(null, '', startUrl);
});

describe('<sf-ticket>', () => {
  it('has no axe violations on the choice, the form and the receipt', async () => {
    vi.stubGlobal('fetch', created('CH-000042'));
    const ticket = await mount();
    expect(await violations(ticket)).toEqual([]);
    await chooseSubject('Cadastro', 'Dúvida sobre cadastro');
    await shownForm(ticket);
    expect(await violations(ticket)).toEqual([]);
    await page.getByLabelText(/^Sua pergunta/).fill('Como cadastro um kit?');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await expect.element(page.getByText('CH-000042', { exact: true })).toBeVisible();
    expect(await violations(ticket)).toEqual([]);
  });

  it('offers the subjects of the chosen category only, from the catalog alone', async () => {
    await mount();
    const category = page.getByLabelText('Categoria');
    const subject = page.getByLabelText('Assunto');
    await expect.element(subject).toBeDisabled();
    const optionTexts = (select: HTMLSelectElement) => [...select.options].map((option) => option.text.trim());
    expect(optionTexts(category.element() as HTMLSelectElement)).toEqual(['Selecione', 'Cadastro', 'Contratos']);
    await category.selectOptions('Cadastro');
    await expect.element(subject).toBeEnabled();
    expect(optionTexts(subject.element() as HTMLSelectElement)).toEqual([
      'Selecione',
      'Troca de fornecedor',
      'Dúvida sobre cadastro',
    ]);
    await category.selectOptions('Contratos');
    expect(optionTexts(subject.element() as HTMLSelectElement)).toEqual(['Selecione', 'Encerramento de contrato']);
  });

  it("marks Categoria and Assunto required with the same words and style as the form's required fields", async () => {
    const ticket = await mount();
    const category = page.getByRole('combobox', { name: 'Categoria (obrigatório)', exact: true });
    const subject = page.getByRole('combobox', { name: 'Assunto (obrigatório)', exact: true });
    await expect.element(category).toHaveAttribute('aria-required', 'true');
    await expect.element(subject).toHaveAttribute('aria-required', 'true');
    const markOf = (root: ShadowRoot) => {
      const mark = root.querySelector<HTMLElement>('label [part=required-mark]')!;
      const style = getComputedStyle(mark);
      return { text: mark.textContent, weight: style.fontWeight, color: style.color };
    };
    const choiceMark = markOf(ticket.shadowRoot!);
    await chooseSubject('Cadastro', 'Troca de fornecedor');
    const form = await shownForm(ticket);
    expect(choiceMark).toEqual(markOf(form.shadowRoot!));
  });

  it('asks for a category and a subject before Continuar', async () => {
    const ticket = await mount();
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Escolha a categoria e o assunto do chamado.');
    await expectFocus(ticket, page.getByLabelText('Categoria'));
  });

  it("keeps each subject's answers when going back and changing subject", async () => {
    const ticket = await mount();
    await chooseSubject('Cadastro', 'Troca de fornecedor');
    await shownForm(ticket);
    await page.getByLabelText(/^Fornecedor atual/).fill('Fornecedor A');
    await page.getByRole('button', { name: 'Voltar' }).click();
    await expectFocus(ticket, page.getByLabelText('Assunto'));
    await page.getByLabelText('Assunto').selectOptions('Dúvida sobre cadastro');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await shownForm(ticket);
    await page.getByLabelText(/^Sua pergunta/).fill('Outra dúvida');
    await page.getByRole('button', { name: 'Voltar' }).click();
    await page.getByLabelText('Assunto').selectOptions('Troca de fornecedor');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await shownForm(ticket);
    await expect.element(page.getByLabelText(/^Fornecedor atual/)).toHaveValue('Fornecedor A');
  });

  it('posts to {action}/{subject id} once however often Enviar is clicked, then shows the ticket number', async () => {
    const fetch = created('CH-000123', 300);
    vi.stubGlobal('fetch', fetch);
    const ticket = await mount();
    await chooseSubject('Cadastro', 'Troca de fornecedor');
    const form = await shownForm(ticket);
    await page.getByLabelText(/^Fornecedor atual/).fill('Fornecedor A');
    const enviar = form.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!;
    enviar.click();
    enviar.click();
    enviar.click();
    await expect.element(page.getByRole('button', { name: 'Enviando…' })).toBeVisible();
    await expect.element(page.getByText('CH-000123', { exact: true })).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(new URL(String(url)).pathname).toBe('/api/tickets/cadastro/troca-de-fornecedor');
    expect(JSON.parse(String(init?.body))).toEqual({ loja: '10231', fornecedor: 'Fornecedor A' });
    await expectFocus(ticket, page.getByRole('heading', { name: 'Chamado aberto' }));

    await page.getByRole('button', { name: 'Abrir outro chamado' }).click();
    await expect.element(page.getByLabelText('Categoria')).toHaveValue('');
    await chooseSubject('Cadastro', 'Troca de fornecedor');
    await shownForm(ticket);
    await expect.element(page.getByLabelText(/^Fornecedor atual/)).toHaveValue('');
  });

  it('shows the server’s 422 errors on the fields', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          { errors: [{ instancePath: '/fornecedor', message: 'Fornecedor desconhecido.' }] },
          { status: 422 },
        ),
      ),
    );
    const ticket = await mount();
    await chooseSubject('Cadastro', 'Troca de fornecedor');
    await shownForm(ticket);
    await page.getByLabelText(/^Fornecedor atual/).fill('Fornecedor X');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await expect.element(page.getByLabelText(/^Fornecedor atual/)).toHaveAttribute('aria-invalid', 'true');
    expect(page.getByText('Fornecedor desconhecido.').elements().length).toBeGreaterThan(0);
  });

  it('opens the subject named in the address and prefills its top-level string fields, never a secret', async () => {
    history.replaceState(
      null,
      '',
      `${startUrl.split('?')[0]}?assunto=contratos/encerramento&fornecedor=Fornecedor%20B&senha=123&outro=x`,
    );
    const ticket = await mount();
    await shownForm(ticket);
    await expect.element(page.getByLabelText(/^Fornecedor/)).toHaveValue('Fornecedor B');
    await expect.element(page.getByLabelText(/^Senha do painel/)).toHaveValue('');
    await expect.element(page.getByLabelText(/^Senha do painel/)).toHaveAttribute('type', 'password');
  });

  it('opens a help link to another subject in a new tab, leaving the unsent form alone', async () => {
    const ticket = await mount();
    await chooseSubject('Cadastro', 'Troca de fornecedor');
    await shownForm(ticket);
    await page.getByLabelText(/^Fornecedor atual/).fill('Fornecedor A');
    const link = page.getByRole('link', { name: /^Abrir chamado de encerramento/ }).element() as HTMLAnchorElement;
    expect(link.target).toBe('_blank');
    expect(new URL(link.href).searchParams.get('fornecedor')).toBe('Fornecedor A');
    // The ticket does not take the click over: the browser opens the tab (prevented here, no popup in tests).
    const before = history.length;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    expect(history.length).toBe(before);
    await expect.element(page.getByLabelText(/^Fornecedor atual/)).toHaveValue('Fornecedor A');
  });

  it('shows the number once with a copy button, what was sent (secrets masked) and the follow-up, followed in-page', async () => {
    vi.stubGlobal('fetch', created('CH-000777'));
    const writes: string[] = [];
    vi.stubGlobal(
      'navigator',
      Object.create(navigator, { clipboard: { value: { writeText: async (text: string) => void writes.push(text) } } }),
    );
    const ticket = await mount();
    await chooseSubject('Cadastro', 'Troca de fornecedor');
    const form = await shownForm(ticket);
    await page.getByLabelText(/^Fornecedor atual/).fill('Fornecedor A');
    await page.getByRole('radio', { name: 'Sim' }).click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
    await expect.element(page.getByRole('heading', { name: 'Chamado aberto' })).toBeVisible();
    const receipt = ticket.shadowRoot!.querySelector<HTMLElement>('.receipt')!;
    expect(receipt.textContent!.split('CH-000777')).toHaveLength(2);

    await page.getByRole('button', { name: 'Copiar número' }).click();
    expect(writes).toEqual(['CH-000777']);
    await expect.element(page.getByText('Número do chamado copiado.')).toBeVisible();

    const sent = [...receipt.querySelectorAll('.sent > div')].map(
      (row) => `${row.querySelector('dt')!.textContent}: ${row.querySelector('dd')!.textContent}`,
    );
    expect(sent).toEqual(['Loja: Loja Centro (10231)', 'Fornecedor atual: Fornecedor A', 'Encerrar o contrato?: Sim']);
    expect(receipt.textContent).toContain('O que acontece agora');

    const before = history.length;
    await page.getByRole('link', { name: 'Abrir chamado de encerramento' }).click();
    await expect.element(page.getByLabelText(/^Fornecedor/)).toHaveValue('Fornecedor A');
    await expect.element(page.getByLabelText(/^Loja do contrato/)).toHaveValue('10231');
    expect(history.length).toBe(before + 1);
    expect(new URL(location.href).searchParams.get('assunto')).toBe('contratos/encerramento');
  });

  it('reads a JSON catalog from catalog-src and compiles its schemas at runtime', async () => {
    const json = {
      subjects: [
        { id: 'cadastro/duvida-sobre-cadastro', category: 'Cadastro', title: 'Dúvida sobre cadastro', schema: duvida },
      ],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json(json)),
    );
    const ticket = await mount({ catalog: null as unknown as Catalog, attributes: { 'catalog-src': '/catalog.json' } });
    await chooseSubject('Cadastro', 'Dúvida sobre cadastro');
    await shownForm(ticket);
    await expect.element(page.getByLabelText(/^Sua pergunta/)).toBeVisible();
  });

  it('shows a neutral message and fires sf-error when the catalog or a form cannot load', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 500 })),
    );
    const errors: string[] = [];
    document.addEventListener('sf-error', (event) => errors.push(event.detail.kind), { once: true });
    await mount({ catalog: null as unknown as Catalog, attributes: { 'catalog-src': '/catalog.json' } });
    await expect.element(page.getByRole('alert')).toHaveTextContent('Não foi possível carregar os assuntos');
    expect(errors).toEqual(['catalog']);
    document.body.replaceChildren();

    const kinds: string[] = [];
    document.addEventListener('sf-error', (event) => kinds.push(event.detail.kind), { once: true });
    await mount({ catalog: catalogOf(['contratos/encerramento']) });
    await chooseSubject('Contratos', 'Encerramento de contrato');
    await expect.element(page.getByRole('alert')).toHaveTextContent('temporariamente indisponível');
    expect(kinds).toEqual(['schema']);
  });

  it('speaks English with locale="en"', async () => {
    await mount({ attributes: { locale: 'en', action: '/api/tickets' } });
    await expect.element(page.getByLabelText('Category')).toBeVisible();
    await expect.element(page.getByLabelText('Subject')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  });
});
