// The playground with a forms folder that has a shared file (issue #14 item 6): a form whose `$ref`
// names the shared file checks clean, as `schemaforms check` and the build see it, and its preview shows
// the fields the shared file declares; a ref to a file the folder lacks is still reported, with its
// JSON Pointer, and the preview keeps the last good form.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { REPO, removeDir, startDemo, type DemoServer } from './support/demo-server.js';
import { openPlayground, typeSchema } from './support/playground-page.js';

const BASE = 'https://schemaforms.example/schemas/';

/** The shared file: a bank branch code of 4 digits. */
const SHARED = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}_shared/banco.schema.json`,
  $defs: {
    agencia: { type: 'string', title: 'Agência bancária', pattern: '^[0-9]{4}$', maxLength: 4 },
  },
};

/** A form of the folder whose `agencia` is the shared file's, named by `ref`. */
const form = (ref: string) =>
  `${JSON.stringify(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${BASE}financeiro/estorno-de-pedido.schema.json`,
      title: 'Estorno de pedido',
      'x-category': 'Financeiro',
      description: 'Peça o estorno de um pedido pago.',
      type: 'object',
      properties: {
        motivo: { type: 'string', title: 'Motivo do estorno', maxLength: 200 },
        agencia: { $ref: ref },
      },
      required: ['motivo', 'agencia'],
      additionalProperties: false,
    },
    null,
    2,
  )}\n`;

let schemasDir: string;
let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  schemasDir = await mkdtemp(join(tmpdir(), 'sf-e2e-shared-'));
  await cp(join(REPO, 'schemas'), schemasDir, { recursive: true });
  await mkdir(join(schemasDir, '_shared'));
  await writeFile(join(schemasDir, '_shared/banco.schema.json'), `${JSON.stringify(SHARED, null, 2)}\n`);
  demo = await startDemo({ schemasDir });
  browser = await chromium.launch(launchOptions());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (demo) await removeDir(demo.dataDir);
  if (schemasDir) await rm(schemasDir, { recursive: true, force: true });
});

describe('the playground with a shared file in the forms folder', () => {
  it('checks a form referring to the shared file clean and previews its fields; a missing file is reported', async () => {
    const page = await openPlayground(browser, `${demo.url}/playground.html`);
    await page.locator('#path').fill('financeiro/estorno-de-pedido.schema.json');
    await typeSchema(page, form('../_shared/banco.schema.json#/$defs/agencia'));
    const problems = () => page.locator('#diagnostics li').allInnerTexts();
    expect(await problems()).toEqual([]);
    await expect(page.locator('#form-status').getAttribute('data-state')).resolves.toBe('ok');
    // The preview has the shared file's field, with its constraint.
    const agencia = page.getByLabel(/^Agência bancária/);
    await agencia.waitFor();
    await expect(agencia.getAttribute('aria-required')).resolves.toBe('true');
    await agencia.fill('12');
    await agencia.blur();
    await page.waitForFunction(() => document.querySelector('#validity')?.getAttribute('data-state') === 'error');
    await agencia.fill('1234');
    await page.getByLabel(/^Motivo do estorno/).fill('Cobrança em dobro');
    await page.waitForFunction(() => document.querySelector('#validity')?.getAttribute('data-state') === 'ok');
    await expect(page.locator('#payload').textContent()).resolves.toContain('"agencia": "1234"');

    // A ref to a file the folder lacks: reported with its pointer; the last good form stays.
    await typeSchema(page, form('../_shared/bancos.schema.json#/$defs/agencia'));
    const [problem, ...others] = await problems();
    expect(others).toEqual([]);
    expect(problem).toMatch(/#\/properties\/agencia\/\$ref[\s\S]*_shared\/bancos\.schema\.json[\s\S]*\[remote-ref\]/);
    await expect(page.locator('#form-status').getAttribute('data-state')).resolves.toBe('error');
    await expect(page.getByLabel(/^Agência bancária/).isVisible()).resolves.toBe(true);
    await page.context().close();
  }, 120_000);
});
