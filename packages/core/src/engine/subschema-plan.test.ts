import { describe, expect, it } from 'vitest';
import { planOf } from './subschema-plan.js';
import { scripted } from '../test-support/scripted-schema.js';

describe('the plan of a subschema', () => {
  it('names the if and both branches of an if/then/else', () => {
    const { schemas } = scripted({ if: { required: ['a'] }, then: { required: ['b'] }, else: { required: ['c'] } });
    const plan = planOf(schemas, '')!;
    expect(plan.conditional).toEqual({ if: '/if', then: '/then', else: '/else' });
    expect(plan.dependsOnAnswers).toBe(true);
  });

  it('ignores an if without then or else, which can change nothing', () => {
    const { schemas } = scripted({ if: { required: ['a'] } });
    const plan = planOf(schemas, '')!;
    expect(plan.conditional).toBeUndefined();
    expect(plan.dependsOnAnswers).toBe(false);
  });

  it('leaves out a missing branch', () => {
    const { schemas } = scripted({ properties: { x: { if: { const: 1 }, else: { minimum: 5 } } } });
    expect(planOf(schemas, '/properties/x')!.conditional).toEqual({
      if: '/properties/x/if',
      then: undefined,
      else: '/properties/x/else',
    });
  });

  it('lists alternatives but not a choice of constants', () => {
    const { schemas } = scripted({
      properties: {
        choice: { oneOf: [{ const: 'a' }, { const: 'b' }] },
        shape: { anyOf: [{ required: ['a'] }, { required: ['b'] }, { required: ['c'] }] },
        contact: { oneOf: [{ properties: { cpf: {} } }, { properties: { cnpj: {} } }] },
      },
    });
    expect(planOf(schemas, '/properties/choice')!.optionLists).toEqual([]);
    expect(planOf(schemas, '/properties/shape')!.optionLists).toEqual([
      { keyword: 'anyOf', count: 3, choiceOfObjects: false },
    ]);
    expect(planOf(schemas, '/properties/contact')!.optionLists).toEqual([
      { keyword: 'oneOf', count: 2, choiceOfObjects: true },
    ]);
  });

  it('reads dependent schemas from dependentSchemas in 2020-12 and from dependencies in draft-07', () => {
    const schema = { dependentSchemas: { a: { required: ['b'] } }, dependencies: { c: { required: ['d'] }, e: ['f'] } };
    expect(planOf(scripted(schema).schemas, '')!.dependentSchemas).toEqual([['a', '/dependentSchemas/a']]);
    expect(planOf(scripted(schema, { dialect: 'draft-07' }).schemas, '')!.dependentSchemas).toEqual([
      ['c', '/dependencies/c'],
    ]);
  });

  it('follows $ref beside its siblings in every dialect, as Ajv validates them', () => {
    const modern = {
      $defs: { d: { type: 'string', title: 'D' } },
      properties: { x: { $ref: '#/$defs/d', title: 'X' } },
    };
    expect(planOf(scripted(modern).schemas, '/properties/x')!.refTarget).toBe('/$defs/d');
    const draft07 = {
      definitions: { d: { type: 'string', title: 'D' } },
      properties: { x: { $ref: '#/definitions/d', title: 'X' } },
    };
    expect(planOf(scripted(draft07, { dialect: 'draft-07' }).schemas, '/properties/x')!.refTarget).toBe(
      '/definitions/d',
    );
  });

  it('lists own properties first only when they come before $ref and allOf', () => {
    const { schemas } = scripted({
      $defs: { d: { properties: { b: {} } } },
      properties: {
        first: { properties: { a: {} }, allOf: [{ properties: { b: {} } }] },
        second: { $ref: '#/$defs/d', properties: { a: {} } },
      },
    });
    expect(planOf(schemas, '/properties/first')!.ownPropertiesFirst).toBe(true);
    expect(planOf(schemas, '/properties/second')!.ownPropertiesFirst).toBe(false);
    expect(planOf(schemas, '/properties/first')!.allOfMembers).toEqual(['/properties/first/allOf/0']);
  });

  it('is computed once per subschema', () => {
    const { schemas } = scripted({ if: { required: ['a'] }, then: {} });
    expect(planOf(schemas, '')).toBe(planOf(schemas, ''));
    expect(planOf(schemas, '/nowhere')).toBeUndefined();
  });
});
