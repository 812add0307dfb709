import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { BUDGETS } from '../scripts/size.mjs';
import { buildDemo, EVAL_PATTERN, repo, scripts, type Build } from './support/builds.js';

/** The policy the built demo must run under: scripts from its own origin only, so no eval. */
const CSP = "script-src 'self'";

let demo: Build;
let server: PreviewServer;
let origin: string;
let browser: Browser;
let dataDir: string;
let previousDataDir: string | undefined;
/** What the ticket flow loaded from the demo's origin (path → body), for the budget check. */
let flowLoaded: Map<string, Buffer> | undefined;

beforeAll(async () => {
  demo = await buildDemo();
  // The portal's intake stores tickets under $SCHEMAFORMS_DATA_DIR, read when the server starts.
  dataDir = await mkdtemp(join(tmpdir(), 'schemaforms-csp-'));
  previousDataDir = process.env.SCHEMAFORMS_DATA_DIR;
  process.env.SCHEMAFORMS_DATA_DIR = dataDir;
  const { preview } = await import('vite');
  server = await preview({
    configFile: join(repo, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: demo.dir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
      headers: { 'Content-Security-Policy': CSP },
    },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (previousDataDir === undefined) delete process.env.SCHEMAFORMS_DATA_DIR;
  else process.env.SCHEMAFORMS_DATA_DIR = previousDataDir;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Watch {
  readonly violations: () => Promise<string[]>;
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly loaded: Map<string, Buffer>;
}

/** Records CSP violations (the DOM event and Chromium's console report), page errors and every file loaded. */
async function watch(page: Page): Promise<Watch> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const loaded = new Map<string, Buffer>();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || url.pathname.startsWith('/api/')) return;
    try {
      loaded.set(url.pathname, await response.body());
    } catch {
      // A response without a body (a redirect) has nothing to measure.
    }
  });
  return {
    violations: () => page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations),
    consoleErrors,
    pageErrors,
    loaded,
  };
}

