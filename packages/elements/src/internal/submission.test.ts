import { afterEach, describe, expect, it, vi } from 'vitest';
import { Submission } from './submission.js';

const url = new URL('https://api.example.com/tickets');

function stubFetch(...responses: (() => Promise<Response>)[]) {
  const calls: RequestInit[] = [];
  const fetch = vi.fn((_url: URL, init: RequestInit) => {
    calls.push(init);
    const next = responses.shift() ?? (() => Promise.resolve(new Response(null, { status: 204 })));
    return next();
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, calls, key: (i: number) => (calls[i]!.headers as Record<string, string>)['Idempotency-Key'] };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Submission', () => {
  it('sends one request when asked twice while the first is in flight', async () => {
    let release!: (r: Response) => void;
    const { fetch } = stubFetch(() => new Promise((resolve) => (release = resolve)));
    const submission = new Submission();
    const first = submission.send(url, { a: 1 }, { timeout: 5000 });
    expect(submission.sending).toBe(true);
    await expect(submission.send(url, { a: 1 }, { timeout: 5000 })).resolves.toEqual({ kind: 'busy' });
    release(new Response('{"id":"CH-1"}', { status: 201 }));
    await expect(first).resolves.toEqual({ kind: 'ok', status: 201, response: { id: 'CH-1' } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reuses the Idempotency-Key when retrying the same payload and renews it for another', async () => {
    const { key } = stubFetch(
      () => Promise.resolve(new Response('', { status: 503 })),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.resolve(new Response('', { status: 500 })),
    );
    const submission = new Submission();
    expect((await submission.send(url, { a: 1 }, { timeout: 5000 })).kind).toBe('server');
    expect((await submission.send(url, { a: 1 }, { timeout: 5000 })).kind).toBe('network');
    await submission.send(url, { a: 2 }, { timeout: 5000 });
    expect(key(0)).toMatch(/^[0-9a-f-]{36}$/);
    expect(key(1)).toBe(key(0));
    expect(key(2)).not.toBe(key(0));
  });

  it('starts a new key after a success', async () => {
    const { key } = stubFetch(
      () => Promise.resolve(new Response('{}', { status: 201 })),
      () => Promise.resolve(new Response('{}', { status: 201 })),
    );
    const submission = new Submission();
    await submission.send(url, { a: 1 }, { timeout: 5000 });
    await submission.send(url, { a: 1 }, { timeout: 5000 });
    expect(key(1)).not.toBe(key(0));
  });

  it('makes a UUID key where crypto.randomUUID is missing (an insecure context)', async () => {
    const { key } = stubFetch();
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      await new Submission().send(url, {}, { timeout: 5000 });
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
    expect(key(0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('posts JSON', async () => {
    const { calls } = stubFetch();
    await new Submission().send(url, { loja: 'Centro' }, { timeout: 5000 });
    expect(calls[0]!.method).toBe('POST');
    expect(calls[0]!.body).toBe('{"loja":"Centro"}');
    expect((calls[0]!.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('reports a request without an answer in time as a timeout', async () => {
    stubFetch(
      () =>
        new Promise((_resolve, reject) => {
          const signal = (vi.mocked(globalThis.fetch).mock.calls[0]![1] as RequestInit).signal!;
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    await expect(new Submission().send(url, {}, { timeout: 20 })).resolves.toEqual({ kind: 'timeout' });
  });

  it('maps a 422 with field errors, and a 422 without them as rejected', async () => {
    stubFetch(
      () =>
        Promise.resolve(
          new Response(JSON.stringify({ errors: [{ instancePath: '/loja', message: 'Loja desconhecida', extra: 1 }] }), {
            status: 422,
          }),
        ),
      () => Promise.resolve(new Response('nope', { status: 422 })),
    );
    const submission = new Submission();
    await expect(submission.send(url, {}, { timeout: 5000 })).resolves.toEqual({
      kind: 'invalid',
      status: 422,
      errors: [{ instancePath: '/loja', message: 'Loja desconhecida' }],
    });
    await expect(submission.send(url, {}, { timeout: 5000 })).resolves.toEqual({ kind: 'rejected', status: 422 });
  });

  it('acknowledges a 2xx with an empty body', async () => {
    stubFetch(() => Promise.resolve(new Response(null, { status: 204 })));
    await expect(new Submission().send(url, {}, { timeout: 5000 })).resolves.toEqual({
      kind: 'ok',
      status: 204,
      response: null,
    });
  });
});
