/** A field error sent back by the server, addressed by JSON Pointer. */
export interface ServerFieldError {
  readonly instancePath: string;
  readonly message: string;
}

/** How one POST ended. */
export type SendOutcome =
  | { readonly kind: 'ok'; readonly status: number; readonly response: unknown }
  | { readonly kind: 'invalid'; readonly status: number; readonly errors: readonly ServerFieldError[] }
  | { readonly kind: 'rejected'; readonly status: number }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'network' }
  /** `fetch` failed while the browser reports no connection (`navigator.onLine === false`). */
  | { readonly kind: 'offline' }
  | { readonly kind: 'busy' };

/** Options of one `send`. */
export interface SendOptions {
  /** Milliseconds before the request is aborted and reported as `timeout`. */
  readonly timeout: number;
  /** Sent as `Accept-Language`, so the server answers (and words its field errors) in the form's locale. */
  readonly locale?: string;
  /**
   * The longest `Retry-After` (ms) waited for before the one automatic retry of a 503, 429 or 409; a
   * longer wait is left to a manual retry. Default 30 000.
   */
  readonly maxRetryAfter?: number;
  /**
   * The key of a submission that was sent but never confirmed, kept with the draft across a reload
   * (issue 13, D12): used when this payload starts a new submission, so the server replays the first
   * request instead of creating a second ticket.
   */
  readonly resumeKey?: string;
  /** Called with the request's key just before it leaves, so the caller can keep it until the outcome is known. */
  readonly onSending?: (key: string) => void;
}

/** The outcomes that mean the submission did not go through (those a person reads as a failure). */
export type SendFailure = Extract<SendOutcome, { kind: 'rejected' | 'server' | 'timeout' | 'network' }>;

/** The default cap of an honoured `Retry-After`, in milliseconds. */
const MAX_RETRY_AFTER = 30_000;

/** How long a 409 without `Retry-After` is waited out before the one retry, in milliseconds. */
const CONFLICT_RETRY = 1000;

/** Asks the browser to warn before the page is left while a request is in flight (D12). */
function warnBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  event.returnValue = '';
}

/**
 * The submission state machine: at most one request in flight, and one `Idempotency-Key` per logical
 * submission — reused on every retry of the same payload, renewed only when the payload changes or
 * after a success (RELIABILITY.md D1–D6).
 */
export class Submission {
  #inFlight = false;
  #key: string | undefined;
  #keyBody: string | undefined;
  /** Whether `#key` came from `resumeKey` rather than from this page. */
  #keyResumed = false;

  /** Whether a request is in flight. */
  get sending(): boolean {
    return this.#inFlight;
  }

  /**
   * POSTs `payload` as JSON to `url`; a second call while one is in flight returns `busy` at once. A
   * 503 or 429 with a `Retry-After` within `maxRetryAfter`, or a 409 (the same key still being
   * processed; after 1 s without `Retry-After`), is retried once, after that delay, with the same key.
   * While the request (or that wait) lasts, leaving the page asks for confirmation.
   */
  async send(url: URL, payload: unknown, options: SendOptions): Promise<SendOutcome> {
    if (this.#inFlight) return { kind: 'busy' };
    // The payload comes from the core: plain JSON, no cycles, nothing JSON.stringify could refuse.
    const body = JSON.stringify(payload);
    this.#inFlight = true;
    if (this.#key === undefined || this.#keyBody !== body) {
      this.#key = options.resumeKey ?? newKey();
      this.#keyBody = body;
      this.#keyResumed = options.resumeKey !== undefined;
    }
    const key = this.#key;
    const unload = typeof window !== 'undefined' ? window : undefined;
    unload?.addEventListener('beforeunload', warnBeforeUnload);
    try {
      options.onSending?.(key);
      let outcome = await this.#attempt(url, body, key, options);
      const delay = outcome.retryAfter;
      if (delay !== undefined && delay <= (options.maxRetryAfter ?? MAX_RETRY_AFTER)) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        outcome = await this.#attempt(url, body, key, options);
      }
      // After a success the next submission is a new one. A resumed key the server refused (used for
      // other content, or answers it rejects) is not offered again: the next send makes its own.
      if (outcome.result.kind === 'ok' || (outcome.result.kind === 'invalid' && this.#keyResumed)) {
        this.#key = undefined;
        this.#keyBody = undefined;
        this.#keyResumed = false;
      }
      return outcome.result;
    } finally {
      unload?.removeEventListener('beforeunload', warnBeforeUnload);
      this.#inFlight = false;
    }
  }

  /** One POST; `retryAfter` (ms) when a 503/429 said when to come back, or for a 409. */
  async #attempt(
    url: URL,
    body: string,
    key: string,
    options: SendOptions,
  ): Promise<{ result: SendOutcome; retryAfter?: number }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeout);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': key,
    };
    if (options.locale) headers['Accept-Language'] = options.locale;
    try {
      const response = await globalThis.fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: controller.signal,
        credentials: 'same-origin',
      });
      const data = await readBody(response);
      if (response.ok) return { result: { kind: 'ok', status: response.status, response: data } };
      if (response.status === 422 || response.status === 400) {
        const errors = fieldErrors(data);
        if (errors) return { result: { kind: 'invalid', status: response.status, errors } };
      }
      if (response.status >= 500 || response.status === 409 || response.status === 429) {
        const result: SendOutcome = { kind: 'server', status: response.status };
        const status = response.status;
        const asked =
          status === 503 || status === 429 || status === 409
            ? parseRetryAfter(response.headers.get('Retry-After'))
            : undefined;
        // A 409 says the first request with this key is still being processed (D5): ask again shortly.
        const retryAfter = asked ?? (status === 409 ? CONFLICT_RETRY : undefined);
        return retryAfter === undefined ? { result } : { result, retryAfter };
      }
      return { result: { kind: 'rejected', status: response.status } };
    } catch (error) {
      if (timedOut) return { result: { kind: 'timeout' } };
      const offline = error instanceof TypeError && typeof navigator !== 'undefined' && navigator.onLine === false;
      return { result: { kind: offline ? 'offline' : 'network' } };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A `Retry-After` value (delay-seconds or an HTTP date) in milliseconds from now, or `undefined`. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts; a form on a plain-http intranet
 * page still needs a key, so the same bits come from `getRandomValues` there.
 */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function readBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `{ errors: [{ instancePath, message }] }` from a 400/422 body, or `undefined` when it has another shape. */
function fieldErrors(data: unknown): ServerFieldError[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const errors = (data as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return undefined;
  const valid = errors.filter(
    (error): error is ServerFieldError =>
      typeof error === 'object' &&
      error !== null &&
      typeof (error as ServerFieldError).instancePath === 'string' &&
      typeof (error as ServerFieldError).message === 'string',
  );
  return valid.length > 0 ? valid.map(({ instancePath, message }) => ({ instancePath, message })) : undefined;
}
