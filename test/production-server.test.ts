// The production server (`npm run serve`) as a child process — plain Node, no Vite in it — serving the
// built portal: forms are live, versioned content. A schema dropped in reaches sellers in seconds under
// `script-src 'self'`; an edit never rejects a form opened before it; a broken file keeps the last good
// revision live and names file:line:col; a deleted file still takes open forms for the grace period.
import { cp, mkdtemp, readFile, readdir, rm, unlink, writeFile, mkdir } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { buildDemo, buildEmbed, EVAL_PATTERN, repo } from './support/builds.js';
import { choose, field } from './support/portal.js';
import { startServerProcess, type ServerProcess } from './support/production-process.js';

const ADMIN_TOKEN = 'admin-token-for-the-e2e-test';
const GRACE_SECONDS = 4;
const FILE = 'financeiro/estorno-de-pedido.schema.json';
const SUBJECT = 'financeiro/estorno-de-pedido';

/** The new form, as a content editor writes it; `withReason` adds a required field. */
function schemaText(withReason: boolean): string {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://schemaforms.example/schemas/financeiro/estorno-de-pedido.schema.json',
    title: 'Estorno de pedido',
    'x-category': 'Financeiro',
    description: 'Peça o estorno de um pedido pago.',
    type: 'object',
    properties: {
      pedido: { type: 'string', title: 'Número do pedido', minLength: 1, maxLength: 40, 'x-code': true },
      ...(withReason ? { motivo: { type: 'string', title: 'Motivo do estorno', minLength: 1, maxLength: 500 } } : {}),
    },
    required: withReason ? ['pedido', 'motivo'] : ['pedido'],
    additionalProperties: false,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

interface CatalogEntry {
  id: string;
  title: string;
  revision: string;
  module: string;
}

let server: ServerProcess;
let browser: Browser;
let formsDir: string;
let dataDir: string;

beforeAll(async () => {
  const demo = await buildDemo();
  const embed = await buildEmbed();
  formsDir = await mkdtemp(join(tmpdir(), 'sf-serve-forms-'));
  dataDir = await mkdtemp(join(tmpdir(), 'sf-serve-data-'));
  await cp(join(repo, 'schemas'), formsDir, { recursive: true, filter: (source) => !source.endsWith('.md') });
  server = await startServerProcess({
    SCHEMAFORMS_SCHEMAS_DIR: formsDir,
    SCHEMAFORMS_STATIC_DIR: demo.dir,
    SCHEMAFORMS_EMBED_DIR: embed.dir,
    SCHEMAFORMS_DATA_DIR: dataDir,
    SCHEMAFORMS_ADMIN_TOKEN: ADMIN_TOKEN,
    SCHEMAFORMS_RETIRED_GRACE_SECONDS: String(GRACE_SECONDS),
    SCHEMAFORMS_RESCAN_SECONDS: '1',
  });
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  for (const dir of [formsDir, dataDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

async function catalog(): Promise<CatalogEntry[]> {
  const response = await fetch(`${server.url}/api/catalog.json`);
  return ((await response.json()) as { subjects: CatalogEntry[] }).subjects;
}

async function entry(): Promise<CatalogEntry | undefined> {
  return (await catalog()).find((subject) => subject.id === SUBJECT);
}

/** Polls `read` until `accept` holds, for up to `seconds`; returns the last value read. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, seconds = 10): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A page that records CSP violations (the DOM event) and page errors. */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]>; errors: string[] }> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      errors.push(message.text());
  });
  return {
    page,
    errors,
    violations: () => page.evaluate(() => (globalThis as unknown as { __violations: string[] }).__violations),
  };
}

async function openNewSubject(page: Page): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: 'Abrir chamado' }).click();
  await choose(page, 'Categoria', 'Financeiro');
  await choose(page, 'Assunto', 'Estorno de pedido');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await field(page, 'Número do pedido').waitFor();
}

/** Clicks Enviar and returns the POST's URL, status and body. */
async function send(page: Page): Promise<{ url: URL; status: number; body: { ticket?: { number?: string } } }> {
  const posted = page.waitForResponse(
    (r) => new URL(r.url()).pathname.startsWith('/api/tickets') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Enviar' }).click();
  const response = await posted;
  return {
    url: new URL(response.url()),
    status: response.status(),
    body: (await response.json()) as { ticket?: { number?: string } },
  };
}

function post(path: string, answers: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(answers),
  });
}

