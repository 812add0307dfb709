// Micro benchmark of the core's hot path: one setValue (re-derive + validate) on big forms.
// Run after `npx tsc -b`: `node packages/core/bench/set-value.mjs`. Not a test: prints medians only.
import { compileSchema, createForm } from '../dist/node.js';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// CPU time per operation, in batches: wall time is meaningless on a loaded CI machine.
function measure(label, fn, { warmup = 1000, batches = 40, batch = 100 } = {}) {
  for (let i = 0; i < warmup; i++) fn(i);
  const cpu = [];
  const wall = [];
  let n = warmup;
  for (let b = 0; b < batches; b++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn(n++);
    const c = process.cpuUsage(c0);
    wall.push(((performance.now() - t0) * 1000) / batch);
    cpu.push((c.user + c.system) / batch);
  }
  console.log(`${label}: median ${median(cpu).toFixed(1)} µs CPU (${median(wall).toFixed(1)} µs wall) per operation`);
}

const flat = { type: 'object', properties: {}, required: [] };
for (let i = 0; i < 1000; i++) flat.properties[`f${i}`] = { type: 'string', title: `Campo ${i}`, maxLength: 50 };
for (let i = 0; i < 1000; i += 10) flat.required.push(`f${i}`);

const conditional = { type: 'object', properties: {}, allOf: [] };
for (let i = 0; i < 50; i++) {
  conditional.properties[`s${i}`] = { type: 'boolean' };
  conditional.properties[`b${i}`] = { type: 'string' };
  conditional.allOf.push({
    if: { properties: { [`s${i}`]: { const: true } }, required: [`s${i}`] },
    then: { properties: { [`t${i}`]: { type: 'string', minLength: 2 } }, required: [`t${i}`] },
    else: { properties: { [`e${i}`]: { type: 'string' } } },
  });
}
for (let i = 0; i < 50; i++) conditional.properties[`x${i}`] = { type: 'string' };

const t0 = performance.now();
const cFlat = await compileSchema(flat);
console.log(`compile 1000 fields: ${(performance.now() - t0).toFixed(1)} ms (includes loading Ajv)`);
let t = performance.now();
const fFlat = createForm(cFlat);
console.log(`createForm 1000 fields (first form): ${(performance.now() - t).toFixed(2)} ms`);
t = performance.now();
void fFlat.errors;
console.log(`first read of errors, 1000 fields (first validation): ${(performance.now() - t).toFixed(2)} ms`);
// The setValue cases below read errors once, as a renderer does, so every change validates.
const fEmpty = createForm(cFlat);
void fEmpty.errors;
{
  // A fresh schema object each time: the cold, per-schema cost (indexing, field info), not the caches.
  const cold = [];
  for (let i = 0; i < 5; i++) {
    const s = structuredClone(flat);
    const c = await compileSchema(s);
    const t1 = performance.now();
    createForm(c);
    cold.push(performance.now() - t1);
  }
  console.log(`createForm 1000 fields, new schema object: median ${median(cold).toFixed(2)} ms (of 5)`);
  measure('createForm 1000 fields, same schema (second form on)', () => createForm(cFlat), {
    warmup: 5,
    batches: 10,
    batch: 2,
  });
}
// Reference points on the same machine and load: Ajv alone on the same payloads.
const onePayload = { f500: 'v' };
measure('reference: Ajv validate of a 1-answer payload (1000-field schema)', () =>
  cFlat.validator.validate(onePayload),
);
const fullPayload = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, 'v']));
measure('reference: Ajv validate of a 1000-answer payload', () => cFlat.validator.validate(fullPayload));
measure('1000 fields, empty form: type in one field (derive + validate)', (i) => fEmpty.setValue('/f500', `v${i}`));
measure('1000 fields, all answered: setValue one field (derive + validate)', (i) =>
  fFlat.setValue(`/f${i % 1000}`, `v${i}`),
);
measure('1000 fields: setValue the same field', (i) => fFlat.setValue('/f1', `v${i}`));

const cCond = await compileSchema(conditional);
const fCond = createForm(cCond);
void fCond.errors;
measure('200 fields, 50 if/then/else: toggle one switch', (i) =>
  fCond.setValue(`/s${i % 50}`, Math.floor(i / 50) % 2 === 0),
);
measure('200 fields, 50 if/then/else: type in an unrelated field', (i) => fCond.setValue('/x3', `v${i}`));
t = performance.now();
for (let i = 0; i < 50; i++) fCond.setValue(`/s${i}`, true);
console.log(`50 toggles in a row: ${(performance.now() - t).toFixed(2)} ms`);
