import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scripted } from '../test-support/scripted-schema.js';
import type { JsonSchemaObject } from '../types.js';

/** `/allOf/<i>/if` reads `p<i>` (and `p<i+1>` for odd i); the last one reads any property (`minProperties`). */
const schema: JsonSchemaObject = {
  allOf: [
    ...Array.from({ length: 4 }, (_, i) => ({
      if: {
        properties: { [`p${i}`]: { const: 1 }, ...(i % 2 ? { [`p${i + 1}`]: { const: 1 } } : {}) },
      },
      then: {},
    })),
    { if: { minProperties: 3 }, then: {} },
  ],
};
const conditions = Array.from({ length: 5 }, (_, i) => `/allOf/${i}/if`);
/** What a condition's read properties decide: how many of them hold 1 is odd (the last: 3 answers or more). */
const decide = (pointer: string, answers: unknown): boolean => {
  const values = answers as Record<string, unknown>;
  const index = Number(pointer.split('/')[2]);
  if (index === 4) return Object.keys(values).length >= 3;
  const names = [`p${index}`, ...(index % 2 ? [`p${index + 1}`] : [])];
  return names.filter((name) => values[name] === 1).length % 2 === 1;
};

describe('forgetting the results a change makes stale', () => {
  it('keeps every cached result equal to a fresh decision through random changes made in place', () => {
    const change = fc.record({
      name: fc.constantFrom('p0', 'p1', 'p2', 'p3', 'p4', 'q'),
      value: fc.constantFrom(0, 1),
    });
    const step = fc.record({
      changes: fc.array(change, { minLength: 1, maxLength: 3 }),
      asked: fc.subarray(conditions),
    });
    fc.assert(
      // Some conditions are first asked after a change (a branch revealing a nested condition).
      fc.property(fc.subarray(conditions), fc.array(step, { maxLength: 12 }), (first, steps) => {
        const form = scripted(schema, { matches: decide });
        // One object updated in place, as an object's payload is: only `forget` makes a result stale.
        const answers: Record<string, unknown> = {};
        for (const pointer of first) form.conditions.matches(pointer, answers, '');
        for (const { changes, asked } of steps) {
          for (const { name, value } of changes) answers[name] = value;
          form.conditions.forget('', new Set(changes.map(({ name }) => name)));
          for (const pointer of asked)
            expect(form.conditions.matches(pointer, answers, '')).toBe(decide(pointer, answers));
        }
        for (const pointer of conditions)
          expect(form.conditions.matches(pointer, answers, '')).toBe(decide(pointer, answers));
      }),
      { numRuns: 200 },
    );
  });

  it('asks again only the conditions that read a changed name', () => {
    const form = scripted(schema, { matches: decide });
    const answers: Record<string, unknown> = {};
    for (const pointer of conditions) form.conditions.matches(pointer, answers, '');
    form.questions.length = 0;
    answers.p2 = 1;
    form.conditions.forget('', new Set(['p2']));
    for (const pointer of conditions) form.conditions.matches(pointer, answers, '');
    // p2 is read by the third condition, by the second (p1 and p2), and by the one that reads any.
    expect(form.questions.map((question) => question.schemaPointer)).toEqual([
      '/allOf/1/if',
      '/allOf/2/if',
      '/allOf/4/if',
    ]);
  });
});
