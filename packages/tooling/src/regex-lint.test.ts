import { describe, expect, it } from 'vitest';
import { lintPattern, unicodeSpelling } from './regex-lint.js';

const codes = (pattern: string) => lintPattern(pattern).map((p) => `${p.severity}:${p.code}`);

describe('lintPattern', () => {
  it.each([
    ['^(a)\\1$', /backreference/],
    ['^(?<d>\\d)\\k<d>$', /backreference/],
    ['^(?=.*\\d).{8,}$', /lookahead/],
    ['(?<!R)\\$', /lookbehind/],
  ])('refuses %s, which the linear-time engine cannot run, with the reason', (pattern, reason) => {
    expect(codes(pattern)).toEqual(['error:regex-not-linear']);
    expect(lintPattern(pattern)[0]!.message).toMatch(reason);
  });

  it.each([['^(a+)+$'], ['^(\\w+\\s?)*$'], ['(.*a){12}'], ['^(a|a)*$'], ['^(\\d+)*$']])(
    'rejects the catastrophic pattern %s',
    (pattern) => {
      expect(codes(pattern)).toEqual(['error:redos']);
    },
  );

  it.each([['^https?://'], ['^\\d+(\\.\\d+)*$'], ['^[0-9]{5}-?[0-9]{3}$'], ['^(a|b)*$'], ['^[A-Za-z0-9_-]{1,64}$']])(
    'accepts the safe pattern %s',
    (pattern) => {
      expect(codes(pattern)).toEqual([]);
    },
  );

  it.each([['^([a-z0-9]+-)*[a-z0-9]+$'], ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$']])(
    'only warns about the polynomial pattern %s',
    (pattern) => {
      expect(codes(pattern)).toEqual(['warning:slow-regex']);
    },
  );

  it('reports a syntax error with the reason', () => {
    const [problem] = lintPattern('(');
    expect(problem?.code).toBe('invalid-regex');
    expect(problem?.message).toMatch(/Unterminated group/);
  });

  it.each([
    ['^\\-$', '^-$'],
    ['\\x{00a1}', '\\u{00a1}'],
    ['^[\\w\\-]+$', '^[\\w\\-]+$'],
    ['^\\_\\@$', '^_@$'],
    ['a{', 'a\\{'],
  ])('suggests the Unicode-mode spelling of %s', (pattern, spelling) => {
    if (pattern === spelling) {
      expect(lintPattern(pattern)).toEqual([]);
      return;
    }
    const [problem] = lintPattern(pattern);
    expect(problem?.code).toBe('regex-not-unicode');
    expect(problem?.message).toContain(JSON.stringify(spelling));
    expect(unicodeSpelling(pattern)).toBe(spelling);
  });
});
