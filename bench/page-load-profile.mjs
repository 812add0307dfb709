#!/usr/bin/env node
// Where a page load's time goes on the mobile profile: one throttled load (150 ms RTT, 1.6 Mbit/s,
// CPU 4×) of a page-load page, with a CPU profile (CDP Profiler, 100 µs sampling) from navigation
// until every control is in the DOM: self time by script and by function, and the requests.
// Uses the bundles of the last `npm run bench` (bench/dist); run that (or --page-load-only) first.
//   node bench/page-load-profile.mjs [--contender=sf-form] [--path=json|precompiled] [--workload=flat-10] [--top=25]
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { launchOptions } from '../scripts/browser.mjs';
import { describeBundle } from './lib/build.mjs';
import { PROFILES, recordRequests } from './lib/page-load.mjs';
import { startServer } from './lib/server.mjs';
import { workloads as allWorkloads } from './lib/workloads.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const { values: opts } = parseArgs({
  options: {
    contender: { type: 'string', default: 'sf-form' },
    path: { type: 'string', default: 'json' },
    workload: { type: 'string', default: 'flat-10' },
    top: { type: 'string', default: '25' },
  },
});
const distDir = join(benchDir, 'dist');
const w = allWorkloads().find((x) => x.name === opts.workload);
// <sf-form>'s JSON path has a bundle of its own (it imports @schemaforms/elements/plain-schemas.js).
const dist = opts.contender === 'sf-form' && opts.path === 'json' ? 'sf-form-json' : opts.contender;
const bundle = await describeBundle({ name: dist, outDir: join(distDir, dist) });
const server = await startServer({
  distDir,
  pageDir: join(benchDir, 'page'),
  work: new Map([[w.name, JSON.stringify(w)]]),
  bundles: { [dist]: bundle },
});
const mobile = PROFILES.find((p) => p.id === 'mobile');
const browser = await chromium.launch(launchOptions());
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = recordRequests(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...mobile.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobile.cpuRate });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'page-load-done', timeout: 120_000 });
  await page.goto(`${server.origin}/load/${dist}/${w.name}/${opts.path}`, { waitUntil: 'commit' });
  await done;
  const { profile } = await cdp.send('Profiler.stop');
  const result = await page.evaluate(() => window.__pageLoad);
  if (result.error) throw new Error(result.error);
  console.log(
    `${opts.contender} (${opts.path}) ${w.name}, mobile profile: every control in the DOM at ${result.ready.toFixed(0)} ms`,
  );
  for (const r of requests().sort((a, b) => a.sent - b.sent)) {
    console.log(
      `  ${r.path.padEnd(52)} sent ${r.sent.toFixed(0).padStart(5)}  done ${(r.finished ?? NaN).toFixed(0).padStart(5)}  ${r.bytes ?? '–'} B`,
    );
  }
  report(profile);
} finally {
  await browser.close();
  await server.close();
}

/** Self time (ms, throttled) by script and by function, from the sampled profile. */
function report(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const byScript = new Map();
  const byFunction = new Map();
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    const script = callFrame.url ? new URL(callFrame.url).pathname : callFrame.functionName || '(native)';
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${callFrame.functionName || '(anonymous)'} ${script}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`self time by script (ms of throttled CPU):\n${top(byScript, 20)}`);
  console.log(`self time by function:\n${top(byFunction, Number(opts.top))}`);
}
