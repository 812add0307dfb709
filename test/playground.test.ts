// The schema playground (demo/playground.html) on the demo dev server: the check's problems on the
// lines as one types, the last good form kept while the schema is broken, the payload with secrets
// masked, the shareable link, and nothing typed ever lost.
import { deflateRawSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { removeDir, startDemo, type DemoServer } from './support/demo-server.js';
import { seriousAxeViolations } from './support/axe.js';
import { editorCaret, editorText, openPlayground, settled, typeSchema } from './support/playground-page.js';
import { checkSchemaText } from '@schemaforms/tooling/check';

let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo();
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (demo) await removeDir(demo.dataDir);
});

const GOOD = `{
  "type": "object",
  "properties": {
    "nome": { "type": "string", "title": "Nome completo", "maxLength": 80 }
  },
  "required": ["nome"]
}
`;
const BROKEN = GOOD.replace('"type": "string", "title": "Nome completo"', '"type": "strin", "title": "Nome completo"');

/** A share link as the playground writes it: `#s=` and the state, deflated, in base64url. */
function shareLink(state: { t: string; p?: string }): string {
  const encoded = deflateRawSync(Buffer.from(JSON.stringify(state)), { level: 9 }).toString('base64url');
  return `${demo.url}/playground.html#s=${encoded}`;
}

const open = (context?: BrowserContext, url = `${demo.url}/playground.html`) => openPlayground(browser, url, context);

