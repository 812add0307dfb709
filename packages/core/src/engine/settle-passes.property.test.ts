import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchema, createForm } from '../index.js';
import { compiledApart, expectSameAsFresh } from '../test-support/fresh-derivation.js';
import type { JsonSchemaObject } from '../types.js';

/** Shown while `name` is answered (the `if` reads only `name`). */
function whileAnswered(name: string, then: JsonSchemaObject, otherwise?: JsonSchemaObject): JsonSchemaObject {
  return { if: { required: [name] }, then, ...(otherwise ? { else: otherwise } : {}) };
}

// Chains of conditions: a change reveals or hides a field whose answer (kept while hidden) decides the
// next condition, so an object settles only after several passes, each changing other properties.
const variants: Record<string, JsonSchemaObject> = {
  'a chain of reveals': {
    type: 'object',
    properties: { s: { type: 'boolean' } },
    allOf: [
      { if: { properties: { s: { const: true } }, required: ['s'] }, then: { properties: { a: { type: 'string' } } } },
      whileAnswered('a', { properties: { b: { type: 'string' } } }),
      whileAnswered('b', { properties: { c: { type: 'string' } } }, { properties: { d: { type: 'string' } } }),
      whileAnswered('c', { required: ['d'], properties: { d: { type: 'string', minLength: 2 } } }),
    ],
  },
  'a chain with dependent requirements': {
    type: 'object',
    properties: { s: { type: 'boolean' }, d: { type: 'string' } },
    dependentRequired: { b: ['d'] },
    allOf: [
      {
        if: { properties: { s: { const: true } }, required: ['s'] },
        then: { properties: { a: { type: 'string' } } },
        else: { properties: { c: { type: 'string' } } },
      },
      whileAnswered('a', { properties: { b: { type: 'string' } } }),
      whileAnswered('c', { properties: { a: { type: 'string', title: 'A again' } } }),
    ],
  },
};

const step = fc.record({
  pointer: fc.constantFrom('/s', '/a', '/b', '/c', '/d'),
  value: fc.oneof(fc.boolean(), fc.constantFrom('x', 'yz', undefined)),
});

describe('an object whose conditions settle over several passes', () => {
  for (const [name, schema] of Object.entries(variants))
    it(`gives the fields, payload and errors of a fresh derivation after any changes (${name})`, async () => {
      const { compiled, separate } = await compiledApart(schema);
      fc.assert(
        fc.property(fc.array(step, { maxLength: 14 }), (steps) => {
          const form = createForm(compiled);
          for (const { pointer, value } of steps) {
            form.setValue(pointer, pointer === '/s' ? value === true : typeof value === 'boolean' ? undefined : value);
            expectSameAsFresh(form, separate);
          }
        }),
        { numRuns: 150 },
      );
    }, 60_000);

  it('requires what a property brought back by a later pass depends on', async () => {
    // Regression: off, `c` (answered) shows `a` again, which shows `b` again, whose answer requires `d`;
    // `b` comes back unchanged, but its answer is sent again, and that is a change the next pass must read.
    const form = createForm(await compileSchema(variants['a chain with dependent requirements']!));
    form.setValue('/s', true);
    form.setValue('/a', 'x');
    form.setValue('/c', 'x');
    form.setValue('/b', 'x');
    expect(form.field('/d')?.required).toBe(true);
    form.setValue('/s', false);
    expect((form.root.children ?? []).map((child) => child.key)).toEqual(['s', 'd', 'c', 'b', 'a']);
    expect(form.field('/d')?.required).toBe(true);
  });

  it('hides the whole chain when its first switch goes off, and shows it again when it comes back', async () => {
    const form = createForm(await compileSchema(variants['a chain of reveals']!));
    form.setValue('/s', true);
    form.setValue('/a', 'x');
    form.setValue('/b', 'y');
    form.setValue('/c', 'z');
    const shown = () => (form.root.children ?? []).map((child) => child.key);
    expect(shown()).toEqual(['s', 'a', 'b', 'c', 'd']);
    expect(form.field('/d')?.required).toBe(true);
    // Off: `a` goes, so `b` goes, so `c` goes, so `d` is shown by the `else` of `b`, not required.
    form.setValue('/s', false);
    expect(shown()).toEqual(['s', 'd']);
    expect(form.field('/d')?.required).toBe(false);
    expect(form.payload()).toEqual({ s: false });
    form.setValue('/s', true);
    expect(shown()).toEqual(['s', 'a', 'b', 'c', 'd']);
    expect(form.payload()).toEqual({ s: true, a: 'x', b: 'y', c: 'z' });
  });
});
