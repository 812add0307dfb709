import { describe, expect, it } from 'vitest';
import { scripted } from '../test-support/scripted-schema.js';
import { applicableSubschemas } from './applicable-subschemas.js';
import { requiredForAnswers } from './keywords/dependent-required.js';
import { NONE } from './json-values.js';
import { objectShapeOf, shapePartOf } from './object-shape.js';
import { shapeDifference } from './shape-difference.js';

describe('the object shape', () => {
  const schema = {
    properties: { a: { type: 'string' }, b: { type: 'string' } },
    required: ['a'],
    if: { properties: { a: { const: 'x' } } },
    then: { properties: { c: { type: 'string' }, a: { title: 'A' } }, required: ['c'] },
    else: { properties: { b: false } },
  };

  it('unites the properties of the applying subschemas in order, with every entry of each', () => {
    const form = scripted(schema, { matches: () => true });
    const shape = objectShapeOf(form.schemas, applicableSubschemas(form, form.schemas.entryList(['']), {}, ''));
    expect(shape.order).toEqual(['a', 'b', 'c']);
    expect(shape.entryLists[0]).toEqual(['/properties/a', '/then/properties/a']);
    expect(shape.required).toEqual(new Set(['a', 'c']));
  });

  it('leaves out a property a branch forbids with false', () => {
    const form = scripted(schema, { matches: () => false });
    const shape = objectShapeOf(form.schemas, applicableSubschemas(form, form.schemas.entryList(['']), {}, ''));
    expect(shape.order).toEqual(['a']);
  });

  it('names what differs between two branches', () => {
    const thenForm = scripted(schema, { matches: () => true });
    const elseForm = scripted(schema, { matches: () => false });
    const entries = thenForm.schemas.entryList(['']);
    const inThen = applicableSubschemas(thenForm, entries, {}, '');
    const inElse = applicableSubschemas(elseForm, elseForm.schemas.entryList(['']), {}, '');
    expect(shapeDifference(thenForm.schemas, inThen, inElse)).toEqual(new Set(['c', 'a', 'b']));
  });

  it('names only the properties of the branches that changed among many conditions', () => {
    // Switch i on → `on<i>` applies, off → `off<i>`; a dozen switches, so many branches at once differ too.
    const switches = Array.from({ length: 12 }, (_, i) => ({
      if: { properties: { [`s${i}`]: { const: true } }, required: [`s${i}`] },
      then: { properties: { [`on${i}`]: { type: 'string' } } },
      else: { properties: { [`off${i}`]: { type: 'string' } } },
    }));
    const many = { properties: { s0: { type: 'boolean' } }, allOf: switches };
    // One form, so the sets share the schema's interned subschemas; the condition of switch i reads `s<i>`.
    const form = scripted(many, {
      matches: (pointer, answers) => (answers as Record<string, boolean>)[`s${pointer.split('/')[2]}`] === true,
    });
    const setWith = (on: (i: number) => boolean) =>
      applicableSubschemas(
        form,
        form.schemas.entryList(['']),
        Object.fromEntries(switches.map((_, i) => [`s${i}`, on(i)])),
        '',
      );
    const allOff = setWith(() => false);
    const third = setWith((i) => i === 3);
    const allOn = setWith(() => true);
    const schemas = form.schemas;
    expect(shapeDifference(schemas, allOff, third)).toEqual(new Set(['on3', 'off3']));
    const everything = new Set(switches.flatMap((_, i) => [`on${i}`, `off${i}`]));
    expect(shapeDifference(schemas, allOff, allOn)).toEqual(everything);
    expect(shapeDifference(schemas, allOn, allOff)).toEqual(everything);
    expect(shapeDifference(schemas, third, third)).toEqual(new Set());
  });

  it('requires what an answered property depends on (draft-07 dependencies too)', () => {
    const form = scripted(
      { properties: { email: {}, name: {} }, dependencies: { email: ['name'] } },
      { dialect: 'draft-07' },
    );
    const shape = objectShapeOf(form.schemas, applicableSubschemas(form, form.schemas.entryList(['']), {}, ''));
    expect(shape.dependentRequired).toEqual([['email', ['name']]]);
    expect(requiredForAnswers(shape.required, shape.dependentRequired, {})).toEqual(new Set());
    expect(requiredForAnswers(shape.required, shape.dependentRequired, { email: 'a@b.c' })).toEqual(new Set(['name']));
  });
});

describe('what one subschema adds to a shape', () => {
  it('lists its property names, their pointers (escaped) and the forbidden ones, once per subschema', () => {
    const form = scripted({ properties: { a: {}, 'x/y': { type: 'string' }, gone: false }, required: ['a'] }, {});
    const part = shapePartOf(form.schemas, '', form.schemas.schemaAt('') as Record<string, unknown>);
    expect(part.names).toEqual(['a', 'x/y', 'gone']);
    expect(part.pointers).toEqual(['/properties/a', '/properties/x~1y', '/properties/gone']);
    expect(part.forbidden).toEqual(['gone']);
    expect(part.required).toEqual(['a']);
    expect(shapePartOf(form.schemas, '', {})).toBe(part);
  });

  it('shares one frozen empty list for what a subschema does not declare', () => {
    const form = scripted({ type: 'string' }, {});
    const part = shapePartOf(form.schemas, '', { type: 'string' });
    expect(part.names).toBe(NONE);
    expect(part.pointers).toBe(NONE);
    expect(part.forbidden).toBe(NONE);
    expect(part.required).toBe(NONE);
    expect(Object.isFrozen(NONE)).toBe(true);
  });
});
