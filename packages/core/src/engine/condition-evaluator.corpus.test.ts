/**
 * Core's condition evaluator on real schemas: every condition subschema (`conditionPointers`) of the
 * seed forms (`schemas/`) and the corpus (`test/corpus/`), and every schema of the JSON Schema Test
 * Suite (draft 2020-12), asked about sample answers. Wherever it decides, it agrees with Ajv as core
 * compiles it; the counts of what it decides are printed for the issue #18 report.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntimeValidator, loadAjvClass } from '../ajv.js';
import { conditionPointers } from '../condition-pointers.js';
import { isObject } from '../json-pointer.js';
import * as dialectReadings from '../dialects/dialect-readings.js';
import { prepareSchema } from '../prepare-schema.js';
import type { FormValidator, JsonPointer } from '../types.js';
import { parseUrl } from '../url.js';
import { decideCondition } from './condition-evaluator.js';
import { loadConditionPatterns } from './condition-patterns.js';
import { SchemaCache } from './schema-cache.js';

interface Fs {
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
  statSync(path: string): { isDirectory(): boolean };
}
// Dynamic specifiers keep Node's types out of a DOM-free, Node-free tsconfig; Vitest runs in Node.
const nodeModule = (name: string) => import(/* @vite-ignore */ 'node:' + name);
const fs = (await nodeModule('fs')) as Fs;
// Core's tsconfig knows no console (DOM-free and Node-free); the counts go to the test output.
const report = (text: string) => (globalThis as unknown as { console: { log(text: string): void } }).console.log(text);
const here = (import.meta as unknown as { url: string }).url;
const pathOf = (relative: string) => decodeURIComponent(parseUrl(relative, here)!.href.replace(/^file:\/\//, ''));

/** Every `.json` file under `dir`, recursively. */
function jsonFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = `${dir}${name}`;
      if (fs.statSync(path).isDirectory()) return jsonFiles(`${path}/`);
      return name.endsWith('.json') ? [path] : [];
    });
}

/** Sample answers: a fixed pseudo-random set of JSON values (same every run), and the empty object. */
const SAMPLES: unknown[] = [
  {},
  ...fc.sample(fc.jsonValue({ maxDepth: 2 }), { numRuns: 40, seed: 18 }),
  ...fc.sample(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })), { numRuns: 20, seed: 18 }),
];

interface Tally {
  conditions: number;
  /** Conditions decided for every sample answer. */
  alwaysDecided: number;
  questions: number;
  decided: number;
}

/** Asks the evaluator and Ajv about `answers` at `pointer`; the evaluator must agree where it decides. */
function compare(
  tally: Tally,
  schemas: SchemaCache,
  validator: FormValidator,
  pointer: JsonPointer,
  answers: readonly unknown[],
  where: string,
): void {
  let every = true;
  for (const answer of answers) {
    tally.questions++;
    const decision = decideCondition(schemas, pointer, answer);
    if (decision === undefined) {
      every = false;
      continue;
    }
    tally.decided++;
    expect(decision, `${where}#${pointer} on ${JSON.stringify(answer)}`).toBe(validator.matches(pointer, answer));
  }
  tally.conditions++;
  if (every) tally.alwaysDecided++;
}

beforeAll(async () => {
  await loadAjvClass('draft-07');
  await loadConditionPatterns();
});

describe('condition evaluator on real schemas', () => {
  it('agrees with Ajv on every condition of the seed forms and the corpus', () => {
    const tally: Tally = { conditions: 0, alwaysDecided: 0, questions: 0, decided: 0 };
    let schemasRead = 0;
    for (const file of [
      ...jsonFiles(pathOf('../../../../schemas/')),
      ...jsonFiles(pathOf('../../../../test/corpus/')),
    ]) {
      const document = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
      const raw = isObject(document) && isObject(document.schema) ? document.schema : document;
      const given = isObject(document) ? [document.formData, document.data].filter((v) => v !== undefined) : [];
      let prepared;
      let validator: FormValidator;
      try {
        prepared = prepareSchema(raw, file, dialectReadings);
        validator = createRuntimeValidator(prepared.schema, prepared.dialect);
      } catch {
        continue;
      }
      schemasRead++;
      const schemas = new SchemaCache({ ...prepared, validator });
      for (const pointer of conditionPointers(prepared.schema))
        compare(tally, schemas, validator, pointer, [...given, ...SAMPLES], file);
    }
    report(
      `seed forms + corpus: ${schemasRead} schemas, ${tally.conditions} condition subschemas, ` +
        `${tally.alwaysDecided} decided for every sample answer; ${tally.decided} of ${tally.questions} questions decided`,
    );
    expect(tally.conditions).toBeGreaterThan(50);
    expect(tally.alwaysDecided).toBeGreaterThan(tally.conditions / 2);
  }, 600_000);

  it('agrees with Ajv on the JSON Schema Test Suite (draft 2020-12) wherever it decides', () => {
    const tally: Tally = { conditions: 0, alwaysDecided: 0, questions: 0, decided: 0 };
    for (const file of jsonFiles(pathOf('../../../../vendor/json-schema-test-suite/tests/draft2020-12/'))) {
      const groups = JSON.parse(fs.readFileSync(file, 'utf8')) as { schema: unknown; tests: { data: unknown }[] }[];
      for (const group of groups) {
        if (!isObject(group.schema) && typeof group.schema !== 'boolean') continue;
        const schema = (isObject(group.schema) ? group.schema : { allOf: [group.schema] }) as never;
        let validator: FormValidator;
        try {
          validator = createRuntimeValidator(schema, '2020-12');
          validator.matches('', null);
        } catch {
          continue;
        }
        const schemas = new SchemaCache({ schema, dialect: '2020-12', validator });
        compare(
          tally,
          schemas,
          validator,
          '',
          group.tests.map((test) => test.data),
          file,
        );
      }
    }
    report(
      `JSON Schema Test Suite 2020-12: ${tally.conditions} schemas, ${tally.alwaysDecided} decided on every case; ` +
        `${tally.decided} of ${tally.questions} cases decided`,
    );
    expect(tally.decided).toBeGreaterThan(450);
  }, 600_000);
});
