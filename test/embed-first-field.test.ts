/**
 * What the built embed bundle fetches before the first field of a plain `<sf-form>` shows (issue #18):
 * every script requested until the first control is in the DOM must be one that the embed budget of
 * scripts/size.mjs counts, and for the embed that is its one entry file (the code that reads a plain
 * schema rides in it: a chunk of its own would cost a round trip before the first field). Ajv comes
 * after the first field. The pattern engine is fetched before the first field only by a schema whose
 * conditions test a `pattern`.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs modules without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
// @ts-expect-error -- plain .mjs modules without type declarations.
import { measureEmbed } from '../scripts/size.mjs';
import { buildEmbed, type Build } from './support/builds.js';

/** A plain flat schema, as a site hands it over (no `$schema`, no conditions). */
const SCHEMA = {
  title: 'Contato',
  type: 'object',
  required: ['nome', 'email'],
  properties: {
    nome: { type: 'string', title: 'Seu nome', minLength: 3 },
    email: { type: 'string', title: 'E-mail', format: 'email' },
    assunto: { title: 'Assunto', enum: ['duvida', 'problema', 'sugestao'] },
    mensagem: { type: 'string', title: 'Mensagem', maxLength: 2000 },
    aceite: { type: 'boolean', title: 'Aceito ser contatado' },
  },
};

/**
 * A schema whose condition tests a `pattern`: `numero` shows once `cep` looks like a CEP (its default
 * does). Core decides that with the linear-time pattern engine, which only such schemas fetch.
 */
const PATTERN_SCHEMA = {
  title: 'Endereço',
  type: 'object',
  properties: { cep: { type: 'string', title: 'CEP', default: '01310-100' } },
  if: { properties: { cep: { pattern: '^\\d{5}-\\d{3}$' } }, required: ['cep'] },
  then: { properties: { numero: { type: 'string', title: 'Número' } } },
};

/** A draft-04 schema: read as draft-07 by the dialect readings, which only such schemas fetch. */
const DRAFT_04_SCHEMA = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  title: 'Cadastro',
  type: 'object',
  properties: { idade: { type: 'integer', title: 'Idade', minimum: 18, exclusiveMinimum: true } },
};

const EMBED = '/schemaforms/schemaforms.embed.js';
/** How late the server hands out Ajv's chunk. */
const AJV_DELAY_MS = 1000;

/** The host pages: the schema given inline (a property set by the page) or as `schema-src`. */
const PAGES: Record<string, string> = {
  '/inline.html': page(
    '<sf-form id="form"></sf-form>',
    `<script type="module">document.getElementById('form').schema = ${JSON.stringify(SCHEMA)};</script>`,
  ),
  '/schema-src.html': page('<sf-form schema-src="/forms/contato.schema.json"></sf-form>', ''),
  '/draft-04.html': page(
    '<sf-form id="form"></sf-form>',
    `<script type="module">document.getElementById('form').schema = ${JSON.stringify(DRAFT_04_SCHEMA)};</script>`,
  ),
  '/pattern-condition.html': page(
    '<sf-form id="form"></sf-form>',
    `<script type="module">document.getElementById('form').schema = ${JSON.stringify(PATTERN_SCHEMA)};</script>`,
  ),
};

function page(body: string, after: string): string {
  return `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>embed</title>
<script type="module" src="${EMBED}"></script></head><body>${body}${after}</body></html>`;
}

/**
 * Notes, in the page, when the first control appears: every shadow root is watched from its creation,
 * and a mutation observer's callback runs in the microtask after the render that added it.
 */
const RECORD_FIRST_CONTROL = `(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      if (window.__firstControlAt === undefined && root.querySelector('input, select, textarea')) {
        window.__firstControlAt = performance.now();
        window.__firstControls = root.querySelectorAll('input, select, textarea').length;
      }
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
})();`;

