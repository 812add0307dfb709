import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createForm } from '../index.js';
import { compiledApart, expectSameAsFresh } from '../test-support/fresh-derivation.js';
import { scripted } from '../test-support/scripted-schema.js';
import type { JsonSchemaObject } from '../types.js';
import { applicableSubschemas } from './applicable-subschemas.js';
import { effectiveSchema, fieldInfoOf } from './effective-schema.js';
import { differsOnlyInShape, takeOverUnchanged } from './property-branch-change.js';
import { conditionTriggers } from './read-set.js';

/** Switch i on → `on<i>` (and whatever `then` adds) applies, off → `off<i>`. */
function switches(count: number, then: (i: number) => JsonSchemaObject = () => ({})): JsonSchemaObject[] {
  return Array.from({ length: count }, (_, i) => ({
    if: { properties: { [`s${i}`]: { const: true } }, required: [`s${i}`] },
    then: { ...then(i), properties: { [`on${i}`]: { type: 'string', minLength: 2 } } },
    else: { properties: { [`off${i}`]: { type: 'string' } } },
  }));
}

function switchFields(count: number): Record<string, JsonSchemaObject> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`s${i}`, { type: 'boolean' }]));
}

/**
 * The applied sets of the root of `schema` with switch 0 off and on, and for `answers` (one new cache,
 * so computed from scratch; the condition of switch i holds when it is `true`).
 */
function rootSetsOf(schema: JsonSchemaObject, answers: unknown = {}) {
  const form = scripted(schema, {
    // The `if` at `/allOf/<i>/if` reads switch i; one at `/if`, switch 0.
    matches: (pointer, answers) => (answers as Record<string, boolean>)[`s${pointer.split('/')[2] ?? '0'}`] === true,
  });
  const at = (on: boolean) => applicableSubschemas(form, form.schemas.entryList(['']), { s0: on }, '');
  const now = applicableSubschemas(form, form.schemas.entryList(['']), answers, '');
  const sets = { form, off: at(false), on: at(true), now };
  expect(sets.on).not.toBe(sets.off);
  return sets;
}

