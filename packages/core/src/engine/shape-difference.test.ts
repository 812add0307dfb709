import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isObject } from '../json-pointer.js';
import { scripted } from '../test-support/scripted-schema.js';
import type { JsonSchemaObject } from '../types.js';
import { applicableSubschemas } from './applicable-subschemas.js';
import type { AppliedSchemas } from './applied-schemas.js';
import { objectShapeOf, shapePartOf } from './object-shape.js';
import type { SchemaCache } from './schema-cache.js';
import { rememberedShapeDifference, shapeDifference } from './shape-difference.js';

/** The difference as the engine computed it before it was remembered (a reference written apart). */
function referenceDifference(schemas: SchemaCache, before: AppliedSchemas, after: AppliedSchemas) {
  if (objectShapeOf(schemas, before).dependentRequired.length || objectShapeOf(schemas, after).dependentRequired.length)
    return undefined;
  const names = new Set<string>();
  const inBefore = new Set(before.subschemas);
  const inAfter = new Set(after.subschemas);
  const lacking = [
    ...after.subschemas.filter((subschema) => !inBefore.has(subschema)),
    ...before.subschemas.filter((subschema) => !inAfter.has(subschema)),
  ];
  for (const { pointer, schema } of lacking) {
    if (!isObject(schema)) continue;
    const part = shapePartOf(schemas, pointer, schema);
    for (const name of [...part.names, ...part.required]) names.add(name);
  }
  return names;
}

/** Switch i adds `on<i>` (and what `then` adds) while `s<i>` is true, else `off<i>`; `both` is in either branch. */
function switches(count: number, then: (i: number) => JsonSchemaObject = () => ({})): JsonSchemaObject[] {
  return Array.from({ length: count }, (_, i) => ({
    if: { properties: { [`s${i}`]: { const: true } }, required: [`s${i}`] },
    then: { ...then(i), properties: { [`on${i}`]: { type: 'string' }, both: { type: 'string' } } },
    else: { properties: { [`off${i}`]: { type: 'string' }, both: { type: 'string' } }, required: [`off${i}`] },
  }));
}

const variants: Record<string, JsonSchemaObject> = {
  'property branches': { type: 'object', allOf: switches(3) },
  'branches with required names': { type: 'object', allOf: switches(3, (i) => ({ required: [`on${i}`, 'both'] })) },
  // Required names that depend on the answers: no simple difference.
  'a branch with a dependent requirement': {
    type: 'object',
    allOf: switches(3, (i) => (i === 1 ? { dependentRequired: { on1: ['both'] } } : {})),
  },
};

/** Two separate caches of `schema`: sets of one are never compared with what the other remembered. */
function setsOf(schema: JsonSchemaObject) {
  // The `if` at `/allOf/<i>/if` holds when switch i is true.
  const form = scripted(schema, {
    matches: (pointer, answers) => (answers as Record<string, boolean>)[`s${pointer.split('/')[2]}`] === true,
  });
  const at = (switchesOn: readonly boolean[]) =>
    applicableSubschemas(
      form,
      form.schemas.entryList(['']),
      Object.fromEntries(switchesOn.map((on, i) => [`s${i}`, on])),
      '',
    );
  return { schemas: form.schemas, at };
}

describe('the shape difference of two applied sets, remembered per pair', () => {
  for (const [name, schema] of Object.entries(variants))
    it(`lists the names a fresh computation lists, in its order, whichever pair came first (${name})`, () => {
      const combination = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean());
      fc.assert(
        fc.property(fc.array(fc.tuple(combination, combination), { minLength: 1, maxLength: 12 }), (pairs) => {
          const remembering = setsOf(schema);
          for (const [before, after] of pairs) {
            // A fresh cache each time: nothing computed for one pair is found for another.
            const fresh = setsOf(JSON.parse(JSON.stringify(schema)) as JsonSchemaObject);
            const expected = referenceDifference(fresh.schemas, fresh.at(before), fresh.at(after));
            const computed = shapeDifference(fresh.schemas, fresh.at(before), fresh.at(after));
            expect(computed && [...computed]).toEqual(expected && [...expected]);
            const remembered = rememberedShapeDifference(
              remembering.schemas,
              remembering.at(before),
              remembering.at(after),
            );
            expect(remembered && [...remembered]).toEqual(expected && [...expected]);
          }
        }),
        { numRuns: 60 },
      );
    });

  it('hands out a set of its own each time (the caller adds to it)', () => {
    const { schemas, at } = setsOf(variants['property branches']!);
    const off = at([false, false, false]);
    const on = at([true, false, false]);
    const first = rememberedShapeDifference(schemas, off, on)!;
    expect([...first]).toEqual(['on0', 'both', 'off0']);
    first.add('changed by the caller');
    expect([...rememberedShapeDifference(schemas, off, on)!]).toEqual(['on0', 'both', 'off0']);
    // Switching back finds the pair the other way round: what the old set had comes last.
    expect([...rememberedShapeDifference(schemas, on, off)!]).toEqual(['off0', 'both', 'on0']);
  });
});
