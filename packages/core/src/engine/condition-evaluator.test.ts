import { describe, expect, it } from 'vitest';
import type { Dialect, JsonSchemaObject } from '../types.js';
import { decideCondition } from './condition-evaluator.js';
import { loadConditionPatterns } from './condition-patterns.js';
import { SchemaCache } from './schema-cache.js';

/** The evaluator's answer for the root of `schema` (no validator behind it: undefined stays undefined). */
function decide(schema: JsonSchemaObject, value: unknown, dialect: Dialect = '2020-12') {
  const validator = { validate: () => [], matches: () => false };
  return decideCondition(new SchemaCache({ schema, dialect, validator }), '', value);
}

describe('core condition evaluator', () => {
  it('leaves a pattern undecided until the linear-time engine has loaded, then decides it', async () => {
    expect(decide({ pattern: '^\\d{3}$' }, '123')).toBeUndefined();
    await loadConditionPatterns();
    expect(decide({ pattern: '^\\d{3}$' }, '123')).toBe(true);
    expect(decide({ pattern: '^\\d{3}$' }, '12')).toBe(false);
    // The engine refuses backreferences (Ajv then refuses the schema): undecided.
    expect(decide({ pattern: '(a)\\1' }, 'aa')).toBeUndefined();
  });

  it('decides the keywords conditions use', () => {
    const condition = { properties: { tipo: { const: 'pj' } }, required: ['tipo'] };
    expect(decide(condition, { tipo: 'pj' })).toBe(true);
    expect(decide(condition, { tipo: 'pf' })).toBe(false);
    expect(decide(condition, {})).toBe(false);
    expect(decide({ enum: [{ a: [1] }, 2] }, { a: [1] })).toBe(true);
    expect(decide({ type: ['integer', 'null'] }, 2.0)).toBe(true);
    expect(decide({ type: 'integer' }, 2.5)).toBe(false);
    expect(decide({ multipleOf: 0.01 }, 1.15)).toBe(true);
    expect(decide({ exclusiveMaximum: 10 }, 10)).toBe(false);
    // Code points, as Ajv counts them: one emoji is one character.
    expect(decide({ maxLength: 1 }, '😀')).toBe(true);
    expect(decide({ oneOf: [{ minimum: 0 }, { maximum: 10 }] }, 5)).toBe(false);
    expect(decide({ not: { anyOf: [{ const: 'a' }, { const: 'b' }] } }, 'c')).toBe(true);
    expect(decide({ $ref: '#/$defs/d', $defs: { d: { minItems: 2 } } }, [1])).toBe(false);
    expect(decide(true as never, 'x')).toBe(true);
    expect(decide({ title: 'T', description: 'D', 'x-widget': 'radio', default: 1, examples: [1] }, 'x')).toBe(true);
  });

  it('leaves to the validator what it does not know, unless a known keyword already fails', () => {
    expect(decide({ format: 'email' }, 'a@b.co')).toBeUndefined();
    expect(decide({ contains: { const: 1 } }, [1])).toBeUndefined();
    expect(decide({ if: { const: 1 }, then: { const: 2 } }, 2)).toBeUndefined();
    expect(decide({ 'x-maxSize': 10 }, 'x')).toBeUndefined();
    expect(decide({ dependentSchemas: { a: { required: ['b'] } } }, { a: 1 })).toBeUndefined();
    expect(decide({ unevaluatedProperties: false }, {})).toBeUndefined();
    expect(decide({ anyOf: [{ format: 'email' }, { const: 'x' }] }, 'y')).toBeUndefined();
    // A failing known keyword fails the whole subschema, whatever the unknown one says.
    expect(decide({ format: 'email', const: 'x' }, 'y')).toBe(false);
    expect(decide({ anyOf: [{ format: 'email' }, { const: 'x' }] }, 'x')).toBe(true);
    // A keyword value Ajv would refuse is not guessed at.
    expect(decide({ minLength: -1 }, 'a')).toBeUndefined();
    expect(decide({ type: 'strin' }, 'a')).toBeUndefined();
  });

  it('follows a lone $ref in draft-07, and leaves a $ref with siblings to the validator', () => {
    const definitions = { d: { const: 1 } };
    expect(decide({ $ref: '#/definitions/d', definitions }, 1, 'draft-07')).toBe(true);
    expect(decide({ $ref: '#/definitions/d', minimum: 5, definitions } as never, 1, 'draft-07')).toBeUndefined();
    expect(decide({ $ref: '#/$defs/d', minimum: 5, $defs: definitions }, 1)).toBe(false);
  });
});
