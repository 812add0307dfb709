import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftStore } from './drafts.js';

const KEY = 'schemaforms:draft:test';

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('DraftStore', () => {
  it('finds nothing before anything is saved', () => {
    expect(new DraftStore('test').read()).toEqual({ kind: 'none' });
  });

  it('writes once after a quiet period and reads the answers back', async () => {
    const store = new DraftStore('test', { delay: 10 });
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    store.schedule(() => ({ a: 1 }));
    store.schedule(() => ({ a: 2 }));
    expect(localStorage.getItem(KEY)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(new DraftStore('test').read()).toEqual({ kind: 'found', value: { a: 2 } });
  });

  it('deletes a corrupt draft and reports it', () => {
    localStorage.setItem(KEY, '{"v":1,"value":');
    expect(new DraftStore('test').read()).toEqual({ kind: 'corrupt' });
    expect(localStorage.getItem(KEY)).toBeNull();
    localStorage.setItem(KEY, '{"v":99,"value":{}}');
    expect(new DraftStore('test').read()).toEqual({ kind: 'corrupt' });
  });

  it('reports unavailable storage and a failed write without throwing', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const onFail = vi.fn();
    const store = new DraftStore('test', { onFail });
    expect(store.read()).toEqual({ kind: 'unavailable' });
    store.schedule(() => ({ a: 1 }));
    expect(store.flush()).toBe(false);
    store.schedule(() => ({ a: 1 }));
    store.flush();
    expect(onFail).toHaveBeenCalledTimes(1);
    expect(store.failed).toBe(true);
  });

  it('clears the draft and a pending write', async () => {
    const store = new DraftStore('test', { delay: 10 });
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: { a: 1 } }));
    store.schedule(() => ({ a: 2 }));
    store.clear();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
