// The page-load workload: what a seller feels when a page with a form opens. Each run is a fresh browser
// context with the cache off and gzip on; optionally the network and CPU are throttled like a mid-range
// phone. The time is from navigation start until every control of the form is in the DOM, taken in the
// page (performance.now() counts from navigation start). Beside it: DOM nodes, JS event listeners and
// JS heap of the page once loaded (after a GC), from the DevTools protocol.

import { median } from './report.mjs';

/** Network and CPU conditions (Chrome DevTools' "Fast 3G"-like mobile profile, as issue #18 measures). */
export const PROFILES = [
  { id: 'none', label: 'no throttling' },
  {
    id: 'mobile',
    label: 'mobile (150 ms RTT, 1.6 Mbit/s, CPU 4× slower)',
    network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
    cpuRate: 4,
  },
];

/** The workloads a page load is measured on. */
export const PAGE_LOAD_WORKLOADS = ['flat-10', 'flat-100'];

/**
 * The pages: one per contender and path. `<sf-form>` is measured twice: handed the JSON Schema (it reads
 * it and compiles its validator itself; its bundle, `sf-form-json`, also imports
 * `@schemaforms/elements/plain-schemas.js`, as a page of plain schemas should) and handed a precompiled
 * form module (what `schemaforms` builds; the `sf-form` bundle, without that import).
 */
export function pageLoadTargets(contenderIds) {
  const out = [];
  for (const id of contenderIds) {
    if (id === 'rjsf-live') continue; // Loads exactly as rjsf does.
    if (id === 'sf-form') {
      out.push({ id: 'sf-form', dist: 'sf-form-json', path: 'json', label: '`<sf-form>` (schema as JSON)' });
      out.push({ id: 'sf-form', dist: 'sf-form', path: 'precompiled', label: '`<sf-form>` (precompiled)' });
    } else {
      out.push({ id, dist: id, path: 'json', label: id });
    }
  }
  return out;
}

/**
 * The `<link rel="modulepreload">` tags a page built by Vite gets for `bundle`: one per chunk its entry
 * imports statically (Vite's HTML build injects them, so they load beside the entry, not after it). On
 * the precompiled path also the form's own module and its imports: a page with one precompiled form
 * imports it statically, so Vite preloads it the same way (the bench's entry has one lazy loader per
 * workload instead, since it serves every workload).
 */
export function preloadLinks({ dist, bundle, workload, path }) {
  if (!bundle) return '';
  const files = bundle.files.slice(1);
  const form = path === 'precompiled' && bundle.name === 'sf-form' ? bundle.lazy[workload.name] : undefined;
  if (form) files.push(form.file, ...form.imports.filter((f) => !files.includes(f)));
  return files.map((f) => `<link rel="modulepreload" crossorigin href="/${dist}/${f}">`).join('\n');
}

/**
 * The HTML of one page-load page: the workload inline (a host page has its schema at hand), the
 * contender's bundle (with the preload tags Vite's build gives it), then a module that mounts the form
 * and records when every control is present. Module scripts run in document order, so the contender
 * has registered its adapter by then.
 */
