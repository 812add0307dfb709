/**
 * The embed bundle: `dist/schemaforms.embed.js`, one ES module a site loads with
 * `<script type="module" src=".../schemaforms.embed.js">` to get every element, with Lit and
 * `@schemaforms/core` bundled in. Ajv (with ajv-formats) is not in it: the core imports it lazily, so it
 * lands in `dist/schemaforms.embed/` as a chunk fetched only when a page hands over a plain JSON schema
 * (runtime compilation); forms with precompiled validators never load it. The code that reads a plain
 * schema before its first field shows is in the entry (src/embed.ts imports src/plain-schemas.ts).
 *
 * Built from `dist/` (the `tsc -b` output, decorators already compiled), so run `tsc -b` first; the
 * root `npm run build` does. `scripts/size.mjs` builds this same config to measure the budget.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { eagerModules } from '../../scripts/eager-modules.mjs';
import { compactLitTemplates } from '../../scripts/lit-templates.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The module the bundle starts from: `src/embed.ts`, which registers `<sf-form>` at once and
 * `<sf-ticket>` when a page uses it (its code is a lazy chunk).
 */
export const EMBED_ENTRY = here('./dist/embed.js');

/** Chunks are hashed and dist/ is not emptied (tsc's output lives there): drop the last build's chunks. */
function cleanChunks(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'schemaforms:clean-embed-chunks',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      if (config.build.write) rmSync(join(config.build.outDir, 'schemaforms.embed'), { recursive: true, force: true });
    },
  };
}

/**
 * Every module the entry needs at load, in one group: the group holding the entry module is the entry
 * chunk, so the embed stays one eager file. Without it Rolldown gave core's json-pointer module a chunk
 * of its own, loaded at start beside the entry: lazy chunks (Ajv, the map widget, remote refs, translated
 * texts) import it too, and Rolldown merges a module shared with lazy chunks into the entry only when it
 * can prove every such chunk is reached from the entry, which it does not for this graph (rolldown#9154,
 * rolldown#10731). What only a dynamic `import()` reaches stays in its own chunk.
 * "Needs": scripts/eager-modules.mjs (static imports, and through core's index only what is imported).
 */
function eagerEntryChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  let eager = new Set<string>();
  const plugin: Plugin = {
    name: 'schemaforms:eager-embed-chunk',
    async buildEnd() {
      eager = await eagerModules(this, [EMBED_ENTRY]);
    },
  };
  return { plugin, test: (id) => eager.has(id) };
}
const eagerEntry = eagerEntryChunk();

/**
 * Whether a build log is Rolldown noting that a module core's schema-reading module imports statically
 * is also imported dynamically (by `startSchema`'s loaders): in the embed that is the point — the entry
 * carries the reading code (src/plain-schemas.ts), so those `import()`s resolve to modules already loaded.
 */
function isIntendedReadingImport(log: { code?: string; message: string }): boolean {
  return log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /statically imported by .*schema-reading\.js/.test(log.message);
}

export default defineConfig({
  logLevel: 'warn',
  plugins: [cleanChunks(), compactLitTemplates(), eagerEntry.plugin],
  // No `source` condition here: workspace packages resolve to their dist/ entries, as for a consumer.
  // Vite's default conditions pick `development` or `production` from the shell's NODE_ENV, so a
  // `vite build` with NODE_ENV=development or test would bundle Lit's dev build (+12 KB minified, with
  // dev-mode warnings). The embed always ships the production build.
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: here('./dist'),
    // dist/ also holds tsc's output and the manifest: only add files.
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: EMBED_ENTRY,
      formats: ['es'],
      fileName: () => 'schemaforms.embed.js',
    },
    rolldownOptions: {
      // Lets Rolldown merge what the entry shares with the lazy Ajv chunk (core's schema index) into the
      // entry, keeping the embed one eager file; 'strict' (the lib default) forbids the extra exports.
      preserveEntrySignatures: 'allow-extension',
      onLog(level, log, handler) {
        if (!isIntendedReadingImport(log)) handler(level, log);
      },
      output: {
        // Lib builds keep whitespace by default; a file loaded straight from a CDN should not.
        minify: true,
        // Lib builds also keep /* @__PURE__ */ annotations, for a bundler that tree-shakes the file
        // again; the embed registers every element and is loaded as it is, so they are dead bytes
        // (89 of them: −0.11 KB min+gzip).
        comments: { annotation: false },
        chunkFileNames: 'schemaforms.embed/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'schemaforms.embed', test: eagerEntry.test }] },
      },
    },
  },
});
