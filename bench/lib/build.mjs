// Production bundles of each contender with Vite's build API (minified, NODE_ENV=production), and
// their min+gzip size (zlib level 9), counting the entry and every chunk it imports statically.
// Built as a consumer's Vite app is: module preloading on (a dynamic import fetches the chunks its
// chunk imports at the same time, not one round trip after the other), relative URLs (the bundle is
// served under /<name>/).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><div id="app"></div>
<script type="module" src="/page/harness.js"></script>
<script type="module" src="./entry.js"></script>
</body></html>
`;

function gz(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * Builds `entry` into `outDir` and returns its sizes: `bundle` (entry + static imports, what a page
 * loads before it can mount) and `lazy` (dynamically imported chunks, by name).
 */
export async function buildContender({
  benchDir,
  name,
  entry,
  outDir,
  resolveConditions = [],
  alias = [],
  plugins = [],
  profile = false,
}) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    configFile: false,
    envFile: false,
    publicDir: false,
    root: benchDir,
    base: './',
    logLevel: 'error',
    mode: 'production',
    plugins,
    // Vite's own browser conditions ('development|production' resolves to production here), plus extras.
    resolve: { conditions: [...resolveConditions, ...defaultClientConditions], alias },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      // For profile.mjs: unminified, one file per module, so a CPU profile names the package and file.
      minify: !profile,
      target: 'es2022',
      manifest: 'manifest.json',
      reportCompressedSize: false,
      rollupOptions: {
        input: { entry },
        output: profile
          ? { entryFileNames: '[name].js', preserveModules: true, preserveModulesRoot: benchDir }
          : { entryFileNames: '[name].js', chunkFileNames: 'chunk-[name]-[hash].js' },
      },
    },
  });
  await writeFile(join(outDir, 'index.html'), PAGE);
  return describeBundle({ name, outDir });
}

/**
 * The sizes of a bundle built into `outDir` (from its manifest): `files` (the entry first, then the
 * chunks it imports statically), their `min` and `gzip` bytes, and each `lazy` chunk.
 */
export async function describeBundle({ name, outDir }) {
  const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'));
  const byKey = manifest;
  const entryKey = Object.keys(byKey).find((k) => byKey[k].isEntry);
  const seen = new Set();
  const staticFiles = [];
  const walk = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    staticFiles.push(byKey[key].file);
    for (const k of byKey[key].imports ?? []) walk(k);
  };
  walk(entryKey);
  let raw = 0;
  let gzip = 0;
  for (const f of staticFiles) {
    const bytes = await readFile(join(outDir, f));
    raw += bytes.length;
    gzip += gz(bytes);
  }
  // Each dynamically imported chunk, alone and with the chunks it imports that the entry does not.
  const sizeOf = new Map();
  const gzOf = async (key) => {
    if (!sizeOf.has(key)) {
      const bytes = await readFile(join(outDir, byKey[key].file));
      sizeOf.set(key, { min: bytes.length, gzip: gz(bytes) });
    }
    return sizeOf.get(key);
  };
  const lazy = {};
  for (const [key, chunk] of Object.entries(byKey)) {
    if (seen.has(key) || !chunk.isDynamicEntry || !chunk.file.endsWith('.js')) continue;
    const own = await gzOf(key);
    const closure = new Set();
    const walkLazy = (k) => {
      if (seen.has(k) || closure.has(k)) return;
      closure.add(k);
      for (const i of byKey[k].imports ?? []) walkLazy(i);
    };
    walkLazy(key);
    let closureGzip = 0;
    for (const k of closure) closureGzip += (await gzOf(k)).gzip;
    // What the chunk imports statically, in load order (what Vite preloads beside it).
    const imports = [...closure].filter((k) => k !== key).map((k) => byKey[k].file);
    lazy[chunk.name ?? key] = { file: chunk.file, imports, min: own.min, gzip: own.gzip, closureGzip };
  }
  return { name, files: staticFiles, min: raw, gzip, lazy };
}
