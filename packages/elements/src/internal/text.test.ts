import { describe, expect, it } from 'vitest';
import { countCodePoints, sameValue } from './text.js';

describe('countCodePoints', () => {
  it('counts an emoji as one character, as Ajv does for maxLength', () => {
    expect(countCodePoints('😀😀')).toBe(2);
    expect('😀😀'.length).toBe(4);
  });

  it('counts accented and plain text by code point', () => {
    expect(countCodePoints('Não')).toBe(3);
    expect(countCodePoints('')).toBe(0);
  });

  it('counts a lone surrogate as one character', () => {
    expect(countCodePoints('a\ud800b')).toBe(3);
  });
});

describe('sameValue', () => {
  it('compares option values by value', () => {
    expect(sameValue(true, true)).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1 })).toBe(true);
    expect(sameValue(1, '1')).toBe(false);
    expect(sameValue(null, undefined)).toBe(false);
  });
});
