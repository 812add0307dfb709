import { describe, expect, it } from 'vitest';
import { scripted } from '../test-support/scripted-schema.js';
import { applicableSubschemas, possibleSubschemas } from './applicable-subschemas.js';
import { NONE } from './json-values.js';
import { planOf } from './subschema-plan.js';

const pointersOf = (applied: { subschemas: readonly { pointer: string }[] }) =>
  applied.subschemas.map((s) => s.pointer);

describe('the subschemas that apply at a location', () => {
  const conditional = {
    if: { properties: { kind: { const: 'a' } } },
    then: { properties: { x: {} } },
    else: { properties: { y: {} } },
  };

  it('applies then when the answers match if, else otherwise', () => {
    const form = scripted(conditional, { matches: (_, answers) => (answers as { kind?: string }).kind === 'a' });
    const entries = form.schemas.entryList(['']);
    expect(pointersOf(applicableSubschemas(form, entries, { kind: 'a' }, ''))).toEqual(['', '/then']);
    expect(pointersOf(applicableSubschemas(form, entries, { kind: 'b' }, ''))).toEqual(['', '/else']);
  });

  it('ranks an active branch above the subschema holding it', () => {
    const form = scripted(conditional, { matches: () => true });
    const applied = applicableSubschemas(form, form.schemas.entryList(['']), {}, '');
    expect(applied.subschemas.map((s) => s.rank)).toEqual([1, 3]);
  });

  it('gives the same object for the same subschemas, so what is computed from it is computed once', () => {
    const form = scripted(conditional, { matches: () => true });
    const entries = form.schemas.entryList(['']);
    expect(applicableSubschemas(form, entries, { kind: 'a' }, '')).toBe(
      applicableSubschemas(form, entries, { kind: 'a', z: 1 }, '/other'),
    );
  });

  it('asks the validator once per answers object and location', () => {
    const form = scripted(conditional, { matches: () => true });
    const entries = form.schemas.entryList(['']);
    const answers = { kind: 'a' };
    applicableSubschemas(form, entries, answers, '');
    applicableSubschemas(form, entries, answers, '');
    expect(form.questions).toEqual([{ schemaPointer: '/if', answers }]);
  });

  it('never asks the validator for a schema without conditions', () => {
    const form = scripted({
      allOf: [{ properties: { a: {} } }],
      $ref: '#/$defs/d',
      $defs: { d: { properties: { b: {} } } },
    });
    const applied = applicableSubschemas(form, form.schemas.entryList(['']), {}, '');
    expect(pointersOf(applied)).toEqual(['/$defs/d', '/allOf/0', '']);
    expect(form.questions).toEqual([]);
  });

  it('applies a dependent schema only while its property is answered', () => {
    const form = scripted({ dependentSchemas: { a: { required: ['b'] } } });
    const entries = form.schemas.entryList(['']);
    expect(pointersOf(applicableSubschemas(form, entries, {}, ''))).toEqual(['']);
    expect(pointersOf(applicableSubschemas(form, entries, { a: 1 }, ''))).toEqual(['', '/dependentSchemas/a']);
  });

  it('applies the chosen alternative of a oneOf', () => {
    const form = scripted(
      { oneOf: [{ required: ['a'] }, { required: ['b'] }] },
      { matches: (pointer, answers) => pointer === '/oneOf/1' && Object.hasOwn(answers as object, 'b') },
    );
    expect(pointersOf(applicableSubschemas(form, form.schemas.entryList(['']), { b: 1 }, ''))).toEqual([
      '',
      '/oneOf/1',
    ]);
  });

  it('lists every subschema that could apply, whatever the answers, for importing data', () => {
    const form = scripted({ ...conditional, dependentSchemas: { a: {} }, anyOf: [{}, {}] });
    expect(pointersOf(possibleSubschemas(form.schemas, form.schemas.entryList([''])))).toEqual([
      '',
      '/anyOf/0',
      '/anyOf/1',
      '/then',
      '/else',
      '/dependentSchemas/a',
    ]);
  });
});

describe('what a field keeps of its applied set', () => {
  const flat = { properties: { a: { type: 'string', title: 'A' }, b: { type: 'string' } } };

  it('interns a set of one subschema by that subschema: the same set each time, and another for another', () => {
    const form = scripted(flat, { matches: () => true });
    const first = applicableSubschemas(form, form.schemas.entryList(['/properties/a']), undefined, '/a');
    // A second lookup with a new entry list of the same pointer finds the set interned, not the static cache.
    const again = applicableSubschemas(form, ['/properties/a'], 'x', '/a');
    expect(again).toBe(first);
    expect(pointersOf(first)).toEqual(['/properties/a']);
    expect(applicableSubschemas(form, ['/properties/b'], undefined, '/b')).not.toBe(first);
  });

  it('finds a branch again after the subschema applied alone while its if did not match', () => {
    let matched = false;
    const form = scripted(
      { properties: { a: { if: { const: 'x' }, then: { minLength: 2 } } } },
      { matches: () => matched },
    );
    const entries = form.schemas.entryList(['/properties/a']);
    const alone = applicableSubschemas(form, entries, 'y', '/a');
    expect(pointersOf(alone)).toEqual(['/properties/a']);
    matched = true;
    expect(pointersOf(applicableSubschemas(form, entries, 'x', '/a'))).toEqual(['/properties/a', '/properties/a/then']);
    matched = false;
    expect(applicableSubschemas(form, entries, 'z', '/a')).toBe(alone);
  });

  it('remembers what is computed from a set on the set, each key apart', () => {
    const form = scripted(flat, { matches: () => true });
    const applied = applicableSubschemas(form, form.schemas.entryList(['/properties/a']), undefined, '/a');
    expect(applied.recall('declaredDefault')).toBeUndefined();
    expect(applied.keep('declaredDefault', null)).toBeNull();
    expect(applied.recall('declaredDefault')).toBeNull();
    expect(applied.recall('itemEntries')).toBeUndefined();
  });
});

describe('the plan of a leaf', () => {
  it('shares one frozen empty list per kind for the dependent schemas and alternatives it does not have', () => {
    const form = scripted({ properties: { a: { type: 'string' }, b: { type: 'number' } } });
    const plan = planOf(form.schemas, '/properties/a')!;
    const other = planOf(form.schemas, '/properties/b')!;
    expect(plan.dependentSchemas).toEqual([]);
    expect(plan.dependentSchemas).toBe(other.dependentSchemas);
    expect(Object.isFrozen(plan.dependentSchemas)).toBe(true);
    expect(plan.optionLists).toEqual([]);
    expect(plan.optionLists).toBe(other.optionLists);
    expect(Object.isFrozen(plan.optionLists)).toBe(true);
    expect(plan.allOfMembers).toBe(NONE);
  });
});
