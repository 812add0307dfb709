// Screenshots of the seller's flow — the form, its errors and the receipt — at 1280×800 and 390×844, light
// (the portal) and dark (the embed page opting in), into test-results/screenshots/ (git-ignored). axe
// runs on every state photographed. docs/ holds two of them for the README, copied by hand.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { axeViolations } from './support/axe.js';
import { REPO, removeDir, startDemo, type DemoServer } from './support/demo-server.js';
import { choose, field, openTicket } from './support/portal.js';

const OUT = join(REPO, 'test-results/screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  demo = await startDemo();
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (demo) await removeDir(demo.dataDir);
});

async function shoot(page: Page, name: string): Promise<void> {
  // Focus rings and caret blinks are not part of the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await axeViolations(page), name).toEqual([]);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

describe('screenshots of the seller’s flow', () => {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${device}, ${scheme}: the form, its errors and the receipt`, async () => {
        const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
        const prefix = `${device}-${scheme}`;
        if (scheme === 'light') {
          await page.goto(`${demo.url}/`);
          await openTicket(page, 'Dados e configurações da loja', 'Alteração de integradora');
        } else {
          await page.goto(`${demo.url}/embed.html?color-scheme=dark`);
          await choose(page, 'Categoria', 'Dados e configurações da loja');
          await choose(page, 'Assunto', 'Alteração de integradora');
          await page.getByRole('button', { name: 'Continuar' }).click();
        }
        await page.getByRole('heading', { name: 'Alteração de integradora' }).waitFor();
        await shoot(page, `${prefix}-1-form`);

        await page.getByRole('button', { name: 'Enviar' }).click();
        await page.getByRole('heading', { name: 'Há um problema' }).waitFor();
        await shoot(page, `${prefix}-2-errors`);

        await field(page, 'Integradora atual').fill('Bling');
        await field(page, 'Nova integradora').fill('Tiny ERP');
        await field(page, 'Client ID').fill('tiny-778899');
        await choose(page, 'Descadastrar TODOS os SKUs da loja?', 'Não');
        await choose(page, 'Manter o Token ativo da antiga integradora?', 'Sim');
        await page.getByRole('button', { name: 'Enviar' }).click();
        await page.getByRole('heading', { name: 'Chamado aberto' }).waitFor();
        await shoot(page, `${prefix}-3-receipt`);
        await page.close();
      });
    }
  }
});
