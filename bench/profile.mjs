#!/usr/bin/env node
// Where a contender's time goes: CPU profiles (CDP Profiler, 50 µs sampling) of mount, keystrokes and
// toggles on an unminified one-file-per-module build, self time summed by module.
//   node bench/profile.mjs [--contender=sf-form] [--workload=flat-1000] [--top=25]
//   node bench/profile.mjs --workload=cond-200 --toggles-only [--pages=8]: only the 4 toggles (after the
//   page settled, as the bench does), one profile per toggle and fresh page, summed over the pages;
//   --toggle=N (1–4) prints the function tables of the Nth toggle only.
import { setPriority } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { launchOptions } from '../scripts/browser.mjs';
import { buildContender } from './lib/build.mjs';
import { startServer } from './lib/server.mjs';
import { prepareSfForm } from './lib/sf-form.mjs';
import { workloads as allWorkloads } from './lib/workloads.mjs';

try {
  setPriority(-10);
} catch {
  // Not root: normal priority.
}
const benchDir = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(benchDir, '..');
const { values: opts } = parseArgs({
  options: {
    contender: { type: 'string', default: 'sf-form' },
    workload: { type: 'string', default: 'flat-1000' },
    top: { type: 'string', default: '25' },
    live: { type: 'boolean', default: false },
    'toggles-only': { type: 'boolean', default: false },
    pages: { type: 'string', default: '8' },
    // With --toggles-only: the function tables of this toggle (1–4) only, not of all four.
    toggle: { type: 'string' },
  },
});
const ENTRIES = {
  vanilla: 'contenders/vanilla.js',
  rjsf: 'contenders/rjsf.js',
  jsonforms: 'contenders/jsonforms.js',
  'sf-form': '.gen/sf-form-entry.js',
};
const w = allWorkloads().find((x) => x.name === opts.workload);
const log = (...a) => console.log(...a);

let conditions = [];
let alias = [];
if (opts.contender === 'sf-form') {
  const sf = await prepareSfForm({ benchDir, rootDir, workloads: [w], build: true, log });
  if (!sf.available) throw new Error(sf.reason);
  conditions = sf.conditions;
  alias = sf.alias;
  log(`sf-form: ${sf.mode}`);
}
const dist = join(benchDir, 'dist', 'profile');
await buildContender({
  benchDir,
  name: opts.contender,
  entry: join(benchDir, ENTRIES[opts.contender]),
  outDir: join(dist, opts.contender),
  resolveConditions: conditions,
  alias,
  profile: true,
});

const server = await startServer({
  distDir: dist,
  pageDir: join(benchDir, 'page'),
  work: new Map([[w.name, JSON.stringify(w)]]),
});
const browser = await chromium.launch(launchOptions());
/** The bench's 4 toggles of one settled page: on, off, the next switch on, off. */
const TOGGLES = [
  [0, true],
  [0, false],
  [1, true],
  [1, false],
];
const workloadToggle = (index) => w.toggles[index].key;
const fourToggles = () =>
  page.evaluate(async (toggles) => {
    const out = [];
    for (const [i, on] of toggles) out.push(await window.__bench.toggle(i, on));
    return out;
  }, TOGGLES);
