/**
 * The Vite dev overlay speaks the check's language (issue 16): the plugin's `locale` option, read as
 * the CLI's `--locale`, words both its heading and the diagnostics it carries to the overlay.
 */
import path from 'node:path';
import type { Catalog } from '@schemaforms/core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkForms } from './check.js';
import { formatDiagnostic } from './diagnostic.js';
import { formText, writeForms } from './test-support/forms.js';
import { scratchDir } from './test-support/scratch.js';
import { schemaformsCatalog } from './vite.js';

const scratch = scratchDir('vite-overlay-words');
afterAll(() => scratch.remove());

describe('the dev overlay in pt-BR', () => {
  let server: ViteDevServer | undefined;
  afterAll(async () => server?.close());

  it('shows the heading and the same messages as schemaforms check --locale pt-BR', async () => {
    const dir = writeForms({
      'token/quebrado.schema.json': formText('"a": { "type": "strin", "maxLength": 5 }', {
        id: 'https://schemaforms.example/schemas/token/quebrado.schema.json',
        title: 'Quebrado',
        category: 'Token',
      }),
    });
    const logger = createLogger('silent');
    server = await createServer({
      configFile: false,
      root: scratch.dir,
      customLogger: logger,
      plugins: [schemaformsCatalog({ dir, locale: 'pt-BR' })],
      server: { middlewareMode: true, hmr: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    const sent = vi.spyOn(server.ws, 'send');
    const catalog = (await server.ssrLoadModule('virtual:schemaforms/catalog')) as { default: Catalog };
    expect(catalog.default.subjects).toEqual([]);

    const cli = await checkForms(dir, { cwd: process.cwd(), locale: 'pt-BR' });
    const errors = cli.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.message)).toContain(
      'tipo desconhecido "strin" — você quis dizer "string"? use um de string, number, integer, boolean, object, array, null',
    );
    const shown = path.relative(process.cwd(), dir) || dir;
    expect(sent).toHaveBeenCalledWith({
      type: 'error',
      err: expect.objectContaining({
        message: `schemaforms: ${errors.length} ${errors.length === 1 ? 'problema' : 'problemas'} em ${shown}; os assuntos afetados ficam fora do catálogo:\n${errors.map(formatDiagnostic).join('\n')}`,
      }),
    });
  }, 60_000);
});
