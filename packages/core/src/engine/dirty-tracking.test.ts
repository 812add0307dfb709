import { describe, expect, it } from 'vitest';
import { changesAtRoot, changesBelow, markDirty } from './dirty-tracking.js';

describe('dirty tracking', () => {
  it('records the way from the root to a changed value, and everything below it', () => {
    const dirty = new Map<string, Set<string> | 'all'>();
    markDirty(dirty, ['address', 'city']);
    expect(dirty).toEqual(
      new Map<string, Set<string> | 'all'>([
        ['', new Set(['address'])],
        ['/address', new Set(['city'])],
        ['/address/city', 'all'],
      ]),
    );
  });

  it('adds siblings to the way and escapes tokens', () => {
    const dirty = new Map<string, Set<string> | 'all'>();
    markDirty(dirty, ['a/b', 'c']);
    markDirty(dirty, ['d']);
    expect(dirty.get('')).toEqual(new Set(['a/b', 'd']));
    expect(dirty.get('/a~1b')).toEqual(new Set(['c']));
  });

  it('keeps a whole-subtree change whole', () => {
    const dirty = new Map<string, Set<string> | 'all'>();
    markDirty(dirty, ['list']);
    markDirty(dirty, ['list', '0']);
    expect(dirty.get('/list')).toBe('all');
  });

  it('tells each child what changed at or below it', () => {
    const dirty = new Map<string, Set<string> | 'all'>();
    markDirty(dirty, ['address', 'city']);
    const here = changesAtRoot(dirty);
    expect(here).toEqual(new Set(['address']));
    expect(changesBelow(here as Set<string>, dirty, 'name', '/name')).toBeNull();
    expect(changesBelow(here as Set<string>, dirty, 'address', '/address')).toEqual(new Set(['city']));
    expect(changesBelow('all', dirty, 'name', '/name')).toBe('all');
    expect(changesAtRoot('all')).toBe('all');
    expect(changesAtRoot(new Map())).toBeNull();
  });
});
