// A content editor drops a schema file into schemas/: the running demo offers the new subject and
// accepts its tickets, with no code change and no restart. The demo serves a copy of schemas/, so the
// test never writes into the repository (other tests read schemas/ at the same time).
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { DEMO_ADMIN_HEADERS, REPO, removeDir, startDemo, type DemoServer } from './support/demo-server.js';
import { choose, field } from './support/portal.js';

let schemasDir: string;
const subjectDir = () => join(schemasDir, 'teste-e2e');

const SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemaforms.example/schemas/teste-e2e/assunto-temporario.schema.json',
  title: 'Assunto temporário',
  'x-category': 'Teste E2E',
  description: 'Formulário criado por um teste e apagado em seguida.',
  type: 'object',
  properties: {
    descricao: { type: 'string', title: 'Descreva o problema', minLength: 3, maxLength: 500 },
  },
  required: ['descricao'],
  additionalProperties: false,
};

let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  schemasDir = await mkdtemp(join(tmpdir(), 'sf-e2e-schemas-'));
  await cp(join(REPO, 'schemas'), schemasDir, { recursive: true });
  demo = await startDemo({ schemasDir });
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await rm(schemasDir, { recursive: true, force: true });
  if (demo) await removeDir(demo.dataDir);
});

describe('a schema file added while the demo runs', () => {
  it('appears in the Assunto list after a reload and submits, with no code change', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.url}/`);
    await page.getByRole('button', { name: 'Abrir chamado' }).click();
    const categories = () => page.getByLabel('Categoria').locator('option').allTextContents();
    expect(await categories()).not.toContain('Teste E2E');

    try {
      await mkdir(subjectDir(), { recursive: true });
      await writeFile(join(subjectDir(), 'assunto-temporario.schema.json'), `${JSON.stringify(SCHEMA, null, 2)}\n`);

      await expect
        .poll(
          async () => {
            await page.reload();
            await page.getByRole('button', { name: 'Abrir chamado' }).click();
            return categories();
          },
          { timeout: 20_000, interval: 500 },
        )
        .toContain('Teste E2E');
      await choose(page, 'Categoria', 'Teste E2E');
      await choose(page, 'Assunto', 'Assunto temporário');
      await page.getByRole('button', { name: 'Continuar' }).click();
      await field(page, 'Descreva o problema').fill('A página de pedidos não carrega.');
      const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/tickets/'));
      await page.getByRole('button', { name: 'Enviar' }).click();
      expect((await posted).status()).toBe(201);
      await page.getByRole('heading', { name: 'Chamado aberto' }).waitFor();

      const listed = (await (await fetch(`${demo.url}/api/tickets`, { headers: DEMO_ADMIN_HEADERS })).json()).tickets;
      expect(listed).toEqual([
        expect.objectContaining({
          subject: 'teste-e2e/assunto-temporario',
          answers: { descricao: 'A página de pedidos não carrega.' },
        }),
      ]);
    } finally {
      await page.close();
    }
  });
});
