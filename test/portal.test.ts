// The seed article's two flows ("Troca de Integradora" and "Revogação de Token"), end to end on the
// demo server: the portal page, <sf-ticket>, <sf-form>, the catalog plugin and the intake.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { DEMO_ADMIN_HEADERS, removeDir, startDemo, type DemoServer } from './support/demo-server.js';
import { choose, field, openTicket, radioGroup } from './support/portal.js';

const TOKEN = 'tok_live_9f8e7d6c5b4a';

let demo: DemoServer;
let browser: Browser;
const logged: string[] = [];

beforeAll(async () => {
  // The intake runs in this process: every line it logs is checked for the secret.
  for (const method of ['info', 'log', 'warn', 'error'] as const) {
    const original = console[method].bind(console);
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
      original(...args);
    });
  }
  demo = await startDemo();
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (demo) await removeDir(demo.dataDir);
  vi.restoreAllMocks();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

async function tickets(): Promise<{ number: string; subject: string; answers: Record<string, unknown> }[]> {
  return (await (await fetch(`${demo.url}/api/tickets`, { headers: DEMO_ADMIN_HEADERS })).json()).tickets;
}

describe('the seller portal demo', () => {
  it('follows the seed: Alteração de integradora with the article’s help, then the prefilled Revogação de Token', async () => {
    const page = await newPage();
    await page.goto(`${demo.url}/`);
    await expect(page.title()).resolves.toMatch(/Suporte/);

    // 1–4: Suporte → Abrir chamado → Categoria / Assunto → Continuar.
    await openTicket(page, 'Dados e configurações da loja', 'Alteração de integradora');
    await page.getByRole('heading', { name: 'Alteração de integradora' }).waitFor();
    await page.getByText('Ao manter o token ativo durante a troca da Integradora/ERP').waitFor();

    // 5: Chamado para loja — the current store, and "Trocar de loja" to pick another.
    await page.locator('sf-ticket').getByText('Casa Conforto Utilidades (10231)').waitFor();
    await page.getByRole('button', { name: 'Trocar de loja' }).click();
    await choose(page, /^Chamado para loja/, 'Casa Conforto Outlet (20877)');

    await field(page, 'Integradora atual').fill('Bling');
    await field(page, 'Nova integradora').fill('Tiny ERP');
    // Pasted with spaces and a zero-width space around it: the ticket stores the code alone (C17).
    await field(page, 'Client ID').fill(' tiny-778899\u200b ');

    // URL de Frete: a plain optional field with the article's help (no invented question before it).
    await expect(page.getByRole('group', { name: /^Utiliza frete/ }).count()).resolves.toBe(0);
    await expect(field(page, 'URL de Frete').getAttribute('aria-describedby')).resolves.toBeTruthy();
    await page.getByText('Caso a nova Integradora/ERP disponibilize e você utilize frete integrado').waitFor();
    await field(page, 'URL de Frete').fill('https://frete.tiny.example/cotacao');

    await field(page, 'URL de Callback').fill('https://api.tiny.example/callback');

    // Descadastrar TODOS os SKUs: the article's rule is readable under each answer before choosing.
    const skus = radioGroup(page, 'Descadastrar TODOS os SKUs da loja?');
    await skus.getByText('enviando novamente seus produtos para o Via Marketplace').waitFor();
    await skus.getByText('sem impactar na operação de sua loja').waitFor();
    await expect(skus.getByRole('radio', { name: 'Sim' }).getAttribute('aria-describedby')).resolves.toBeTruthy();
    await skus.getByRole('radio', { name: 'Não' }).check();

    // Manter o Token ativo: Não inactivates it; Sim keeps it and links to the Revogação ticket.
    const token = radioGroup(page, 'Manter o Token ativo da antiga integradora?');
    await token.getByText('o token da antiga integradora será inativado').waitFor();
    await token.getByText('o token é mantido ativo').waitFor();
    await token.getByRole('radio', { name: 'Sim' }).check();

    await field(page, 'Deixe sua mensagem').fill('Migração agendada para a próxima semana.');

    // The link carries the store and the old integrator, says it is for after the new system is set up,
    // and opens the Revogação form in a new tab: the unsent Alteração form stays as it is.
    const link = page.getByRole('link', {
      name: /^Abrir chamado de Revogação de Token ao finalizar toda a configuração/,
    });
    const href = new URL((await link.getAttribute('href'))!, demo.url);
    expect(href.searchParams.get('assunto')).toBe('token/revogacao-de-token');
    expect(href.searchParams.get('loja')).toBe('20877');
    expect(href.searchParams.get('integradoraAtual')).toBe('Bling');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    tab.on('pageerror', (error) => {
      throw error;
    });
    await expect(field(page, 'Nova integradora').inputValue()).resolves.toBe('Tiny ERP');
    expect(new URL(page.url()).searchParams.has('assunto')).toBe(false);

    await tab.getByRole('heading', { name: 'Revogação de Token' }).waitFor();
    expect(new URL(tab.url()).searchParams.get('assunto')).toBe('token/revogacao-de-token');
    await tab.locator('sf-ticket').getByText('Casa Conforto Outlet (20877)').waitFor();
    await expect(field(tab, 'Integradora Atual').inputValue()).resolves.toBe('Bling');

    // The token is a secret: masked, no autofill, never stored by the page.
    const secret = field(tab, 'Informe o seu Token');
    await expect(secret.getAttribute('type')).resolves.toBe('password');
    await secret.fill(TOKEN);
    await choose(tab, 'Possui pedidos em andamento?', 'Não');
    await tab.getByText('Caso tenha algum pedido que esteja em andamento marque SIM').waitFor();
    await field(tab, 'Deixe sua mensagem').fill('Revogar após a migração.');
    const stored = await tab.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toContain(TOKEN);
    expect(tab.url()).not.toContain(TOKEN);

    // 6: Enviar → the receipt: the number once, what was sent with the token masked.
    const posted = tab.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/tickets/'));
    await tab.getByRole('button', { name: 'Enviar' }).click();
    const response = await posted;
    expect(response.status()).toBe(201);
    expect(new URL(response.url()).pathname).toBe('/api/tickets/token/revogacao-de-token');
    const revogacao = (await response.json()).ticket;
    expect(revogacao.number).toMatch(/^CH-\d{6}$/);
    await tab.getByRole('heading', { name: 'Chamado aberto' }).waitFor();
    await tab.getByText(revogacao.number, { exact: true }).waitFor();
    const receipt = tab.locator('sf-ticket .receipt');
    expect((await receipt.textContent())!.split(revogacao.number)).toHaveLength(2);
    await receipt.getByText('O que acontece agora').waitFor();
    await expect(receipt.textContent()).resolves.toContain('•••••••• (oculto)');
    await expect(receipt.textContent()).resolves.not.toContain(TOKEN);
    await tab.close();

    // Back on the first tab, the Alteração form was never left: Enviar, and the receipt offers the Revogação.
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByRole('heading', { name: 'Chamado aberto' }).waitFor();
    await page.locator('sf-ticket .receipt').getByText('tiny-778899').waitFor();
    await page
      .locator('sf-ticket .receipt')
      .getByRole('link', { name: /^Abrir chamado de Revogação de Token/ })
      .waitFor();

    const all = await tickets();
    const alteracao = all.find((t) => t.subject === 'dados-e-configuracoes-da-loja/alteracao-de-integradora')!;
    expect(alteracao.answers).toEqual({
      loja: '20877',
      integradoraAtual: 'Bling',
      novaIntegradora: 'Tiny ERP',
      clientId: 'tiny-778899',
      urlFrete: 'https://frete.tiny.example/cotacao',
      urlCallback: 'https://api.tiny.example/callback',
      descadastrarSkus: false,
      manterToken: true,
      mensagem: 'Migração agendada para a próxima semana.',
    });
    await page.getByText(`${alteracao.number}`, { exact: true }).waitFor();
    const listed = all.find((t) => t.number === revogacao.number)!;
    expect(listed.answers).toMatchObject({
      loja: '20877',
      integradoraAtual: 'Bling',
      token: '[redacted]',
      pedidosEmAndamento: false,
    });

    // Stored for the help desk, never listed and never logged.
    expect(JSON.stringify(all)).not.toContain(TOKEN);
    expect(await readFile(join(demo.dataDir, 'tickets.jsonl'), 'utf8')).toContain(TOKEN);
    expect(logged.join('\n')).not.toContain(TOKEN);
    await page.close();
  });

  it('follows the receipt’s Revogação follow-up in-page, prefilled with the store and the old integrator', async () => {
    const page = await newPage();
    await page.goto(`${demo.url}/`);
    await openTicket(page, 'Dados e configurações da loja', 'Alteração de integradora');
    await field(page, 'Integradora atual').fill('Olist');
    await field(page, 'Nova integradora').fill('Bling');
    await field(page, 'Client ID').fill('bling-1');
    await choose(page, 'Descadastrar TODOS os SKUs da loja?', 'Não');
    await choose(page, 'Manter o Token ativo da antiga integradora?', 'Sim');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByRole('heading', { name: 'Chamado aberto' }).waitFor();
    const followUp = page
      .locator('sf-ticket .receipt')
      .getByRole('link', { name: /^Abrir chamado de Revogação de Token/ });
    await expect(followUp.getAttribute('target')).resolves.toBeNull();
    await followUp.click();
    await page.getByRole('heading', { name: 'Revogação de Token' }).waitFor();
    await expect(field(page, 'Integradora Atual').inputValue()).resolves.toBe('Olist');
    await page.locator('sf-ticket').getByText('Casa Conforto Utilidades (10231)').waitFor();
    await page.close();
  });

  it('keeps a draft per subject and store across a reload, never the token', async () => {
    const page = await newPage();
    await page.goto(`${demo.url}/`);
    await openTicket(page, 'Token', 'Revogação de Token');
    await field(page, 'Integradora Atual').fill('Tray');
    await field(page, 'Informe o seu Token').fill(TOKEN);
    await field(page, 'Deixe sua mensagem').fill('Rascunho');
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(localStorage).find((key) => key.includes('portal-chamado/10231/token/revogacao-de-token')),
        ),
      )
      .toBeTruthy();
    await page.reload();
    await openTicket(page, 'Token', 'Revogação de Token');
    await expect(field(page, 'Integradora Atual').inputValue()).resolves.toBe('Tray');
    await expect(field(page, 'Deixe sua mensagem').inputValue()).resolves.toBe('Rascunho');
    await expect(field(page, 'Informe o seu Token').inputValue()).resolves.toBe('');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain(TOKEN);
    await page.close();
  });

  it('opens the Revogação form from a shared link on a fresh page, prefilled', async () => {
    const page = await newPage();
    await page.goto(`${demo.url}/?assunto=token/revogacao-de-token&loja=31540&integradoraAtual=Bling&token=nunca`);
    await page.getByRole('heading', { name: 'Revogação de Token' }).waitFor();
    await page.locator('sf-ticket').getByText('Conforto Kids (31540)').waitFor();
    await expect(field(page, 'Integradora Atual').inputValue()).resolves.toBe('Bling');
    // A secret never comes from a URL.
    await expect(field(page, 'Informe o seu Token').inputValue()).resolves.toBe('');
    await page.close();
  });

  it('shows the server’s 422 on the field when the payload is tampered with on the way', async () => {
    const page = await newPage();
    await page.goto(`${demo.url}/`);
    await openTicket(page, 'Dados e configurações da loja', 'Alteração de integradora');
    await field(page, 'Integradora atual').fill('Bling');
    await field(page, 'Nova integradora').fill('Tiny ERP');
    await field(page, 'Client ID').fill('tiny-1');
    await choose(page, 'Descadastrar TODOS os SKUs da loja?', 'Não');
    await choose(page, 'Manter o Token ativo da antiga integradora?', 'Não');
    const before = (await tickets()).length;

    // What the browser validated is changed after it left the form: only the server can catch it.
    await page.route('**/api/tickets/**', async (route) => {
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, clientId: 'x'.repeat(300) }) });
    });
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/tickets/'));
    await page.getByRole('button', { name: 'Enviar' }).click();
    const response = await answered;
    expect(response.status()).toBe(422);
    expect((await response.json()).errors).toEqual([
      expect.objectContaining({ instancePath: '/clientId', message: 'Client ID deve ter no máximo 128 caracteres' }),
    ]);
    await expect.poll(() => field(page, 'Client ID').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Client ID deve ter no máximo 128 caracteres').first().waitFor();
    // Every answer is kept after the rejection.
    await expect(field(page, 'Nova integradora').inputValue()).resolves.toBe('Tiny ERP');
    expect((await tickets()).length).toBe(before);

    // Posted directly, the same tampered ticket is refused too.
    const direct = await page.evaluate(async () => {
      const r = await fetch('/api/tickets', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          subject: 'dados-e-configuracoes-da-loja/alteracao-de-integradora',
          answers: {
            loja: '10231',
            integradoraAtual: 'Bling',
            novaIntegradora: 'Tiny',
            clientId: '1',
            descadastrarSkus: 'talvez',
            manterToken: false,
            urlCallback: 'javascript:alert(1)',
            isAdmin: true,
          },
        }),
      });
      return { status: r.status, body: await r.json() };
    });
    expect(direct.status).toBe(422);
    const pointers = direct.body.errors.map((e: { instancePath: string }) => e.instancePath);
    expect(pointers).toEqual(expect.arrayContaining(['/descadastrarSkus', '/urlCallback']));
    expect((await tickets()).length).toBe(before);
    await page.close();
  });

  it('creates one ticket per Idempotency-Key, however often it is sent', async () => {
    const before = (await tickets()).length;
    const send = (answers: Record<string, unknown>) =>
      fetch(`${demo.url}/api/tickets`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'e2e-replay-1' },
        body: JSON.stringify({ subject: 'token/revogacao-de-token', answers }),
      });
    const answers = { loja: '10231', integradoraAtual: 'Bling', token: 'abc', pedidosEmAndamento: true };
    const responses = await Promise.all([send(answers), send(answers), send(answers)]);
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
    const numbers = await Promise.all(responses.map(async (r) => (await r.json()).ticket.number));
    expect(new Set(numbers).size).toBe(1);
    expect((await tickets()).length).toBe(before + 1);
    const conflict = await send({ ...answers, pedidosEmAndamento: false });
    expect(conflict.status).toBe(422);
    expect((await tickets()).length).toBe(before + 1);
  });

  it('answers 404, 400 and 413 through the dev server', async () => {
    const post = (body: string) =>
      fetch(`${demo.url}/api/tickets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect((await post(JSON.stringify({ subject: 'token/nao-existe', answers: {} }))).status).toBe(404);
    expect((await post('{"subject":')).status).toBe(400);
    expect(
      (
        await post(
          JSON.stringify({ subject: 'token/revogacao-de-token', answers: { mensagem: 'x'.repeat(1_100_000) } }),
        )
      ).status,
    ).toBe(413);
  });

  it('keeps the stored tickets across a restart of the server', async () => {
    const before = await tickets();
    expect(before.length).toBeGreaterThan(0);
    await demo.close();
    demo = await startDemo({ dataDir: demo.dataDir });
    const after = await tickets();
    expect(after.map((t) => t.number)).toEqual(before.map((t) => t.number));
    const next = await fetch(`${demo.url}/api/tickets/token/revogacao-de-token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ loja: '10231', integradoraAtual: 'Bling', token: 'abc', pedidosEmAndamento: false }),
    });
    expect(next.status).toBe(201);
    const last = Number(before.at(-1)!.number.slice(3));
    expect((await next.json()).ticket.number).toBe(`CH-${String(last + 1).padStart(6, '0')}`);
  });
});