let embed: Build;
/** The files the embed budget counts. */
let counted: string[];
/**
 * The chunks the budget lists as fetched after the element's first render (its loading state), in
 * idle time: the sending code and error wording. While a `schema-src` is in flight that idle time can
 * come before the first field, which never waits for them.
 */
let idleTime: string[];
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  // One build at a time: each sets NODE_ENV=production while it runs.
  embed = await buildEmbed();
  const measured = (await measureEmbed()) as {
    counted?: string[];
    afterFirstRender?: { file: string }[];
    error?: string;
  };
  if (!measured.counted) throw new Error(`the embed budget was not measured: ${measured.error}`);
  counted = measured.counted;
  idleTime = (measured.afterFirstRender ?? []).map((chunk) => chunk.file);
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (PAGES[path]) return send(200, 'text/html; charset=utf-8', PAGES[path]);
    if (path === '/forms/contato.schema.json') return send(200, 'application/json', JSON.stringify(SCHEMA));
    const file = normalize(join(embed.dir, path.replace(/^\/schemaforms\//, '')));
    if (!path.startsWith('/schemaforms/') || !file.startsWith(embed.dir + sep)) return send(404, 'text/plain', '');
    // Ajv's chunk comes a second late, as on a slow network: a field shown by then was decided without it.
    const delay = chunksWith(AJV).some((name) => path.endsWith('/' + name)) ? AJV_DELAY_MS : 0;
    readFile(file).then(
      (body) => setTimeout(() => send(200, 'text/javascript; charset=utf-8', body), delay),
      () => send(404, 'text/plain', ''),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Fetched {
  /** Scripts requested before the first control was in the DOM, relative to the embed's folder. */
  readonly before: string[];
  /** Scripts requested after it (until the network went quiet). */
  readonly after: string[];
  /** How many controls the first render that showed any had. */
  readonly firstControls: number;
  /** Resources whose response ended after the first control was in the DOM. */
  readonly arrivedAfter: string[];
}

/** Loads a page and sorts every script it requested by whether that was before its first control. */
async function scriptsAroundFirstField(path: string): Promise<Fetched> {
  const page = await browser.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) requested.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.addInitScript(RECORD_FIRST_CONTROL);
    await page.goto(origin + path);
    await page.waitForFunction(() => (window as { __firstControlAt?: number }).__firstControlAt !== undefined);
    // Whatever comes after the first field (Ajv, the sending code) is requested by then.
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => ({
      firstControlAt: (window as { __firstControlAt?: number }).__firstControlAt!,
      firstControls: (window as { __firstControls?: number }).__firstControls!,
      ended: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.responseEnd] as const),
      started: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime] as const),
    }));
    expect(errors).toEqual([]);
    const startedAt = new Map(timing.started);
    const relative = (url: string) => new URL(url).pathname.replace(/^\/schemaforms\//, '');
    // A request the page's resource timing does not list counts as one made before the first field.
    const isBefore = (url: string) => !((startedAt.get(url) ?? -Infinity) >= timing.firstControlAt);
    return {
      before: [...new Set(requested.filter(isBefore).map(relative))].sort(),
      after: [...new Set(requested.filter((url) => !isBefore(url)).map(relative))].sort(),
      firstControls: timing.firstControls,
      arrivedAfter: [
        ...new Set(timing.ended.filter(([, end]) => end > timing.firstControlAt).map(([url]) => relative(url))),
      ].sort(),
    };
  } finally {
    await page.close();
  }
}

/** The chunk files holding a module whose id matches `pattern`. */
const chunksWith = (pattern: RegExp) =>
  embed.outputs.filter((o) => o.type === 'chunk' && o.moduleIds.some((id) => pattern.test(id))).map((o) => o.fileName);
