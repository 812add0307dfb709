import { describe, expect, it } from 'vitest';
import { compileSchema } from '../compile-schema.js';
import { markDirty } from './dirty-tracking.js';
import { FormEngine } from './form-engine.js';
import { leafPayload, leafView, listToSubmit, ObjectPayload, trimCode } from './payload-without-inactive-branches.js';

describe('the payload without inactive branches', () => {
  it('removes the properties that left the shape and reports them changed', () => {
    const payload = new ObjectPayload();
    payload.set('kind', 'a');
    payload.set('detail', 'x');
    const changed = new Set<string>();
    payload.leaveOutInactive(undefined, new Map([['kind', 0]]), changed);
    expect(payload.value).toEqual({ kind: 'a' });
    expect(payload.size).toBe(1);
    expect(changed).toEqual(new Set(['detail']));
  });

  it('looks only at the candidates it is given', () => {
    const payload = new ObjectPayload();
    payload.set('a', 1);
    payload.set('b', 2);
    payload.leaveOutInactive(['a'], new Map(), new Set());
    expect(payload.value).toEqual({ b: 2 });
  });

  it('counts what it holds as answers come and go', () => {
    const payload = new ObjectPayload();
    payload.set('a', 1);
    payload.set('a', 2);
    payload.set('b', undefined);
    expect(payload.size).toBe(1);
    payload.set('a', undefined);
    expect(payload.size).toBe(0);
    expect(payload.toSubmit(false)).toBeUndefined();
    expect(payload.toSubmit(true)).toEqual({});
    expect(listToSubmit([], false)).toBeUndefined();
    expect(listToSubmit([], true)).toEqual([]);
  });

  it('submits text in NFC, an empty string as unanswered, and a code trimmed', () => {
    expect(leafView('')).toBeUndefined();
    expect(leafView('e\u0301')).toBe('é');
    expect(leafPayload('  AB-12\u200b ', true)).toBe('AB-12');
    expect(leafPayload('  AB-12 ', false)).toBe('  AB-12 ');
    expect(trimCode(' \u200b ')).toBeUndefined();
    const answer = { a: 1 };
    expect(leafPayload(answer, false)).not.toBe(answer);
  });

  it('leaves a hidden branch out of the derived payload and keeps its answer in the value', async () => {
    const compiled = await compileSchema({
      type: 'object',
      properties: { frete: { type: 'boolean' } },
      if: { properties: { frete: { const: true } }, required: ['frete'] },
      then: { properties: { urlFrete: { type: 'string' } } },
    });
    const engine = new FormEngine(compiled);
    const value = { frete: true, urlFrete: 'https://x.example' };
    const shown = engine.derive(value);
    expect(shown.payload).toEqual({ frete: true, urlFrete: 'https://x.example' });
    value.frete = false;
    const dirty = new Map<string, Set<string> | 'all'>();
    markDirty(dirty, ['frete']);
    const hidden = engine.derive(value, shown, dirty);
    expect(hidden.payload).toEqual({ frete: false });
    expect(value.urlFrete).toBe('https://x.example');
  });
});