let page;
if (opts['toggles-only']) {
  if (!w.toggles) throw new Error(`${w.name} has no toggles`);
  try {
    const profiles = [];
    const times = [];
    for (let i = 0; i < Number(opts.pages); i++) {
      const context = await browser.newContext();
      page = await context.newPage();
      await page.goto(`${server.origin}/${opts.contender}/index.html${opts.live ? '?live' : ''}`);
      await page.evaluate((n) => window.__bench.load(n), w.name);
      await page.evaluate(() => window.__bench.mount());
      await page.evaluate(() => window.__bench.prepareToggles());
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('HeapProfiler.collectGarbage');
      // One profile per toggle: the first of a page (code run for the first time) apart from the others.
      const result = [];
      for (const [index, on] of TOGGLES) {
        await cdp.send('Profiler.start');
        result.push(await page.evaluate(([i, o]) => window.__bench.toggle(i, o), [index, on]));
        const { profile } = await cdp.send('Profiler.stop');
        (profiles[result.length - 1] ??= []).push(profile);
      }
      times.push(result.map((r) => Number(r.toggle.toFixed(2))));
      await context.close();
    }
    const all = times.flat().sort((a, b) => a - b);
    for (let i = 0; i < TOGGLES.length; i++) {
      const [index, on] = TOGGLES[i];
      const label = `toggle ${i + 1} (switch ${workloadToggle(index)} ${on ? 'on' : 'off'})`;
      categoryReport(`${label} × ${times.length} pages`, profiles[i]);
    }
    report(
      `4 toggles × ${times.length} fresh pages (toggle ms per page: ${JSON.stringify(times)}; median ${all[all.length >> 1]})`,
      null,
      opts.toggle ? profiles[Number(opts.toggle) - 1] : profiles.flat(),
    );
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}
try {
  page = await browser.newPage();
  await page.goto(`${server.origin}/${opts.contender}/index.html${opts.live ? '?live' : ''}`);
  await page.evaluate((n) => window.__bench.load(n), w.name);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });

  async function profiled(label, fn) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Profiler.start');
    const result = await fn();
    const { profile } = await cdp.send('Profiler.stop');
    report(label, result, profile);
  }

  // Retained allocations of the mount, by allocating function (sampling heap profiler, after a GC).
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024 });
  await profiled('mount', () => page.evaluate(() => window.__bench.mount()));
  await cdp.send('HeapProfiler.collectGarbage');
  const { profile: heapProfile } = await cdp.send('HeapProfiler.stopSampling');
  heapReport(heapProfile);
  if (w.keystrokeKey) {
    await page.evaluate(() => window.__bench.prepareKeystroke());
    await profiled('5 keystrokes', () =>
      page.evaluate(async () => {
        const out = [];
        for (const c of 'cdefg') out.push(await window.__bench.keystroke(c, true));
        return out;
      }),
    );
  }
  if (w.toggles) {
    await page.evaluate(() => window.__bench.prepareToggles());
    await profiled('4 toggles', fourToggles);
  }
} finally {
  await browser.close();
  await server.close();
}

