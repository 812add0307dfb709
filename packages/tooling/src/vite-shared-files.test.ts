/**
 * The Vite plugin with a shared file (issue #14 item 6): a form's module is precompiled with the shared
 * file its `$ref`s name, and in dev, editing that shared file reloads the form.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromPrecompiled, validateSubmission, type Catalog, type PrecompiledForm } from '@schemaforms/core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { formText, writeForms } from './test-support/forms.js';
import { scratchDir } from './test-support/scratch.js';
import { schemaformsCatalog } from './vite.js';

const BASE = 'https://schemaforms.example/schemas/';
const scratch = scratchDir('vite-shared');
let server: ViteDevServer | undefined;
afterAll(async () => {
  await server?.close();
  scratch.remove();
});

/** The shared file, with the CEP's `maxLength`. */
const shared = (maxLength: number) =>
  JSON.stringify({
    $id: `${BASE}_shared/address.schema.json`,
    $defs: { cep: { type: 'string', title: 'CEP', maxLength } },
  });

describe('schemaformsCatalog with a shared file', () => {
  it('precompiles the shared file into the form, leaves it out of the catalog, and reloads the form when it changes', async () => {
    const dir = writeForms({
      '_shared/address.schema.json': shared(8),
      'cat/subject.schema.json': formText('"cep": { "$ref": "../_shared/address.schema.json#/$defs/cep" }', {
        id: `${BASE}cat/subject.schema.json`,
      }),
    });
    const root = path.join(scratch.dir, 'app');
    mkdirSync(root, { recursive: true });
    server = await createServer({
      configFile: false,
      root,
      customLogger: createLogger('silent'),
      plugins: [schemaformsCatalog({ dir })],
      server: { middlewareMode: true, hmr: false, watch: { usePolling: true, interval: 50 } },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await server.environments.client.pluginContainer.buildStart({});
    const catalog = (await server.ssrLoadModule('virtual:schemaforms/catalog')) as { default: Catalog };
    expect(catalog.default.subjects.map((s) => s.id)).toEqual(['cat/subject']);
    const accepts = async (cep: string): Promise<boolean> => {
      const mod = (await server!.ssrLoadModule('virtual:schemaforms/form/cat/subject')) as PrecompiledForm;
      return validateSubmission(fromPrecompiled({ ...mod }), { cep }).valid;
    };
    expect(await accepts('1234567890')).toBe(false);

    writeFileSync(path.join(dir, '_shared/address.schema.json'), shared(10));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !(await accepts('1234567890')))
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await accepts('1234567890')).toBe(true);
  }, 60_000);
});
