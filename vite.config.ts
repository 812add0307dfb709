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
    rolldownOptions: { input: Object.fromEntries(pages) },
  },
});
