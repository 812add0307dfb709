#!/usr/bin/env node
// Core's share of the cond-200 toggles, in Node: each run is a fresh process (cold JIT, as a fresh page
// is), which builds the form and then flips the bench's switches, timing each `setValue` in CPU time.
//   node bench/core-toggle.mjs [--runs=12] [--warm] [--interpreted] [--core=DIR ...]
// A collection runs before each toggle. --warm: 200 toggles first, then the timed ones. --interpreted:
// V8's interpreter only, on one thread, so the CPU time follows the work done rather than when the JIT
// compiles on its threads (the least noisy way to compare two versions on a busy machine). --core: a copy of packages/core/dist to time (inside the
// repository, so its imports resolve); several are run interleaved, process by process, for an A/B.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const benchDir = dirname(fileURLToPath(import.meta.url));
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '12' },
    warm: { type: 'boolean', default: false },
    child: { type: 'boolean', default: false },
    core: { type: 'string', multiple: true },
    // Interpreted only, on one thread: CPU time follows the work done, not when the JIT compiles.
    interpreted: { type: 'boolean', default: false },
  },
});

if (opts.child) {
  const dist = pathToFileURL(resolve(opts.core?.[0] ?? join(benchDir, '../packages/core/dist'))).href;
  const core = await import(`${dist}/index.js`);
  const mod = await import('./.gen/precompiled/cond-200.js');
  const { loadConditionEvaluator } = await import(`${dist}/engine/condition-decider.js`);
  const compiled = core.fromPrecompiled(mod);
  await core.engineFeaturesReady(compiled);
  // As on the page once it settled: core's condition evaluator has arrived.
  await loadConditionEvaluator();
  const form = core.createForm(compiled);
  void form.root;
  const steps = [
    ['/s24', true],
    ['/s24', false],
    ['/s25', true],
    ['/s25', false],
  ];
  if (opts.warm)
    for (let i = 0; i < 50; i++)
      for (const [pointer, value] of steps) {
        form.setValue(pointer, value);
        void form.root;
      }
  const times = [];
  for (const [pointer, value] of steps) {
    // A collection now rather than during the toggle: which toggle pays for one is chance.
    globalThis.gc?.();
    const start = process.cpuUsage();
    form.setValue(pointer, value);
    void form.root;
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.push(times.reduce((sum, time) => sum + time, 0));
  const shown = form.root.children.map((f) => f.key).filter((k) => /^[abc]2[45]$/.test(k));
  console.log(JSON.stringify({ times, shown }));
} else {
  const cores = opts.core ?? [join(benchDir, '../packages/core/dist')];
  const runs = cores.map(() => []);
  for (let i = 0; i < Number(opts.runs); i++)
    for (let c = 0; c < cores.length; c++) {
      const out = execFileSync(
        process.execPath,
        [
          '--expose-gc',
          ...(opts.interpreted ? ['--no-opt', '--no-maglev', '--no-sparkplug', '--single-threaded'] : []),
          fileURLToPath(import.meta.url),
          '--child',
          `--core=${cores[c]}`,
          ...(opts.warm ? ['--warm'] : []),
        ],
        { encoding: 'utf8' },
      );
      runs[c].push(JSON.parse(out.trim().split('\n').pop()).times);
    }
  const median = (values) => values.slice().sort((a, b) => a - b)[values.length >> 1];
  const labels = ['s24 on', 's24 off', 's25 on', 's25 off', 'all four'];
  for (let c = 0; c < cores.length; c++)
    console.log(
      `${cores[c]}: ` +
        labels.map((label, i) => `${label}: ${median(runs[c].map((r) => r[i])).toFixed(3)} ms`).join(' · '),
      `(medians of ${runs[c].length} fresh processes, CPU time of the process)`,
    );
}
