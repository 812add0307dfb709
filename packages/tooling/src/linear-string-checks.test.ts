import { describe, expect, it } from 'vitest';
import { isProvenLinearFormat, isProvenLinearPattern } from './linear-string-checks.js';

describe('linear-time proofs for unbounded strings (issue #14)', () => {
  it.each([
    ['^[0-9]{5}-?[0-9]{3}$', true],
    ['^[a-z]+$', true],
    ['^(a+)+$', false],
    ['^(a|a)*$', false],
    ['(', false],
  ])('pattern %s is proven linear: %s', (pattern, linear) => {
    expect(isProvenLinearPattern(pattern)).toBe(linear);
  });

  it('proves the audited date formats and the regex-checked ones the analysis accepts', () => {
    expect(isProvenLinearFormat('date')).toBe(true);
    expect(isProvenLinearFormat('date-time')).toBe(true);
    expect(isProvenLinearFormat('uuid')).toBe(true);
  });

  it('does not prove unknown formats', () => {
    expect(isProvenLinearFormat('grid')).toBe(false);
    expect(isProvenLinearFormat('constructor')).toBe(false);
  });
});
