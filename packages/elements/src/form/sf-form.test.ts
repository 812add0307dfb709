import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  axeViolations,
  cleanPage,
  CONTEXT,
  kitchenSinkSchema,
  mountForm,
  shadowOf,
  until,
} from '../internal/fixtures.test-support.js';
import type { SfForm } from './sf-form.component.js';

let schema: Record<string, unknown>;

beforeAll(async () => {
  schema = await kitchenSinkSchema();
});

afterEach(() => {
  cleanPage();
  vi.unstubAllGlobals();
});

const kitchenSink = (options: { locale?: string; attributes?: Record<string, string>; value?: unknown } = {}) =>
  mountForm({ schema, context: CONTEXT, locale: 'pt-BR', ...options });

/** The payload of the next `sf-submit`. */
function nextSubmit(element: SfForm): Promise<unknown> {
  return new Promise((resolve) => {
    element.addEventListener('sf-submit', (event) => resolve(event.detail.value), { once: true });
  });
}

function offset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Waits until `target` has focus inside the form's shadow root (toHaveFocus does not see into shadow roots). */
async function expectFocus(target: { element(): Element }): Promise<void> {
  await expect
    .poll(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    })
    .toBe(target.element());
}

const submitButton = () => page.getByRole('button', { name: 'Enviar' });
const summary = (element: SfForm) => shadowOf(element).querySelector<HTMLElement>('.summary');

