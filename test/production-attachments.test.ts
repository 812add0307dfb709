// Attachments through the production server (`npm run serve`, no Vite): a form with a file field (a
// fixture made here, not a seed form) says its limits before the upload, refuses a wrong file at pick
// time, and sends a PDF whose ticket keeps a reference while the file is stored apart; the intake
// refuses a .txt to a "PDF ou imagem" field (422 by JSON Pointer) and a body over the limit the forms
// declare (413, readable); the help desk downloads the file with the admin token only.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { buildDemo, buildEmbed, repo } from './support/builds.js';
import { choose, field } from './support/portal.js';
import { startServerProcess, type ServerProcess } from './support/production-process.js';

const ADMIN_TOKEN = 'admin-token-for-the-attachments-test';
const SUBJECT = 'financeiro/comprovante-de-pagamento';

/** The fixture form: one text field and one file field, PDF or image up to 1 MB. */
const FORM = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemaforms.example/schemas/financeiro/comprovante-de-pagamento.schema.json',
  title: 'Comprovante de pagamento',
  'x-category': 'Financeiro',
  description: 'Envie o comprovante de um pagamento.',
  type: 'object',
  properties: {
    pedido: { type: 'string', title: 'Número do pedido', minLength: 1, maxLength: 40, 'x-code': true },
    comprovante: {
      type: 'string',
      title: 'Comprovante',
      format: 'data-url',
      'x-accept': ['application/pdf', 'image/*'],
      'x-maxSize': '1 MB',
    },
  },
  required: ['pedido', 'comprovante'],
  additionalProperties: false,
};

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300 * 1024, 0x41), Buffer.from('\n%%EOF\n')]);
const dataUrl = (type: string, name: string, content: Buffer) =>
  `data:${type};name=${encodeURIComponent(name)};base64,${content.toString('base64')}`;

let server: ServerProcess;
let browser: Browser;
let formsDir: string;
let dataDir: string;