/** Picks `option` in the choice labelled `label`, whether it is drawn as a select or as radios. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByRole('combobox', { name: label });
  if ((await select.count()) > 0) {
    await select.selectOption({ label: option });
    return;
  }
  await page.getByRole('group', { name: label }).getByRole('radio', { name: option }).check();
}

describe(`the built portal demo under Content-Security-Policy: ${CSP}`, () => {
  it('sends the policy with every page', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('opens a Revogação de Token ticket and gets its number, with no CSP violation', async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    try {
      await page.goto(`${origin}/`);
      await page.getByRole('button', { name: 'Abrir chamado' }).click();
      await choose(page, 'Categoria', 'Token');
      await choose(page, 'Assunto', 'Revogação de Token');
      await page.getByRole('button', { name: 'Continuar' }).click();

      await page.getByLabel('Integradora Atual').fill('Bling');
      await page.getByLabel('Informe o seu Token').fill('tok_live_0123456789');
      await choose(page, 'Possui pedidos em andamento?', 'Não');
      await page.getByLabel('Deixe sua mensagem').fill('Trocamos de ERP; revoguem o token antigo, por favor.');

      // <sf-ticket> POSTs each subject's answers to `{action}/{subject id}`.
      const posted = page.waitForResponse(
        (r) => new URL(r.url()).pathname.startsWith('/api/tickets') && r.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Enviar' }).click();
      const response = await posted;
      expect(response.status()).toBe(201);
      const body = (await response.json()) as { ticket?: { number?: string } };
      const number = body.ticket?.number;
      expect(number).toBeTruthy();
      await expect.poll(() => page.getByText(String(number)).count()).toBeGreaterThan(0);

      expect(await seen.violations()).toEqual([]);
      expect(seen.consoleErrors.filter((text) => /Content Security Policy|unsafe-eval|Refused to/i.test(text))).toEqual(
        [],
      );
      expect(seen.pageErrors).toEqual([]);

      // What the flow loaded: no script that builds code from strings, and within the portal budget.
      const js = [...seen.loaded].filter(([path]) => path.endsWith('.js'));
      expect(js.length).toBeGreaterThan(0);
      for (const [path, body] of js)
        expect(`${path}: ${EVAL_PATTERN.test(body.toString('utf8'))}`).toBe(`${path}: false`);
      // The seed forms have no attachment, list, number or date: those chunks are never fetched. (The
      // portal keeps drafts since issue 17, so the drafts chunk is part of the flow.)
      const onDemand = demo.outputs
        .filter(
          (o) => o.type === 'chunk' && o.moduleIds.some((id) => /widgets\/(file|array|typed)-widgets?\./.test(id)),
        )
        .map((o) => `/${o.fileName}`);
      expect(onDemand).toHaveLength(3);
      expect(js.map(([path]) => path).filter((path) => onDemand.includes(path))).toEqual([]);
      // Nor do they use object alternatives, reveals or tuples: the engine's code for them stays away.
      expect(js.map(([path]) => path)).not.toContain(engineFeaturesChunk());
      flowLoaded = seen.loaded;
    } finally {
      await page.close();
    }
  });

  /** The path of the chunk with the engine's alternatives, reveals and tuples (core's engine/features/). */
  function engineFeaturesChunk(): string {
    const chunk = demo.outputs.filter(
      (o) => o.type === 'chunk' && o.moduleIds.some((id) => /engine\/features\/all-engine-features\./.test(id)),
    );
    expect(chunk).toHaveLength(1);
    return `/${chunk[0]!.fileName}`;
  }

  it('loads no more for the ticket flow than the portal size ceiling', () => {
    expect(flowLoaded, 'the ticket flow test did not run').toBeDefined();
    const sizes = [...flowLoaded!].map(([path, body]) => [path, gzipSync(body, { level: 9 }).length] as const);
    const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
    const list = sizes.map(([path, bytes]) => `${path} ${(bytes / 1000).toFixed(2)} KB`).join(', ');
    console.log(
      `The portal ticket flow loaded ${sizes.length} files, ${(total / 1000).toFixed(2)} KB min+gzip: ${list}`,
    );
    expect(
      total,
      `portal flow ceiling (${BUDGETS.portal.label}): see npm run size for the modules`,
    ).toBeLessThanOrEqual(BUDGETS.portal.flowCeiling);
  });

  it('renders the kitchen sink (every widget kind, precompiled at build time) with no CSP violation', async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    try {
      await page.goto(`${origin}/kitchen-sink.html`);
      const store = page.getByLabel('Chamado para loja');
      await expect.poll(() => store.count()).toBeGreaterThan(0);
      expect(await page.getByText('Este formulário está temporariamente indisponível.').count()).toBe(0);
      // Validation runs too: the precompiled validator, not a runtime compile, answers.
      await page.getByRole('button', { name: 'Enviar' }).click();
      await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);

      expect(await seen.violations()).toEqual([]);
      expect(seen.pageErrors).toEqual([]);
      const ajvLoaded = [...seen.loaded.keys()].filter((path) => /\/ajv-[^/]*\.js$/.test(path));
      expect(ajvLoaded).toEqual([]);
      // Its conditions reveal fields: the engine's code for reveals (and alternatives, tuples) came.
      expect([...seen.loaded.keys()]).toContain(engineFeaturesChunk());
    } finally {
      await page.close();
    }
  });

  it('starts the kitchen sink without drafts, and says so, when the drafts code cannot be fetched', async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    try {
      // As offline: the drafts chunk (fetched on first use of draft-key) never arrives.
      await page.route(/\/assets\/drafts-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
      await page.goto(`${origin}/kitchen-sink.html`);
      await expect.poll(() => page.getByText(/Não é possível salvar rascunhos neste navegador/).count()).toBe(1);
      const store = page.getByLabel('Chamado para loja');
      expect(await store.count()).toBeGreaterThan(0);
      await page.getByLabel(/^Seu nome/).fill('Maria');
      await expect.poll(() => page.locator('#answers').textContent()).toMatch(/"nome": "Maria"/);
      expect(seen.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('contains no eval or new Function outside the lazily loaded Ajv compiler', async () => {
    const offenders = (await scripts(demo.dir)).filter(({ text }) => EVAL_PATTERN.test(text)).map(({ file }) => file);
    const ajvOnly = new Set(
      demo.outputs
        .filter(
          (o) => o.type === 'chunk' && o.moduleIds.some((id) => /node_modules\/ajv\/dist\/(core|compile)/.test(id)),
        )
        .map((o) => join(demo.dir, o.fileName)),
    );
    expect(offenders.filter((file) => !ajvOnly.has(file))).toEqual([]);
  });
});
