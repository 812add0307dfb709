// The first in-page mount of a plain schema: what a site that hands `<sf-form>` (or rjsf, JSON Forms)
// a JSON Schema waits for the first time a form opens in a page. A fresh page per run: the contender's
// bundle has loaded, nothing form-related has run yet; the time is from handing over the plain 10-field
// schema (nothing precompiled: each contender prepares it as it would for a site, validator and all)
// until every control is in the DOM. Lazy chunks the contender fetches on the way count.

import { median } from './report.mjs';

/** The workload mounted. */
export const FIRST_MOUNT_WORKLOAD = 'flat-10';

/** Contenders measured: every one but rjsf-live, which mounts exactly as rjsf does. */
export const firstMountContenders = (contenders) => contenders.filter((c) => c.id !== 'rjsf-live');

/** One fresh page: load the bundle, then time the first mount (window.__bench.firstMount, page/harness.js). */
async function firstMountOnce({ context, origin, contender }) {
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    await page.goto(`${origin}/${contender.dist}/index.html`);
    const r = await page.evaluate((n) => window.__bench.firstMount(n), FIRST_MOUNT_WORKLOAD);
    if (pageErrors.length) throw new Error(`page error: ${pageErrors[0]}`);
    return r.firstMount;
  } finally {
    await page.close();
  }
}

/** `rounds` rounds (order rotated each round), each contender once per round in a fresh page. */
export async function measureFirstMounts({ contexts, origin, contenders, rounds, onPage = () => {}, log }) {
  const samples = {};
  const errors = {};
  for (let round = 0; round < rounds; round++) {
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
    for (const c of order) {
      if (errors[c.id]) continue;
      try {
        const ms = await firstMountOnce({ context: contexts.get(c.id), origin, contender: c });
        onPage();
        (samples[c.id] ??= []).push(ms);
      } catch (e) {
        errors[c.id] = String(e.message ?? e).split('\n')[0];
        log(`first mount ${c.id} failed: ${errors[c.id]}`);
      }
    }
  }
  const summary = Object.fromEntries(Object.entries(samples).map(([id, v]) => [id, median(v)]));
  return { rounds, summary, samples, errors };
}

/** The target: the first in-page mount of a plain 10-field schema ≤ rjsf's. */
export function firstMountTargetResult(summary) {
  const text = 'first in-page mount of a plain 10-field schema ≤ rjsf’s';
  const sf = summary?.['sf-form'];
  const rjsf = summary?.rjsf;
  if (sf === undefined || rjsf === undefined) return { text, detail: '–', verdict: 'not measured' };
  return {
    text,
    detail: `${sf.toFixed(1)} ms (rjsf ${rjsf.toFixed(1)} ms: ${(sf / rjsf).toFixed(2)}×)`,
    verdict: sf <= rjsf ? 'pass' : 'MISS',
  };
}
