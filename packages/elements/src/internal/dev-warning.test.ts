import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEVELOPMENT, warnOnce } from './dev-warning.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('warnOnce', () => {
  it('runs in a development build here (Vitest serves modules as Vite does in development)', () => {
    expect(DEVELOPMENT).toBe(true);
  });

  it('prints each message once per page, and another message again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnOnce('test-code', 'the first thing went wrong at /a');
    warnOnce('test-code', 'the first thing went wrong at /a');
    warnOnce('test-code', 'the second thing went wrong at /b');
    expect(warn.mock.calls).toEqual([
      ['[schemaforms] test-code: the first thing went wrong at /a'],
      ['[schemaforms] test-code: the second thing went wrong at /b'],
    ]);
  });
});
