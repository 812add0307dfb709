// The demo app: the seller portal's "Suporte" page, the schema playground, an embed example and the
// kitchen sink, plus the ticket intake at /api/tickets. `npm start` serves it at http://localhost:5173/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaformsCatalog } from '@schemaforms/tooling/vite';
import { defaultClientConditions, defineConfig } from 'vite';
import { ticketIntake } from './demo/server/intake-plugin.js';
import { compactLitTemplates } from './scripts/lit-templates.mjs';
import { LIT_MODULES } from './scripts/prebundle.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The forms the demo serves; tests point this at a copy so they never write into the repository.
const schemasDir = process.env.SCHEMAFORMS_SCHEMAS_DIR ?? here('./schemas');

/**
 * One chunk for the engine (core, elements, Lit) that every page shares, instead of Rolldown's split by
 * importer set, which gave core's schema index a file of its own because the lazy Ajv chunk and the
 * playground share it too (−0.4 KB on the portal). Left out, so they load only where they are used: the
 * modules behind a dynamic import (runtime Ajv, the JSON catalog) and the schema check the playground
 * alone calls (core's barrel exports it, so the import graph cannot tell).
 */
const LAZY_ENGINE_MODULES = /core\/src\/(ajv|check-schema-shape)\.ts$|elements\/src\/ticket\/json-catalog\.ts$/;
const isEngineModule = (id: string): boolean =>
  /packages\/(core|elements)\/src\/|node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id) && !LAZY_ENGINE_MODULES.test(id);

const pages = ['index', 'playground', 'embed', 'kitchen-sink']
  .map((name) => [name, here(`./demo/${name}.html`)] as const)
  .filter(([, path]) => existsSync(path));

export default defineConfig({
  root: here('./demo'),
  // Workspace packages resolve to their TypeScript sources (the "source" export condition), so the
  // demo runs what is in packages/*/src without a build step.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  optimizeDeps: { include: [...LIT_MODULES, 'ajv/dist/2020.js', 'ajv', 'ajv-formats'] },
  server: { port: 5173, strictPort: false, host: 'localhost' },
  preview: { port: 4173, host: 'localhost' },
  plugins: [schemaformsCatalog({ dir: schemasDir }), ticketIntake({ schemasDir }), compactLitTemplates()],
  build: {
    outDir: here('./dist/demo'),
    emptyOutDir: true,
    // Every browser the ES2022 build runs in supports <link rel="modulepreload">: no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: Object.fromEntries(pages),
      output: { codeSplitting: { groups: [{ name: 'schemaforms', test: isEngineModule }] } },
    },
  },
});
