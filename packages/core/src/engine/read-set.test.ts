import { describe, expect, it } from 'vitest';
import { scripted } from '../test-support/scripted-schema.js';
import { applicableSubschemas } from './applicable-subschemas.js';
import { conditionTriggers, readSetOf } from './read-set.js';

describe('read-sets', () => {
  it('names the properties an if reads, through properties, required and $ref', () => {
    const { schemas } = scripted({
      $defs: { paid: { properties: { plan: { const: 'paid' } } } },
      if: { allOf: [{ $ref: '#/$defs/paid' }], required: ['seats'] },
      then: {},
    });
    expect(new Set(readSetOf(schemas, '/if'))).toEqual(new Set(['seats', 'plan']));
  });

  it('says "all" for a keyword that reads the whole object', () => {
    const { schemas } = scripted({ if: { minProperties: 2 }, then: {} });
    expect(readSetOf(schemas, '/if')).toBe('all');
  });

  it('says "all" for a cycle of references instead of looping', () => {
    const { schemas } = scripted({ $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } });
    expect(readSetOf(schemas, '/$defs/a')).toBe('all');
  });

  it('reads nothing for annotations and boolean schemas', () => {
    const { schemas } = scripted({ properties: { a: { title: 'A', description: 'x', 'x-widget': 'y' }, b: true } });
    expect(readSetOf(schemas, '/properties/a')).toEqual([]);
    expect(readSetOf(schemas, '/properties/b')).toEqual([]);
  });

  it('triggers a re-plan only for what conditions and dependencies read', () => {
    const form = scripted({
      properties: { kind: {}, other: {} },
      if: { properties: { kind: { const: 'a' } } },
      then: {},
      dependentRequired: { email: ['name'] },
    });
    const applied = applicableSubschemas(form, form.schemas.entryList(['']), {}, '');
    expect(conditionTriggers(form.schemas, applied)).toEqual(new Set(['kind', 'email']));
  });
});

describe('condition results', () => {
  it('are forgotten only when a property their subschema reads changes', () => {
    const form = scripted({ if: { properties: { kind: { const: 'a' } } }, then: {} }, { matches: () => true });
    const answers: Record<string, unknown> = { kind: 'a' };
    form.conditions.matches('/if', answers, '');
    form.conditions.forget('', new Set(['other']));
    form.conditions.matches('/if', answers, '');
    expect(form.questions).toHaveLength(1);
    form.conditions.forget('', new Set(['kind']));
    form.conditions.matches('/if', answers, '');
    expect(form.questions).toHaveLength(2);
  });

  it('are kept per data location', () => {
    const form = scripted({ if: {}, then: {} }, { matches: () => true });
    const answers = {};
    form.conditions.matches('/if', answers, '/a');
    form.conditions.matches('/if', answers, '/b');
    expect(form.questions.map((q) => q.schemaPointer)).toEqual(['/if', '/if']);
  });
});