describe('the schema playground', () => {
  it('has no serious axe violations, with problems listed and a form shown', async () => {
    const page = await open();
    await typeSchema(page, GOOD);
    await typeSchema(page, BROKEN);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a broken schema’s problem on its line, keeps the last good form, and renders the fix', async () => {
    const page = await open();
    await typeSchema(page, GOOD);
    await page.getByLabel('Nome completo').waitFor();
    await expect(page.locator('#form-status').getAttribute('data-state')).resolves.toBe('ok');

    await typeSchema(page, BROKEN);
    const problem = page.locator('#diagnostics li').first();
    const column = BROKEN.split('\n')[3]!.indexOf('"strin"') + 1;
    await expect(problem.innerText()).resolves.toMatch(
      new RegExp(
        `^4:${column}\\b[\\s\\S]*#/properties/nome/type[\\s\\S]*tipo desconhecido "strin"[\\s\\S]*\\[unknown-type\\]`,
      ),
    );
    // The lint gutter marks line 4 (the line-number gutter beside it reads 4) and the token is underlined.
    const marker = page.locator('.cm-gutter-lint .cm-gutterElement:has(.cm-lint-marker-error)');
    await expect(marker.count()).resolves.toBe(1);
    const markerTop = (await marker.boundingBox())!.y;
    const lineFour = page.locator('.cm-lineNumbers .cm-gutterElement', { hasText: /^4$/ });
    expect(Math.abs((await lineFour.boundingBox())!.y - markerTop)).toBeLessThan(2);
    await expect(page.locator('.cm-lintRange-error').first().textContent()).resolves.toBe('"strin"');
    // The last good form stays, with a clear status.
    await expect(page.locator('#form-status').getAttribute('data-state')).resolves.toBe('error');
    await expect(page.locator('#form-status').textContent()).resolves.toMatch(/último formulário válido/);
    await expect(page.getByLabel('Nome completo').isVisible()).resolves.toBe(true);

    // Choosing the problem puts the caret on it.
    await problem.getByRole('button').click();
    await expect(editorCaret(page)).resolves.toBe(BROKEN.indexOf('"strin"'));
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('editor-text');

    await typeSchema(page, GOOD.replace('Nome completo', 'Seu nome'));
    await page.getByLabel('Seu nome').waitFor();
    await expect(page.locator('#diagnostics li').count()).resolves.toBe(0);
    await expect(page.locator('#form-status').getAttribute('data-state')).resolves.toBe('ok');
    await page.context().close();
  });

  it("words the check's problems as the CLI does in the page's language, and again when it changes", async () => {
    const page = await open();
    // An unknown type and a text without the translation the form declares (issue 16).
    const text = BROKEN.replace('"type": "object",', '"type": "object",\n  "x-i18n": { "en": {} },');
    const messages = (locale: 'pt-BR' | 'en') =>
      checkSchemaText(text, { file: 'playground.schema.json', locale }).map((d) => d.message);
    expect(messages('pt-BR').some((m) => m.startsWith('falta a tradução em "en" de "Nome completo"'))).toBe(true);
    await typeSchema(page, text);
    const shown = () => page.locator('#diagnostics li').allInnerTexts();
    for (const message of messages('pt-BR')) expect((await shown()).join('\n')).toContain(message);

    await page.locator('#language').selectOption('en');
    await page.waitForFunction(
      (message) => document.querySelector('#diagnostics')?.textContent?.includes(message),
      messages('en')[0]!,
    );
    for (const message of messages('en')) expect((await shown()).join('\n')).toContain(message);
    await page.context().close();
  });

  it('restores the schema from a copied link, setting aside what the other browser had typed', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
    const page = await open(context);
    await typeSchema(page, GOOD);
    await page.getByRole('button', { name: 'Copiar link' }).click();
    await page.waitForFunction(() => location.hash.startsWith('#s='));
    const link = page.url();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await context.close();

    const other = await browser.newContext();
    const page2 = await open(other);
    await typeSchema(page2, '{ "type": "object", "title": "Meu rascunho" }\n');
    await page2.goto(link);
    await settled(page2);
    await expect(editorText(page2)).resolves.toBe(GOOD);
    await page2.getByLabel('Nome completo').waitFor();
    // The link is consumed, so a reload shows what is typed from now on.
    expect(new URL(page2.url()).hash).toBe('');
    await page2.getByRole('button', { name: 'Restaurar texto anterior' }).click();
    await expect(editorText(page2)).resolves.toBe('{ "type": "object", "title": "Meu rascunho" }\n');
    await other.close();
  });

  it('keeps the typed text across a reload', async () => {
    const page = await open();
    const text = GOOD.replace('Nome completo', 'Texto que não pode se perder');
    await page.locator('#editor-text').fill(text);
    await page.reload();
    await page.locator('#editor-text').waitFor();
    await expect(editorText(page)).resolves.toBe(text);
    await page.context().close();
  });

  it('opens a catalog form, checks it as a catalog file and masks its secret in the payload', async () => {
    const page = await open();
    await page.locator('#source').selectOption('catalog:token/revogacao-de-token');
    await page.getByRole('button', { name: 'Abrir' }).click();
    await page.waitForFunction(() =>
      (window as unknown as { playgroundEditor: { value: string } }).playgroundEditor.value.includes(
        'Revogação de Token',
      ),
    );
    await settled(page);
    await expect(page.locator('#path').inputValue()).resolves.toBe('token/revogacao-de-token.schema.json');
    await expect(page.locator('#check-status').textContent()).resolves.toMatch(/formulário do catálogo/);
    await page.getByLabel('Informe o seu Token').fill('tok_live_123456');
    await page.getByLabel('Integradora Atual').fill('Bling');
    const payload = JSON.parse((await page.locator('#payload').textContent())!);
    expect(payload).toMatchObject({ integradoraAtual: 'Bling', token: '••••••' });
    await expect(page.locator('#payload').textContent()).resolves.not.toContain('tok_live_123456');
    await page.context().close();
  });

  it('opens the presets sample: money typed the pt-BR way reaches the payload as a number', async () => {
    const page = await open();
    await page.locator('#source').selectOption('sample:presets');
    await page.getByRole('button', { name: 'Abrir' }).click();
    const valor = page.getByLabel('Valor contestado');
    await valor.waitFor();
    await valor.fill('1.234,56');
    await page.getByLabel('Número do pedido').fill('1234567890');
    await page.getByLabel('Número do pedido').blur();
    await expect(valor.inputValue()).resolves.toBe('1.234,56');
    const payload = JSON.parse((await page.locator('#payload').textContent())!);
    expect(payload).toMatchObject({ valor: 1234.56, pedido: '1234567890' });
    await page.context().close();
  });

  it('keeps every replaced text when two links are opened in a row', async () => {
    const page = await open();
    const typed = '{ "type": "object", "title": "Meu rascunho" }\n';
    const first = GOOD.replace('Nome completo', 'Primeiro link');
    const second = GOOD.replace('Nome completo', 'Segundo link');
    await typeSchema(page, typed);
    await page.goto(shareLink({ t: first }));
    await page.getByLabel('Primeiro link').waitFor();
    await page.goto(shareLink({ t: second }));
    await page.getByLabel('Segundo link').waitFor();
    await expect(editorText(page)).resolves.toBe(second);

    // Both earlier texts are listed, newest first, and the typed one comes back.
    const options = page.locator('#replaced option');
    await expect(options.allTextContents()).resolves.toEqual([
      expect.stringContaining('Primeiro link'),
      expect.stringContaining('Meu rascunho'),
    ]);
    await page.getByLabel('Textos anteriores').selectOption({ label: (await options.nth(1).textContent())! });
    await page.getByRole('button', { name: 'Restaurar texto anterior' }).click();
    await expect(editorText(page)).resolves.toBe(typed);
    // Nothing was dropped by restoring: the text it replaced joined the list.
    await expect(options.allTextContents()).resolves.toEqual([
      expect.stringContaining('Segundo link'),
      expect.stringContaining('Primeiro link'),
    ]);
    // Ctrl+Z in the editor undoes the restore too.
    await page.locator('#editor-text').focus();
    await page.keyboard.press('Control+z');
    await expect(editorText(page)).resolves.toBe(second);
    await page.context().close();
  });

  it('refuses a link that inflates past the cap with a message, keeping the typed text', async () => {
    // 45 MB of one character deflates to a link under MAX_LINK_LENGTH (the probe's 58 k-character link).
    const bomb = shareLink({ t: 'a'.repeat(45_000_000) });
    expect(bomb.length).toBeLessThan(60_000);
    const page = await open();
    await typeSchema(page, GOOD);
    await page.goto(bomb);
    await page.waitForFunction(() => location.hash === '');
    await expect(page.locator('#announcer').textContent()).resolves.toMatch(
      /grande demais \(mais de 2000 KB descompactado\)/,
    );
    await expect(editorText(page)).resolves.toBe(GOOD);
    await expect(page.locator('#replaced option').count()).resolves.toBe(0);

    // Opened as a fresh page, the same: a message, and the page works with what it had.
    const fresh = await open(undefined, bomb);
    await expect(fresh.locator('#announcer').textContent()).resolves.toMatch(/grande demais/);
    await expect(editorText(fresh)).resolves.not.toContain('aaaa');
    await fresh.context().close();
    await page.context().close();
  });
});
