// Micro benchmark of a form's mount in the core: `createForm` on the bench's flat-1000 and cond-200
// schemas, each run in a fresh process (the first call in a process is what a fresh page sees), with
// the heap one form holds. Run after `npx tsc -b`: `node packages/core/bench/create-form.mjs [runs]`.
// Not a test: prints medians only.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileSchema, createForm } from '../dist/node.js';
import { conditionalSchema, flatSchema } from '../../../bench/lib/workloads.mjs';

const SCHEMAS = { 'flat-1000': () => flatSchema(1000), 'cond-200': () => conditionalSchema(50) };

function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One fresh-process run: the first createForm's time, a warm one's, and the heap one form holds. */
async function runOnce(name) {
  const compiled = await compileSchema(SCHEMAS[name]());
  globalThis.gc();
  const start = performance.now();
  const form = createForm(compiled);
  const first = performance.now() - start;
  if (!form.root.children?.length) throw new Error('no field tree');
  for (let i = 0; i < 20; i++) createForm(compiled);
  const warmStart = performance.now();
  createForm(compiled);
  const warm = performance.now() - warmStart;
  // The heap one form holds with the caches its schema fills (a fresh page pays both), measured once
  // the code is warm (so compiled code and feedback do not count) on a schema compiled anew.
  const fresh = await compileSchema(SCHEMAS[name]());
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const held = createForm(fresh);
  globalThis.gc();
  const heldBytes = process.memoryUsage().heapUsed - before;
  if (!held.root) throw new Error('no form');
  return { first, warm, held: heldBytes };
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await runOnce(process.argv[3])));
} else {
  const runs = Number(process.argv[2] ?? 15);
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(SCHEMAS)) {
    const results = [];
    for (let run = 0; run < runs; run++)
      results.push(
        JSON.parse(execFileSync(process.execPath, ['--expose-gc', self, '--child', name], { encoding: 'utf8' })),
      );
    const first = median(results.map((result) => result.first)).toFixed(1);
    const warm = median(results.map((result) => result.warm)).toFixed(2);
    const held = (median(results.map((result) => result.held)) / 1024).toFixed(0);
    console.log(`${name}: first createForm ${first} ms, warm ${warm} ms, heap held ${held} KB (medians of ${runs})`);
  }
}
