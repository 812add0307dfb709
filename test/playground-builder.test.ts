// The playground's visual builder (demo/playground/builder) on the demo dev server, driven only by
// visible labels: "Revogação de Token" built from an empty form (five fields, the yes/no with its help,
// a "show when" rule, a keyboard-only reorder), saved through the dev endpoint into a temporary forms
// folder, then checked by the CLI with no warnings and filled in the portal, where the rule works.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { seriousAxeViolations } from './support/axe.js';
import { DEMO_ADMIN_HEADERS, REPO, removeDir, startDemo, type DemoServer } from './support/demo-server.js';
import { editorText, openPlayground, settled } from './support/playground-page.js';
import { choose, field } from './support/portal.js';

let demo: DemoServer;
let browser: Browser;
let schemasDir: string;

beforeAll(async () => {
  // A forms folder of the test's own: the real schemas/ is never written.
  schemasDir = await mkdtemp(join(tmpdir(), 'sf-builder-forms-'));
  await mkdir(join(schemasDir, 'dados-e-configuracoes-da-loja'));
  await copyFile(
    join(REPO, 'schemas/dados-e-configuracoes-da-loja/alteracao-de-integradora.schema.json'),
    join(schemasDir, 'dados-e-configuracoes-da-loja/alteracao-de-integradora.schema.json'),
  );
  demo = await startDemo({ schemasDir });
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (demo) await removeDir(demo.dataDir);
  if (schemasDir) await removeDir(schemasDir);
});

const SAVED = 'token/revogacao-de-token.schema.json';

/** The builder's tab panel: every control of the builder is looked up in it. */
const builder = (page: Page) => page.getByRole('tabpanel', { name: 'Visual' });

/** The field labels of the builder's list, in order. */
const fieldLabels = (page: Page) => page.locator('#visual-panel .builder-field-label').allInnerTexts();

/** The polite live region's sentence. */
const announced = (page: Page) => page.locator('#announcer').textContent();

/** The playground's Visual tab with an empty form, as a content editor starts one. */
async function openEmptyBuilder(): Promise<Page> {
  const page = await openPlayground(browser, `${demo.url}/playground.html`);
  await settled(page);
  await page.getByRole('tab', { name: 'Visual' }).click();
  await page.getByRole('button', { name: 'Começar formulário vazio' }).click();
  await page.getByText('Nenhum campo ainda').waitFor();
  return page;
}

async function addField(page: Page, kind: string, label: string): Promise<void> {
  // Exact names: a group has its own "Tipo do novo campo em …" and "Adicionar campo ao grupo …".
  await builder(page).getByLabel('Tipo do novo campo', { exact: true }).selectOption({ label: kind });
  await builder(page).getByLabel('Rótulo do novo campo', { exact: true }).fill(label);
  await builder(page).getByRole('button', { name: 'Adicionar campo', exact: true }).click();
  await page.locator('#visual-panel .builder-field-label', { hasText: label }).waitFor();
}

/** Opens a field's settings, runs `fill` in them, applies. */
async function editField(page: Page, label: string, fill: (panel: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: `Editar ${label}` }).click();
  const panel = page.getByRole('group', { name: `Configurações de ${label}` });
  await panel.getByLabel(/^Rótulo/).waitFor();
  await fill(panel);
  await panel.getByRole('button', { name: 'Aplicar alterações' }).click();
  await expect.poll(() => announced(page)).toMatch(`Alterações em ${label} aplicadas.`);
}

