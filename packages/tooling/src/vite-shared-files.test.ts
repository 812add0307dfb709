/**
 * The Vite plugin with a shared file (issue #14 item 6): a form's module, or a folder file imported with
 * `?precompiled`, is precompiled with the shared file its `$ref`s name, and in dev, editing that shared
 * file reloads the form.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromPrecompiled, validateSubmission, type Catalog, type PrecompiledForm } from '@schemaforms/core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { formText, positionOf, writeForms } from './test-support/forms.js';
import { scratchDir } from './test-support/scratch.js';
import { schemaformsCatalog } from './vite.js';

const BASE = 'https://schemaforms.example/schemas/';
const scratch = scratchDir('vite-shared');
const servers: ViteDevServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
  scratch.remove();
});

/** A dev server (no HTTP) with the plugin on the forms folder `dir`, its build started. */
async function devServer(dir: string): Promise<ViteDevServer> {
  const root = path.join(scratch.dir, `app-${servers.length}`);
  mkdirSync(root, { recursive: true });
  const server = await createServer({
    configFile: false,
    root,
    customLogger: createLogger('silent'),
    plugins: [schemaformsCatalog({ dir })],
    server: { middlewareMode: true, hmr: false, watch: { usePolling: true, interval: 50 } },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  servers.push(server);
  await server.environments.client.pluginContainer.buildStart({});
  return server;
}

/** The shared file, with the CEP's `maxLength`. */
const shared = (maxLength: number) =>
  JSON.stringify({
    $id: `${BASE}_shared/address.schema.json`,
    $defs: { cep: { type: 'string', title: 'CEP', maxLength } },
  });

/** A forms folder: the shared file (a CEP of up to 8 characters), a form whose CEP `$ref`s it, and `more`. */
function formsWithSharedCep(more: Record<string, string> = {}): string {
  return writeForms({
    '_shared/address.schema.json': shared(8),
    'cat/subject.schema.json': formText('"cep": { "$ref": "../_shared/address.schema.json#/$defs/cep" }', {
      id: `${BASE}cat/subject.schema.json`,
    }),
    ...more,
  });
}

/** Whether the precompiled form `load` gives (loaded again at each call) accepts the answer `cep`. */
async function acceptsCep(load: () => Promise<PrecompiledForm>, cep: string): Promise<boolean> {
  return validateSubmission(fromPrecompiled({ ...(await load()) }), { cep }).valid;
}

/** Widens the shared CEP to 10 characters, then expects the form `load` gives to accept one that long (10 s at most). */
async function expectReloadedAfterSharedEdit(dir: string, load: () => Promise<PrecompiledForm>): Promise<void> {
  writeFileSync(path.join(dir, '_shared/address.schema.json'), shared(10));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !(await acceptsCep(load, '1234567890')))
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await acceptsCep(load, '1234567890')).toBe(true);
}

describe('schemaformsCatalog with a shared file', () => {
  it('precompiles the shared file into the form, leaves it out of the catalog, and reloads the form when it changes', async () => {
    const dir = formsWithSharedCep();
    const server = await devServer(dir);
    const catalog = (await server.ssrLoadModule('virtual:schemaforms/catalog')) as { default: Catalog };
    expect(catalog.default.subjects.map((s) => s.id)).toEqual(['cat/subject']);
    // The shared file itself, for a page that checks or compiles forms of the folder (the playground).
    expect(catalog.default.schemas).toEqual([JSON.parse(shared(8))]);
    const load = async () => (await server.ssrLoadModule('virtual:schemaforms/form/cat/subject')) as PrecompiledForm;
    expect(await acceptsCep(load, '1234567890')).toBe(false);
    await expectReloadedAfterSharedEdit(dir, load);
  }, 60_000);

  it('precompiles a folder file imported with ?precompiled with the shared file, reloads it, and names a missing one at file:line:col', async () => {
    const broken = formText('"cep": { "$ref": "../_shared/missing.schema.json" }', {
      id: `${BASE}cat/broken.schema.json`,
    });
    const dir = formsWithSharedCep({ 'cat/broken.schema.json': broken });
    const server = await devServer(dir);
    const file = `${path.join(dir, 'cat/subject.schema.json')}?precompiled`;
    const load = async () => ((await server.ssrLoadModule(file)) as { default: PrecompiledForm }).default;
    expect(await acceptsCep(load, '12345678')).toBe(true);
    expect(await acceptsCep(load, '1234567890')).toBe(false);
    await expectReloadedAfterSharedEdit(dir, load);

    const { line } = positionOf(broken, '"$ref": "../_shared/missing');
    const failure = await server.ssrLoadModule(`${path.join(dir, 'cat/broken.schema.json')}?precompiled`).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toContain(`broken.schema.json:${line}:`);
    expect(failure?.message).toContain('missing.schema.json');
  }, 60_000);
});
