import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createForm } from '../index.js';
import { compiledApart, expectSameAsFresh } from '../test-support/fresh-derivation.js';
import { scripted } from '../test-support/scripted-schema.js';
import type { JsonSchemaObject } from '../types.js';
import { applicableSubschemas } from './applicable-subschemas.js';
import { recallApplied } from './applied-by-outcomes.js';
import type { AppliedSchemas } from './applied-schemas.js';

/**
 * The `if` at `/allOf/<i>/if` holds when switch `s<i>` is true; the one nested in its `then`
 * (`/allOf/<i>/then/if`) when `t<i>` is; the `if` of an alternative never does.
 */
const matches = (pointer: string, answers: unknown): boolean => {
  const [, , index, inner] = pointer.split('/');
  const values = (answers ?? {}) as Record<string, unknown>;
  if (inner === 'if') return values[`s${index}`] === true;
  if (inner === 'then') return values[`t${index}`] === true;
  return false;
};

/** Switch i adds `on<i>` or `off<i>`; when on, a nested switch `t<i>` adds `deep<i>`. */
function switches(count: number): JsonSchemaObject[] {
  return Array.from({ length: count }, (_, i) => ({
    if: { properties: { [`s${i}`]: { const: true } }, required: [`s${i}`] },
    then: {
      properties: { [`on${i}`]: { type: 'string' } },
      if: { properties: { [`t${i}`]: { const: true } }, required: [`t${i}`] },
      then: { properties: { [`deep${i}`]: { type: 'string' } } },
    },
    else: { properties: { [`off${i}`]: { type: 'string' } } },
  }));
}

const variants: Record<string, JsonSchemaObject> = {
  'nested conditions': { type: 'object', allOf: switches(3) },
  'conditions and dependent schemas': {
    type: 'object',
    allOf: switches(2),
    dependentSchemas: {
      d0: { properties: { dep0: { type: 'string' } } },
      d1: { properties: { dep1: { type: 'string' } }, if: { required: ['d0'] }, then: { required: ['dep1'] } },
    },
  },
  'conditions beside alternatives (not remembered)': {
    type: 'object',
    allOf: switches(2),
    oneOf: [
      { properties: { kind: { const: 'a' }, a: { type: 'string' } } },
      { properties: { kind: { const: 'b' }, b: { type: 'string' } } },
    ],
  },
};

const answers = fc.record(
  {
    s0: fc.boolean(),
    s1: fc.boolean(),
    s2: fc.boolean(),
    t0: fc.boolean(),
    t1: fc.boolean(),
    d0: fc.constant('x'),
    d1: fc.constant('y'),
    kind: fc.constantFrom('a', 'b'),
  },
  { requiredKeys: [] },
);

/** An applied set as plain data: which subschemas, at which rank, whether through an alternative. */
function listed(applied: AppliedSchemas): unknown {
  return applied.subschemas.map(({ pointer, rank, viaAlternative }) => [pointer, rank, !!viaAlternative]);
}

describe('applied sets remembered by the outcomes of their conditions', () => {
  for (const [name, schema] of Object.entries(variants))
    it(`give the set a walk from scratch gives, for any answers in any order (${name})`, () => {
      const remembering = scripted(schema, { matches });
      const entries = remembering.schemas.entryList(['']);
      fc.assert(
        fc.property(fc.array(answers, { minLength: 1, maxLength: 12 }), (sequence) => {
          for (const value of sequence) {
            const fresh = scripted(schema, { matches });
            const expected = applicableSubschemas(fresh, fresh.schemas.entryList(['']), value, '');
            const got = applicableSubschemas(remembering, entries, value, '');
            // Which alternative applies also follows the choices made before (kept in the form), not only the answers.
            if (!schema.oneOf) expect(listed(got)).toEqual(listed(expected));
            // Asked again for the same answers, the walk's set is found by its outcomes, unless it chose an alternative.
            const recalled = recallApplied(remembering.conditions, entries, { ...value }, '');
            if (schema.oneOf) expect(recalled).toBeUndefined();
            else expect(recalled).toBe(got);
          }
        }),
        { numRuns: 60 },
      );
    });

  it('are found again only for the outcomes they were reached by', () => {
    const form = scripted({ type: 'object', allOf: switches(1) }, { matches });
    const entries = form.schemas.entryList(['']);
    expect(recallApplied(form.conditions, entries, { s0: true }, '')).toBeUndefined();
    const on = applicableSubschemas(form, entries, { s0: true }, '');
    expect(recallApplied(form.conditions, entries, { s0: true, t0: false }, '')).toBe(on);
    // The nested condition holds: a combination not met yet.
    expect(recallApplied(form.conditions, entries, { s0: true, t0: true }, '')).toBeUndefined();
    expect(recallApplied(form.conditions, entries, { s0: false }, '')).toBeUndefined();
    const off = applicableSubschemas(form, entries, { s0: false }, '');
    expect(recallApplied(form.conditions, entries, {}, '')).toBe(off);
    expect(recallApplied(form.conditions, entries, { s0: true }, '')).toBe(on);
  });

  it('keep a form the same as a fresh one through random toggles of nested switches', async () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: Object.fromEntries(['s0', 's1', 't0', 't1'].map((name) => [name, { type: 'boolean' }])),
      allOf: switches(2),
    };
    const { compiled, separate } = await compiledApart(schema);
    const step = fc.record({ pointer: fc.constantFrom('/s0', '/s1', '/t0', '/t1'), value: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 16 }), (steps) => {
        const form = createForm(compiled);
        for (const { pointer, value } of steps) {
          form.setValue(pointer, value);
          expectSameAsFresh(form, separate, { errors: false });
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
