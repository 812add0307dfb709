// The demo app: the seller portal's "Suporte" page, the schema playground, an embed example and the
// kitchen sink, plus the ticket intake at /api/tickets. `npm start` serves it at http://localhost:5173/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaformsCatalog } from '@schemaforms/tooling/vite';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { dryRunEndpoint } from './demo/server/dry-run-endpoint.js';
import { formsFileEndpoint } from './demo/server/forms-file-endpoint.js';
import { intakeDataDir, ticketIntake } from './demo/server/intake-plugin.js';
import { eagerModules } from './scripts/eager-modules.mjs';
import { compactLitTemplates } from './scripts/lit-templates.mjs';
import { LIT_MODULES } from './scripts/prebundle.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The forms the demo serves; tests point this at a copy so they never write into the repository.
const schemasDir = process.env.SCHEMAFORMS_SCHEMAS_DIR ?? here('./schemas');

/**
 * What the dev server never serves, even through `/@fs/` or `?raw`: Vite's own defaults (setting `deny`
 * replaces them), the ticket data directory wherever it is, and any `.data` folder or ticket log (the old
 * default location inside the repository).
 */
const escapeGlob = (path: string) => path.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
const fsDeny = [
  '.env',
  '.env.*',
  '*.{crt,pem}',
  '**/.git/**',
  '.data',
  '**/.data/**',
  'tickets.jsonl',
  'schemaforms.lock',
].concat([escapeGlob(intakeDataDir()), `${escapeGlob(intakeDataDir())}/**`]);

/**
 * One chunk for the engine (core, elements, Lit) that every page shares, instead of Rolldown's split by
 * importer set, which gave core's schema index a file of its own because the lazy Ajv chunk and the
 * playground share it too (−0.4 KB on the portal). It holds only what the portal page imports
 * statically: what loads on demand (runtime Ajv, the JSON catalog, the file and list widgets) stays in
 * its own chunk. The schema check is left out by name: core's barrel exports it, so the portal reaches
 * it statically, but only the playground calls it (and the map editing helpers, only the map widget).
 */
function engineChunk(portalPage: string): { plugin: Plugin; test: (id: string) => boolean } {
  const engine = /packages\/(core|elements)\/src\/|node_modules\/(lit|lit-html|lit-element|@lit)\//;
  // The map editing helpers likewise: only the lazily loaded map widget calls them (issue #14, item 4).
  const playgroundOnly = /core\/src\/(check-schema-shape|map-editing)\.ts$/;
  let eager = new Set<string>();
  const plugin: Plugin = {
    name: 'schemaforms:engine-chunk',
    apply: 'build',
    async buildEnd() {
      // What the page imports statically, through core's index only what is imported (issue #18: the
      // help parser and the sending code stay lazy chunks). Keeping them in this chunk, as the flow
      // fetches both for every ticket, measured 54.62 KB before the first field instead of 51.18 (with a
      // 0.5 KB runtime chunk for the in-chunk dynamic imports), to save about 0.3 KB over the whole flow.
      eager = await eagerModules(this, [portalPage]);
    },
  };
  // The English strings: the index's `stringsFor` imports them statically, but the portal never calls it
  // and the elements fetch them only for an English form; in this chunk, that fetch would pull in a
  // Rolldown runtime chunk (+0.5 KB) for the in-chunk dynamic import.
  const fetchedOnly = /elements\/src\/i18n\/strings-en\.ts$/;
  return {
    plugin,
    test: (id) => engine.test(id) && eager.has(id) && !playgroundOnly.test(id) && !fetchedOnly.test(id),
  };
}
const engine = engineChunk(here('./demo/index.html'));

/**
 * The built pages without source comments and indentation (−0.1 KB on the portal page). A run of
 * whitespace stays one newline, so text renders the same; no page has multi-line <pre> or <textarea> text.
 */
const compactHtml: Plugin = {
  name: 'schemaforms:compact-html',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (page) => page.replace(/<!--[\s\S]*?-->/g, '').replace(/[ \t]*\n\s*/g, '\n'),
  },
};

const pages = ['index', 'playground', 'embed', 'kitchen-sink']
  .map((name) => [name, here(`./demo/${name}.html`)] as const)
  .filter(([, path]) => existsSync(path));

export default defineConfig(({ command }) => ({
  root: here('./demo'),
  // Workspace packages resolve to their TypeScript sources (the "source" export condition), so the
  // demo runs what is in packages/*/src without a build step. A build always takes packages'
  // production code (Lit without its dev-mode checks), whatever NODE_ENV the shell has.
  resolve: {
    conditions: ['source', ...(command === 'build' ? ['module', 'browser', 'production'] : defaultClientConditions)],
  },
  optimizeDeps: { include: [...LIT_MODULES, 'ajv/dist/2020.js', 'ajv', 'ajv-formats'] },
  server: { port: 5173, strictPort: false, host: 'localhost', fs: { deny: fsDeny } },
  preview: { port: 4173, host: 'localhost' },
  plugins: [
    schemaformsCatalog({ dir: schemasDir }),
    ticketIntake({ schemasDir }),
    // The playground's visual builder saves forms through it (dev server only), refreshing the
    // generated types of the repository's forms (a test's copy of the forms has none to refresh).
    formsFileEndpoint({
      schemasDir,
      cwd: here('.'),
      ...(process.env.SCHEMAFORMS_SCHEMAS_DIR ? {} : { typesDir: here('./demo/generated') }),
    }),
    // The playground's "test submission": the intake's validation, nothing stored (dev server only).
    dryRunEndpoint(),
    compactLitTemplates(),
    engine.plugin,
    compactHtml,
  ],
  build: {
    outDir: here('./dist/demo'),
    emptyOutDir: true,
    // Every browser the ES2022 build runs in supports <link rel="modulepreload">: no polyfill.
    modulePreload: { polyfill: false },
    // The elements colour themselves with light-dark() (Baseline 2024), so the pages need no
    // fallback variables for it either.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    rolldownOptions: {
      input: Object.fromEntries(pages),
      output: { codeSplitting: { groups: [{ name: 'schemaforms', test: engine.test }] } },
    },
  },
}));
