import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { BUDGETS, failures, measure, report, targetMisses } from '../scripts/size.mjs';
import { compilePackages } from './support/builds.js';

interface Measured {
  readonly id: keyof typeof BUDGETS;
  readonly total?: number;
  readonly target: number;
  readonly ceiling: number;
  readonly error?: string;
  readonly violations?: readonly string[];
  readonly modules?: readonly { readonly id: string }[];
}

let results: Measured[];
const budget = (id: string) => results.find((r) => r.id === id)!;

describe('the size budget (scripts/size.mjs)', () => {
  beforeAll(async () => {
    await compilePackages();
    results = await measure();
    // The figures and the modules behind them, in the test log.
    console.log(report(results));
  }, 600_000);

  it('measures every budget, and none of them ships the Ajv compiler', () => {
    const structural = results.flatMap((r) => [
      ...(r.error ? [`${r.id}: not measured — ${r.error}`] : []),
      ...(r.violations ?? []).map((v) => `${r.id}: ${v}`),
    ]);
    expect(structural).toEqual([]);
  });

  // Until session 8 the embed figure left out the four lazy chunks a plain schema waits for before its
  // first field (8.3 KB); test/embed-first-field.test.ts checks the same against what a browser fetches.
  it('counts in the embed budget the code that reads a plain schema before its first field', () => {
    const counted = (budget('embed').modules ?? []).map((m) => m.id);
    for (const reading of ['prepare-schema', 'engine/condition-evaluator', 'decimal-multiple']) {
      expect(
        counted.filter((id) => id.endsWith(`core/dist/${reading}.js`)),
        reading,
      ).toHaveLength(1);
    }
  });

  // Session 9: the linear-time pattern engine is fetched only by a schema whose conditions test a
  // `pattern` (core's pattern-conditions.ts); it stays a chunk of its own, listed but not counted.
  it('leaves the pattern engine out of the embed budget, in a chunk of its own', () => {
    const counted = (budget('embed').modules ?? []).map((m) => m.id);
    expect(counted.filter((id) => id.endsWith('core/dist/linear-regexp.js'))).toEqual([]);
    const lazy = (budget('embed') as unknown as { lazy: { file: string }[] }).lazy.map((chunk) => chunk.file);
    expect(lazy.filter((file) => /linear-regexp/.test(file))).toHaveLength(1);
  });

  // A ceiling is the size when the targets were set: crossing it fails, so nothing grows unnoticed.
  for (const id of ['embed', 'sf-form', 'portal'] as const) {
    it(`keeps ${id} (${BUDGETS[id].label}) under its ceiling of ${BUDGETS[id].ceiling / 1000} KB`, () => {
      expect(failures([budget(id)])).toEqual([]);
    });
  }

  // The targets of issue #18 are not met yet: each of these passes while its target is missed and fails
  // once it is met, so whoever meets it turns it into a plain test (and lowers the ceiling).
  for (const id of ['embed', 'sf-form', 'portal'] as const) {
    it.fails(`meets the ${BUDGETS[id].target / 1000} KB target for ${id} (missed today: issue #18 loads less)`, () => {
      expect(targetMisses([budget(id)])).toEqual([]);
    });
  }
});