describe('the visual builder', () => {
  // Some twenty steps, each waiting for the page; a busy machine needs more than the default two minutes.
  it(
    'builds Revogação de Token from an empty form with visible labels only, and saves it',
    { timeout: 300_000 },
    async () => {
      const page = await openEmptyBuilder();

      await builder(page)
        .getByLabel(/^Título do formulário/)
        .fill('Revogação de Token');
      await builder(page)
        .getByLabel(/^Categoria/)
        .fill('Token');
      await page.getByRole('button', { name: 'Aplicar dados do formulário' }).click();
      await page.getByText(`Arquivo: schemas/${SAVED}`).waitFor();

      // Added out of order, then put right with the keyboard alone.
      await addField(page, 'Texto', 'Integradora Atual');
      await addField(page, 'Texto', 'Chamado para a loja');
      await page.getByRole('button', { name: 'Subir Chamado para a loja' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => fieldLabels(page)).toEqual(['Chamado para a loja', 'Integradora Atual']);
      await expect(announced(page)).resolves.toBe('Chamado para a loja movido para a posição 1 de 2.');
      // The focus stays with the moved field (now first, so on its "Descer"), ready for the next move.
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
        'Descer Chamado para a loja',
      );
      await page.keyboard.press('Enter');
      await expect.poll(() => fieldLabels(page)).toEqual(['Integradora Atual', 'Chamado para a loja']);
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Subir Chamado para a loja');
      await page.keyboard.press('Enter');
      await expect.poll(() => fieldLabels(page)).toEqual(['Chamado para a loja', 'Integradora Atual']);

      await addField(page, 'Texto', 'Informe o seu Token');
      await addField(page, 'Sim/Não', 'Possui pedidos em andamento?');
      await addField(page, 'Texto longo', 'Quais pedidos?');
      await expect(fieldLabels(page)).resolves.toEqual([
        'Chamado para a loja',
        'Integradora Atual',
        'Informe o seu Token',
        'Possui pedidos em andamento?',
        'Quais pedidos?',
      ]);

      const help = 'Caso tenha algum pedido que esteja em andamento marque SIM, caso contrário selecione NÃO.';
      await editField(page, 'Possui pedidos em andamento?', async (panel) => {
        await panel.getByLabel(/^Texto de ajuda/).fill(help);
        await panel.getByLabel(/^Obrigatório/).check();
      });
      await editField(page, 'Quais pedidos?', async (panel) => {
        await panel.getByLabel(/^Obrigatório/).check();
      });
      await builder(page).getByText(help).waitFor();

      await builder(page).getByLabel('Tipo de regra').selectOption({ label: 'Mostrar quando…' });
      await builder(page).getByLabel('Campo', { exact: true }).selectOption({ label: 'Quais pedidos?' });
      await builder(page).getByLabel('quando a pergunta').selectOption({ label: 'Possui pedidos em andamento?' });
      await builder(page).getByLabel('for', { exact: true }).selectOption({ label: 'Sim' });
      await page.getByRole('button', { name: 'Adicionar regra' }).click();
      await builder(page)
        .getByText('Mostrar “Quais pedidos?” quando “Possui pedidos em andamento?” for “Sim”', { exact: true })
        .waitFor();

      // The check agrees: no problem listed in the page or beside any field.
      await settled(page);
      await expect(page.locator('#diagnostics li').count()).resolves.toBe(0);
      await expect(page.locator('#visual-panel .builder-problem').count()).resolves.toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Test submission: the preview's answers go through the intake's validation, and no ticket is made.
      const outcome = page.locator('.test-submission-outcome');
      await page.getByRole('button', { name: 'Testar envio' }).click();
      await outcome.getByText(/^Recusado: /).waitFor();
      await expect(outcome.getByRole('listitem').allInnerTexts()).resolves.toContainEqual(
        expect.stringMatching(/^Possui pedidos em andamento\? \(\/possuiPedidosEmAndamento\): /),
      );
      await choose(page, 'Possui pedidos em andamento?', 'Não');
      await page.getByRole('button', { name: 'Testar envio' }).click();
      await outcome.getByText('Aceito: o intake receberia este chamado (nada foi gravado).').waitFor();
      const stored = await fetch(`${demo.url}/api/tickets`, { headers: DEMO_ADMIN_HEADERS });
      await expect(stored.json()).resolves.toEqual({ tickets: [] });

      await page.getByRole('button', { name: 'Revisar e salvar' }).click();
      await page.getByText('Arquivo novo.').waitFor();
      const built = await editorText(page);
      await page.getByRole('button', { name: 'Confirmar e gravar' }).click();
      // The dev server may reload the page when a form file changes (before or after the write's
      // answer): either page says it was saved, with the same text.
      const pageState = async () => {
        try {
          return { said: await announced(page), text: await editorText(page) };
        } catch {
          return undefined; // a reload in progress
        }
      };
      await expect.poll(pageState, { timeout: 60_000 }).toEqual({ said: `Salvo em schemas/${SAVED}.`, text: built });
      const saved = await readFile(join(schemasDir, SAVED), 'utf8');
      expect(saved).toBe(built);
      const schema = JSON.parse(saved);
      expect(Object.keys(schema.properties)).toEqual([
        'chamadoParaALoja',
        'integradoraAtual',
        'informeOSeuToken',
        'possuiPedidosEmAndamento',
        'quaisPedidos',
      ]);
      expect(schema.properties.possuiPedidosEmAndamento.description).toBe(help);
      expect(schema.allOf[0].if).toEqual({
        properties: { possuiPedidosEmAndamento: { const: true } },
        required: ['possuiPedidosEmAndamento'],
      });
      await page.context().close();

      // `schemaforms check` on the forms folder: no errors, no warnings.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [join(REPO, 'packages/tooling/bin/schemaforms.js'), 'check', schemasDir, '--locale', 'en'],
        { cwd: REPO },
      );
      expect(stdout).toMatch(/2 forms checked: 0 errors, 0 warnings/);

      // The portal shows the new form, and the rule shows "Quais pedidos?" only after "Sim".
      const portal = await (await browser.newContext()).newPage();
      portal.on('pageerror', (error) => {
        throw error;
      });
      // The dev server takes the saved file in through its watcher, which can lag on a busy machine: open
      // the portal again until the catalog lists the new form's category.
      await expect
        .poll(
          async () => {
            await portal.goto(`${demo.url}/`);
            await portal.getByRole('link', { name: 'Suporte' }).click();
            await portal.getByRole('button', { name: 'Abrir chamado' }).click();
            const category = portal.getByRole('combobox', { name: 'Categoria' });
            await category.waitFor();
            return category.locator('option', { hasText: 'Token' }).count();
          },
          { timeout: 90_000, intervals: [1_000, 2_000, 5_000] },
        )
        .toBeGreaterThan(0);
      await choose(portal, 'Categoria', 'Token');
      await choose(portal, 'Assunto', 'Revogação de Token');
      await portal.getByRole('button', { name: 'Continuar' }).click();
      await field(portal, 'Chamado para a loja').waitFor();
      await expect(field(portal, 'Quais pedidos?').count()).resolves.toBe(0);
      await choose(portal, 'Possui pedidos em andamento?', 'Sim');
      await field(portal, 'Quais pedidos?').waitFor();
      await choose(portal, 'Possui pedidos em andamento?', 'Não');
      await expect.poll(() => field(portal, 'Quais pedidos?').count()).toBe(0);
      await portal.context().close();
    },
  );

  it('opens a catalog form unchanged, advanced JSON read-only, moves a field by drag and drop, shows a problem by its field', async () => {
    const page = await openPlayground(browser, `${demo.url}/playground.html`);
    await page.locator('#source').selectOption('catalog:dados-e-configuracoes-da-loja/alteracao-de-integradora');
    await page.getByRole('button', { name: 'Abrir' }).click();
    await settled(page);
    const before = await editorText(page);
    await page.getByRole('tab', { name: 'Visual' }).click();
    await page
      .getByRole('button', { name: /^Editar / })
      .first()
      .waitFor();
    // Opening the builder and its settings changes nothing.
    await page
      .getByRole('button', { name: /^Editar / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Aplicar alterações' }).click();
    await expect(editorText(page)).resolves.toBe(before);
    // What the builder does not edit (the layout, a field's x-code) is shown read-only, never dropped.
    await builder(page).getByText('JSON avançado do formulário (somente leitura)').click();
    await builder(page).getByText('"x-layout"').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Drag and drop by a field's head moves it, as one edit of the text (the drag events are sent as
    // the browser sends them, with one DataTransfer: Playwright's mouse drag does not start HTML drags here).
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
    const source = builder(page).locator('.builder-field-head', { hasText: 'Nova integradora' });
    const target = builder(page).locator('.builder-field-head', { hasText: 'Chamado para loja' });
    await source.dispatchEvent('dragstart', { dataTransfer });
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
    await expect
      .poll(() => fieldLabels(page).then((labels) => labels.slice(0, 3)))
      .toEqual(['Nova integradora', 'Chamado para loja', 'Integradora atual']);
    await expect(announced(page)).resolves.toBe('Nova integradora movido para a posição 1 de 9.');
    expect(Object.keys(JSON.parse(await editorText(page)).properties).slice(0, 3)).toEqual([
      'novaIntegradora',
      'loja',
      'integradoraAtual',
    ]);

    // A problem the check finds in the text is shown beside the field it concerns.
    await page.getByRole('tab', { name: 'Texto' }).click();
    await page.locator('#editor-text').fill(before.replace('"maxLength": 128,', '"pattern": "^[a-z-]+$",'));
    await settled(page);
    await page.getByRole('tab', { name: 'Visual' }).click();
    const clientId = builder(page).getByRole('listitem').filter({ hasText: 'Client ID' });
    await clientId.getByText(/\[unbounded-string-linear\]/).waitFor();
    await page.context().close();
  });

  it(
    'edits the fields inside a group, and moves a field into and out of it with the keyboard',
    { timeout: 180_000 },
    async () => {
      const page = await openEmptyBuilder();
      await addField(page, 'Grupo', 'Endereço');
      await addField(page, 'Texto', 'Cidade');
      const group = builder(page).getByRole('group', { name: 'Endereço' });
      await group.getByText('Nenhum campo neste grupo ainda.').waitFor();

      // A field added inside the group, then required through its own settings.
      await group.getByLabel('Tipo do novo campo em Endereço').selectOption({ label: 'Texto' });
      await group.getByLabel('Rótulo do novo campo em Endereço').fill('Rua');
      await group.getByRole('button', { name: 'Adicionar campo ao grupo Endereço' }).click();
      await group.locator('.builder-field-label', { hasText: 'Rua' }).waitFor();
      await editField(page, 'Rua', async (panel) => {
        await panel.getByLabel(/^Obrigatório/).check();
      });
      const schema = async () => JSON.parse(await editorText(page));
      await expect.poll(async () => (await schema()).properties.endereco.required).toEqual(['rua']);

      // "Mover para o grupo…" by keyboard: the move is announced and the focus follows the field.
      await page.getByRole('button', { name: 'Mover para o grupo… Cidade' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => announced(page)).toBe('Cidade movido para o grupo Endereço.');
      await expect.poll(async () => Object.keys((await schema()).properties)).toEqual(['endereco']);
      expect(Object.keys((await schema()).properties.endereco.properties)).toEqual(['rua', 'cidade']);
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Editar Cidade');

      // Reordered inside the group, then taken out of it, by keyboard too.
      await page.getByRole('button', { name: 'Subir Cidade' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => Object.keys((await schema()).properties.endereco.properties))
        .toEqual(['cidade', 'rua']);
      await expect(announced(page)).resolves.toBe('Cidade movido para a posição 1 de 2.');
      await page.getByRole('button', { name: 'Tirar do grupo Rua' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => announced(page)).toBe('Rua tirado do grupo Endereço.');
      const out = await schema();
      expect(Object.keys(out.properties)).toEqual(['endereco', 'rua']);
      expect(out.required).toEqual(['rua']);
      expect(out.properties.endereco.required).toBeUndefined();
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Editar Rua');
      await settled(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
