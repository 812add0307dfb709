import { describe, expect, it } from 'vitest';
import { scripted } from '../test-support/scripted-schema.js';
import { applicableSubschemas } from './applicable-subschemas.js';
import { effectiveSchema } from './effective-schema.js';

/** The effective schema at the root of `schema`, with every condition answered by `matches`. */
function rootEffective(schema: Record<string, unknown>, matches = false) {
  const form = scripted(schema, { matches: () => matches });
  return effectiveSchema(form.schemas, applicableSubschemas(form, form.schemas.entryList(['']), {}, ''));
}

describe('the effective schema', () => {
  it('is a lone object subschema itself: its properties are not copied', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' }, b: {} }, required: ['a'] };
    expect(rootEffective(schema)).toBe(schema);
  });

  it('is a merged copy, as before, where the lone subschema has what the union changes', () => {
    const poisoned = JSON.parse('{"properties": {"a": {}, "__proto__": {}}}');
    const fromPoisoned = rootEffective(poisoned);
    expect(fromPoisoned).not.toBe(poisoned);
    expect(Object.keys(fromPoisoned.properties as object)).toEqual(['a']);
    expect(Object.isFrozen(fromPoisoned)).toBe(true);
    const repeated = { properties: { a: {} }, required: ['a', 'a'] };
    expect(rootEffective(repeated).required).toEqual(['a']);
    const conditional = { properties: { a: {} }, if: {}, then: { properties: { b: {} } } };
    expect(Object.keys(rootEffective(conditional, true).properties as object)).toEqual(['a', 'b']);
    expect(rootEffective(conditional, true)).not.toHaveProperty('if');
  });
});
