import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs modules without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
// @ts-expect-error -- plain .mjs modules without type declarations.
import { EMBED_FILE, startExamplesServer } from '../examples/serve.mjs';
import { buildEmbed, buildFrameworkExamples, type Build } from './support/builds.js';

interface Ticket {
  id: string;
  value: Record<string, unknown>;
}

let embed: Build;
let browser: Browser;
let server: { url: string; close(): Promise<void> };
const tickets: Ticket[] = [];

beforeAll(async () => {
  // One build at a time: each sets NODE_ENV=production while it runs.
  embed = await buildEmbed();
  const apps = await buildFrameworkExamples();
  server = await startExamplesServer({
    embedDir: embed.dir,
    dirs: apps,
    onTicket: (ticket: Ticket) => tickets.push(ticket),
  });
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const chunks = () => embed.outputs.filter((o) => o.type === 'chunk');

describe('the embed bundle', () => {
  // Session 5 let Rolldown put core's json-pointer module in a second eager chunk (lazy chunks import it
  // too); vite.embed.config.ts now groups what the entry needs into the entry chunk (issue #18).
  it('is one module file with Lit and the core inside, importing nothing at load', () => {
    const entry = chunks().find((c) => c.isEntry);
    expect(entry?.fileName).toBe(EMBED_FILE);
    // No static import at all: no bare specifier for a host page to resolve, no second eager request.
    expect(entry?.imports).toEqual([]);
    const bundled = entry?.moduleIds.join('\n') ?? '';
    expect(bundled).toMatch(/node_modules\/lit-html\//);
    expect(bundled).toMatch(/packages\/core\/dist\/json-pointer/);
  });

  it('leaves <sf-ticket> in a chunk loaded only when a page uses the tag', () => {
    const entry = chunks().find((c) => c.isEntry)!;
    expect(entry.moduleIds.filter((id) => /ticket\/sf-ticket\.component/.test(id))).toEqual([]);
    const ticket = chunks().filter((c) => c.moduleIds.some((id) => /ticket\/sf-ticket\.component/.test(id)));
    expect(ticket.map((c) => entry.dynamicImports.includes(c.fileName))).toEqual([true]);
  });

  it('leaves Ajv in a chunk loaded only on demand', () => {
    const entry = chunks().find((c) => c.isEntry)!;
    const eager = new Set([entry.fileName, ...entry.imports]);
    const ajv = chunks().filter((c) => c.moduleIds.some((id) => /node_modules\/ajv\/dist\/(core|compile)/.test(id)));
    expect(ajv.length).toBeGreaterThan(0);
    for (const chunk of ajv) expect(eager.has(chunk.fileName)).toBe(false);
  });

  it('defines <sf-form> at once, and <sf-ticket> (keeping what a script set on it) when the page adds one', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    try {
      await page.goto(`${server.url}/html/`);
      const before = await page.evaluate(async () => {
        await customElements.whenDefined('sf-form');
        return { form: !!customElements.get('sf-form'), ticket: !!customElements.get('sf-ticket') };
      });
      expect(before).toEqual({ form: true, ticket: false });
      expect(fetched.filter((path) => /\/sf-ticket-[^/]*\.js$/.test(path))).toEqual([]);

      const shown = await page.evaluate(async () => {
        const ticket = document.createElement('sf-ticket') as HTMLElement & { catalog?: unknown };
        // Set before the element's code has arrived: the upgraded element must take it over.
        ticket.catalog = { subjects: [] };
        document.body.append(ticket);
        await customElements.whenDefined('sf-ticket');
        for (let i = 0; i < 100 && !ticket.shadowRoot?.textContent?.includes('Nenhum assunto'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return ticket.shadowRoot?.textContent?.trim();
      });
      expect(shown).toBe('Nenhum assunto de chamado disponível.');
      expect(fetched.filter((path) => /\/sf-ticket-[^/]*\.js$/.test(path))).toHaveLength(1);
    } finally {
      await page.close();
    }
  });
});

async function fillAndSubmit(page: Page, example: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/${example}/`);
  await page.getByLabel('Seu nome').fill(`Maria (${example})`);
  await page.getByLabel('E-mail').fill('maria@example.com');
  await page.getByRole('radio', { name: 'Dúvida' }).check();
  await page.getByLabel('Mensagem').fill('Olá! Uma pergunta sobre a integração.');
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/tickets') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Enviar' }).click();
  const response = await posted;
  expect(response.status()).toBe(201);
  await expect.poll(() => page.locator('#receipt').textContent()).toMatch(/^Recebido: EX-\d{4}$/);
  expect(errors).toEqual([]);
}

describe.each(['html', 'react', 'vue'])('the %s example', (example) => {
  it('fills and submits a form through the embed bundle and gets a 201', async () => {
    const page = await browser.newPage();
    try {
      const before = tickets.length;
      await fillAndSubmit(page, example);
      expect(tickets.length).toBe(before + 1);
      expect(tickets.at(-1)?.value).toEqual({
        nome: `Maria (${example})`,
        email: 'maria@example.com',
        assunto: 'duvida',
        mensagem: 'Olá! Uma pergunta sobre a integração.',
      });
    } finally {
      await page.close();
    }
  });
});

describe('the embed when a lazy chunk cannot be fetched', () => {
  it('says nothing was sent and keeps the answers when the sending code chunk cannot be fetched', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The network drops for the chunk of the sending code and the error summary (fetched in idle time
    // after the first render).
    await page.route(/\/after-first-render-[^/]*\.js$/, (route) => route.abort());
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    try {
      await page.goto(`${server.url}/html/`);
      await page.evaluate(() =>
        document.querySelector('sf-form')!.addEventListener('sf-error', (event) => {
          (window as unknown as { sfErrors: unknown[] }).sfErrors ??= [];
          (window as unknown as { sfErrors: unknown[] }).sfErrors.push((event as CustomEvent).detail);
        }),
      );
      await page.getByLabel('Seu nome').fill('Maria');
      await page.getByLabel('E-mail').fill('maria@example.com');
      await page.getByRole('radio', { name: 'Dúvida' }).check();
      await page.getByLabel('Mensagem').fill('Olá!');
      await page.getByRole('button', { name: 'Enviar' }).click();
      await expect
        .poll(() => page.locator('sf-form').getByRole('alert').textContent())
        .toMatch(/Não foi possível enviar.*Suas respostas foram mantidas/);
      const reported = await page.evaluate(
        () => (window as unknown as { sfErrors: { kind: string; message: string }[] }).sfErrors,
      );
      expect(reported.map((e) => e.kind)).toEqual(['network']);
      expect(reported[0]!.message).toMatch(/^The submission code could not be loaded, nothing was sent: /);
      expect(posts).toEqual([]);
      expect(await page.getByLabel('Seu nome').inputValue()).toBe('Maria');
      await expect.poll(() => page.getByRole('button', { name: 'Enviar' }).getAttribute('aria-disabled')).toBe('false');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
  it('fetches English only for an English form, and stays in pt-BR with sf-error when it cannot', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    try {
      await page.goto(`${server.url}/html/`);
      await expect.poll(() => page.getByRole('button', { name: 'Enviar' }).count()).toBe(1);
      // A pt-BR page never fetches the English strings.
      expect(fetched.filter((path) => /\/strings-en-[^/]*\.js$/.test(path))).toEqual([]);

      const english = async () =>
        page.evaluate(async () => {
          const form = document.createElement('sf-form') as HTMLElement & { schema?: unknown; locale?: string };
          const errors: { kind: string; message: string }[] = [];
          form.addEventListener('sf-error', (event) => errors.push((event as CustomEvent).detail));
          form.locale = 'en';
          form.schema = { type: 'object', properties: { nome: { type: 'string', title: 'Nome' } } };
          document.body.append(form);
          await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          for (let i = 0; i < 50 && !form.shadowRoot?.querySelector('.submit'); i++) {
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          const button = form.shadowRoot?.querySelector('.submit')?.textContent?.trim();
          form.remove();
          return { errors, button };
        });
      await page.route(/\/strings-en-[^/]*\.js$/, (route) => route.abort());
      const failed = await english();
      expect(failed.button).toBe('Enviar');
      expect(failed.errors.map((e) => e.kind)).toEqual(['network']);
      expect(failed.errors[0]!.message).toMatch(/^The en strings could not be loaded; the form speaks pt-BR/);
    } finally {
      await page.close();
    }
  });

  it('shows Markdown help as plain text and fires sf-error when the help parser chunk cannot be fetched', async () => {
    const page = await browser.newPage();
    await page.route(/\/markdown-help-[^/]*\.js$/, (route) => route.abort());
    try {
      await page.goto(`${server.url}/html/`);
      const shown = await page.evaluate(async () => {
        await customElements.whenDefined('sf-form');
        const form = document.createElement('sf-form') as HTMLElement & { schema?: unknown };
        const errors: { kind: string; message: string }[] = [];
        form.addEventListener('sf-error', (event) => errors.push((event as CustomEvent).detail));
        form.schema = {
          type: 'object',
          properties: { loja: { type: 'string', title: 'Loja', description: 'Veja **a lista** de lojas' } },
        };
        document.body.append(form);
        for (let i = 0; i < 100 && errors.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
        await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        return { errors, help: form.shadowRoot?.querySelector('.help')?.textContent?.trim() };
      });
      expect(shown.help).toBe('Veja **a lista** de lojas');
      expect(shown.errors.map((e) => e.kind)).toEqual(['network']);
      expect(shown.errors[0]!.message).toMatch(
        /^Help with Markdown is shown as plain text: its parser could not be loaded/,
      );
    } finally {
      await page.close();
    }
  });
});

describe('the example pages', () => {
  it('load schemaforms with exactly one script tag', async () => {
    for (const example of ['html', 'react', 'vue']) {
      const html = await readFile(join(import.meta.dirname, '../examples', example, 'index.html'), 'utf8');
      expect(html.match(/<script type="module" src="\/schemaforms\/[^"]+"/g)).toHaveLength(1);
    }
  });
});
