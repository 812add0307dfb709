/**
 * The linear-time pattern engine is a chunk a plain schema fetches only when its conditions test a
 * `pattern` (issue #18): which schemas those are, that such a schema's fields are decided before Ajv
 * (the engine has arrived when `startSchema` resolves), that other schemas never fetch it, and that a
 * failed fetch leaves the form to its validator instead of failing it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { JsonSchemaObject } from '../types.js';
import { conditionsTestPatterns } from './pattern-conditions.js';

const cep = { type: 'string', title: 'CEP' };
/** `numero` shows when `cep` looks like a CEP: a pattern in an `if`. */
const PATTERN_IN_IF: JsonSchemaObject = {
  type: 'object',
  properties: { cep: { ...cep, default: '01310-100' } },
  if: { properties: { cep: { pattern: '^\\d{5}-\\d{3}$' } }, required: ['cep'] },
  then: { properties: { numero: { type: 'string', title: 'Número' } } },
};
/** Patterns only in fields' validation (Ajv's), none in a condition. */
const PATTERN_IN_FIELDS: JsonSchemaObject = {
  type: 'object',
  properties: { cep: { ...cep, pattern: '^\\d{5}-\\d{3}$' }, tipo: { enum: ['pf', 'pj'] } },
  if: { properties: { tipo: { const: 'pj' } } },
  then: { properties: { cnpj: { type: 'string', pattern: '^\\d{14}$' } } },
};

describe('conditionsTestPatterns', () => {
  it('finds a pattern the condition evaluator may meet', () => {
    expect(conditionsTestPatterns(PATTERN_IN_IF)).toBe(true);
    expect(conditionsTestPatterns({ anyOf: [{ pattern: 'a' }, { type: 'number' }] })).toBe(true);
    expect(conditionsTestPatterns({ properties: { x: { not: { pattern: 'a' } } } })).toBe(true);
    expect(conditionsTestPatterns({ dependentSchemas: { a: { properties: { b: { pattern: 'x' } } } } })).toBe(true);
    // draft-07 `dependencies` holding a schema (beside a list of names).
    expect(conditionsTestPatterns({ dependencies: { a: ['b'], c: { properties: { d: { pattern: 'x' } } } } })).toBe(
      true,
    );
    // A default is checked against the subschema declaring it, with all it holds.
    expect(conditionsTestPatterns({ type: 'string', pattern: '^a', default: 'abc' })).toBe(true);
    expect(conditionsTestPatterns({ default: {}, properties: { a: { items: { pattern: 'a' } } } })).toBe(true);
  });

  it('follows local references out of a condition, and assumes a pattern behind any other', () => {
    const defs = { $defs: { cep: { type: 'string', pattern: '^\\d{8}$' }, plain: { type: 'string' } } };
    expect(conditionsTestPatterns({ ...defs, if: { properties: { a: { $ref: '#/$defs/cep' } } } })).toBe(true);
    expect(conditionsTestPatterns({ ...defs, if: { properties: { a: { $ref: '#/$defs/plain' } } } })).toBe(false);
    // The same definition used by a field is the validator's business.
    expect(conditionsTestPatterns({ ...defs, properties: { a: { $ref: '#/$defs/cep' } } })).toBe(false);
    expect(conditionsTestPatterns({ if: { $ref: 'https://example.com/cep.json' } })).toBe(true);
    expect(conditionsTestPatterns({ if: { $dynamicRef: '#node' } })).toBe(true);
    // A reference cycle ends.
    expect(conditionsTestPatterns({ $defs: { a: { anyOf: [{ $ref: '#/$defs/a' }, { type: 'null' }] } } })).toBe(false);
  });

  it('leaves out schemas whose patterns are only in their fields', () => {
    expect(conditionsTestPatterns(PATTERN_IN_FIELDS)).toBe(false);
    expect(conditionsTestPatterns({ type: 'object', properties: { pattern: { type: 'string', const: 'x' } } })).toBe(
      false,
    );
    expect(conditionsTestPatterns({ if: { const: { pattern: 'a' } }, then: { required: ['x'] } })).toBe(false);
    expect(conditionsTestPatterns(true)).toBe(false);
  });
});

describe('reading a plain schema fetches the pattern engine only when its conditions need it', () => {
  it('decides a pattern condition before Ajv: the engine has arrived when the schema is read', async () => {
    // A fresh copy of the modules, as a browser has them: nothing loaded yet.
    vi.resetModules();
    const fresh = await import('../index.js');
    const patterns = await import('./condition-patterns.js');
    const plain = await fresh.startSchema(PATTERN_IN_FIELDS);
    // A schema whose patterns are all the validator's leaves the engine unfetched.
    expect(patterns.patternMatches('^a', 'a')).toBeUndefined();
    await fresh.engineFeaturesReady(plain.provisional);
    expect(fresh.createForm(plain.provisional, { value: { tipo: 'pj' } }).field('/cnpj')).toBeDefined();

    const started = await fresh.startSchema(PATTERN_IN_IF);
    expect(patterns.patternMatches('^a', 'a')).toBe(true);
    await fresh.engineFeaturesReady(started.provisional);
    const form = fresh.createForm(started.provisional);
    // The default CEP matches: the field the condition shows is there before Ajv has compiled.
    expect(form.field('/numero')?.label).toBe('Número');
    form.setValue('/cep', '0131');
    expect(form.field('/numero')).toBeUndefined();
  });

  it('starts the form when the engine cannot be fetched, leaving those patterns to the validator', async () => {
    vi.resetModules();
    // The first fetch (the evaluator's) fails; Ajv, which validates patterns with the same engine, gets it.
    let attempts = 0;
    vi.doMock('../linear-regexp.js', async (importOriginal) => {
      if (attempts++ === 0) throw new Error('offline');
      return importOriginal();
    });
    try {
      const fresh = await import('../index.js');
      const started = await fresh.startSchema(PATTERN_IN_IF);
      await fresh.engineFeaturesReady(started.provisional);
      const form = fresh.createForm(started.provisional);
      expect(form.field('/cep')?.value).toBe('01310-100');
      // Undecided until the validator arrives: then it decides.
      expect(form.field('/numero')).toBeUndefined();
      expect(attempts).toBe(1);
      form.useValidator(await started.compiled);
      expect(form.field('/numero')?.label).toBe('Número');
    } finally {
      vi.doUnmock('../linear-regexp.js');
    }
  }, 60_000);
});
