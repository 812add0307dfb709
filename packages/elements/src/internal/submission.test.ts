import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRetryAfter, Submission } from './submission.js';

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

  it('sends a resumed key for a new submission and reports each key before it leaves', async () => {
    const { key } = stubFetch(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.resolve(new Response('{}', { status: 201 })),
    );
    const submission = new Submission();
    const reported: string[] = [];
    const options = {
      timeout: 5000,
      resumeKey: 'kept-from-before-the-reload',
      onSending: (k: string) => reported.push(k),
    };
    expect((await submission.send(url, { a: 1 }, options)).kind).toBe('network');
    expect((await submission.send(url, { a: 1 }, options)).kind).toBe('ok');
    expect([key(0), key(1)]).toEqual(['kept-from-before-the-reload', 'kept-from-before-the-reload']);
    expect(reported).toEqual([key(0), key(1)]);
  });

  it('does not offer a resumed key again once the server refused it (422)', async () => {
    const conflict = { errors: [{ instancePath: '', message: 'key used for other content' }] };
    const { key } = stubFetch(
      () => Promise.resolve(new Response(JSON.stringify(conflict), { status: 422 })),
      () => Promise.resolve(new Response('{}', { status: 201 })),
    );
    const submission = new Submission();
    expect((await submission.send(url, { a: 1 }, { timeout: 5000, resumeKey: 'stale' })).kind).toBe('invalid');
    await submission.send(url, { a: 1 }, { timeout: 5000 });
    expect(key(0)).toBe('stale');
    expect(key(1)).toMatch(/^[0-9a-f-]{36}$/);
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
          new Response(
            JSON.stringify({ errors: [{ instancePath: '/loja', message: 'Loja desconhecida', extra: 1 }] }),
            {
              status: 422,
            },
          ),
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

  it('retries a 503 once after its Retry-After, with the same key, and stays in flight while waiting', async () => {
    const { fetch, key } = stubFetch(
      () => Promise.resolve(new Response('', { status: 503, headers: { 'Retry-After': '0' } })),
      () => Promise.resolve(new Response('{"id":"CH-2"}', { status: 201 })),
    );
    const submission = new Submission();
    const sent = submission.send(url, { a: 1 }, { timeout: 5000 });
    expect(submission.sending).toBe(true);
    await expect(sent).resolves.toEqual({ kind: 'ok', status: 201, response: { id: 'CH-2' } });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(key(1)).toBe(key(0));
  });

  it('honours a Retry-After in seconds on a 429 only after the delay has passed', async () => {
    const { fetch, key } = stubFetch(
      () => Promise.resolve(new Response('', { status: 429, headers: { 'Retry-After': '1' } })),
      () => Promise.resolve(new Response('{}', { status: 201 })),
    );
    const started = Date.now();
    const sent = new Submission().send(url, { a: 1 }, { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetch).toHaveBeenCalledTimes(1);
    await expect(sent).resolves.toMatchObject({ kind: 'ok' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(key(1)).toBe(key(0));
  });

  it('waits out a 409 (the same key still being processed) and asks once more with the same key (D5)', async () => {
    const { fetch, key } = stubFetch(
      () => Promise.resolve(new Response('', { status: 409 })),
      () => Promise.resolve(new Response('{"id":"CH-3"}', { status: 201 })),
    );
    const submission = new Submission();
    const sent = submission.send(url, { a: 1 }, { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([fetch.mock.calls.length, submission.sending]).toEqual([1, true]);
    await expect(sent).resolves.toEqual({ kind: 'ok', status: 201, response: { id: 'CH-3' } });
    expect(key(1)).toBe(key(0));
    // Still processing after the retry: reported as a server problem, the key kept for a manual retry.
    stubFetch(
      () => Promise.resolve(new Response('', { status: 409, headers: { 'Retry-After': '0' } })),
      () => Promise.resolve(new Response('', { status: 409, headers: { 'Retry-After': '0' } })),
    );
    await expect(submission.send(url, { a: 2 }, { timeout: 5000 })).resolves.toEqual({ kind: 'server', status: 409 });
  });

  it('retries automatically only once, and never beyond the Retry-After cap or for other 5xx', async () => {
    const { fetch } = stubFetch(
      () => Promise.resolve(new Response('', { status: 503, headers: { 'Retry-After': '0' } })),
      () => Promise.resolve(new Response('', { status: 503, headers: { 'Retry-After': '0' } })),
      () => Promise.resolve(new Response('', { status: 503, headers: { 'Retry-After': '31' } })),
      () => Promise.resolve(new Response('', { status: 500, headers: { 'Retry-After': '0' } })),
    );
    const submission = new Submission();
    await expect(submission.send(url, { a: 1 }, { timeout: 5000 })).resolves.toEqual({ kind: 'server', status: 503 });
    expect(fetch).toHaveBeenCalledTimes(2);
    await expect(submission.send(url, { a: 1 }, { timeout: 5000 })).resolves.toEqual({ kind: 'server', status: 503 });
    expect(fetch).toHaveBeenCalledTimes(3);
    await expect(submission.send(url, { a: 1 }, { timeout: 5000 })).resolves.toEqual({ kind: 'server', status: 500 });
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('reports a failed fetch while the browser is offline as offline', async () => {
    stubFetch(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.reject(new TypeError('Failed to fetch')),
    );
    const submission = new Submission();
    Object.defineProperty(navigator, 'onLine', { get: () => false, configurable: true });
    try {
      await expect(submission.send(url, {}, { timeout: 5000 })).resolves.toEqual({ kind: 'offline' });
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    await expect(submission.send(url, {}, { timeout: 5000 })).resolves.toEqual({ kind: 'network' });
  });

  it('asks the browser to warn before unload only while a request is in flight', async () => {
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    let release!: (r: Response) => void;
    stubFetch(() => new Promise((resolve) => (release = resolve)));
    const submission = new Submission();
    expect(unload()).toBe(false);
    const sent = submission.send(url, {}, { timeout: 5000 });
    expect(unload()).toBe(true);
    release(new Response(null, { status: 204 }));
    await sent;
    expect(unload()).toBe(false);
  });

  it("sends the form's locale as Accept-Language", async () => {
    const { calls } = stubFetch(() => Promise.resolve(new Response(null, { status: 204 })));
    await new Submission().send(url, {}, { timeout: 5000, locale: 'en' });
    expect((calls[0]!.headers as Record<string, string>)['Accept-Language']).toBe('en');
  });
});