/** Ajv's compiler. */
const AJV = /node_modules\/ajv\/dist\/(core|compile)/;
/** The code that reads a plain schema (what core's schema-reading module imports). */
const READING = /core\/dist\/(prepare-schema|check-schema-shape|engine\/condition-evaluator|decimal-multiple)\.js$/;
/** The dialect readings: fetched only by a draft-04/06 schema or one with subschema `$id`s. */
const DIALECT_READINGS = /core\/dist\/dialects\/(name-only-ids|upgrade-to-draft-07)\.js$/;
/** The linear-time pattern engine: fetched by a plain schema only when its conditions test a pattern. */
const PATTERNS = /core\/dist\/linear-regexp\.js$/;

describe.each(['/inline.html', '/schema-src.html'])('the built embed with a plain flat schema (%s)', (path) => {
  let fetched: Fetched;
  beforeAll(async () => {
    fetched = await scriptsAroundFirstField(path);
  }, 60_000);

  // Not a test of the idle-time chunks: they hold no reading code (checked below) and nothing waits for them.
  const beforeButIdleTime = () => fetched.before.filter((file) => !idleTime.includes(file));

  it('fetches before its first field only scripts the embed size budget counts', () => {
    expect(beforeButIdleTime().length).toBeGreaterThan(0);
    expect(beforeButIdleTime().filter((file) => !counted.includes(file))).toEqual([]);
  });

  it('fetches one script before its first field: the entry, which carries the schema-reading code', () => {
    expect(beforeButIdleTime()).toEqual(['schemaforms.embed.js']);
    expect(chunksWith(READING)).toEqual(['schemaforms.embed.js']);
    expect(idleTime.filter((file) => chunksWith(READING).includes(file))).toEqual([]);
  });

  it('fetches Ajv only after its first field', () => {
    const ajv = chunksWith(AJV);
    expect(ajv.length).toBeGreaterThan(0);
    expect(fetched.before.filter((file) => ajv.includes(file))).toEqual([]);
    // The page does load it, later: the split between before and after is real.
    expect(fetched.after.filter((file) => ajv.includes(file)).length).toBeGreaterThan(0);
  });

  it('does not wait for the pattern engine, which its conditions do not need', () => {
    const patterns = chunksWith(PATTERNS);
    expect(patterns).toHaveLength(1);
    expect(patterns.filter((file) => counted.includes(file))).toEqual([]);
    expect(fetched.before.filter((file) => patterns.includes(file))).toEqual([]);
  });

  it('does not fetch the dialect readings, which it does not need', () => {
    const readings = chunksWith(DIALECT_READINGS);
    expect(readings).toHaveLength(1);
    expect(readings.filter((file) => counted.includes(file))).toEqual([]);
    expect(fetched.before.concat(fetched.after).filter((file) => readings.includes(file))).toEqual([]);
  });
});

describe('the built embed with a draft-04 schema', () => {
  it('fetches the dialect readings before its first field, and shows the field', async () => {
    const fetched = await scriptsAroundFirstField('/draft-04.html');
    const readings = chunksWith(DIALECT_READINGS);
    expect(fetched.before.filter((file) => readings.includes(file))).toEqual(readings);
    expect(fetched.firstControls).toBe(1);
  }, 60_000);
});

describe('the built embed with a schema whose condition tests a pattern', () => {
  let fetched: Fetched;
  beforeAll(async () => {
    fetched = await scriptsAroundFirstField('/pattern-condition.html');
  }, 60_000);

  it('fetches the pattern engine before its first field, and shows the field the pattern decides', () => {
    const patterns = chunksWith(PATTERNS);
    expect(fetched.before.filter((file) => patterns.includes(file))).toEqual(patterns);
    // The first render already has `numero`, which the matching default CEP shows: decided by core
    // with the engine, not by Ajv, whose chunk arrived after that render.
    expect(fetched.firstControls).toBe(2);
    const ajv = chunksWith(AJV);
    expect(fetched.arrivedAfter.filter((file) => ajv.includes(file))).toEqual(
      ajv.filter((file) => fetched.before.concat(fetched.after).includes(file)),
    );
    expect(fetched.arrivedAfter.filter((file) => ajv.includes(file)).length).toBeGreaterThan(0);
  });
});
