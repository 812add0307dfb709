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

  it('saves the set-aside answers (C3) beside the answers, read when written, and reads them back', () => {
    const store = new DraftStore('test');
    const setAside = new Map<string, unknown>([['/idade', '5']]);
    store.schedule(() => ({ a: 1 }), setAside);
    setAside.set('/perfil/apelido', 7);
    store.flush();
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({
      value: { a: 1 },
      unrecognised: { '/idade': '5', '/perfil/apelido': 7 },
    });
    const read = new DraftStore('test').read();
    expect(read).toEqual({ kind: 'found', value: { a: 1 }, unrecognised: setAside });
    // None set aside: the draft holds the answers only.
    setAside.clear();
    store.schedule(() => ({ a: 2 }), setAside);
    store.flush();
    expect(JSON.parse(localStorage.getItem(KEY)!)).not.toHaveProperty('unrecognised');
  });

  it('restores the answers of a draft whose set-aside part is not pointers, without that part', () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: { a: 1 }, unrecognised: ['/idade', '5'] }));
    expect(new DraftStore('test').read()).toEqual({ kind: 'found', value: { a: 1 } });
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: { a: 1 }, unrecognised: { idade: '5', '/x': 1 } }));
    expect(new DraftStore('test').read()).toEqual({
      kind: 'found',
      value: { a: 1 },
      unrecognised: new Map([['/x', 1]]),
    });
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

  describe('the same draft open in two tabs (RELIABILITY D14)', () => {
    /** What another tab's store does: write its own answers under the same key. */
    const otherTabSaves = (value: unknown): string => {
      const text = JSON.stringify({ v: 1, savedAt: new Date().toISOString(), value });
      localStorage.setItem(KEY, text);
      return text;
    };

    it('never writes over answers another tab saved after this one read the draft; it reports the conflict once', () => {
      otherTabSaves({ a: 'first' });
      const onConflict = vi.fn();
      const store = new DraftStore('test', { onConflict });
      expect(store.read()).toEqual({ kind: 'found', value: { a: 'first' } });
      store.schedule(() => ({ a: 'mine' }));
      expect(store.flush()).toBe(true);

      otherTabSaves({ a: 'theirs' });
      store.schedule(() => ({ a: 'mine again' }));
      expect(store.flush()).toBe(false);
      store.schedule(() => ({ a: 'and again' }));
      expect(store.flush()).toBe(false);
      expect(JSON.parse(localStorage.getItem(KEY)!).value).toEqual({ a: 'theirs' });
      expect(onConflict).toHaveBeenCalledTimes(1);
      expect(store.conflict).toBe(true);
    });

    it('hears the other tab at once through the storage event', () => {
      const onConflict = vi.fn();
      const store = new DraftStore('test', { onConflict });
      store.read();
      const text = otherTabSaves({ a: 'theirs' });
      // Browsers fire `storage` only in the other documents; this is what this tab receives.
      store.storageChanged(
        new StorageEvent('storage', { key: 'schemaforms:draft:other', newValue: text, storageArea: localStorage }),
      );
      store.storageChanged(new StorageEvent('storage', { key: KEY, newValue: text, storageArea: sessionStorage }));
      expect(onConflict).not.toHaveBeenCalled();
      store.storageChanged(new StorageEvent('storage', { key: KEY, newValue: text, storageArea: localStorage }));
      store.storageChanged(new StorageEvent('storage', { key: KEY, newValue: '{}', storageArea: localStorage }));
      expect(onConflict).toHaveBeenCalledTimes(1);
    });

    it("keepMine saves this tab's answers over the other tab's; takeTheirs hands back the other tab's draft", () => {
      const mine = new DraftStore('test', { onConflict: () => {} });
      mine.read();
      otherTabSaves({ a: 'theirs' });
      mine.schedule(() => ({ a: 'mine' }));
      expect(mine.flush()).toBe(false);
      mine.keepMine(() => ({ a: 'mine' }));
      expect(mine.conflict).toBe(false);
      expect(JSON.parse(localStorage.getItem(KEY)!).value).toEqual({ a: 'mine' });

      otherTabSaves({ a: 'theirs, later' });
      mine.schedule(() => ({ a: 'mine, later' }));
      expect(mine.flush()).toBe(false);
      expect(mine.takeTheirs()).toEqual({ kind: 'found', value: { a: 'theirs, later' } });
      expect(mine.conflict).toBe(false);
      // Nothing of this tab's is left pending to overwrite what was just taken.
      expect(mine.flush()).toBe(true);
      expect(JSON.parse(localStorage.getItem(KEY)!).value).toEqual({ a: 'theirs, later' });
    });

    it('takes a draft the other tab deleted (after sending it) as no conflict', () => {
      otherTabSaves({ a: 'first' });
      const onConflict = vi.fn();
      const store = new DraftStore('test', { onConflict });
      store.read();
      localStorage.removeItem(KEY);
      store.storageChanged(new StorageEvent('storage', { key: KEY, newValue: null, storageArea: localStorage }));
      store.schedule(() => ({ a: 'mine' }));
      expect(store.flush()).toBe(true);
      expect(onConflict).not.toHaveBeenCalled();
    });
  });

  describe('an unconfirmed submission', () => {
    it('is kept at once beside the draft, read back by another store, and deleted with the draft', () => {
      const store = new DraftStore('test');
      store.rememberUnconfirmed({ key: 'key-1', answers: { nome: 'Maria' } });
      expect(new DraftStore('test').readUnconfirmed()).toEqual({ key: 'key-1', answers: { nome: 'Maria' } });
      store.clear();
      expect(new DraftStore('test').readUnconfirmed()).toBeUndefined();
      expect(localStorage.length).toBe(0);
    });

    it('is forgotten once the server answered, and a malformed one is ignored', () => {
      const store = new DraftStore('test');
      store.rememberUnconfirmed({ key: 'key-1', answers: {} });
      store.forgetUnconfirmed();
      expect(store.readUnconfirmed()).toBeUndefined();
      localStorage.setItem(`${KEY}:unconfirmed`, '{"v":1,"key":');
      expect(store.readUnconfirmed()).toBeUndefined();
      localStorage.setItem(`${KEY}:unconfirmed`, '{"v":1,"key":42}');
      expect(store.readUnconfirmed()).toBeUndefined();
    });

    it('is not kept, without throwing, when storage refuses it', () => {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('full', 'QuotaExceededError');
      });
      const store = new DraftStore('test');
      expect(() => store.rememberUnconfirmed({ key: 'key-1', answers: {} })).not.toThrow();
      expect(store.readUnconfirmed()).toBeUndefined();
    });
  });
});