describe('<sf-form>', () => {
  it('has no axe violations with the kitchen sink, in the light and the dark scheme', async () => {
    const element = await kitchenSink();
    expect(await axeViolations(element)).toEqual([]);
    element.setAttribute('color-scheme', 'dark');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('has no axe violations while showing errors, in both schemes and both languages', async () => {
    const element = await kitchenSink();
    await submitButton().click();
    await until(() => summary(element));
    await page.getByRole('radio', { name: 'Revogação de token' }).click();
    await page.getByRole('radio', { name: 'Sim' }).click();
    await page.getByRole('button', { name: /Adicionar item/ }).click();
    expect(await axeViolations(element)).toEqual([]);
    element.setAttribute('color-scheme', 'dark');
    expect(await axeViolations(element)).toEqual([]);
    element.locale = 'en';
    await element.updateComplete;
    expect(await axeViolations(element)).toEqual([]);
  });

  it('finds every control by its visible label', async () => {
    await kitchenSink();
    for (const label of [
      /^Chamado para loja/,
      /^Seu nome/,
      /^E-mail \(/,
      /^Site da loja/,
      /^Telefone/,
      /^Quantidade de SKUs/,
      /^Valor do frete/,
      /^Data da troca/,
      /^Horário para contato/,
      /^Agendar retorno/,
      /^Categoria/,
      /^Token de API/,
      /^Anexo \(PDF\)/,
      /^CEP/,
      /^Cidade/,
      /^Cupom/,
      /^Li e aceito os termos/,
      /^Deixe sua mensagem/,
    ]) {
      await expect.element(page.getByLabelText(label)).toBeInTheDocument();
    }
    await expect.element(page.getByRole('group', { name: /^Tipo de pedido/ })).toBeInTheDocument();
    await expect.element(page.getByRole('radio', { name: 'Troca de integradora' })).toBeInTheDocument();
    await expect.element(page.getByRole('group', { name: /^Utiliza frete integrado/ })).toBeInTheDocument();
    await expect.element(page.getByRole('group', { name: 'Contatos' })).toBeInTheDocument();
    await expect.element(page.getByRole('group', { name: 'Endereço' })).toBeInTheDocument();
  });

  it('marks required and optional fields, and renders schema text with dir="auto"', async () => {
    const element = await kitchenSink();
    const label = shadowOf(element).querySelector('label[for$="nome--control"]')!;
    expect(label.textContent).toMatch(/Seu nome\s+\(obrigatório\)/);
    expect(label.querySelector('[dir="auto"]')?.textContent).toBe('Seu nome');
    expect(shadowOf(element).querySelector('label[for$="cupom--control"]')!.textContent).toMatch(/\(opcional\)/);
  });

  it('shows no error at load, checks format when a filled field is left, and emptiness only on submit', async () => {
    const element = await kitchenSink();
    expect(shadowOf(element).querySelector('.error')).toBeNull();
    const name = page.getByLabelText(/^Seu nome/);
    await expect.element(name).not.toHaveAttribute('aria-invalid');
    // Tabbing over an empty required field, or across a radio group, turns nothing red (GOV.UK).
    await name.click();
    await userEvent.tab();
    await page.getByRole('radio', { name: 'Troca de integradora' }).element().focus();
    await userEvent.tab();
    expect(name.element().hasAttribute('aria-invalid')).toBe(false);
    expect(shadowOf(element).querySelector('.error, [data-invalid]')).toBeNull();

    const email = page.getByLabelText(/^E-mail \(/);
    await email.fill('maria');
    await userEvent.tab();
    await expect.element(email).toHaveAttribute('aria-invalid', 'true');
    const error = shadowOf(element).querySelector<HTMLElement>('[data-pointer="/email"] .error')!;
    expect(error.textContent).toMatch(/Erro:\s*Informe um e-mail válido/);
    expect(email.element().getAttribute('aria-describedby')).toContain(error.id);
    // The live region says what went wrong.
    await expect
      .poll(() => shadowOf(element).querySelector('[role=status]')?.textContent)
      .toMatch(/Informe um e-mail válido/);
    // Other fields stay quiet.
    expect(name.element().hasAttribute('aria-invalid')).toBe(false);

    await page.getByRole('button', { name: 'Enviar' }).click();
    await expect.element(name).toHaveAttribute('aria-invalid', 'true');
    expect(shadowOf(element).querySelector('[data-pointer="/nome"] .error')?.textContent).toMatch(
      /Erro:\s*Preencha o campo Seu nome/,
    );
  });

  it('moves nothing but the error text when an inline error appears', async () => {
    const element = await kitchenSink();
    const email = page.getByLabelText(/^E-mail \(/);
    const before = (email.element() as HTMLElement).getBoundingClientRect();
    await email.fill('maria');
    await userEvent.tab();
    await expect.element(email).toHaveAttribute('aria-invalid', 'true');
    const after = (email.element() as HTMLElement).getBoundingClientRect();
    const errorHeight = shadowOf(element)
      .querySelector<HTMLElement>('[data-pointer="/email"] .error')!
      .getBoundingClientRect().height;
    // Same column, same width; lower by the error line and its gap only.
    expect(after.left).toBe(before.left);
    expect(after.width).toBe(before.width);
    expect(after.top - before.top).toBeLessThanOrEqual(errorHeight + 8);
  });

  it('shows one-line plain help as its text and parses help with Markdown or list markers', async () => {
    const element = await mountForm({
      locale: 'pt-BR',
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', description: 'Uma frase simples (sem marcação), com {chaves} e 2 números.   ' },
          b: { type: 'string', description: 'Use **negrito** aqui' },
          c: { type: 'string', description: '- um item' },
          d: { type: 'string', description: '  Começa com espaços' },
          // Longer than parseHelp reads (10 000 UTF-16 units): cut there on either path.
          e: { type: 'string', description: 'a' + '\u{1F600}'.repeat(9999) },
        },
      },
    });
    const help = (key: string) => shadowOf(element).querySelector(`[data-pointer="/${key}"] .help`)!;
    expect(help('a').textContent).toBe('Uma frase simples (sem marcação), com {chaves} e 2 números.');
    expect(help('a').children).toHaveLength(0);
    expect(help('b').querySelector('strong')?.textContent).toBe('negrito');
    expect(help('c').querySelector('ul > li')?.textContent).toBe('um item');
    expect(help('d').textContent).toBe('Começa com espaços');
    expect(help('e').textContent!.trim()).toHaveLength(10_000);
  });

  it('changes help and required marks as soon as the chosen answer changes', async () => {
    const element = await kitchenSink();
    const tokenField = () => shadowOf(element).querySelector<HTMLElement>('[data-pointer="/token"]')!;
    expect(tokenField().querySelector('.help')?.textContent).toMatch(/Opcional: o token só é necessário/);
    expect(tokenField().querySelector('label')?.textContent).toMatch(/\(opcional\)/);

    await page.getByRole('radio', { name: 'Revogação de token' }).click();
    expect(tokenField().querySelector('.help')?.textContent).toMatch(/Cole o token que deve ser revogado/);
    expect(tokenField().querySelector('label')?.textContent).toMatch(/\(obrigatório\)/);

    await page.getByRole('radio', { name: 'Troca de integradora' }).click();
    expect(tokenField().querySelector('.help')?.textContent).toMatch(/Opcional/);
  });

  it('shows each option’s help as a hint under that option before anything is chosen (GOV.UK radios with hints)', async () => {
    const element = await kitchenSink();
    const group = shadowOf(element).querySelector<HTMLElement>('[data-pointer="/tipo"]')!;
    const radio = (name: string) => page.getByRole('radio', { name, exact: true }).element() as HTMLInputElement;
    const hintOf = (input: HTMLInputElement) =>
      shadowOf(element).getElementById(input.getAttribute('aria-describedby')!)!;
    expect(hintOf(radio('Troca de integradora')).textContent).toBe('Informe a nova integradora na mensagem.');
    const revogacaoHint = hintOf(radio('Revogação de token'));
    expect(revogacaoHint.textContent).toMatch(/^O token informado será inativado/);
    // Each hint sits in its own option's row, right under that option's label.
    expect(revogacaoHint.closest('.choice')).toBe(radio('Revogação de token').closest('.choice'));
    expect(radio('Outro').hasAttribute('aria-describedby')).toBe(false);
    const link = revogacaoHint.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://schemaforms.example/token');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.target).toBe('_blank');
    // No second copy in a live region: the hint is said once, with its option.
    expect(group.querySelector('.option-help')).toBeNull();
    await page.getByRole('radio', { name: 'Revogação de token' }).click();
    expect(group.querySelectorAll('.hint')).toHaveLength(2);
    expect(group.querySelector('.option-help')).toBeNull();
  });

  it('makes the whole row of an option a touch target of at least 40×40 px', async () => {
    const element = await kitchenSink();
    const row = page.getByRole('radio', { name: 'Outro', exact: true }).element().closest('.choice') as HTMLElement;
    const box = row.getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(40);
    expect(box.width).toBeGreaterThanOrEqual(40);
    // A click at the row's far end, on no text, chooses the option.
    const x = box.right - 4;
    const y = box.top + box.height / 2;
    const target = shadowOf(element).elementFromPoint(x, y) as HTMLElement;
    target.click();
    expect(element.value).toMatchObject({ tipo: 'outro' });
  });

  it('shows a branch’s fields when it applies and keeps their answers while hidden', async () => {
    const element = await kitchenSink();
    const url = page.getByLabelText(/^URL de Frete/);
    await expect.element(url).not.toBeInTheDocument();
    await page.getByRole('radio', { name: 'Sim' }).click();
    await expect.element(url).toBeInTheDocument();
    expect(url.element().closest('.field')?.textContent).toMatch(/\(obrigatório\)/);
    await url.fill('https://frete.example/calculo');

    await page.getByRole('radio', { name: 'Não' }).click();
    await expect.element(url).not.toBeInTheDocument();
    expect(element.value).not.toHaveProperty('urlFrete');

    await page.getByRole('radio', { name: 'Sim' }).click();
    await expect.element(page.getByLabelText(/^URL de Frete/)).toHaveValue('https://frete.example/calculo');
  });

  it('follows dependentSchemas and dependentRequired', async () => {
    const element = await kitchenSink();
    const origin = page.getByLabelText(/^Onde você recebeu o cupom/);
    await expect.element(origin).not.toBeInTheDocument();
    await page.getByLabelText(/^Cupom/).fill('BEMVINDO');
    await expect.element(origin).toBeInTheDocument();
    expect(origin.element().closest('.field')?.textContent).toMatch(/\(obrigatório\)/);
    await page.getByLabelText(/^Cupom/).fill('');
    await expect.element(origin).not.toBeInTheDocument();

    const time = () => shadowOf(element).querySelector('[data-pointer="/horario"] label')!.textContent;
    expect(time()).toMatch(/\(opcional\)/);
    await page.getByLabelText(/^Telefone/).fill('11 5555-0000');
    await expect.poll(time).toMatch(/\(obrigatório\)/);

    const city = () => shadowOf(element).querySelector('[data-pointer="/endereco/cidade"] label')!.textContent;
    expect(city()).toMatch(/\(opcional\)/);
    await page.getByLabelText(/^CEP/).fill('01310-100');
    await expect.poll(city).toMatch(/\(obrigatório\)/);
  });

  it('on a failed submit shows the summary and inline errors, focuses the summary, and keeps every answer', async () => {
    const element = await kitchenSink();
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await page.getByLabelText(/^E-mail \(/).fill('maria@');
    await submitButton().click();

    const box = await until(() => summary(element));
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.querySelector('h2')?.textContent).toBe('Há um problema');
    await expect.poll(() => shadowOf(element).activeElement).toBe(box);
    const links = [...box.querySelectorAll('a')].map((a) => a.textContent?.trim());
    expect(links).toEqual([
      'Informe um e-mail válido, como nome@exemplo.com',
      'Escolha uma opção em: Tipo de pedido',
      'Marque a caixa: Li e aceito os termos',
    ]);

    await expect.element(page.getByLabelText(/^E-mail \(/)).toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
    await expect.element(page.getByLabelText(/^E-mail \(/)).toHaveValue('maria@');
    expect(shadowOf(element).querySelectorAll('.field .error').length).toBe(3);

    await page.getByRole('link', { name: 'Escolha uma opção em: Tipo de pedido' }).click();
    expect(shadowOf(element).activeElement).toBe(page.getByRole('radio', { name: 'Troca de integradora' }).element());
    await page.getByRole('link', { name: /Informe um e-mail válido/ }).click();
    expect(shadowOf(element).activeElement).toBe(page.getByLabelText(/^E-mail \(/).element());
  });

  it('drops a fixed error from the summary and submits the exact pruned payload once all is fixed', async () => {
    const element = await kitchenSink();
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await submitButton().click();
    const box = await until(() => summary(element));
    await page.getByLabelText(/^E-mail \(/).fill('maria@example.com');
    await expect.poll(() => box.textContent).not.toMatch(/Preencha o campo E-mail/);
    await page.getByRole('radio', { name: 'Outro' }).click();
    await page.getByLabelText(/^Li e aceito os termos/).click();
    // An answer in a branch that then closes is not submitted.
    await page.getByRole('radio', { name: 'Sim' }).click();
    await page.getByLabelText(/^URL de Frete/).fill('https://frete.example/x');
    await page.getByRole('radio', { name: 'Não' }).click();

    const payload = nextSubmit(element);
    await submitButton().click();
    await expect(payload).resolves.toEqual({
      loja: '10231',
      nome: 'Maria',
      email: 'maria@example.com',
      tipo: 'outro',
      usaFrete: false,
      aceite: true,
    });
    expect(summary(element)).toBeNull();
  });

  it('collects every widget kind into the payload', async () => {
    const element = await kitchenSink();
    await page.getByRole('button', { name: 'Trocar de loja' }).click();
    const store = page.getByLabelText(/^Chamado para loja/);
    await expectFocus(store);
    await store.selectOptions('Casa Conforto Outlet (20877)');
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await page.getByLabelText(/^E-mail \(/).fill('maria@example.com');
    await page.getByLabelText(/^Site da loja/).fill('https://loja.example');
    await page.getByLabelText(/^Telefone/).fill('11 5555-0000');
    await page.getByLabelText(/^Quantidade de SKUs/).fill('150');
    await page.getByLabelText(/^Valor do frete/).fill('12,50');
    await page.getByLabelText(/^Data da troca/).fill('2026-03-10');
    await page.getByLabelText(/^Horário para contato/).fill('14:30');
    await page.getByLabelText(/^Agendar retorno/).fill('2026-03-10T09:15');
    await page.getByRole('radio', { name: 'Revogação de token' }).click();
    await page.getByLabelText(/^Categoria/).selectOptions('Token');
    await page.getByRole('radio', { name: 'Sim' }).click();
    await page.getByLabelText(/^URL de Frete/).fill('https://frete.example/calculo');
    await page.getByLabelText(/^Token de API/).fill('tok_abcdef123456');
    await page
      .getByLabelText(/^Anexo/)
      .upload(new File(['%PDF-1.4 teste'], 'comprovante.pdf', { type: 'application/pdf' }));
    await expect
      .poll(() => shadowOf(element).querySelector('.file-name')?.textContent)
      .toBe('Arquivo anexado: comprovante.pdf');
    await page.getByRole('button', { name: /Adicionar item/ }).click();
    await page.getByLabelText(/^E-mail do contato/).fill('ana@example.com');
    await page.getByLabelText(/^CEP/).fill('01310-100');
    await page.getByLabelText(/^Cidade/).fill('São Paulo');
    await page.getByLabelText(/^Cupom/).fill('BEMVINDO');
    await page.getByLabelText(/^Onde você recebeu o cupom/).fill('E-mail');
    await page.getByLabelText(/^Li e aceito os termos/).click();
    await page.getByLabelText(/^Deixe sua mensagem/).fill('Olá 😀');

    const payload = nextSubmit(element);
    await submitButton().click();
    await expect(payload).resolves.toEqual({
      loja: '20877',
      nome: 'Maria',
      email: 'maria@example.com',
      site: 'https://loja.example',
      telefone: '11 5555-0000',
      quantidade: 150,
      valor: 12.5,
      data: '2026-03-10',
      horario: `14:30:00${offset(new Date())}`,
      agendamento: `2026-03-10T09:15:00${offset(new Date('2026-03-10T09:15'))}`,
      tipo: 'revogacao',
      categoria: 'Token',
      usaFrete: true,
      urlFrete: 'https://frete.example/calculo',
      token: 'tok_abcdef123456',
      anexo: btoa('%PDF-1.4 teste'),
      contatos: [{ email: 'ana@example.com' }],
      endereco: { cep: '01310-100', cidade: 'São Paulo' },
      cupom: 'BEMVINDO',
      origemCupom: 'E-mail',
      aceite: true,
      mensagem: 'Olá 😀',
    });
  });

  it('shows the errors of nested fields once they are left and after a submit', async () => {
    const element = await kitchenSink();
    await page.getByLabelText(/^CEP/).fill('abc');
    await userEvent.tab();
    await expect.element(page.getByLabelText(/^CEP/)).toHaveAttribute('aria-invalid', 'true');
    expect(shadowOf(element).querySelector('[data-pointer="/endereco/cep"] .error')?.textContent).toMatch(/CEP/);

    await page.getByRole('button', { name: /Adicionar item/ }).click();
    await submitButton().click();
    const box = await until(() => summary(element));
    expect(box.textContent).toContain('Preencha o campo E-mail do contato');
    await expect.element(page.getByLabelText(/^E-mail do contato/)).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('link', { name: 'Preencha o campo E-mail do contato' }).click();
    expect(shadowOf(element).activeElement).toBe(page.getByLabelText(/^E-mail do contato/).element());
  });

  it('submits on Enter in a text input', async () => {
    const element = await kitchenSink();
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await userEvent.keyboard('{Enter}');
    await until(() => summary(element));
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
  });

  it('counts characters by code point, as the validation does', async () => {
    const element = await kitchenSink();
    const counter = shadowOf(element).querySelector<HTMLElement>('[data-pointer="/mensagem"] .counter')!;
    expect(counter.textContent?.trim()).toBe('0 de 500 caracteres');
    await page.getByLabelText(/^Deixe sua mensagem/).fill('Olá 😀 tudo bem');
    await expect.poll(() => counter.textContent?.trim()).toBe('14 de 500 caracteres');
    expect(
      page
        .getByLabelText(/^Deixe sua mensagem/)
        .element()
        .getAttribute('aria-describedby'),
    ).toContain(counter.id);
  });

  it('shows the current x-context choice as text with its change button', async () => {
    const element = await kitchenSink();
    const current = shadowOf(element).querySelector('output')!;
    expect(current.textContent).toBe('Casa Conforto Utilidades (10231)');
    await expect
      .element(page.getByLabelText(/^Chamado para loja/))
      .toHaveTextContent('Casa Conforto Utilidades (10231)');
    await page.getByRole('button', { name: 'Trocar de loja' }).click();
    const select = page.getByLabelText(/^Chamado para loja/);
    await expectFocus(select);
    expect(select.element().tagName).toBe('SELECT');
    await expect.element(select).toHaveDisplayValue('Casa Conforto Utilidades (10231)');
  });

  it('masks the secret, never autofills it, and keeps it out of `value` and `input` events', async () => {
    const element = await kitchenSink();
    const token = page.getByLabelText(/^Token de API/);
    await expect.element(token).toHaveAttribute('type', 'password');
    await expect.element(token).toHaveAttribute('autocomplete', 'new-password');
    const seen: unknown[] = [];
    element.addEventListener('input', () => seen.push(element.value));
    await token.fill('tok_secret_123');
    expect(JSON.stringify(seen)).not.toContain('tok_secret');
    expect(JSON.stringify(element.value)).not.toContain('tok_secret');

    await page.getByRole('button', { name: 'Mostrar Token de API' }).click();
    await expect.element(token).toHaveAttribute('type', 'text');
    await expect.element(token).toHaveAttribute('autocomplete', 'off');
    await expect.element(page.getByRole('button', { name: 'Ocultar Token de API' })).toBeInTheDocument();
    await expect.element(token).toHaveValue('tok_secret_123');
  });

  it('toggles a secret nested in a group', async () => {
    await mountForm({
      locale: 'pt-BR',
      schema: {
        type: 'object',
        properties: {
          conta: {
            type: 'object',
            title: 'Conta',
            properties: { senha: { type: 'string', title: 'Senha', writeOnly: true } },
          },
        },
      },
    });
    await page.getByRole('button', { name: 'Mostrar Senha' }).click();
    await expect.element(page.getByLabelText(/^Senha/)).toHaveAttribute('type', 'text');
  });

  it('never pre-fills a secret from the initial value', async () => {
    await kitchenSink({ value: { nome: 'Maria', token: 'tok_from_host' } });
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
    await expect.element(page.getByLabelText(/^Token de API/)).toHaveValue('');
  });

  it('adds, moves and removes list items with named buttons and keeps focus where the person works', async () => {
    const element = await kitchenSink();
    const group = page.getByRole('group', { name: 'Contatos' });
    await group.getByRole('button', { name: 'Adicionar item em Contatos' }).click();
    const first = group.getByLabelText(/^Nome do contato/);
    await expectFocus(first);
    await first.fill('Ana');
    await group.getByRole('button', { name: 'Adicionar item em Contatos' }).click();
    await expectFocus(group.getByLabelText(/^Nome do contato/).nth(1));
    await group
      .getByLabelText(/^Nome do contato/)
      .nth(1)
      .fill('Bia');

    await group.getByRole('button', { name: 'Mover para cima Item 2' }).click();
    await expect
      .poll(() => (element.value as { contatos: { nome: string }[] }).contatos.map((c) => c.nome))
      .toEqual(['Bia', 'Ana']);
    // The moved item is now first: focus lands on its remaining move button.
    await expectFocus(group.getByRole('button', { name: 'Mover para baixo Item 1' }));
    await expect
      .poll(() => shadowOf(element).querySelector('[role=status]')?.textContent)
      .toMatch(/Item 2 movido para a posição 1/);

    await group.getByRole('button', { name: 'Remover Item 1' }).click();
    await expect
      .poll(() => (element.value as { contatos: { nome: string }[] }).contatos.map((c) => c.nome))
      .toEqual(['Ana']);
    await expectFocus(group.getByRole('button', { name: 'Remover Item 1' }));
    await group.getByRole('button', { name: 'Remover Item 1' }).click();
    await expectFocus(group.getByRole('button', { name: 'Adicionar item em Contatos' }));
  });

  it('offers no remove button at minItems, and moves focus to add when the last removable item goes', async () => {
    await mountForm({
      schema: {
        type: 'object',
        properties: {
          telefones: {
            type: 'array',
            title: 'Telefones',
            minItems: 1,
            items: { type: 'string', title: 'Telefone', maxLength: 20 },
          },
        },
      },
      value: { telefones: ['1111'] },
      locale: 'pt-BR',
    });
    const group = page.getByRole('group', { name: 'Telefones' });
    await expect.element(group.getByRole('button', { name: /^Remover/ })).not.toBeInTheDocument();
    await group.getByRole('button', { name: 'Adicionar item em Telefones' }).click();
    await expect.poll(() => group.getByRole('button', { name: /^Remover/ }).elements().length).toBe(2);
    await group.getByRole('button', { name: 'Remover Item 2' }).click();
    await expect.element(group.getByRole('button', { name: /^Remover/ })).not.toBeInTheDocument();
    await expectFocus(group.getByRole('button', { name: 'Adicionar item em Telefones' }));
  });

  it('attaches a file as base64 and removes it again', async () => {
    const element = await kitchenSink();
    await page.getByLabelText(/^Anexo/).upload(new File(['abc'], 'a.pdf', { type: 'application/pdf' }));
    await expect.poll(() => (element.value as { anexo?: string }).anexo).toBe(btoa('abc'));
    await page.getByRole('button', { name: 'Remover arquivo' }).click();
    await expect.poll(() => (element.value as { anexo?: string }).anexo).toBeUndefined();
    await expectFocus(page.getByLabelText(/^Anexo/));
  });

  it('lets input and change events bubble out of the element', async () => {
    const element = await kitchenSink();
    const events: string[] = [];
    document.body.addEventListener('input', (event) => events.push(`input:${(event.target as Element).localName}`));
    document.body.addEventListener('change', (event) => events.push(`change:${(event.target as Element).localName}`));
    await page.getByLabelText(/^Seu nome/).fill('M');
    await userEvent.tab();
    await page.getByRole('radio', { name: 'Outro' }).click();
    expect(events).toContain('input:sf-form');
    expect(events).toContain('change:sf-form');
    console.log(JSON.stringify(element.value), JSON.stringify(events));
    expect(element.value).toMatchObject({ nome: 'M', tipo: 'outro' });
  });

  it('moves through a radio group with the arrow keys', async () => {
    const element = await kitchenSink();
    await page.getByRole('radio', { name: 'Troca de integradora' }).click();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('radio', { name: 'Revogação de token' })).toBeChecked();
    expect(element.value).toMatchObject({ tipo: 'revogacao' });
    await userEvent.keyboard('{ArrowDown}');
    expect(element.value).toMatchObject({ tipo: 'outro' });
  });

  it('starts at once from a precompiled form, without a compiler', async () => {
    const validate = Object.assign((data: unknown) => typeof (data as { a?: unknown }).a !== 'number', {
      errors: null,
    });
    const element = document.createElement('sf-form');
    element.locale = 'pt-BR';
    element.schema = {
      schema: { type: 'object', properties: { a: { type: 'string', title: 'Pré-compilado' } } },
      validate,
      subschemas: {},
    };
    document.body.append(element);
    await element.updateComplete;
    expect(shadowOf(element).querySelector('.loading')).toBeNull();
    await expect.element(page.getByLabelText(/^Pré-compilado/)).toBeInTheDocument();
  });

  it('speaks English when asked, and follows the nearest lang ancestor', async () => {
    const element = await kitchenSink({ locale: 'en' });
    await expect.element(page.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
    expect(shadowOf(element).querySelector('.counter')?.textContent?.trim()).toBe('0 of 500 characters');
    await page.getByRole('button', { name: 'Submit' }).click();
    await until(() => summary(element));
    expect(summary(element)!.querySelector('h2')?.textContent).toBe('There is a problem');
    expect(summary(element)!.textContent).toMatch(/Fill in the field Seu nome|Choose an option for: Tipo de pedido/);
    cleanPage();

    const wrapper = document.createElement('main');
    wrapper.lang = 'en-GB';
    document.body.append(wrapper);
    await mountForm({ schema, context: CONTEXT, parent: wrapper });
    await expect.element(page.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
    wrapper.lang = 'pt-BR';
    const form = wrapper.querySelector('sf-form')!;
    form.requestUpdate();
    await expect.element(page.getByRole('button', { name: 'Enviar' })).toBeInTheDocument();
  });

  it('speaks pt-BR when nothing says otherwise', async () => {
    const html = document.documentElement;
    const lang = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      await mountForm({ schema, context: CONTEXT });
      await expect.element(submitButton()).toBeInTheDocument();
    } finally {
      if (lang !== null) html.setAttribute('lang', lang);
    }
  });

  it('shows no loading message while a plain schema is read (its fields come before Ajv, issue #18)', async () => {
    const element = document.createElement('sf-form');
    element.locale = 'pt-BR';
    element.schema = { type: 'object', properties: { a: { type: 'string', title: 'A fresh schema' } } };
    document.body.append(element);
    await element.updateComplete;
    expect(shadowOf(element).querySelector('.loading')).toBeNull();
    await expect.element(page.getByLabelText(/^A fresh schema/)).toBeInTheDocument();
  });
});

describe('<sf-form> with a bad schema', () => {
  async function failing(options: { schema?: unknown; attributes?: Record<string, string> }) {
    const errors: { kind: string; message: string }[] = [];
    document.addEventListener('sf-error', (event) => errors.push(event.detail), { once: true });
    const element = await mountForm({ locale: 'pt-BR', ...options });
    await until(() => errors.length > 0);
    return { element, error: errors[0]! };
  }

  it('shows a readable message and fires sf-error for an unsupported schema', async () => {
    const { element, error } = await failing({
      schema: { type: 'object', properties: { a: { type: 'strin' } } },
    });
    expect(error.kind).toBe('schema');
    const fallback = shadowOf(element).querySelector('.fallback')!;
    expect(fallback.textContent).toContain('Este formulário está temporariamente indisponível.');
    expect(fallback.querySelector('details pre')?.textContent).toBe(error.message);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('falls back when schema-src cannot be fetched', async () => {
    const { element, error } = await failing({ attributes: { 'schema-src': '/nope/missing.schema.json' } });
    expect(error).toMatchObject({ kind: 'schema' });
    expect(error.message).toMatch(/404/);
    expect(shadowOf(element).querySelector('.fallback')).not.toBeNull();
  });

  it('falls back when schema-src is not JSON', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"type": "object",', { status: 200 })));
    const { element, error } = await failing({ attributes: { 'schema-src': '/broken.schema.json' } });
    expect(error).toMatchObject({ kind: 'schema', code: 'invalid-json' });
    expect(error.message).toMatch(
      /^\/broken\.schema\.json:1:19: invalid-json at #: The schema is not valid JSON at line 1, column 19:/,
    );
    expect(shadowOf(element).querySelector('.fallback')?.textContent).toContain('temporariamente indisponível');
  });

  it('loads a schema from schema-src', async () => {
    await mountForm({
      attributes: { 'schema-src': '/demo/samples/kitchen-sink.schema.json' },
      context: CONTEXT,
      locale: 'pt-BR',
    });
    await expect.element(page.getByLabelText(/^Seu nome/)).toBeInTheDocument();
  });

  it('takes a pasted code with the spaces around it whole, however short its maxLength (C17)', async () => {
    const element = await mountForm({
      locale: 'en',
      schema: {
        type: 'object',
        properties: { c: { type: 'string', title: 'Code', minLength: 4, maxLength: 4, 'x-code': true } },
      },
    });
    await page.getByLabelText(/^Code/).fill('          ABCD  ');
    await expect.element(page.getByLabelText(/^Code/)).toHaveValue('          ABCD  ');
    expect(element.validate()).toBe(true);
  });

  it("counts a long code's characters as they are checked, without the spaces pasted around it (C17)", async () => {
    const element = await mountForm({
      locale: 'en',
      schema: {
        type: 'object',
        properties: { chave: { type: 'string', title: 'Chave', maxLength: 300, 'x-code': true } },
      },
    });
    const control = page.getByLabelText(/^Chave/);
    await control.fill('\n  ABC DEF  \n\n');
    const field = shadowOf(element).querySelector('[data-pointer="/chave"]')!;
    await expect.poll(() => field.querySelector('.counter')?.textContent?.trim()).toBe('7 of 300 characters');
    const textarea = control.element() as HTMLTextAreaElement;
    expect([textarea.value, textarea.spellcheck, textarea.getAttribute('autocapitalize')]).toEqual([
      '\n  ABC DEF  \n\n',
      false,
      'off',
    ]);
  });

  it('shows markup in property names and template syntax only as text, in fields and in the error summary (B6, B7)', async () => {
    const key = '<img src=x onerror="window.__pwned=1">';
    const template = "{{constructor.constructor('window.__pwned=1')()}}";
    const element = await mountForm({
      locale: 'pt-BR',
      schema: {
        type: 'object',
        properties: {
          [key]: { type: 'string', minLength: 1 },
          t: { type: 'string', title: template, description: `Ajuda ${template}`, minLength: 1 },
        },
        required: [key, 't'],
      },
    });
    element.validate();
    await element.updateComplete;
    const root = shadowOf(element);
    expect(root.querySelector('img, script')).toBeNull();
    const summary = root.querySelector('.summary')!;
    // The name is made readable ("window.__pwned" → "window pwned"), and shown as text.
    expect(summary.textContent).toContain('Preencha o campo <img src=x onerror="window pwned=1">');
    expect(summary.textContent).toContain(template);
    expect(root.querySelector('[data-pointer="/t"]')!.textContent).toContain(`Ajuda ${template}`);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('renders an unsupported field as a neutral notice and schema text only as text', async () => {
    const element = await mountForm({
      locale: 'pt-BR',
      schema: {
        type: 'object',
        title: '<img src=x onerror="window.__pwned=1">',
        properties: {
          ok: {
            type: 'string',
            title: '<script>window.__pwned=1</script>',
            description: '<b>not bold</b> [x](javascript:alert(1))',
          },
          both: { $dynamicRef: '#m', title: 'Sim ou lista' },
        },
        $defs: { m: { $dynamicAnchor: 'm', type: 'string' } },
      },
    });
    const root = shadowOf(element);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.querySelector('.title')?.textContent).toBe('<img src=x onerror="window.__pwned=1">');
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    const notice = root.querySelector('[data-pointer="/both"]')!;
    expect(notice.textContent).toContain('Sim ou lista');
    expect(notice.textContent).toContain('Esta pergunta não pode ser exibida.');
    expect(await axeViolations(element)).toEqual([]);
  });
});