describe('a change of branches that only declare properties', () => {
  it('is told apart from one that changes more than the shape', () => {
    const plain = rootSetsOf({ type: 'object', properties: switchFields(2), allOf: switches(2) });
    expect(differsOnlyInShape(plain.off, plain.on)).toBe(true);
    // A branch with its own title, constraint or type changes what the field is, not only its fields.
    for (const extra of [{ title: 'On' }, { minProperties: 1 }, { type: 'object' }]) {
      const sets = rootSetsOf({ type: 'object', properties: switchFields(2), allOf: switches(2, () => extra) });
      expect(differsOnlyInShape(sets.off, sets.on)).toBe(false);
    }
    // `required` is part of the shape.
    const required = rootSetsOf({
      type: 'object',
      properties: switchFields(2),
      allOf: switches(2, (i) => ({ required: [`on${i}`] })),
    });
    expect(differsOnlyInShape(required.off, required.on)).toBe(true);
  });

  it('is not one when only one side declares properties and nothing in both does (an untyped object)', () => {
    // Without `type`, the field is an object because some applying subschema declares `properties`.
    const untyped = rootSetsOf({
      if: { properties: { s0: { const: true } }, required: ['s0'] },
      then: { properties: { on0: { type: 'string' } } },
    });
    expect(differsOnlyInShape(untyped.off, untyped.on)).toBe(false);
    const declaredInBoth = rootSetsOf({
      properties: { s0: { type: 'boolean' } },
      if: { properties: { s0: { const: true } }, required: ['s0'] },
      then: { properties: { on0: { type: 'string' } } },
    });
    expect(differsOnlyInShape(declaredInBoth.off, declaredInBoth.on)).toBe(true);
  });

  it('lets the new set take over the field info and the rest, only when the change is in the shape', () => {
    const plain = rootSetsOf({ type: 'object', title: 'Blocks', properties: switchFields(2), allOf: switches(2) });
    const info = fieldInfoOf({ schemas: plain.form.schemas, hostContext: undefined }, plain.off);
    conditionTriggers(plain.form.schemas, plain.off);
    takeOverUnchanged(plain.off, plain.on);
    // The same objects, not merely equal ones: taken over, not computed again.
    expect(plain.on.recall('fieldInfo')).toBe(info);
    expect(plain.on.recall('triggers')).toBe(plain.off.recall('triggers'));
    const titled = rootSetsOf({
      type: 'object',
      properties: switchFields(2),
      allOf: switches(2, () => ({ title: 'On' })),
    });
    fieldInfoOf({ schemas: titled.form.schemas, hostContext: undefined }, titled.off);
    takeOverUnchanged(titled.off, titled.on);
    expect(titled.on.recall('fieldInfo')).toBeUndefined();
    expect(fieldInfoOf({ schemas: titled.form.schemas, hostContext: undefined }, titled.on).title).toBe('On');
  });

  // Derived twice from separately compiled copies, so nothing one form computed is shared with the other.
  const variants: Record<string, JsonSchemaObject> = {
    'property branches': { type: 'object', properties: switchFields(4), allOf: switches(4) },
    'property branches with required names': {
      type: 'object',
      properties: switchFields(4),
      allOf: switches(4, (i) => ({ required: [`on${i}`] })),
    },
    'branches with help of their own': {
      type: 'object',
      properties: switchFields(4),
      allOf: switches(4, (i) => ({ description: `Block ${i} is on.` })),
    },
    'an if without else, in an object without type': {
      properties: switchFields(4),
      allOf: Array.from({ length: 4 }, (_, i) => ({
        if: { properties: { [`s${i}`]: { const: true } }, required: [`s${i}`] },
        then: { properties: { [`on${i}`]: { type: 'string' } }, required: [`on${i}`] },
      })),
    },
  };
  const step = fc.oneof(
    fc.record({ pointer: fc.constantFrom('/s0', '/s1', '/s2', '/s3'), value: fc.boolean() }),
    fc.record({ pointer: fc.constantFrom('/on0', '/on2', '/off1', '/off3'), value: fc.constantFrom('x', 'ab', '') }),
  );

  for (const [name, schema] of Object.entries(variants))
    it(`gives the fields, payload and errors of a fresh derivation after any toggles (${name})`, async () => {
      const { compiled, separate } = await compiledApart(schema);
      fc.assert(
        fc.property(fc.array(step, { maxLength: 16 }), (steps) => {
          const form = createForm(compiled);
          for (const { pointer, value } of steps) {
            form.setValue(pointer, value);
            expectSameAsFresh(form, separate);
            // Any derivation settles through the same take-over; this one computes the root's set from scratch.
            const reference = rootSetsOf(schema, form.value);
            const info = fieldInfoOf({ schemas: reference.form.schemas, hostContext: undefined }, reference.now);
            expect(form.root.schema).toEqual(effectiveSchema(reference.form.schemas, reference.now));
            const root = form.root as unknown as Record<string, unknown>;
            // What the field model shows of the info: all but what only the engine reads.
            for (const [key, value] of Object.entries(info))
              if (!['title', 'errorMessage', 'anyType'].includes(key)) expect(root[key]).toEqual(value);
            expect(form.root.help).toBe(info.help);
          }
          // Answers of hidden branches are kept: toggling back shows them again.
          const answered = createForm(compiled);
          answered.setValue('/s0', true);
          answered.setValue('/on0', 'kept');
          answered.setValue('/s0', false);
          answered.setValue('/s0', true);
          expect(answered.getValue('/on0')).toBe('kept');
          expect(answered.field('/on0')?.value).toBe('kept');
        }),
        { numRuns: 40 },
      );
    }, 60_000);
});
