// The size budgets, min+gzip (gzip -9 of the minified output; 1 KB = 1000 bytes). Each has a target
// (issue #18: what a seller on a phone should wait for) and a ceiling, the size as it stands, which no
// change may cross without raising it here on purpose:
//   embed    what a page with a plain <sf-form> fetches before its first field shows:     target ≤ 25 KB
//            the embed file and its static imports (core + elements + lit), and the code that reads a
//            plain schema wherever it lands (in the entry since session 8; any chunk holding it would
//            count). Not counted, listed apart: what <sf-form> fetches after its first render (Ajv, the
//            sending code), and what only some pages or schemas fetch (<sf-ticket>, Markdown help, widgets,
//            the pattern engine of conditions that test a `pattern`, the dialect readings of draft-04/06)
//   sf-form  <sf-form> alone with one precompiled validator                         target ≤ 35 KB
//   portal   everything the built portal demo loads for the ticket flow              target ≤ 45 KB
//
//   node scripts/size.mjs            prints each budget and the biggest modules; exit 1 when a ceiling is crossed
//   node scripts/size.mjs --modules  also prints every module's share
//   node scripts/size.mjs --json     prints the measurements as JSON
//
// Each budget is measured on a fresh in-memory Vite build (nothing is written), from the packages'
// dist/ (run `tsc -b` first; `npm test` and `npm run build` do). test/size.test.ts runs it in `npm test`.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const KB = 1000;

/**
 * The budgets, in bytes of min+gzip: `target` is where the bundles must get to (issue #18, by loading
 * less: lazy chunks for what a page does not use); `ceiling` is the size when the target was set, so
 * that nothing grows while the work towards it goes on.
 */