export function pageLoadHtml({ dist, workload, path, bundle }) {
  const json = JSON.stringify(workload).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>page load</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${preloadLinks({ dist, bundle, workload, path })}</head>
<body><main id="app"></main>
<script type="application/json" id="workload" data-path="${path}">${json}</script>
<script type="module" src="/${dist}/entry.js"></script>
<script type="module">
const source = document.getElementById('workload');
const workload = JSON.parse(source.textContent);
const adapter = window.__adapter;
const container = document.getElementById('app');
const tick = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });
try {
  const input = source.dataset.path === 'json' && adapter.name === 'sf-form' ? workload.schema : await adapter.load(workload);
  const mounted = adapter.run(() => adapter.mount(container, input));
  if (mounted && typeof mounted.then === 'function') await mounted;
  for (let i = 0; adapter.count() < workload.controls; i++) {
    if (i > 100000) throw new Error('the form never showed all its controls');
    await (i < 50 ? null : tick());
  }
  window.__pageLoad = { ready: performance.now(), controls: adapter.count() };
} catch (e) {
  window.__pageLoad = { error: String(e && e.message || e) };
}
console.debug('page-load-done');
</script>
</body></html>
`;
}

/**
 * Records the page's requests from the DevTools protocol's Network events: for each, when it was sent,
 * when its response began and when its last byte arrived, in ms since the document's request was sent
 * (navigation start, give or take the time to send it).
 */
export function recordRequests(cdp) {
  const byId = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    byId.set(e.requestId, { url: e.request.url, sent: e.timestamp, initiator: e.initiator?.type });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = byId.get(e.requestId);
    if (r) r.response = e.timestamp;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = byId.get(e.requestId);
    if (r) Object.assign(r, { finished: e.timestamp, bytes: e.encodedDataLength });
  });
  return () => {
    const all = [...byId.values()];
    const start = Math.min(...all.map((r) => r.sent));
    const ms = (t) => (t === undefined ? undefined : (t - start) * 1000);
    return all.map((r) => ({
      path: new URL(r.url).pathname,
      sent: ms(r.sent),
      response: ms(r.response),
      finished: ms(r.finished),
      bytes: r.bytes,
    }));
  };
}

/** One fresh context: throttle, navigate, wait for the form, read the counters. */
async function loadOnce({ browser, origin, target, workloadName, profile }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const cdp = await context.newCDPSession(page);
    const requests = recordRequests(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    if (profile.cpuRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
    // The page says when it is done on the console: waiting with page.waitForFunction would inject
    // Playwright's script into the page and run it on the throttled main thread during the load.
    const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'page-load-done' });
    await page.goto(`${origin}/load/${target.dist}/${workloadName}/${target.path}`, { waitUntil: 'commit' });
    await done;
    const result = await page.evaluate(() => window.__pageLoad);
    if (result.error) throw new Error(result.error);
    if (profile.cpuRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      ready: result.ready,
      nodes: counters.nodes,
      listeners: counters.jsEventListeners,
      heap: heap.usedSize / 2 ** 20,
      requests: requests(),
    };
  } finally {
    await context.close();
  }
}

/**
 * Measures every target on every page-load workload and profile, in rounds (the order rotated every
 * round), until `rounds` measured rounds are done or the time budget is spent (at least `minRounds`).
 */
export async function measurePageLoads({ browser, origin, targets, rounds, minRounds, budgetS, log }) {
  const samples = {};
  const errors = {};
  const waterfalls = {};
  const cells = [];
  for (const profile of PROFILES) for (const workloadName of PAGE_LOAD_WORKLOADS) cells.push({ profile, workloadName });
  const started = performance.now();
  let round = 0;
  for (; round < rounds; round++) {
    if (round >= minRounds && (performance.now() - started) / 1000 > budgetS) break;
    for (const { profile, workloadName } of cells) {
      const order = targets.map((_, i) => targets[(i + round) % targets.length]);
      for (const target of order) {
        const key = `${profile.id}/${workloadName}/${target.id}:${target.path}`;
        if (errors[key]) continue;
        try {
          const s = await loadOnce({ browser, origin, target, workloadName, profile });
          const bucket = (samples[key] ??= { ready: [], nodes: [], listeners: [], heap: [] });
          for (const k of Object.keys(bucket)) bucket[k].push(s[k]);
          (waterfalls[key] ??= []).push({ ready: s.ready, requests: s.requests });
        } catch (e) {
          errors[key] = String(e.message ?? e).split('\n')[0];
          log(`page load ${key} failed: ${errors[key]}`);
        }
      }
    }
  }
  const summary = {};
  for (const [key, bucket] of Object.entries(samples)) {
    summary[key] = Object.fromEntries(Object.entries(bucket).map(([k, v]) => [k, median(v)]));
  }
  return { rounds: round, summary, errors, samples, waterfalls: medianWaterfalls(waterfalls) };
}

/** For each page, the run whose time was the median one (its requests as they happened). */
function medianWaterfalls(waterfalls) {
  const out = {};
  for (const [key, runs] of Object.entries(waterfalls)) {
    const sorted = [...runs].sort((a, b) => a.ready - b.ready);
    out[key] = sorted[Math.floor((sorted.length - 1) / 2)];
  }
  return out;
}

/**
 * The requests of the median mobile-profile run of each page on `workloadName`, as a Markdown table:
 * what was fetched, when (ms since navigation start) it was sent and finished, and when the form was ready.
 */
export function waterfallTable({ targets, waterfalls, workloadName = 'flat-10', profile = 'mobile' }) {
  const rows = ['| page | request | sent | first byte | done | bytes |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  const fmt = (x) => (x === undefined ? '–' : x.toFixed(0));
  for (const t of targets) {
    const w = waterfalls[`${profile}/${workloadName}/${t.id}:${t.path}`];
    if (!w) continue;
    for (const r of [...w.requests].sort((a, b) => a.sent - b.sent)) {
      const path = r.path.replace(/^\/load\/.*/, '(the page)');
      rows.push(
        `| ${t.label} | ${path} | ${fmt(r.sent)} | ${fmt(r.response)} | ${fmt(r.finished)} | ${r.bytes ?? '–'} |`,
      );
    }
    rows.push(`| ${t.label} | **every control in the DOM** | | | ${fmt(w.ready)} | |`);
  }
  return rows.join('\n');
}

const fmtMs = (x) => (x === undefined ? '–' : `${x.toFixed(0)} ms`);
const ratio = (x, base) => (x === undefined || !base ? '' : ` (${(x / base).toFixed(2)}×)`);

/** The page-load table (time, ratio to vanilla) and, for the unthrottled profile, nodes/listeners/heap. */
export function pageLoadTable({ targets, summary }) {
  const head = `| profile · workload | ${targets.map((t) => t.label).join(' | ')} |`;
  const rule = `| --- | ${targets.map(() => '---:').join(' | ')} |`;
  const rows = [head, rule];
  const keyOf = (profile, workloadName, t) => `${profile}/${workloadName}/${t.id}:${t.path}`;
  for (const profile of PROFILES) {
    for (const workloadName of PAGE_LOAD_WORKLOADS) {
      const base = summary[keyOf(profile.id, workloadName, { id: 'vanilla', path: 'json' })]?.ready;
      const cells = targets.map((t) => {
        const ready = summary[keyOf(profile.id, workloadName, t)]?.ready;
        return `${fmtMs(ready)}${ratio(ready, base)}`;
      });
      rows.push(`| ${profile.label} · ${workloadName} | ${cells.join(' | ')} |`);
    }
  }
  for (const workloadName of PAGE_LOAD_WORKLOADS) {
    const cells = targets.map((t) => {
      const s = summary[keyOf('none', workloadName, t)];
      return s ? `${s.nodes} nodes, ${s.listeners} listeners, ${s.heap.toFixed(1)} MB` : '–';
    });
    rows.push(`| page after load · ${workloadName} | ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

/** The page-load target: a usable 10-field form on the mobile profile ≤ 1.3× vanilla, both paths. */
export function pageLoadTargetResults(summary) {
  const base = summary['mobile/flat-10/vanilla:json']?.ready;
  return ['json', 'precompiled'].map((path) => {
    const ready = summary[`mobile/flat-10/sf-form:${path}`]?.ready;
    const text = `page load, 10 fields, mobile profile ≤ 1.3× vanilla (${path === 'json' ? 'schema as JSON' : 'precompiled'})`;
    if (ready === undefined || !base) return { text, detail: '–', verdict: 'not measured' };
    const x = ready / base;
    return { text, detail: `${ready.toFixed(0)} ms (${x.toFixed(2)}×)`, verdict: x <= 1.3 ? 'pass' : 'MISS' };
  });
}