describe('the production server (npm run serve, no Vite)', () => {
  it('serves pages with the CSP and no-cache, hashed assets immutable, and answers /healthz', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/(^|;\s*)script-src 'self'(;|$)/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).toContain('<meta name="schemaforms-catalog" content="/api/catalog.json">');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${server.url}${asset}`);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const again = await fetch(`${server.url}${asset}`, { headers: { 'If-None-Match': script.headers.get('etag')! } });
    expect(again.status).toBe(304);
    // The engine chunk (tens of KB) travels gzipped to a client that accepts it.
    const engine = /(\/assets\/schemaforms-[^"]+\.js)/.exec(html)?.[1];
    expect(engine).toBeDefined();
    const zipped = await fetch(`${server.url}${engine}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(EVAL_PATTERN.test(await zipped.text())).toBe(false);
    expect((await fetch(`${server.url}/../package.json`)).status).toBe(404);

    // The embed bundle: its entry keeps its name (revalidated), its chunks are hashed (immutable).
    const entry = await fetch(`${server.url}/embed/schemaforms.embed.js`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    const chunk = /["'`](\.\/schemaforms\.embed\/[^"'`]+\.js)["'`]/.exec(await entry.text())?.[1];
    expect(chunk).toBeDefined();
    const chunkResponse = await fetch(new URL(chunk!, `${server.url}/embed/`));
    expect(chunkResponse.status).toBe(200);
    expect(chunkResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Only the bundle is served from that folder, not the package's compiled sources.
    expect((await fetch(`${server.url}/embed/index.js`)).status).toBe(404);
    // The server process is plain Node: nothing it runs imports Vite.
    const compiled = await readdir(join(repo, 'dist/server'), { recursive: true });
    for (const file of compiled.filter((name) => name.endsWith('.js'))) {
      expect(await readFile(join(repo, 'dist/server', file), 'utf8'), file).not.toMatch(
        /from ['"]vite['"]|import\(['"]vite['"]\)/,
      );
    }
  });

  it('puts a dropped-in schema in the catalog within seconds; it renders and its ticket is accepted under script-src self', async () => {
    expect(await entry()).toBeUndefined();
    await mkdir(join(formsDir, 'financeiro'), { recursive: true });
    await writeFile(join(formsDir, FILE), schemaText(false));
    const started = Date.now();
    const added = await until(entry, (found) => found !== undefined);
    expect(added, 'the new subject never reached the catalog').toBeDefined();
    const took = Date.now() - started;
    console.log(`The dropped-in schema reached the live catalog in ${took} ms.`);
    expect(took).toBeLessThan(10_000);

    const module = await fetch(`${server.url}${added!.module}`);
    expect(module.status).toBe(200);
    expect(module.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(module.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(EVAL_PATTERN.test(await module.text())).toBe(false);

    const { page, violations, errors } = await watchedPage();
    try {
      await openNewSubject(page);
      await field(page, 'Número do pedido').fill('PED-1001');
      const sent = await send(page);
      expect(sent.status).toBe(201);
      expect(sent.url.searchParams.get('revision')).toBe(added!.revision);
      expect(sent.body.ticket?.number).toMatch(/^CH-\d+$/);
      await page.getByText(sent.body.ticket!.number!).first().waitFor();
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('offers the new subject on the embed page too, from the same live catalog, with no CSP violation', async () => {
    const { page, violations, errors } = await watchedPage();
    try {
      await page.goto(`${server.url}/embed.html`);
      await choose(page, 'Categoria', 'Financeiro');
      await choose(page, 'Assunto', 'Estorno de pedido');
      await page.getByRole('button', { name: 'Continuar' }).click();
      await field(page, 'Número do pedido').waitFor();
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('accepts a ticket from a page opened before an edit that added a required field', async () => {
    const before = (await entry())!;
    const { page, violations, errors } = await watchedPage();
    try {
      await openNewSubject(page);
      await writeFile(join(formsDir, FILE), schemaText(true));
      const after = await until(entry, (found) => found?.revision !== before.revision);
      expect(after?.revision).not.toBe(before.revision);
      // The edit is live: the new revision requires the reason.
      const strict = await post(`/api/tickets/${SUBJECT}?revision=${after!.revision}`, { pedido: 'PED-1' });
      expect(strict.status).toBe(422);

      // The page still shows the old form (no reason field), and its ticket is accepted.
      expect(await field(page, 'Motivo do estorno').count()).toBe(0);
      await field(page, 'Número do pedido').fill('PED-1002');
      const sent = await send(page);
      expect(sent.status).toBe(201);
      expect(sent.url.searchParams.get('revision')).toBe(before.revision);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);

      // A page opened now gets the new revision, without a rebuild or restart.
      const fresh = await browser.newPage();
      try {
        await fresh.goto(`${server.url}/`);
        await fresh.getByRole('button', { name: 'Abrir chamado' }).click();
        await choose(fresh, 'Categoria', 'Financeiro');
        await choose(fresh, 'Assunto', 'Estorno de pedido');
        await fresh.getByRole('button', { name: 'Continuar' }).click();
        await field(fresh, 'Motivo do estorno').waitFor();
      } finally {
        await fresh.close();
      }
    } finally {
      await page.close();
    }
  });

  it('keeps the last good revision live when the file breaks, and names the error with file:line:col', async () => {
    const good = (await entry())!;
    const text = schemaText(true);
    // A trailing comma after the last property: invalid JSON.
    await writeFile(
      join(formsDir, FILE),
      text.replace(/"additionalProperties": false/, '"additionalProperties": false,'),
    );
    type Status = {
      forms: { subject: string; liveRevision: string | null; errors: { location: string; message: string }[] }[];
    };
    const read = async (): Promise<Status['forms'][number] | undefined> =>
      ((await (await fetch(`${server.url}/api/forms/status`)).json()) as Status).forms.find(
        (form) => form.subject === SUBJECT,
      );
    const status = await until(read, (form) => (form?.errors.length ?? 0) > 0);
    expect(status?.liveRevision).toBe(good.revision);
    expect(status?.errors[0]?.location).toMatch(/estorno-de-pedido\.schema\.json:\d+:\d+$/);
    const line = text.split('\n').findIndex((l) => l.includes('"additionalProperties"')) + 1;
    expect(
      status?.errors.some((error) => error.location.includes(`:${line}:`) || error.location.includes(`:${line + 1}:`)),
    ).toBe(true);
    expect(server.output()).toMatch(/estorno-de-pedido\.schema\.json:\d+:\d+/);

    // Sellers see nothing change: same revision in the catalog, and its tickets are accepted.
    expect((await entry())?.revision).toBe(good.revision);
    const accepted = await post(`/api/tickets/${SUBJECT}?revision=${good.revision}`, {
      pedido: 'PED-3',
      motivo: 'Cobrança em dobro',
    });
    expect(accepted.status).toBe(201);
  });

  it('retires a deleted subject: open forms are accepted during the grace period, then told to reload', async () => {
    const live = (await entry())!;
    // A seller has the form open and filled when the file is deleted.
    const { page, violations, errors } = await watchedPage();
    await openNewSubject(page);
    await field(page, 'Número do pedido').fill('PED-9');
    await field(page, 'Motivo do estorno').fill('Pedido duplicado');
    await unlink(join(formsDir, FILE));
    await until(entry, (found) => found === undefined);
    expect(await entry()).toBeUndefined();
    const within = await post(`/api/tickets/${SUBJECT}?revision=${live.revision}`, {
      pedido: 'PED-4',
      motivo: 'Produto devolvido',
    });
    expect(within.status).toBe(201);

    // The grace period counts from when the server saw the deletion, as the status says.
    type Status = { forms: { subject: string; retired?: { at: string; acceptedUntil: string } }[] };
    const status = (await (await fetch(`${server.url}/api/forms/status`)).json()) as Status;
    const retired = status.forms.find((form) => form.subject === SUBJECT)?.retired;
    expect(retired).toBeDefined();
    expect(Date.parse(retired!.acceptedUntil) - Date.parse(retired!.at)).toBe(GRACE_SECONDS * 1000);
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, Date.parse(retired!.acceptedUntil) + 500 - Date.now())),
    );
    const after = await fetch(`${server.url}/api/tickets/${SUBJECT}?revision=${live.revision}&locale=pt-BR`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ pedido: 'PED-5', motivo: 'Produto devolvido' }),
    });
    expect(after.status).toBe(422);
    const body = (await after.json()) as { errors: { keyword?: string; message: string }[] };
    expect(body.errors[0]?.keyword).toBe('form-retired');
    expect(body.errors[0]?.message).toMatch(/recarregue a página/i);

    // The seller's Enviar now: the reason to reload is on screen, and every answer is still there.
    try {
      const sent = await send(page);
      expect(sent.status).toBe(422);
      await page
        .getByText(/Este assunto não recebe mais chamados/)
        .first()
        .waitFor();
      expect(await field(page, 'Número do pedido').inputValue()).toBe('PED-9');
      expect(await field(page, 'Motivo do estorno').inputValue()).toBe('Pedido duplicado');
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lists the tickets with their revisions to the admin only', async () => {
    expect((await fetch(`${server.url}/api/tickets`)).status).toBe(401);
    const listed = await fetch(`${server.url}/api/tickets`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(listed.status).toBe(200);
    const { tickets } = (await listed.json()) as { tickets: { subject: string; revision?: string }[] };
    const ours = tickets.filter((ticket) => ticket.subject === SUBJECT);
    expect(ours.length).toBe(4);
    expect(new Set(ours.map((ticket) => ticket.revision)).size).toBe(2);
  });

  it('finishes a request in flight on SIGTERM, then exits cleanly', async () => {
    await mkdir(join(formsDir, 'financeiro'), { recursive: true });
    await writeFile(join(formsDir, FILE), schemaText(false));
    await until(entry, (found) => found !== undefined);
    const { hostname, port } = new URL(server.url);
    const body = JSON.stringify({ pedido: 'PED-6' });
    // Headers and half the body now, SIGTERM, then the rest: the ticket must still be stored.
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          hostname,
          port,
          method: 'POST',
          path: `/api/tickets/${SUBJECT}`,
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(5)), 300);
      }, 300);
    });
    const result = await answered;
    expect(result.status).toBe(201);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: stopping; 1 request in flight/);
    expect(server.output()).toMatch(/\[server\] stopped/);
  });
});
