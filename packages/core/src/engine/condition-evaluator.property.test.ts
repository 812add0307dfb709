/**
 * Core's condition evaluator against Ajv as core compiles it (`createRuntimeValidator`: lenient Ajv,
 * linear-time patterns, decimal multipleOf, strictNumbers): on generated condition subschemas made of
 * the supported keywords and generated answers, the evaluator decides every one (2020-12) and agrees
 * with Ajv every time; in draft-07 it agrees whenever it decides.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntimeValidator, loadAjvClass } from '../ajv.js';
import type { Dialect, FormValidator, JsonSchemaObject } from '../types.js';
import { decideCondition } from './condition-evaluator.js';
import { loadConditionPatterns } from './condition-patterns.js';
import { SchemaCache } from './schema-cache.js';

const KEYS = ['a', 'b', 'c'] as const;

/** Answers: strings with accents and astral characters (code-point lengths), decimals, nesting. */
const text = fc.oneof(
  fc.constantFrom('', 'a', 'b', 'ab', 'abc', 'é', '😀', 'a😀', '12', 'x1', 'ação', 'ABC'),
  fc.string({ unit: fc.constantFrom('a', 'b', '1', 'é', '😀', ' '), maxLength: 5 }),
);
const number = fc.oneof(
  fc.integer({ min: -5, max: 12 }),
  fc.constantFrom(0.1, 0.3, 1.15, 1.5, 2.5, -0.5, 99999999.99, 1e21, 4.0000001),
  fc.double({ min: -20, max: 20, noNaN: true, noDefaultInfinity: true }),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3, noNullPrototype: true }),
  ),
}));

const TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'] as const;
const PATTERNS = ['^a', 'b$', '^[a-c]+$', '\\d', '^.{2}$', 'é', '^\\p{L}*$', '😀', '^(a|b)*c?$'];
const count = fc.integer({ min: 0, max: 4 });
const bound = fc.oneof(fc.integer({ min: -3, max: 10 }), fc.constantFrom(0.5, 1.15, 2.5, -0.1));

/** Keywords that read no subschema, each present or not. */
const valueKeywords = {
  type: fc.oneof(fc.constantFrom(...TYPES), fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 3 })),
  const: value,
  // draft-07's meta-schema wants distinct items.
  enum: fc.uniqueArray(value, { minLength: 1, maxLength: 3, selector: (item) => JSON.stringify(item) }),
  required: fc.subarray([...KEYS], { minLength: 1 }),
  minimum: bound,
  maximum: bound,
  exclusiveMinimum: bound,
  exclusiveMaximum: bound,
  multipleOf: fc.constantFrom(0.01, 0.1, 0.5, 1, 1.5, 2, 3),
  minLength: count,
  maxLength: count,
  minItems: count,
  maxItems: count,
  pattern: fc.constantFrom(...PATTERNS),
  title: fc.constant('A title'),
  description: fc.constant('Ignored'),
  default: value,
  examples: fc.array(value, { maxLength: 2 }),
  'x-widget': fc.constant('radio'),
};

/** An object of up to `most` keywords drawn from `keywords` (few keywords: both answers are common). */
function keywordObject(
  keywords: Record<string, fc.Arbitrary<unknown>>,
  most: number,
): fc.Arbitrary<Record<string, unknown>> {
  const entry = fc.oneof(
    ...Object.entries(keywords).map(([keyword, arbitrary]) => arbitrary.map((v) => [keyword, v] as const)),
  );
  return fc.array(entry, { maxLength: most }).map((entries) => Object.fromEntries(entries));
}

/** Every generated schema: supported keywords only, `$ref` to the target definition included. */
function conditionSchemas(refTarget: string): fc.Arbitrary<unknown> {
  return fc.letrec<{ schema: unknown; object: Record<string, unknown> }>((tie) => ({
    schema: fc.oneof({ depthSize: 'small', maxDepth: 3 }, fc.boolean(), tie('object')),
    object: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      keywordObject(valueKeywords, 3),
      keywordObject(
        {
          ...valueKeywords,
          not: tie('schema'),
          allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }),
          anyOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }),
          oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }),
          properties: fc.record(
            { a: tie('schema'), b: tie('schema'), c: tie('schema') },
            { requiredKeys: [], noNullPrototype: true },
          ),
          $ref: fc.constant(refTarget),
        },
        4,
      ),
    ),
  })).schema;
}

interface Compiled {
  readonly schemas: SchemaCache;
  readonly validator: FormValidator;
}

/** The root `{ $defs: { condition, target } }` compiled as core compiles it, or undefined when Ajv refuses it. */
function compile(dialect: Dialect, condition: unknown, target: unknown): Compiled | undefined {
  const definitions = dialect === '2020-12' ? '$defs' : 'definitions';
  const schema = {
    $schema:
      dialect === '2020-12'
        ? 'https://json-schema.org/draft/2020-12/schema'
        : 'http://json-schema.org/draft-07/schema#',
    [definitions]: { condition, target },
  } as JsonSchemaObject;
  let validator: FormValidator;
  try {
    validator = createRuntimeValidator(schema, dialect);
  } catch {
    return undefined;
  }
  return { schemas: new SchemaCache({ schema, dialect, validator }), validator };
}

beforeAll(async () => {
  await loadAjvClass('draft-07');
  await loadConditionPatterns();
});

describe('condition evaluator ≡ Ajv', () => {
  for (const dialect of ['2020-12', 'draft-07'] as const) {
    const definitions = dialect === '2020-12' ? '$defs' : 'definitions';
    const pointer = `/${definitions}/condition`;
    it(`${dialect}: ${dialect === '2020-12' ? 'decides every generated condition and' : 'whenever it decides, it'} agrees with Ajv`, () => {
      let refused = 0;
      let decided = 0;
      let undecided = 0;
      let matched = 0;
      fc.assert(
        fc.property(
          conditionSchemas(`#/${definitions}/target`),
          keywordObject(valueKeywords, 3),
          fc.array(value, { minLength: 1, maxLength: 8 }),
          (condition, target, answers) => {
            const compiled = compile(dialect, condition, target);
            if (!compiled) {
              refused++;
              return;
            }
            for (const answer of answers) {
              const decision = decideCondition(compiled.schemas, pointer, answer);
              if (decision === undefined) {
                undecided++;
                if (dialect === '2020-12')
                  expect.fail(`undecided: ${JSON.stringify(condition)} on ${JSON.stringify(answer)}`);
                continue;
              }
              decided++;
              if (decision) matched++;
              expect(decision, `${JSON.stringify(condition)} on ${JSON.stringify(answer)}`).toBe(
                compiled.validator.matches(pointer, answer),
              );
            }
          },
        ),
        { numRuns: 300 },
      );
      // Ajv refuses few generated schemas (the test would prove nothing if it refused most).
      expect(refused).toBeLessThan(40);
      expect(decided).toBeGreaterThan(dialect === '2020-12' ? 1000 : 300);
      // Both answers are common, so agreement on each is tested.
      expect(matched).toBeGreaterThan(decided * 0.2);
      expect(matched).toBeLessThan(decided * 0.8);
      if (dialect === '2020-12') expect(undecided).toBe(0);
    }, 240_000);
  }
});
