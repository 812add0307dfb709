// Embedding in a page that did not ask for dark: the elements stay light in OS dark mode (they used to
// turn dark on a white page, with labels at 1.18:1), and turn dark only when the page opts in. axe is
// clean in every case, on the choice and on the form.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { axeViolations } from './support/axe.js';
import { removeDir, startDemo, type DemoServer } from './support/demo-server.js';
import { choose } from './support/portal.js';

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

/** The computed text colour of the "Categoria" label inside `<sf-ticket>`. */
function labelColour(page: Page): Promise<string> {
  return page
    .locator('sf-ticket')
    .evaluate((ticket) => getComputedStyle(ticket.shadowRoot!.querySelector('label')!).color);
}

async function openForm(page: Page): Promise<void> {
  await choose(page, 'Categoria', 'Token');
  await choose(page, 'Assunto', 'Revogação de Token');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByRole('heading', { name: 'Revogação de Token' }).waitFor();
}

describe('the embed page in OS dark mode', () => {
  it('keeps the elements light on a page that sets no color-scheme, with no axe violation', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${demo.url}/embed.html`);
    await page.getByRole('combobox', { name: 'Categoria' }).waitFor();
    expect(await labelColour(page)).toBe('rgb(27, 31, 35)');
    expect(await axeViolations(page)).toEqual([]);
    await openForm(page);
    const formText = await page.locator('sf-form').evaluate((form) => getComputedStyle(form).color);
    expect(formText).toBe('rgb(27, 31, 35)');
    // Light keeps its white surface, readable even on a host painted dark without opting in.
    const formSurface = await page.locator('sf-form').evaluate((form) => getComputedStyle(form).backgroundColor);
    expect(formSurface).toBe('rgb(255, 255, 255)');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('turns dark when the host opts in with color-scheme, with no axe violation', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${demo.url}/embed.html?color-scheme=dark`);
    await page.getByRole('combobox', { name: 'Categoria' }).waitFor();
    expect(await labelColour(page)).toBe('rgb(233, 236, 239)');
    expect(await axeViolations(page)).toEqual([]);
    await openForm(page);
    expect(await axeViolations(page)).toEqual([]);
    // The form's surface is the host's: no box of another shade, and its fields start where the host's
    // content (the ticket's step, the page's padding) starts.
    const surface = await page.evaluate(() => {
      const ticket = document.querySelector('sf-ticket')!;
      const form = ticket.shadowRoot!.querySelector('sf-form')!;
      const field = form.shadowRoot!.querySelector('.field')!;
      return {
        form: getComputedStyle(form).backgroundColor,
        page: getComputedStyle(document.body).backgroundColor,
        fieldLeft: field.getBoundingClientRect().left,
        hostLeft: ticket.getBoundingClientRect().left,
      };
    });
    expect(surface.form).toBe(surface.page);
    expect(surface.fieldLeft).toBe(surface.hostLeft);
    await page.close();
  });

  it('has a main landmark on the embed and kitchen-sink pages', async () => {
    const page = await browser.newPage();
    for (const path of ['/embed.html', '/kitchen-sink.html']) {
      await page.goto(`${demo.url}${path}`);
      await expect(page.getByRole('main').count()).resolves.toBe(1);
    }
    await page.close();
  });
});
