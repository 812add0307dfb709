// Medians, the ratio table and the targets, as Markdown (printed and written to RESULTS.md).

/** 1 KB = 1000 bytes, as the project's size budget (scripts/size.mjs) counts. */
export const KB = 1000;

export function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** The metrics of the table, in order: key, label, unit, the workloads it is shown for. */
export const METRICS = [
  { key: 'mount', label: 'mount (schema set → all controls in DOM)', unit: 'ms' },
  { key: 'mountLayout', label: 'mount + forced style/layout', unit: 'ms' },
  {
    key: 'keystroke',
    label: 'keystroke, median of 5 (DOM shows value + validation state)',
    unit: 'ms',
    flatOnly: true,
  },
  { key: 'keystrokeFirst', label: 'first keystroke (invalid → valid)', unit: 'ms', flatOnly: true },
  { key: 'toggle', label: 'toggle one switch until its fields are shown/gone', unit: 'ms', condOnly: true },
  { key: 'toggleLayout', label: 'toggle + forced style/layout', unit: 'ms', condOnly: true },
  { key: 'heap', label: 'JS heap added by mount (after GC)', unit: 'MB' },
];

/** The issue's targets for `<sf-form>`. Each returns { pass, detail } or undefined when not measurable. */
export const TARGETS = [
  {
    id: 'mount-1000',
    text: 'mount ≤ 1.5× vanilla at 1000 fields',
    workload: 'flat-1000',
    metric: 'mount',
    check: (sf, r) => ratioCheck(sf.mount, r.vanilla?.mount, 1.5),
  },
  {
    id: 'mount-layout-1000',
    text: 'mount with layout ≤ 1.2× vanilla at 1000 fields',
    workload: 'flat-1000',
    metric: 'mountLayout',
    check: (sf, r) => ratioCheck(sf.mountLayout, r.vanilla?.mountLayout, 1.2),
  },
  {
    id: 'keystroke-1000',
    text: 'keystroke ≤ 1 ms at 1000 fields',
    workload: 'flat-1000',
    metric: 'keystroke',
    check: (sf) =>
      sf.keystroke === undefined ? undefined : { pass: sf.keystroke <= 1, detail: `${fmt(sf.keystroke)} ms` },
  },
  {
    id: 'keystroke-vs-rjsf',
    text: 'keystroke ≥ 12× faster than rjsf at 1000 fields',
    workload: 'flat-1000',
    metric: 'keystroke',
    check: (sf, r) => {
      if (sf.keystroke === undefined || r.rjsf?.keystroke === undefined) return undefined;
      const x = r.rjsf.keystroke / sf.keystroke;
      const live = r['rjsf-live']?.keystroke;
      const extra = live === undefined ? '' : `; ${fmt(live / sf.keystroke)}× vs rjsf live`;
      return { pass: x >= 12, detail: `${fmt(x)}× faster than rjsf${extra}` };
    },
  },
  {
    id: 'toggle',
    text: 'toggle ≤ 2 ms in the conditional schema',
    workload: 'cond-200',
    metric: 'toggle',
    check: (sf) => (sf.toggle === undefined ? undefined : { pass: sf.toggle <= 2, detail: `${fmt(sf.toggle)} ms` }),
  },
  {
    id: 'heap-1000',
    text: 'JS heap after mount ≤ 2× vanilla at 1000 fields',
    workload: 'flat-1000',
    metric: 'heap',
    check: (sf, r) => ratioCheck(sf.heap, r.vanilla?.heap, 2),
  },
  {
    id: 'bundle',
    text: '<sf-form> with a precompiled validator ≤ 21 KB min+gzip',
    workload: null,
    metric: 'bundle',
    check: (sf) => (sf.bundleKB === undefined ? undefined : { pass: sf.bundleKB <= 21, detail: sf.bundleDetail }),
  },
];

function ratioCheck(a, b, limit) {
  if (a === undefined || b === undefined) return undefined;
  return { pass: a / b <= limit, detail: `${fmt(a / b)}× vanilla` };
}

export function fmt(x) {
  if (x === undefined || x === null || !Number.isFinite(x)) return '–';
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toFixed(2);
}

/** The Markdown table: one row per workload × metric, one column per contender (value and × vanilla). */
export function table({ contenders, workloads, summary, bundles, unavailable, firstMount }) {
  const cols = contenders.map((c) => c.id);
  const head = `| workload | metric | ${cols.map((c) => (unavailable[c] ? `${c} (n/a)` : c)).join(' | ')} |`;
  const sep = `| --- | --- | ${cols.map(() => '---:').join(' | ')} |`;
  const rows = [head, sep];
  for (const w of workloads) {
    for (const m of METRICS) {
      if (m.flatOnly && w.kind !== 'flat') continue;
      if (m.condOnly && w.kind !== 'conditional') continue;
      const base = summary[w.name]?.vanilla?.[m.key];
      const cells = cols.map((c) => {
        if (unavailable[c]) return 'n/a';
        const v = summary[w.name]?.[c]?.[m.key];
        if (v === undefined) return summary[w.name]?.[c]?.error ? 'error' : '–';
        if (c === 'vanilla' || base === undefined) return `${fmt(v)} ${m.unit}`;
        return `${fmt(v)} ${m.unit} (${fmt(v / base)}×)`;
      });
      rows.push(`| ${w.name} | ${m.label} | ${cells.join(' | ')} |`);
    }
  }
  if (firstMount) {
    // bench/lib/first-mount.mjs: rjsf-live mounts as rjsf does, so it is not measured apart.
    const cells = cols.map((c) => {
      const v = firstMount[c] ?? (c === 'rjsf-live' ? firstMount.rjsf : undefined);
      if (v === undefined) return unavailable[c] ? 'n/a' : '–';
      return c === 'vanilla' || !firstMount.vanilla ? `${fmt(v)} ms` : `${fmt(v)} ms (${fmt(v / firstMount.vanilla)}×)`;
    });
    rows.push(
      `| flat-10 | first mount in a fresh page, plain schema (chunks it fetches count) | ${cells.join(' | ')} |`,
    );
  }
  const base = bundles.vanilla?.gzip;
  const cells = cols.map((c) => {
    const b = bundles[c];
    if (!b) return unavailable[c] ? 'n/a' : '–';
    const kb = b.gzip / KB;
    return c === 'vanilla' || !base ? `${fmt(kb)} KB` : `${fmt(kb)} KB (${fmt(b.gzip / base)}×)`;
  });
  rows.push(`| – | bundle min+gzip (entry + static imports; 1 KB = 1000 B) | ${cells.join(' | ')} |`);
  return rows.join('\n');
}

/** The targets of `<sf-form>`, with the measured figure and pass/miss. */
export function targetTable(summaryByWorkload, bundle, unavailableReason) {
  const rows = ['| target | measured | result |', '| --- | --- | --- |'];
  const results = [];
  for (const t of TARGETS) {
    let res;
    if (!unavailableReason) {
      const sf = t.workload ? (summaryByWorkload[t.workload]?.['sf-form'] ?? {}) : bundle;
      res = t.check(sf, summaryByWorkload[t.workload] ?? {});
    }
    const verdict = unavailableReason
      ? 'not available yet'
      : res === undefined
        ? 'not measured'
        : res.pass
          ? 'pass'
          : 'MISS';
    rows.push(`| ${t.text} | ${res?.detail ?? '–'} | ${verdict} |`);
    results.push({ id: t.id, target: t.text, measured: res?.detail ?? null, result: verdict });
  }
  return { markdown: rows.join('\n'), results };
}