beforeAll(async () => {
  const demo = await buildDemo();
  const embed = await buildEmbed();
  formsDir = await mkdtemp(join(tmpdir(), 'sf-attach-forms-'));
  dataDir = await mkdtemp(join(tmpdir(), 'sf-attach-data-'));
  await cp(join(repo, 'schemas'), formsDir, { recursive: true, filter: (source) => !source.endsWith('.md') });
  await mkdir(join(formsDir, 'financeiro'), { recursive: true });
  await writeFile(join(formsDir, `${SUBJECT}.schema.json`), `${JSON.stringify(FORM, null, 2)}\n`);
  // A file broken from the start, for the playground's status panel.
  await writeFile(join(formsDir, 'financeiro/quebrado.schema.json'), '{\n  "title": "Quebrado",\n  oops\n}\n');
  server = await startServerProcess({
    SCHEMAFORMS_SCHEMAS_DIR: formsDir,
    SCHEMAFORMS_STATIC_DIR: demo.dir,
    SCHEMAFORMS_EMBED_DIR: embed.dir,
    SCHEMAFORMS_DATA_DIR: dataDir,
    SCHEMAFORMS_ADMIN_TOKEN: ADMIN_TOKEN,
  });
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  for (const dir of [formsDir, dataDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

function post(answers: unknown, locale = 'pt-BR'): Promise<Response> {
  return fetch(`${server.url}/api/tickets/${SUBJECT}?locale=${locale}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(answers),
  });
}

const asAdmin = { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } };

describe('attachments through the production server', () => {
  it('says the limits before the upload, refuses a wrong file at pick time, and sends a PDF under script-src self', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
    try {
      await page.goto(`${server.url}/`);
      await page.getByRole('button', { name: 'Abrir chamado' }).click();
      await choose(page, 'Categoria', 'Financeiro');
      await choose(page, 'Assunto', 'Comprovante de pagamento');
      await page.getByRole('button', { name: 'Continuar' }).click();
      await field(page, 'Número do pedido').fill('PED-77');
      const picker = field(page, 'Comprovante');
      await picker.waitFor();
      await page.getByText('PDF ou imagem, até 1 MB').waitFor();
      expect(await picker.getAttribute('accept')).toBe('application/pdf,image/*');

      await picker.setInputFiles({ name: 'nota.txt', mimeType: 'text/plain', buffer: Buffer.from('oi') });
      await page.getByText('O arquivo “nota.txt” não é PDF ou imagem. Escolha outro arquivo.').waitFor();
      await picker.setInputFiles({
        name: 'grande.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(1024 * 1024 + 1),
      });
      await page.getByText('O arquivo “grande.pdf” tem 1 MB; o limite é 1 MB.').waitFor();
      expect(await field(page, 'Número do pedido').inputValue()).toBe('PED-77');

      await picker.setInputFiles({ name: 'comprovante março.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByText('Arquivo anexado: comprovante março.pdf').waitFor();
      const posted = page.waitForResponse(
        (r) => new URL(r.url()).pathname.startsWith('/api/tickets') && r.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Enviar' }).click();
      const response = await posted;
      expect(response.status()).toBe(201);
      const number = ((await response.json()) as { ticket: { number: string } }).ticket.number;
      await page.getByText(number).first().waitFor();
      expect(violations).toEqual([]);

      // The help desk: the ticket holds a reference; the file downloads as a file, with the token only.
      const ticket = (await (await fetch(`${server.url}/api/tickets/${number}`, asAdmin)).json()) as {
        ticket: { answers: { comprovante: { attachment: string; name: string; mediaType: string; size: number } } };
      };
      const reference = ticket.ticket.answers.comprovante;
      expect(reference).toEqual({
        attachment: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'comprovante março.pdf',
        mediaType: 'application/pdf',
        size: PDF.length,
      });
      const url = `${server.url}/api/tickets/${number}/attachments/${reference.attachment}`;
      expect((await fetch(url)).status).toBe(401);
      const download = await fetch(url, asAdmin);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="comprovante marco.pdf"; filename*=UTF-8''comprovante%20mar%C3%A7o.pdf`,
      );
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
      expect((await fetch(`${url.slice(0, -4)}0000`, asAdmin)).status).toBe(404);
    } finally {
      await page.close();
    }
  });

  it('refuses a .txt to a "PDF ou imagem" field and a file over x-maxSize with 422 by JSON Pointer', async () => {
    const text = await post({ pedido: 'PED-1', comprovante: dataUrl('text/plain', 'nota.txt', Buffer.from('oi')) });
    expect(text.status).toBe(422);
    expect(await text.json()).toEqual({
      errors: [{ instancePath: '/comprovante', message: 'O arquivo deve ser PDF ou imagem', keyword: 'x-accept' }],
    });
    const big = await post(
      { pedido: 'PED-1', comprovante: dataUrl('application/pdf', 'a.pdf', Buffer.alloc(1024 * 1024 + 1)) },
      'en',
    );
    expect(big.status).toBe(422);
    expect(await big.json()).toEqual({
      errors: [{ instancePath: '/comprovante', message: 'The file must be 1 MB or smaller', keyword: 'x-maxSize' }],
    });
  });

  it('takes a body as large as the declared files need, and answers 413 readably beyond it', async () => {
    // 1 MB of file is about 1.33 MB of base64: over the old fixed 1 MiB cap, within the declared limit.
    const full = await post({ pedido: 'PED-2', comprovante: dataUrl('image/png', 'a.png', Buffer.alloc(1024 * 1024)) });
    expect(full.status).toBe(201);
    const tooLarge = await post({
      pedido: 'PED-3',
      comprovante: dataUrl('image/png', 'b.png', Buffer.alloc(3 * 1024 * 1024)),
    });
    expect(tooLarge.status).toBe(413);
    const body = (await tooLarge.json()) as { errors: { instancePath: string; message: string }[] };
    expect(body.errors[0]?.instancePath).toBe('');
    expect(body.errors[0]?.message).toMatch(
      /^O chamado passa do limite de 2,3 MB por envio\. Suas respostas foram mantidas/,
    );
  });

  it('shows the live forms and a broken file’s error with file:line:col in the playground', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/playground.html`);
      const panel = page.getByRole('region', { name: 'Formulários no servidor' });
      await panel.waitFor();
      const status = (await (await fetch(`${server.url}/api/forms/status`)).json()) as {
        forms: { subject: string; liveRevision: string | null; errors: { location: string }[] }[];
      };
      const live = status.forms.find((form) => form.subject === SUBJECT)!;
      await panel
        .locator(`li[data-subject="${SUBJECT}"]`)
        .getByText(`no ar: revisão ${live.liveRevision!.slice(0, 12)}`)
        .waitFor();
      const broken = status.forms.find((form) => form.subject === 'financeiro/quebrado')!;
      expect(broken.errors[0]?.location).toMatch(/quebrado\.schema\.json:\d+:\d+$/);
      const item = panel.locator('li[data-subject="financeiro/quebrado"]');
      await item.getByText('fora do ar (nenhuma revisão válida)').waitFor();
      await item.getByText(broken.errors[0]!.location).waitFor();
    } finally {
      await page.close();
    }
  });
});
