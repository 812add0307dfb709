#!/usr/bin/env node
// `npm run bench`: builds every contender, runs them all in headless Chromium, prints one table
// and writes results/latest.json and RESULTS.md. Options: --quick (fewer runs), --only=a,b,
// --workloads=flat-10,cond-200 (`first-mount` names the first in-page mount), --no-sf-build (skip
// `tsc -b` of the workspace), --no-page-load (skip the page-load workload), --page-load-only (only it).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, getPriority, loadavg, setPriority, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { launchOptions } from '../scripts/browser.mjs';
import { buildContender } from './lib/build.mjs';
import {
  FIRST_MOUNT_WORKLOAD,
  firstMountContenders,
  firstMountTargetResult,
  measureFirstMounts,
} from './lib/first-mount.mjs';
import {
  PAGE_LOAD_WORKLOADS,
  measurePageLoads,
  pageLoadTable,
  pageLoadTargetResults,
  pageLoadTargets,
  waterfallTable,
} from './lib/page-load.mjs';
import { KB, median, table, targetTable } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { prepareSfForm } from './lib/sf-form.mjs';
import { workloads as allWorkloads } from './lib/workloads.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(benchDir, '..');
const started = performance.now();
const loadAtStart = loadavg()[0];

// On a shared machine, ask for a higher CPU priority (root only; Chromium inherits it), so other work
// disturbs the timings less. BENCH_NO_NICE=1 leaves the priority alone.
const NICE = -10;
let niceAllowed = !process.env.BENCH_NO_NICE;
if (niceAllowed) {
  try {
    setPriority(NICE);
  } catch {
    niceAllowed = false; // Not root: run at the normal priority.
  }
}

/**
 * Chromium sets its renderers' priority itself (nice 0 or 5), so after each navigation the bench gives
 * every process it started (the browser's tree under this one) the bench's priority again (Linux /proc).
 */
function boostChildren() {
  if (!niceAllowed || process.platform !== 'linux') return;
  const parentOf = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parentOf.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  for (const pid of mine) {
    try {
      if (getPriority(pid) !== NICE) setPriority(pid, NICE);
    } catch {
      // Gone meanwhile, or not allowed.
    }
  }
}

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    workloads: { type: 'string' },
    'no-sf-build': { type: 'boolean', default: false },
    'no-page-load': { type: 'boolean', default: false },
    'page-load-only': { type: 'boolean', default: false },
  },
});

/**
 * Warm-up and measured rounds (one fresh page per contender each) per workload. A time budget keeps the
 * whole command under ten minutes on a busy 2-core machine: each workload gets a share of what is left
 * (by weight) and stops after MIN_ROUNDS measured rounds once its share is spent.
 */
const RUNS = opts.quick
  ? { warm: 1, 'flat-10': 3, 'flat-100': 3, 'flat-500': 3, 'flat-1000': 3, 'cond-200': 3 }
  : { warm: 1, 'flat-10': 9, 'flat-100': 9, 'flat-500': 7, 'flat-1000': 9, 'cond-200': 9 };
const MIN_ROUNDS = 3;
const WEIGHT = { 'flat-10': 1, 'flat-100': 1.2, 'flat-500': 2, 'flat-1000': 3.5, 'cond-200': 1.5 };
/**
 * Seconds after the start by which the in-page workloads must end; the page-load workload then gets its
 * own budget (build and report take the rest of the ten minutes).
 */
const MEASURE_DEADLINE_S = Number(process.env.BENCH_DEADLINE_S ?? 360);
const PAGE_LOAD_BUDGET_S = Number(process.env.BENCH_PAGE_LOAD_S ?? 120);
const PAGE_LOAD_ROUNDS = opts.quick ? 3 : 7;
const FIRST_MOUNT_ROUNDS = opts.quick ? 3 : 7;
const KEYSTROKES = ['c', 'd', 'e', 'f', 'g'];