function moduleOf(url) {
  if (!url) return '(no url: eval or native)';
  const path = new URL(url).pathname.replace(`/${opts.contender}/`, '');
  return path.replace(/^node_modules\//, '').replace(/^.*?\/node_modules\//, '');
}

function heapReport(profile) {
  const byModule = new Map();
  const byFunction = new Map();
  let total = 0;
  const visit = (node) => {
    const f = node.callFrame;
    const mod = f.url ? moduleOf(f.url) : f.functionName || '(root)';
    if (node.selfSize) {
      total += node.selfSize;
      byModule.set(category(mod), (byModule.get(category(mod)) ?? 0) + node.selfSize);
      const fk = `${f.functionName || '(anonymous)'}  ${mod}:${f.lineNumber + 1}`;
      byFunction.set(fk, (byFunction.get(fk) ?? 0) + node.selfSize);
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(profile.head);
  const top = Number(opts.top);
  console.log(
    `\n## ${opts.contender} ${w.name}: JS heap still held after mount + GC (sampled) — ${(total / 2 ** 20).toFixed(2)} MB`,
  );
  console.log('by part:');
  for (const [m, b] of [...byModule].sort((a, b2) => b2[1] - a[1]))
    console.log(`  ${(b / 2 ** 20).toFixed(2).padStart(8)} MB  ${m}`);
  console.log('by allocating function:');
  for (const [m, b] of [...byFunction].sort((a, b2) => b2[1] - a[1]).slice(0, top))
    console.log(`  ${(b / 2 ** 20).toFixed(2).padStart(8)} MB  ${m}`);
}

function category(mod) {
  if (mod.includes('packages/core/')) return 'core (@schemaforms/core)';
  if (mod.includes('packages/elements/')) return 'elements (@schemaforms/elements)';
  if (mod.includes('.gen/precompiled') || mod.startsWith('ajv')) return 'validator (precompiled / ajv)';
  if (/^(lit-html|lit-element|@lit|lit)\//.test(mod)) return 'lit';
  if (/^(react|react-dom|scheduler|@rjsf|@jsonforms|lodash)/.test(mod)) return 'framework/library';
  if (mod === '/page/harness.js') return 'harness (its self time in mount = forced style + layout)';
  if (mod.startsWith('contenders/')) return 'adapter';
  return mod;
}

/** Prints the self time of `profiles` (one, or several summed) by module, part and function. */
function report(label, result, profiles) {
  const byModule = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const profile of Array.isArray(profiles) ? profiles : [profiles]) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    for (let i = 0; i < profile.samples.length; i++)
      dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
    for (const [id, us] of dt) {
      const n = byId.get(id);
      const f = n.callFrame;
      if (f.functionName === '(idle)') continue;
      total += us;
      const mod = f.url ? moduleOf(f.url) : f.functionName.startsWith('(') ? f.functionName : '(native / eval)';
      byModule.set(mod, (byModule.get(mod) ?? 0) + us);
      const fk = `${f.functionName || '(anonymous)'}  ${mod}:${f.lineNumber + 1}`;
      byFunction.set(fk, (byFunction.get(fk) ?? 0) + us);
    }
  }
  const top = Number(opts.top);
  if (Array.isArray(profiles)) inclusiveReport(profiles, top);
  const byCategory = new Map();
  for (const [m, us] of byModule) byCategory.set(category(m), (byCategory.get(category(m)) ?? 0) + us);
  console.log(`\n## ${opts.contender} ${w.name}: ${label}${result ? ` — ${JSON.stringify(result)}` : ''}`);
  console.log(`busy ${(total / 1000).toFixed(1)} ms (sampled, excluding idle)\nself time by module:`);
  for (const [m, us] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${(us / 1000).toFixed(2).padStart(8)} ms  ${m}`);
  console.log('self time by part ((native / eval) = DOM and other built-ins called from JS):');
  for (const [m, us] of [...byCategory].sort((a, b) => b[1] - a[1]))
    console.log(`  ${(us / 1000).toFixed(2).padStart(8)} ms  ${m}`);
  console.log('self time by function:');
  for (const [m, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${(us / 1000).toFixed(2).padStart(8)} ms  ${m}`);
}

/** Self time of `profiles` by part (core, elements, Lit…), summed. */
function categoryReport(label, profiles) {
  const byCategory = new Map();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const f = byId.get(profile.samples[i]).callFrame;
      if (f.functionName === '(idle)') continue;
      const us = profile.timeDeltas[i] ?? 0;
      total += us;
      const mod = f.url
        ? category(moduleOf(f.url))
        : f.functionName.startsWith('(')
          ? f.functionName
          : '(native / eval)';
      byCategory.set(mod, (byCategory.get(mod) ?? 0) + us);
    }
  }
  console.log(`\n## ${label}: busy ${(total / 1000).toFixed(1)} ms`);
  for (const [m, us] of [...byCategory].sort((a, b) => b[1] - a[1]))
    console.log(`  ${(us / 1000).toFixed(2).padStart(8)} ms  ${m}`);
}

/** Time with each function on the stack (inclusive, counted once per sample), summed over `profiles`. */
function inclusiveReport(profiles, top) {
  const byFunction = new Map();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    for (let i = 0; i < profile.samples.length; i++) {
      const us = profile.timeDeltas[i] ?? 0;
      const seen = new Set();
      for (let id = profile.samples[i]; id !== undefined; id = parentOf.get(id)) {
        const f = byId.get(id).callFrame;
        if (!f.url) continue;
        const key = `${f.functionName || '(anonymous)'}  ${moduleOf(f.url)}:${f.lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        byFunction.set(key, (byFunction.get(key) ?? 0) + us);
      }
    }
  }
  console.log('inclusive time by function (its callees included):');
  for (const [m, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${(us / 1000).toFixed(2).padStart(8)} ms  ${m}`);
}