// How the sizes moved (the CHANGELOG has each step): session 5's features raised them to 47.10 / 47.20 /
// 53.87 KB (flow 55.13); in session 6, issue #18's splitting took them down — <sf-ticket> in the embed
// when a page uses it, the sending code and core's error wording after the first render, the help
// Markdown parser and English words on demand, the engine's alternatives/reveals/tuples and the drafts
// session by what a form uses, and a plain schema's reading and condition evaluator apart from Ajv —
// while issue #14's open objects and union types (+0.35 KB) and the lean DOM's delegation (+0.35 KB)
// added some. Each ceiling is the size measured on main after those merges + 0.1 KB. In session 7 the
// submit flow (validation, sf-submit, the endpoint check) and the error summary moved into the chunk
// fetched after the first render (form/after-first-render.ts): −0.28 to −0.33 KB on the budgets,
// +0.51 KB on the flow (that code compresses worse in a chunk of its own and imports its helpers by name).
// Keeping the form and its answers when a failure comes after the fields showed (a schema Ajv refuses,
// Ajv's or the error wording's code failing to arrive), a host form's native submit before the validator,
// and RELIABILITY C3's notice for wrong-typed initial answers cost about +0.55 KB: those paths must work
// offline, so they are eager (a lazy chunk for them would fail with the network they report). The field
// frame kept as plain DOM (issue #18: −2 900 DOM nodes and −0.8 MB heap at 1000 fields, most of Lit's
// share of the mount time) added 0.45 KB. The fields' inputs, checkboxes and selects as plain DOM cloned
// from prepared controls (widgets/control-element.ts; −0.6 MB of heap at 1000 fields, 7.3× → 5.8×
// vanilla) added 0.56–0.61 KB; core's mount hot spots (shared empty constraints, no copy of a leaf's
// effective schema) 0.10 KB; the first mount's idle prefetch and later Ajv request took 0.1 KB off.
// Each ceiling is the size measured on main after session 7's merges + 0.1 KB.
// Session 8: the embed figure had left out the code a plain schema is read with (prepare-schema, the
// condition evaluator and its pattern engine: 8.3 KB in four lazy chunks, fetched one round trip after
// the entry before any field could show). The embed's entry now carries it and the figure counts it
// (39.50 → 45.90 KB): the same bytes as before, counted honestly and fetched without the round trip
// (test/embed-first-field.test.ts holds that nothing uncounted is fetched before the first field).
// schema-keywords imports nothing, so a consumer's entry with plain-schemas.js stays 2 files (portal
// +14 B: four short keyword lists are in it twice). Splitting took off 0.4 KB: the read-set walk
// (engine/read-set-walk.ts) and telling a choice of objects apart (keywords/choice-of-objects.ts) came
// into the engine features' chunk that only schemas with an `if` with a branch or alternatives load.
// Trades taken, each measured on its branch: RELIABILITY C3's set-aside answers carried across a restart
// (eager: a restart needs no network) and the bound on prepared controls, +0.10 KB; the lone checkbox
// and the textarea as plain DOM and controls without per-field strings (−0.19 MB heap at 1000 fields),
// +0.20 KB; core's per-field objects (−0.66 KB of heap per field), +0.13 KB; remembering applied sets
// by condition outcomes (faster toggles back), +0.05 KB. Each ceiling is the size measured on main
// after session 8's merges + 0.1 KB: embed 46.02, sf-form 43.91, portal 51.12, the real flow 60.13 KB.
// Session 9 (size-cuts-2), each step's size + 0.1 KB: the linear-time pattern engine (linear-regexp,
// 1.8 KB) left the embed's entry: a plain schema fetches it only when its conditions test a `pattern`
// (core's engine/pattern-conditions.ts; one round trip after the schema is read, for those only).
// embed 46.05 → 44.13 KB. The dialect readings (draft-04/06 read as draft-07, relative `$id`s read as
// names: dialects/dialect-readings.ts) became a chunk fetched only by the schemas they change
// (dialects/needs-dialect-readings.ts): embed 44.13 → 43.85 KB.
// Then two trades, measured on their branches: core's per-field objects leaner again (−0.06 MB of heap
// at 1000 fields: plans of leaves share their defaults, a node no longer repeats its field's label and
// required, plans kept on the schema index), +0.04 KB; a change marks errors stale instead of
// revalidating the whole form, and a large form outside a host form updates :invalid in idle time
// (a toggle's whole-form validation leaves its frame), +0.04 KB. Each ceiling is the size measured on
// main after session 9's merges + 0.1 KB: embed 43.93, sf-form 43.99, portal 51.22, the real flow 60.22.
export const BUDGETS = {
  embed: {
    label: 'before the first field: core + elements + lit + reading a plain schema, without Ajv',
    target: 25 * KB,
    ceiling: 44_026,
  },
  'sf-form': { label: '<sf-form> with one precompiled validator', target: 35 * KB, ceiling: 44_094 },
  // Drafts are on in the portal (its first field waits for the drafts chunk) and the receipt has its
  // summary (issue #17). `flowCeiling` bounds what test/csp.test.ts sees a real run load: both seed forms
  // (the receipt's follow-up opens the second), the drafts chunk, the receipt summary, the sending code
  // and error summary, the error wording and the help parser, fetched as the flow goes. Splitting made the
  // page smaller and the flow a little larger (a chunk compresses worse alone than inside the engine chunk).
  portal: { label: 'built portal demo, ticket flow', target: 45 * KB, ceiling: 51_317, flowCeiling: 60_320 },
};

/** The form whose precompiled validator the `sf-form` budget carries (the larger of the two seeds). */
export const BUDGET_FORM = 'dados-e-configuracoes-da-loja/alteracao-de-integradora';

/** The module that registers `<sf-form>` alone (no `<sf-ticket>`), as a consumer imports it. */
export const SF_FORM_MODULE = '@schemaforms/elements/sf-form.js';

const EMBED_CONFIG = join(repo, 'packages/elements/vite.embed.config.ts');
const DEMO_CONFIG = join(repo, 'vite.config.ts');
const CACHE = join(repo, 'node_modules/.cache/schemaforms-size');

