/** The detail of `sf-submit`: the payload about to be sent (active answers only, secrets included). */
export interface SfSubmitDetail {
  readonly value: unknown;
}

/** The detail of `sf-submitted`: the server's answer, parsed as JSON when it is JSON (else text or `null`). */
export interface SfSubmittedDetail {
  readonly response: unknown;
  readonly status: number;
}

/** What went wrong, for `sf-error`. */
export type SfErrorKind =
  /** The schema could not be loaded, parsed or compiled; the element shows a fallback message. */
  | 'schema'
  /** The initial `value` could not be used (for example it contains a cycle). */
  | 'value'
  /** `action` is not an allowed URL (`javascript:`, `http:` to another origin, empty…); nothing was sent. */
  | 'invalid-endpoint'
  /** The request failed before any response (offline, CORS). Answers kept; a retry reuses the key. */
  | 'network'
  /** No response in `timeout` ms: the request may or may not have arrived. A retry reuses the key. */
  | 'timeout'
  /** 5xx, 409 or 429: try again later; a retry reuses the key. */
  | 'server'
  /** Another 4xx (or a 400/422 without field errors). */
  | 'rejected';

/** The detail of `sf-error`. Never contains an answer. */
export interface SfErrorDetail {
  readonly kind: SfErrorKind;
  /** A sentence for developers and logs. */
  readonly message: string;
  /** The HTTP status, for submission errors that got a response. */
  readonly status?: number;
  /** The `SchemaError` code, for `schema`. */
  readonly code?: string;
  /** The schema location of a `SchemaError`. */
  readonly pointer?: string;
}

/** Fires `sf-error` on `target` (bubbling, composed). */
export function fireError(target: EventTarget, detail: SfErrorDetail): void {
  target.dispatchEvent(new CustomEvent<SfErrorDetail>('sf-error', { bubbles: true, composed: true, detail }));
}

/** The detail of `sf-warning`: a problem in the schema the element survived. Never contains an answer. */
export interface SfWarningDetail {
  /** What kind of problem (`unknown-keyword`, `unknown-format`, `strict`, …). */
  readonly code: string;
  /** The schema location, a URI-fragment JSON Pointer (`#/properties/x/format`). */
  readonly pointer: string;
  /** A sentence for developers and logs. */
  readonly message: string;
}

/** Fires `sf-warning` on `target` (bubbling, composed). */
export function fireWarning(target: EventTarget, detail: SfWarningDetail): void {
  target.dispatchEvent(new CustomEvent<SfWarningDetail>('sf-warning', { bubbles: true, composed: true, detail }));
}
