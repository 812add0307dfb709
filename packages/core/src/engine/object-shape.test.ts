import { describe, expect, it } from 'vitest';
import { scripted } from '../test-support/scripted-schema.js';
import { applicableSubschemas } from './applicable-subschemas.js';
import { requiredForAnswers } from './keywords/dependent-required.js';
import { objectShapeOf, shapeDifference } from './object-shape.js';

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