const CONTENDERS = [
  { id: 'vanilla', entry: 'contenders/vanilla.js', dist: 'vanilla' },
  { id: 'sf-form', entry: '.gen/sf-form-entry.js', dist: 'sf-form' },
  { id: 'rjsf', entry: 'contenders/rjsf.js', dist: 'rjsf' },
  { id: 'rjsf-live', dist: 'rjsf', query: '?live' },
  { id: 'jsonforms', entry: 'contenders/jsonforms.js', dist: 'jsonforms' },
].filter((c) => !opts.only || opts.only.split(',').includes(c.id));
if (!CONTENDERS.some((c) => c.id === 'vanilla'))
  CONTENDERS.unshift({ id: 'vanilla', entry: 'contenders/vanilla.js', dist: 'vanilla' });

const everyWorkload = allWorkloads();
const workloads = opts['page-load-only']
  ? []
  : everyWorkload.filter((w) => !opts.workloads || opts.workloads.split(',').includes(w.name));
const measurePageLoad = !opts['no-page-load'] && (!opts.workloads || opts['page-load-only']);
const measureFirstMount =
  !opts['page-load-only'] && (!opts.workloads || opts.workloads.split(',').includes('first-mount'));
/** What the contenders are built for: the workloads measured, the first mount's and the page-load ones. */
const builtWorkloads = everyWorkload.filter(
  (w) =>
    workloads.includes(w) ||
    (measureFirstMount && w.name === FIRST_MOUNT_WORKLOAD) ||
    (measurePageLoad && PAGE_LOAD_WORKLOADS.includes(w.name)),
);

function log(...a) {
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);
}