/** Which part of the project a bundled module belongs to, for the per-module report. */
export function moduleGroup(id) {
  const path = id.replaceAll('\\', '/').replace(/^\0/, '');
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'lit';
  if (/node_modules\/ajv\/dist\/runtime\//.test(path)) return 'ajv runtime helpers';
  if (/node_modules\/ajv-formats\//.test(path)) return 'ajv-formats';
  if (/node_modules\/(ajv|fast-uri|json-schema-traverse|fast-deep-equal|require-from-string)\//.test(path)) {
    return 'ajv compiler';
  }
  if (/packages\/core\//.test(path) || path.includes('/@schemaforms/core/')) return 'core';
  if (/packages\/elements\//.test(path) || path.includes('/@schemaforms/elements/')) return 'elements';
  if (/schemas\/|schemaforms[:/](catalog|form)|\.schema\.json/.test(path)) return 'forms (precompiled)';
  if (/(^|\/)demo\//.test(path)) return 'demo';
  if (path.startsWith('vite/') || path.includes('rolldown') || path.includes('vite/')) return 'bundler runtime';
  return 'other';
}

/** Whether a module is part of the Ajv compiler, which no precompiled form may load. */
export function isAjvCompiler(id) {
  return moduleGroup(id) === 'ajv compiler';
}

const gz = (text) => gzipSync(typeof text === 'string' ? Buffer.from(text) : text, { level: 9 }).length;

/** Records the import graph so a report can say which chain pulled a module in. */
function graphRecorder(graph) {
  return {
    name: 'schemaforms-size:graph',
    moduleParsed(info) {
      graph.set(info.id, { imports: info.importedIds ?? [], dynamic: info.dynamicallyImportedIds ?? [] });
    },
  };
}

/** The static import chain from an entry to `target`, for "why is this here" messages. */
export function chainTo(graph, entries, target) {
  const seen = new Map(entries.map((e) => [e, null]));
  const queue = [...entries];
  while (queue.length) {
    const id = queue.shift();
    if (id === target) {
      const path = [];
      for (let at = id; at != null; at = seen.get(at)) path.unshift(at);
      return path;
    }
    for (const next of graph.get(id)?.imports ?? []) {
      if (!seen.has(next)) {
        seen.set(next, id);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/**
 * Runs `make` with NODE_ENV=production: Vite picks packages' `production` export condition (Lit's
 * production build, not its dev build with warnings) only when NODE_ENV says so, and a test runner
 * sets NODE_ENV=test.
 */
export async function asProduction(make) {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await make();
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

async function viteBuild(inline) {
  const { build } = await import('vite');
  const graph = new Map();
  const result = await asProduction(() =>
    build({
      logLevel: 'warn',
      ...inline,
      plugins: [...(inline.plugins ?? []), graphRecorder(graph)],
      build: {
        ...inline.build,
        write: false,
        reportCompressedSize: false,
      },
    }),
  );
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return { outputs, graph };
}

/** Every chunk reachable from `start` through static imports (file names). */
function staticClosure(byName, start) {
  const out = new Set();
  const visit = (name) => {
    if (out.has(name) || !byName.has(name)) return;
    out.add(name);
    for (const next of byName.get(name).imports ?? []) visit(next);
  };
  for (const name of start) visit(name);
  return out;
}

/** Sizes of a set of output files, with every module's share of its chunk's gzip bytes. */
async function account(byName, names) {
  const files = [];
  const modules = [];
  let minifySync;
  try {
    ({ minifySync } = await import('rolldown/utils'));
  } catch {
    minifySync = undefined;
  }
  for (const name of [...names].sort()) {
    const item = byName.get(name);
    const body = item.type === 'chunk' ? item.code : item.source;
    const bytes = gz(body);
    files.push({ file: name, minified: Buffer.byteLength(body), gzip: bytes });
    if (item.type !== 'chunk') {
      modules.push({ id: name, group: name.endsWith('.css') ? 'css' : 'html', gzip: bytes });
      continue;
    }
    // A module's share: its own minified size, scaled so a chunk's shares add up to its real gzip bytes.
    const parts = Object.entries(item.modules).map(([id, info]) => {
      let size = info.renderedLength;
      if (minifySync && info.code) {
        try {
          size = Buffer.byteLength(minifySync('m.js', info.code, { compress: true, mangle: false }).code);
        } catch {
          // Keep the rendered length: a module fragment need not parse on its own.
        }
      }
      return { id, size };
    });
    const total = parts.reduce((sum, p) => sum + p.size, 0) || 1;
    for (const p of parts) modules.push({ id: p.id, group: moduleGroup(p.id), gzip: (bytes * p.size) / total });
  }
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  const groups = {};
  for (const m of modules) groups[m.group] = (groups[m.group] ?? 0) + m.gzip;
  return { total, files, modules: modules.sort((a, b) => b.gzip - a.gzip), groups };
}

function missing(id, why) {
  return { id, ...BUDGETS[id], error: why };
}

/**
 * Lazy chunks every `<sf-form>` fetches, but only after its first render (in idle time, or when the
 * person submits first): not part of "before the first field", listed apart so they stay visible.
 */
export const AFTER_FIRST_RENDER = [/form\/after-first-render\./, /engine\/error-wording\./];

/** Splits lazy chunks into those fetched after every first render and those fetched on demand. */
function byWhenFetched(chunks) {
  const afterFirstRender = [];
  const onDemand = [];
  for (const chunk of chunks) {
    const item = { file: chunk.fileName, gzip: gz(chunk.code) };
    if (chunk.moduleIds.some((id) => AFTER_FIRST_RENDER.some((pattern) => pattern.test(id))))
      afterFirstRender.push(item);
    else onDemand.push(item);
  }
  return { afterFirstRender, lazy: onDemand };
}

/**
 * The modules that load a plain schema's reading code (`loadSchemaReading` in core's compile-schema, the
 * condition evaluator's loaders): what they import dynamically, but Ajv, a plain `<sf-form>` waits for
 * before its first field.
 */
export const READING_LOADERS = [
  /core\/(dist|src)\/compile-schema\.[jt]s$/,
  /core\/(dist|src)\/engine\/condition-decider\.[jt]s$/,
];
/** What a loader imports after the first field: Ajv comes after the first render. */
const AFTER_FIRST_FIELD = /core\/(dist|src)\/ajv\.[jt]s$/;

/**
 * Every module of the code that reads a plain schema: the loaders' dynamic imports (but Ajv) and what
 * those import, statically or through a loader of their own.
 */
export function readingModules(graph) {
  const isLoader = (id) => READING_LOADERS.some((pattern) => pattern.test(id));
  const out = new Set();
  const queue = [...graph.keys()]
    .filter(isLoader)
    .flatMap((id) => graph.get(id).dynamic)
    .filter((id) => !AFTER_FIRST_FIELD.test(id));
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (out.has(id)) continue;
    out.add(id);
    const node = graph.get(id);
    queue.push(...(node?.imports ?? []));
    if (isLoader(id)) queue.push(...(node?.dynamic ?? []).filter((next) => !AFTER_FIRST_FIELD.test(next)));
  }
  return out;
}

/**
 * The embed bundle's part a page fetches before the first field of a plain `<sf-form>` shows: its entry
 * file and what it imports statically, and every chunk holding the code that reads a plain schema (with
 * its static imports) — in the entry today (src/embed.ts imports it), counted wherever a future split
 * puts it. Other dynamic `import()`s (Ajv, <sf-ticket>, widgets, the sending code after the first
 * render) are chunks of their own, listed but not counted. `counted` names the files, for
 * test/embed-first-field.test.ts to check against what a browser fetches.
 */
export async function measureEmbed() {
  if (!existsSync(EMBED_CONFIG)) return missing('embed', `${rel(EMBED_CONFIG)} is missing`);
  const { outputs, graph } = await viteBuild({ configFile: EMBED_CONFIG });
  const byName = new Map(outputs.map((o) => [o.fileName, o]));
  const entry = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (!entry) return missing('embed', 'the embed build produced no entry chunk');
  const reading = readingModules(graph);
  if (!reading.size) return missing('embed', 'no module of the build loads the code that reads a plain schema');
  const readingChunks = outputs.filter((o) => o.type === 'chunk' && o.moduleIds.some((id) => reading.has(id)));
  const counted = staticClosure(byName, [entry.fileName, ...readingChunks.map((c) => c.fileName)]);
  const lazy = outputs.filter((o) => o.type === 'chunk' && !counted.has(o.fileName));
  const result = {
    id: 'embed',
    ...BUDGETS.embed,
    ...(await account(byName, counted)),
    ...byWhenFetched(lazy),
    counted: [...counted].sort(),
  };
  result.violations = ajvViolations(result.modules, graph, [entry.facadeModuleId]);
  return result;
}

/** `<sf-form>` alone plus one form's precompiled module, through tooling's Vite plugin. */
export async function measureSfForm() {
  const tooling = join(repo, 'packages/tooling/dist/vite.js');
  if (!existsSync(tooling)) {
    return missing('sf-form', 'packages/tooling/dist/vite.js (schemaformsCatalog) is not built or has not landed');
  }
  const { schemaformsCatalog } = await import(pathToFileURL(tooling).href);
  if (typeof schemaformsCatalog !== 'function') {
    return missing('sf-form', '@schemaforms/tooling/vite exports no schemaformsCatalog()');
  }
  const dir = join(CACHE, 'sf-form');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const entryFile = join(dir, 'entry.js');
  await writeFile(
    entryFile,
    [
      `import '${SF_FORM_MODULE}';`,
      `import { fromPrecompiled } from '@schemaforms/core';`,
      `import catalog from 'virtual:schemaforms/catalog';`,
      // No top-level await: with it, Rolldown splits what the entry shares with lazy chunks (Lit, the
      // schema index) into chunks of their own, which an app's entry does not pay.
      `const subject = catalog.subjects.find((s) => s.id === ${JSON.stringify(BUDGET_FORM)});`,
      `const form = document.createElement('sf-form');`,
      `subject.load().then((precompiled) => { form.schema = fromPrecompiled(precompiled); });`,
      `document.body.append(form);`,
      '',
    ].join('\n'),
  );
  let built;
  try {
    built = await viteBuild({
      configFile: false,
      root: dir,
      // As a consumer's app bundles it: the catalog plugin, no build step of ours (the embed and the
      // demo, our own builds, compact Lit templates; an app's bundler does not).
      plugins: [schemaformsCatalog({ dir: join(repo, 'schemas') })],
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        target: 'es2022',
        minify: true,
        rolldownOptions: { input: entryFile, preserveEntrySignatures: false },
      },
    });
  } catch (error) {
    return missing('sf-form', `the build failed: ${error.message.split('\n')[0]}`);
  }
  const { outputs, graph } = built;
  const byName = new Map(outputs.map((o) => [o.fileName, o]));
  const entry = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  const formChunks = outputs.filter(
    (o) => o.type === 'chunk' && !o.isEntry && o.moduleIds.some((id) => id.includes(BUDGET_FORM)),
  );
  if (!formChunks.length) {
    return missing(
      'sf-form',
      `no chunk holds the precompiled ${BUDGET_FORM} (catalog subjects must load() a per-form chunk)`,
    );
  }
  const counted = staticClosure(byName, [entry.fileName, ...formChunks.map((c) => c.fileName)]);
  const result = {
    id: 'sf-form',
    ...BUDGETS['sf-form'],
    ...(await account(byName, counted)),
    ...byWhenFetched(outputs.filter((o) => o.type === 'chunk' && !counted.has(o.fileName))),
  };
  result.violations = [
    ...ajvViolations(result.modules, graph, [entry.facadeModuleId]),
    ...entrySplitViolations(staticClosure(byName, [entry.fileName])),
  ];
  return result;
}

/**
 * The eager files a consumer's plain Vite build of `<sf-form>` may make: the entry and core's
 * json-pointer (shared with the lazy chunks). More means Rolldown split the entry into common chunks,
 * which compress worse and cost each page a request: a lazy chunk reaching, through a value import,
 * modules the entry also loads (corpus-last's `UNDECLARED_VALUE` in schema-cache.ts did, +2.3 KB).
 */
const MAX_SF_FORM_EAGER_FILES = 2;

/** A sentence when the entry's static closure is more files than `MAX_SF_FORM_EAGER_FILES`. */
function entrySplitViolations(eager) {
  if (eager.size <= MAX_SF_FORM_EAGER_FILES) return [];
  return [
    `the entry is split into ${eager.size} eager files (at most ${MAX_SF_FORM_EAGER_FILES}): ${[...eager].join(', ')}; ` +
      "a lazy chunk statically reaches modules the entry also loads (see the chunks' imports and moduleIds)",
  ];
}

/**
 * The built portal demo's ticket flow: index.html, its entry and static imports and CSS, the catalog,
 * and the largest per-form chunk (one subject is opened per ticket). Chunks that only the Ajv compiler
 * or other pages need are listed, not counted; test/csp.test.ts measures what a real run loads.
 */
export async function measurePortal() {
  if (!existsSync(DEMO_CONFIG)) return missing('portal', 'vite.config.ts (the portal demo build) has not landed');
  let built;
  try {
    built = await viteBuild({ configFile: DEMO_CONFIG, build: { minify: true } });
  } catch (error) {
    return missing('portal', `the demo build failed: ${error.message.split('\n')[0]}`);
  }
  const { outputs, graph } = built;
  const byName = new Map(outputs.map((o) => [o.fileName, o]));
  const pages = outputs.filter((o) => o.type === 'asset' && o.fileName.endsWith('.html'));
  const page = pages.find((o) => o.fileName === 'index.html') ?? pages[0];
  if (!page) return missing('portal', 'the demo build has no index.html');
  const html = String(page.source);
  // The page's own scripts and stylesheets (not its links to other pages).
  const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)]
    .map((m) => m[1])
    .filter((f) => byName.has(f));
  const eager = staticClosure(byName, referenced);
  for (const name of [...eager]) {
    const chunk = byName.get(name);
    for (const css of chunk.viteMetadata?.importedCss ?? []) eager.add(css);
  }
  const formChunks = [];
  const other = [];
  const reachable = new Set();
  const visitDynamic = (name) => {
    const chunk = byName.get(name);
    if (!chunk || chunk.type !== 'chunk') return;
    for (const next of chunk.dynamicImports ?? []) {
      if (reachable.has(next) || eager.has(next)) continue;
      reachable.add(next);
      visitDynamic(next);
    }
    for (const next of chunk.imports ?? []) visitDynamic(next);
  };
  for (const name of eager) visitDynamic(name);
  for (const name of reachable) {
    const chunk = byName.get(name);
    if (!chunk || chunk.type !== 'chunk') continue;
    const isForm = chunk.moduleIds.some((id) => /\.schema\.json|schemaforms[:/]form/.test(id));
    const isCatalog = chunk.moduleIds.some((id) => id.includes('schemaforms/catalog'));
    if (isCatalog) eager.add(name);
    else if (isForm) formChunks.push(chunk);
    else other.push(chunk);
  }
  const counted = staticClosure(byName, [...eager]);
  for (const name of eager) counted.add(name);
  counted.add(page.fileName);
  let largest;
  for (const chunk of formChunks) {
    const closure = [...staticClosure(byName, [chunk.fileName])].filter((n) => !counted.has(n));
    const bytes = closure.reduce((sum, n) => sum + gz(byName.get(n).code ?? byName.get(n).source), 0);
    if (!largest || bytes > largest.bytes) largest = { closure, bytes, file: chunk.fileName };
  }
  for (const name of largest?.closure ?? []) counted.add(name);
  const result = { id: 'portal', ...BUDGETS.portal, ...(await account(byName, counted)) };
  result.lazy = [...reachable]
    .filter((n) => !counted.has(n))
    .map((n) => ({ file: n, gzip: gz(byName.get(n).code ?? byName.get(n).source) }));
  const entryIds = referenced.map((n) => byName.get(n)?.facadeModuleId).filter(Boolean);
  result.violations = ajvViolations(result.modules, graph, entryIds);
  return result;
}

function ajvViolations(modules, graph, entries) {
  return modules
    .filter((m) => isAjvCompiler(m.id))
    .slice(0, 3)
    .map((m) => {
      const chain = chainTo(graph, entries, m.id);
      return `the Ajv compiler is loaded eagerly: ${rel(m.id)}${chain ? ` via ${chain.map(rel).join(' → ')}` : ''}`;
    });
}

const rel = (id) => {
  const clean = id.replace(/^\0/, '');
  return clean.startsWith(repo + sep) ? relative(repo, clean) : clean;
};
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/** Measures every budget (failures to build become results with an `error`). */
export async function measure({ only } = {}) {
  const steps = { embed: measureEmbed, 'sf-form': measureSfForm, portal: measurePortal };
  const results = [];
  for (const [id, step] of Object.entries(steps)) {
    if (only && !only.includes(id)) continue;
    try {
      results.push(await step());
    } catch (error) {
      results.push(missing(id, error.stack ?? String(error)));
    }
  }
  return results;
}

/** The failures of a measurement, each a sentence naming the budget and by how much its ceiling is crossed. */
export function failures(results) {
  const out = [];
  for (const r of results) {
    if (r.error) out.push(`${r.id} (${r.label}): not measured — ${r.error}`);
    else if (r.total > r.ceiling) {
      out.push(
        `${r.id} (${r.label}): ${kb(r.total)} is over its ${kb(r.ceiling)} ceiling by ${kb(r.total - r.ceiling)} (${biggestParts(r)}); ` +
          'load less, or raise the ceiling in scripts/size.mjs saying why',
      );
    }
    for (const v of r.violations ?? []) out.push(`${r.id}: ${v}`);
  }
  return out;
}

/** The budgets whose target is not met yet, each a sentence saying by how much. */
export function targetMisses(results) {
  return results
    .filter((r) => !r.error && r.total > r.target)
    .map((r) => `${r.id} (${r.label}): ${kb(r.total)}, ${kb(r.total - r.target)} over the ${kb(r.target)} target`);
}

function biggestParts(result) {
  return Object.entries(result.groups)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([group, bytes]) => `${group} ${kb(bytes)}`)
    .join(', ');
}

/** A human-readable report of a measurement. */
export function report(results, { modules = false } = {}) {
  const lines = ['schemaforms size budget (min+gzip, gzip -9; 1 KB = 1000 B)'];
  for (const r of results) {
    if (r.error) {
      lines.push(`  ✗ ${r.id.padEnd(8)} ${r.label}: not measured — ${r.error}`);
      continue;
    }
    const ok = r.total <= r.ceiling && !(r.violations ?? []).length;
    const target = r.total <= r.target ? 'target met' : `target ${kb(r.target)} missed`;
    lines.push(
      `  ${ok ? '✓' : '✗'} ${r.id.padEnd(8)} ${kb(r.total).padStart(9)} (ceiling ${kb(r.ceiling)}; ${target})  ${r.label}`,
    );
    const groups = Object.entries(r.groups).sort((a, b) => b[1] - a[1]);
    lines.push(`      by part: ${groups.map(([g, b]) => `${g} ${kb(b)}`).join(' · ')}`);
    lines.push(`      files: ${r.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(' · ')}`);
    if (r.afterFirstRender?.length) {
      const files = r.afterFirstRender.map((f) => `${f.file} ${kb(f.gzip)}`).join(' · ');
      lines.push(`      fetched after the first render (not counted): ${files}`);
    }
    if (r.lazy?.length)
      lines.push(`      fetched on demand (not counted): ${r.lazy.map((f) => `${f.file} ${kb(f.gzip)}`).join(' · ')}`);
    const shown = modules ? r.modules : r.modules.slice(0, 8);
    lines.push(
      `      ${modules ? 'modules' : 'biggest modules'}: ${shown.map((m) => `${rel(m.id)} ${kb(m.gzip)}`).join(' · ')}`,
    );
  }
  const failed = failures(results);
  if (failed.length) lines.push('', 'Size ceiling crossed:', ...failed.map((f) => `  - ${f}`));
  const missed = targetMisses(results);
  if (missed.length) lines.push('', 'Targets not met yet (issue #18):', ...missed.map((m) => `  - ${m}`));
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.chdir(repo);
  const args = process.argv.slice(2);
  const only = args.filter((a) => !a.startsWith('--'));
  const results = await measure({ only: only.length ? only : undefined });
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else console.log(report(results, { modules: args.includes('--modules') }));
  process.exit(failures(results).length ? 1 : 0);
}
