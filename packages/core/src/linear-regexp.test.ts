import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchema } from './compile-schema.js';
import { createForm } from './create-form.js';
import { LinearRegExp, linearRegExp, UnsupportedPatternError } from './linear-regexp.js';
import { SchemaError } from './schema-error.js';
import { validateSubmission } from './validate-submission.js';

/** Patterns whose native result the linear engine must reproduce, with inputs to try. */
const AGREES: Array<[string, string[]]> = [
  ['^[0-9]{5}-?[0-9]{3}$', ['01310-100', '01310100', '0131-0100', '', '01310-1000']],
  ['^https?://', ['https://x', 'http://', 'ftp://x', ' https://x']],
  ['^[0-9 ()+-]{8,20}$', ['(11) 9999-0000', '123', '+55 11 99999 0000 000 0']],
  ['a|bc|', ['', 'x', 'bc']],
  ['^(?:ab|a)(?:bc|c)$', ['abc', 'abbc', 'ac', 'ab']],
  ['\\bfoo\\b', ['a foo b', 'afoo', 'foo_', 'foo']],
  ['\\Boo\\B', ['foob', 'oo', 'xoo']],
  ['^\\p{Lu}\\p{Ll}+$', ['Ação', 'ação', 'AÇÃO', 'Éé']],
  ['^.$', ['😀', 'ab', '\n', '']],
  ['^[^a]{2}$', ['😀😀', 'ba', 'bb', 'b']],
  ['^\\u{1F600}+$', ['😀😀', '😀a']],
  ['^\\uD83D\\uDE00$', ['😀', '\uD83D']],
  ['^(?<year>\\d{4})-(\\d{2})$', ['2024-02', '2024-2']],
  ['^a{2,}b{0,2}c?$', ['aa', 'a', 'aaabbc', 'aabbbc']],
  ['^\\$\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/\\\\$', ['$.*+?()[]{}|/\\', 'x']],
  ['[\\]\\-a-c]', ['-', ']', 'b', 'd']],
  ['^[]$|^[^]$', ['', 'x', 'xy']],
  ['^(a*)*$', ['', 'aaa', 'aab']],
  ['^\\x41\\t\\cJ\\0$', ['A\t\n\0', 'A\t\n']],
];

describe('LinearRegExp', () => {
  for (const [pattern, inputs] of AGREES)
    it(`agrees with the native engine on ${JSON.stringify(pattern)}`, () => {
      const native = new RegExp(pattern, 'u');
      const linear = new LinearRegExp(pattern, 'u');
      for (const input of inputs) expect([input, linear.test(input)]).toEqual([input, native.test(input)]);
    });

  it('agrees with the native engine on generated patterns over a small alphabet (property)', () => {
    const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '\\d', '^', '$', '\\b');
    const term: fc.Arbitrary<string> = fc.letrec<{ term: string }>((tie) => ({
      term: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(tie('term'), tie('term')).map(([x, y]) => x + y),
        fc.tuple(tie('term'), tie('term')).map(([x, y]) => `(?:${x}|${y})`),
        fc
          .tuple(tie('term'), fc.constantFrom('*', '+', '?', '{2}', '{0,2}', '{1,}'))
          .map(([x, q]) => (/^[\^$]|\\b$/.test(x) ? x : `(?:${x})${q}`)),
      ),
    })).term;
    fc.assert(
      fc.property(
        term,
        fc.string({ unit: fc.constantFrom('a', 'b', '1', ' ', '😀'), maxLength: 8 }),
        (pattern, input) => {
          expect(new LinearRegExp(pattern, 'u').test(input)).toBe(new RegExp(pattern, 'u').test(input));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finishes ^(a+)+$ on 50 hostile characters (no match)', () => {
    expect(new LinearRegExp('^(a+)+$', 'u').test('a'.repeat(50) + '!')).toBe(false);
    expect(new LinearRegExp('^(a+)+$', 'u').test('a'.repeat(50))).toBe(true);
  });

  it('finishes ^([A-Za-z]+ ?){1,9}$ on a hostile 50-character answer (no match)', () => {
    expect(new LinearRegExp('^([A-Za-z]+ ?){1,9}$', 'u').test('a'.repeat(49) + '1')).toBe(false);
    expect(new LinearRegExp('^([A-Za-z]+ ?){1,9}$', 'u').test('Maria da Silva')).toBe(true);
  });

  it('refuses backreferences and lookaround with the reason', () => {
    expect(() => new LinearRegExp('^(a)\\1$', 'u')).toThrow(/backreference/);
    expect(() => new LinearRegExp('^(?<x>a)\\k<x>$', 'u')).toThrow(/backreference/);
    expect(() => new LinearRegExp('^(?=a)a$', 'u')).toThrow(/lookahead/);
    expect(() => new LinearRegExp('(?<!a)b', 'u')).toThrow(/lookbehind/);
    expect(() => new LinearRegExp('(?<!a)b', 'u')).toThrow(UnsupportedPatternError);
  });

  it('refuses a pattern whose automaton would be huge, and passes on syntax errors as SyntaxError', () => {
    expect(() => new LinearRegExp('(a{1,1000}){1,1000}', 'u')).toThrow(/automaton states/);
    expect(() => new LinearRegExp('(', 'u')).toThrow(SyntaxError);
  });

  it('prints as a RegExp does (Ajv keys its pattern cache with it)', () => {
    expect(String(linearRegExp('^a$', 'u'))).toBe('/^a$/u');
  });
});

const HOSTILE = (pattern: string, maxLength = 120) => ({
  type: 'object',
  properties: { nome: { type: 'string', title: 'Nome', pattern, maxLength } },
});

describe('patterns in forms and submissions run on the linear engine', () => {
  it('validateSubmission finishes ^([A-Za-z]+ ?){1,9}$ on a hostile answer and reports the pattern', async () => {
    const compiled = await compileSchema(HOSTILE('^([A-Za-z]+ ?){1,9}$'));
    const result = validateSubmission(compiled, { nome: 'a'.repeat(49) + '1' });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => [e.instancePath, e.keyword])).toContainEqual(['/nome', 'pattern']);
  });

  it('createForm finishes ^(a+)+$ on a hostile default', async () => {
    const compiled = await compileSchema(HOSTILE('^(a+)+$', 60));
    const form = createForm(compiled, { value: { nome: 'a'.repeat(50) + '!' } });
    expect(form.errors.get('/nome')).toBeDefined();
  });

  it('checks maxLength before pattern: an answer longer than maxLength gets only the length error', async () => {
    const compiled = await compileSchema(HOSTILE('^(a+)+$', 20));
    const result = validateSubmission(compiled, { nome: 'a'.repeat(35) + '!' });
    expect(result.errors.map((e) => e.keyword)).toEqual(['maxLength']);
  });

  it('a schema with a pattern the engine cannot run is a SchemaError naming the pointer and reason', async () => {
    const error: unknown = await compileSchema(HOSTILE('^(a)\\1$')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('#/properties/nome/pattern');
    expect((error as SchemaError).message).toMatch(/backreference/);
  });

  it('a patternProperties key the engine cannot run is a SchemaError naming that key', async () => {
    const schema = {
      type: 'object',
      properties: { mapa: { type: 'object', patternProperties: { '^(?=x)': { type: 'string' } } } },
    };
    const error: unknown = await compileSchema(schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('#/properties/mapa/patternProperties/^(?=x)');
    expect((error as SchemaError).message).toMatch(/lookahead/);
  });
});