async function main() {
  const distDir = join(benchDir, 'dist');
  const unavailable = {};
  const notes = {};

  // sf-form: precompile the workloads with @schemaforms/tooling (or fall back to runtime compile).
  let sf;
  if (CONTENDERS.some((c) => c.id === 'sf-form')) {
    sf = await prepareSfForm({ benchDir, rootDir, workloads: builtWorkloads, build: !opts['no-sf-build'], log });
    if (!sf.available) unavailable['sf-form'] = sf.reason;
    else notes['sf-form'] = sf.mode;
  }

  // Build every bundle.
  const bundles = {};
  for (const c of CONTENDERS) {
    if (!c.entry || unavailable[c.id]) continue;
    try {
      const b = await buildContender({
        benchDir,
        name: c.id,
        entry: join(benchDir, c.entry),
        outDir: join(distDir, c.dist),
        resolveConditions: c.id === 'sf-form' ? sf.conditions : [],
        alias: c.id === 'sf-form' ? sf.alias : [],
      });
      bundles[c.id] = b;
      log(`built ${c.id}: ${(b.gzip / KB).toFixed(1)} KB min+gzip (${(b.min / KB).toFixed(1)} KB min)`);
    } catch (e) {
      if (c.id !== 'sf-form') throw e;
      unavailable['sf-form'] = `build failed: ${String(e.message).split('\n')[0]}`;
      log(`sf-form: ${unavailable['sf-form']}`);
    }
  }
  for (const c of CONTENDERS) if (!c.entry && bundles[c.dist]) bundles[c.id] = bundles[c.dist];
  // The page-load JSON path's bundle: <sf-form> with @schemaforms/elements/plain-schemas.js (lib/page-load.mjs).
  if (bundles['sf-form'] && measurePageLoad) {
    bundles['sf-form-json'] = await buildContender({
      benchDir,
      name: 'sf-form-json',
      entry: join(benchDir, '.gen/sf-form-json-entry.js'),
      outDir: join(distDir, 'sf-form-json'),
      resolveConditions: sf.conditions,
      alias: sf.alias,
    });
    log(`built sf-form-json (page load, plain schemas): ${(bundles['sf-form-json'].gzip / KB).toFixed(1)} KB min+gzip`);
  }

  const work = new Map(builtWorkloads.map((w) => [w.name, JSON.stringify(w)]));
  const server = await startServer({ distDir, pageDir: join(benchDir, 'page'), work, bundles });
  const browser = await chromium.launch(launchOptions());
  const chromiumVersion = browser.version();
  log(`Chromium ${chromiumVersion}, serving on ${server.origin}`);

  const active = CONTENDERS.filter((c) => !unavailable[c.id]);
  const contexts = new Map();
  for (const c of active) contexts.set(c.id, await browser.newContext({ viewport: { width: 1280, height: 800 } }));

  const samples = {};
  const measured = {};
  const errors = {};
  const modes = {};
  let pageLoad;
  let firstMount;
  try {
    for (const [wi, w] of workloads.entries()) {
      const rounds = RUNS.warm + RUNS[w.name];
      const t0 = performance.now();
      const left = MEASURE_DEADLINE_S - (t0 - started) / 1000;
      const weightLeft = workloads.slice(wi).reduce((sum, x) => sum + (WEIGHT[x.name] ?? 1), 0);
      const shareS = (left * (WEIGHT[w.name] ?? 1)) / weightLeft;
      let r = 0;
      for (; r < rounds; r++) {
        if (r >= RUNS.warm + MIN_ROUNDS && (performance.now() - t0) / 1000 > shareS) break;
        // Rotate the order every round, so no contender always runs first or after the same one.
        const order = active.map((_, i) => active[(i + r) % active.length]);
        for (const c of order) {
          if (errors[`${w.name}/${c.id}`]) continue;
          try {
            const tRun = performance.now();
            const s = await runOnce({ context: contexts.get(c.id), origin: server.origin, contender: c, workload: w });
            if (s.mode) modes[c.id] = s.mode;
            if (process.env.BENCH_VERBOSE)
              log(`${w.name} ${c.id} round ${r}: ${(performance.now() - tRun).toFixed(0)} ms`);
            if (r < RUNS.warm) continue;
            const bucket = ((samples[w.name] ??= {})[c.id] ??= {});
            for (const [k, v] of Object.entries(s.metrics)) (bucket[k] ??= []).push(...[v].flat());
          } catch (e) {
            errors[`${w.name}/${c.id}`] = String(e.message ?? e)
              .split('\n')
              .slice(0, 3)
              .join(' ');
            log(`${c.id} on ${w.name} failed: ${errors[`${w.name}/${c.id}`]}`);
          }
        }
      }
      measured[w.name] = r - RUNS.warm;
      log(
        `${w.name}: ${r - RUNS.warm} measured rounds (+${RUNS.warm} warm-up) × ${active.length} contenders in ${((performance.now() - t0) / 1000).toFixed(0)} s (share ${shareS.toFixed(0)} s)`,
      );
    }
    if (measureFirstMount) {
      const t0 = performance.now();
      firstMount = await measureFirstMounts({
        contexts,
        origin: server.origin,
        contenders: firstMountContenders(active),
        rounds: FIRST_MOUNT_ROUNDS,
        onPage: boostChildren,
        log,
      });
      log(`first mount: ${firstMount.rounds} rounds in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    if (measurePageLoad) {
      const t0 = performance.now();
      pageLoad = await measurePageLoads({
        browser,
        origin: server.origin,
        targets: pageLoadTargets(active.map((c) => c.id)),
        rounds: PAGE_LOAD_ROUNDS,
        minRounds: Math.min(3, PAGE_LOAD_ROUNDS),
        budgetS: PAGE_LOAD_BUDGET_S,
        log,
      });
      log(`page load: ${pageLoad.rounds} measured rounds in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Medians.
  const summary = {};
  for (const w of workloads) {
    summary[w.name] = {};
    for (const c of active) {
      const s = samples[w.name]?.[c.id] ?? {};
      const out = {};
      for (const [k, v] of Object.entries(s)) if (k !== 'controls' && k !== 'invalidShown') out[k] = median(v);
      if (s.invalidShown) out.showsErrorAfterBlur = s.invalidShown.every(Boolean);
      if (s.controls) out.controls = median(s.controls);
      if (errors[`${w.name}/${c.id}`]) out.error = errors[`${w.name}/${c.id}`];
      summary[w.name][c.id] = out;
    }
  }

  const totalS = (performance.now() - started) / 1000;
  const date = new Date().toISOString().slice(0, 10);
  const machine = {
    nproc: Number(execFileSync('nproc').toString().trim()),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: chromiumVersion,
    node: process.version,
  };
  let revision = 'unknown';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: rootDir }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: rootDir }).toString().trim();
    revision = dirty ? `${head} + uncommitted changes in packages/` : head;
  } catch {
    // Not a git checkout: leave it unknown.
  }
  machine.revision = revision;
  machine.nice = getPriority();
  machine.loadAverage = { start: Number(loadAtStart.toFixed(1)), end: Number(loadavg()[0].toFixed(1)) };
  const targets = targetTable(summary, sfBundleTarget(bundles['sf-form']), unavailable['sf-form']);
  const pageLoadTargetRows = pageLoad ? pageLoadTargetResults(pageLoad.summary) : [];
  if (firstMount) pageLoadTargetRows.unshift({ ...firstMountTargetResult(firstMount.summary), id: 'first-mount' });
  for (const t of pageLoadTargetRows) {
    targets.markdown += `\n| ${t.text} | ${t.detail} | ${t.verdict} |`;
    targets.results.push({ id: t.id ?? 'page-load', target: t.text, measured: t.detail, result: t.verdict });
  }
  const pageLoadSection = pageLoad
    ? `## Page load (fresh context, cache off, gzip on; navigation start → every control in the DOM)

Medians of ${pageLoad.rounds} rounds, phone viewport (390×844). (N×) is the ratio to vanilla in the same
profile. The last rows: the page once loaded, after a GC (DevTools protocol \`Memory.getDOMCounters\`,
\`Runtime.getHeapUsage\`), unthrottled.

${pageLoadTable({ targets: pageLoadTargets(active.map((c) => c.id)), summary: pageLoad.summary })}

<details><summary>Requests of the median run, mobile profile, flat-10 (ms since navigation start; CDP Network events)</summary>

${waterfallTable({ targets: pageLoadTargets(active.map((c) => c.id)), waterfalls: pageLoad.waterfalls })}

</details>
`
    : '';
  const md = table({
    contenders: CONTENDERS,
    workloads,
    summary,
    bundles,
    unavailable,
    firstMount: firstMount?.summary,
  });
  const runsLine = workloads.map((w) => `${w.name}: ${measured[w.name]}`).join(', ');
  const modeLines = Object.entries({ ...modes, ...notes })
    .map(([k, v]) => `- ${k}: ${v}`)
    .join('\n');
  const lazyLines = Object.entries(bundles)
    .filter(([, b]) => Object.keys(b.lazy).length)
    .map(
      ([id, b]) =>
        `- ${id} lazy chunks (not in its bundle figure; with their own imports): ${Object.entries(b.lazy)
          .map(([n, l]) => `${n} ${(l.closureGzip / KB).toFixed(1)} KB`)
          .join(', ')}`,
    )
    .join('\n');
  const unavailableLines = Object.entries(unavailable)
    .map(([k, v]) => `- **${k}: not available yet** — ${v}`)
    .join('\n');
  const firstMountErrors = Object.fromEntries(
    Object.entries(firstMount?.errors ?? {}).map(([id, e]) => [`first-mount/${id}`, e]),
  );
  const errorLines = Object.entries({ ...errors, ...firstMountErrors, ...(pageLoad?.errors ?? {}) })
    .map(([k, v]) => `- ${k}: ${v}`)
    .join('\n');

  const report = `# Benchmark results

${date} · ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGiB} GiB · Chromium ${machine.chromium} headless · Node ${machine.node} · code at ${machine.revision}
${opts.quick ? '\n**Quick run (--quick): few runs, figures are rough.**\n' : ''}
Medians of fresh-page runs after ${RUNS.warm} warm-up runs (measured runs per workload: ${runsLine});
(N×) is the ratio to the vanilla baseline. Whole command: ${totalS.toFixed(0)} s; 1-minute load average
${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end (2 cores: above ~2 other work competed; the bench ran at nice ${machine.nice}). Method: bench/README.md.

${md}

${pageLoadSection}
## Targets for \`<sf-form>\`

${targets.markdown}

## Notes
${[unavailableLines, modeLines, lazyLines, errorLines ? `Errors:\n${errorLines}` : ''].filter(Boolean).join('\n')}
`;
  console.log(`\n${report}`);

  await mkdir(join(benchDir, 'results'), { recursive: true });
  const json = {
    date: new Date().toISOString(),
    machine,
    runs: measured,
    quick: opts.quick,
    totalSeconds: totalS,
    unavailable,
    modes: { ...modes, ...notes },
    errors,
    bundles,
    summary,
    targets: targets.results,
    samples,
    pageLoad: pageLoad ?? null,
    firstMount: firstMount ?? null,
  };
  await writeFile(join(benchDir, 'results', 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  if (!opts.only && !opts.workloads && !opts['page-load-only'] && !opts['no-page-load']) {
    await writeFile(join(benchDir, 'RESULTS.md'), report);
    // The README quotes the latest full run between its markers.
    const readmePath = join(benchDir, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const start = '<!-- latest-results:start -->';
    const end = '<!-- latest-results:end -->';
    const i = readme.indexOf(start);
    const j = readme.indexOf(end);
    if (i >= 0 && j > i) {
      const quoted = report
        .replace(/^# Benchmark results\n/, '')
        .replace(/^## /gm, '### ')
        .trim();
      await writeFile(readmePath, `${readme.slice(0, i + start.length)}\n${quoted}\n${readme.slice(j)}`);
    }
  }
  log(
    `wrote bench/results/latest.json${opts.only || opts.workloads || opts['page-load-only'] || opts['no-page-load'] ? '' : ' and bench/RESULTS.md'}; total ${totalS.toFixed(0)} s`,
  );
}

/** The size target's figure: <sf-form>'s bundle plus the precompiled validator of the ticket form. */
function sfBundleTarget(b) {
  if (!b) return {};
  const v = b.lazy['ticket-form'];
  if (!v)
    return {
      bundleKB: b.gzip / KB,
      bundleDetail: `${(b.gzip / KB).toFixed(1)} KB (element only: no ticket form precompiled)`,
    };
  const total = (b.gzip + v.closureGzip) / KB;
  return {
    bundleKB: total,
    bundleDetail: `${total.toFixed(1)} KB (element ${(b.gzip / KB).toFixed(1)} KB + alteracao-de-integradora validator ${(v.closureGzip / KB).toFixed(1)} KB)`,
  };
}

/** One fresh page: load, mount (with heap before/after), keystrokes or toggles. */
async function runOnce({ context, origin, contender, workload }) {
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    // Module scripts have run by the load event, so the adapter is registered once goto returns.
    await page.goto(`${origin}/${contender.dist}/index.html${contender.query ?? ''}`);
    boostChildren();
    const meta = await page.evaluate((n) => window.__bench.load(n), workload.name);
    const cdp = await context.newCDPSession(page);
    const heap0 = await heap(cdp);
    const m = await page.evaluate(() => window.__bench.mount());
    const heap1 = await heap(cdp);
    const metrics = {
      mount: m.mount,
      mountLayout: m.mountLayout,
      controls: m.controls,
      heap: (heap1.usedSize - heap0.usedSize) / 2 ** 20,
    };
    if (meta.compileMs !== null) metrics.compile = meta.compileMs;
    if (heap1.embedderHeapUsedSize !== undefined)
      metrics.embedderHeap = (heap1.embedderHeapUsedSize - heap0.embedderHeapUsedSize) / 2 ** 20;
    if (workload.keystrokeKey) {
      const prep = await page.evaluate(() => window.__bench.prepareKeystroke());
      metrics.invalidShown = prep.invalidShown;
      const ks = await page.evaluate(async (chars) => {
        const out = [];
        for (const c of chars) out.push(await window.__bench.keystroke(c, true));
        return out;
      }, KEYSTROKES);
      metrics.keystrokeFirst = ks[0];
      metrics.keystroke = median(ks);
    }
    if (workload.toggles) {
      await page.evaluate(() => window.__bench.prepareToggles());
      const tg = [];
      const tgl = [];
      for (let i = 0; i < workload.toggles.length; i++) {
        for (const on of [true, false]) {
          const t = await page.evaluate(([i2, on2]) => window.__bench.toggle(i2, on2), [i, on]);
          tg.push(t.toggle);
          tgl.push(t.toggleLayout);
        }
      }
      metrics.toggle = tg;
      metrics.toggleLayout = tgl;
    }
    if (pageErrors.length) throw new Error(`page error: ${pageErrors[0]}`);
    return { metrics, mode: meta.mode };
  } catch (e) {
    if (pageErrors.length) e.message += ` (page error: ${pageErrors[0]})`;
    throw e;
  } finally {
    await page.close();
  }
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
