import type { Form } from '@schemaforms/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { answersWithoutSecrets } from '../internal/answers.js';
import { warnOnce } from '../internal/dev-warning.js';
import { checkEndpoint } from '../internal/endpoint.js';
import { Submission, type SendFailure, type SendOutcome, type ServerFieldError } from '../internal/submission.js';
import type { DraftsController } from './drafts.controller.js';
import { fireError, type SfErrorKind, type SfSubmitDetail, type SfSubmittedDetail } from './events.js';
import type { LocaleController } from './locale.controller.js';

/** What the submission controller asks of its element. */
export interface SubmissionOptions {
  readonly form: () => Form | undefined;
  /** The host `<form>` (submitted when there is no `action`). */
  readonly internals: ElementInternals;
  readonly action: () => string | undefined;
  /** Milliseconds before a POST is abandoned as `timeout`. */
  readonly timeout: () => number;
  /** The form's language and its strings. */
  readonly language: LocaleController;
  readonly drafts: DraftsController;
  /** Validates every active field and shows the errors; true when valid. */
  readonly validate: () => boolean;
  /**
   * While the form cannot tell its errors yet (a plain schema's validator arrives after its fields):
   * what resolves when it can; `undefined` when it can now.
   */
  readonly validatorReady: () => Promise<void> | undefined;
  /** Shows `errors` (the server's, or none to hide the summary) inline and in the error summary. */
  readonly showServerErrors: (errors: readonly ServerFieldError[]) => void;
  /** Hides the error summary (valid answers are being sent). */
  readonly hideSummary: () => void;
  /** Moves focus to the error summary after the next render (a failed submit). */
  readonly focusErrorSummary: () => void;
  readonly announce: (message: string) => void;
  /** Empties the polite live region if it still says `message`. */
  readonly withdrawAnnouncement: (message: string) => void;
}

/** Input types where Enter submits, as implicit submission does in a native form. */
const IMPLICIT_SUBMIT = new Set([
  'text',
  'email',
  'url',
  'tel',
  'password',
  'search',
  'date',
  'time',
  'datetime-local',
]);

/** Makes the compiler check that every kind of outcome has its case. */
function unhandled(outcome: never): never {
  throw new Error(`Unhandled submission outcome: ${JSON.stringify(outcome)}`);
}

/**
 * The submission of `<sf-form>`: validate → `sf-submit` → POST (or the host `<form>`'s submit without
 * `action`), one request at a time with one `Idempotency-Key` per submission (`internal/submission.ts`
 * retries a 503/429/409 once with it). Every outcome is shown: the server's field errors on the fields,
 * a failure in words that say the answers are kept. Offline (D8), the same snapshot is resent once,
 * with the same key, when the browser is back online; with drafts, the key of an unconfirmed submission
 * is kept across a reload, so the resend replays it (issue 13).
 */
export class SubmissionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SubmissionOptions;
  readonly #submission = new Submission();
  #sending = false;
  /** While a submission waits for the real validator: a second one is not started. */
  #awaitingValidator = false;
  /** The failure shown under the fields, until the next submit or reset. */
  #failure: string | undefined;
  /** The one resend waiting for the window's `online` event after an offline failure. */
  #onlineRetry: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SubmissionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether a request is in flight (the button says "Enviando…", the fields are inert). */
  get sending(): boolean {
    return this.#sending;
  }

  hostDisconnected(): void {
    this.#cancelOnlineRetry();
  }

  /** Forgets the last failure and a resend waiting for `online` (a reset). */
  reset(): void {
    this.#failure = undefined;
    this.#cancelOnlineRetry();
  }

  /**
   * The person changed an answer: a failure of the last sending no longer describes the form, so the
   * alert region is emptied (otherwise a later render could have it read again). An offline notice
   * stays while its resend is still waiting for the connection: it is still true.
   */
  answersEdited(): void {
    if (this.#failure === undefined || this.#onlineRetry) return;
    this.#failure = undefined;
    this.#host.requestUpdate();
  }

  /**
   * Submits as the built-in button does: validates (on failure: summary, inline errors, focus on the
   * summary), fires `sf-submit`, then POSTs to `action` — or, without one, submits the host `<form>`.
   */
  async requestSubmit(): Promise<void> {
    const form = this.#options.form();
    if (!form || this.#sending || this.#awaitingValidator) return;
    // Errors need the real validator: a submission made before it arrived waits for it (answers stay).
    const ready = this.#options.validatorReady();
    if (ready) {
      this.#awaitingValidator = true;
      try {
        await ready;
      } finally {
        this.#awaitingValidator = false;
      }
      if (this.#options.form() !== form) return;
    }
    // A resend starts from an empty alert region, so the failure it may end in is announced afresh.
    if (this.#failure !== undefined) {
      this.#failure = undefined;
      this.#host.requestUpdate();
    }
    if (!this.#options.validate()) {
      this.#options.focusErrorSummary();
      return;
    }
    this.#options.hideSummary();
    const payload = form.payload();
    const submit = new CustomEvent<SfSubmitDetail>('sf-submit', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { value: payload },
    });
    if (!this.#host.dispatchEvent(submit)) return;
    const action = this.#options.action();
    if (action === undefined || action === null) {
      this.#options.internals.form?.requestSubmit();
      return;
    }
    const url = checkEndpoint(action);
    if (!url) {
      this.#failure = this.#options.language.strings.invalidEndpoint;
      fireError(this.#host, {
        kind: 'invalid-endpoint',
        message: `Refused to submit to "${action}": use https: or a same-origin URL.`,
      });
      this.#host.requestUpdate();
      return;
    }
    await this.#post(url, payload, answersWithoutSecrets(form.root));
  }

  /** The `keydown` listener of the fields: Enter in a one-line field submits, as in a native form. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement && IMPLICIT_SUBMIT.has(target.type)) {
      event.preventDefault();
      void this.requestSubmit();
    }
  };

  /** The failure under the fields, in an alert region (present even when empty, so it is announced). */
  render(): unknown {
    return html`<div role="alert">
      ${this.#failure ? html`<p class="notice" part="notice" data-kind="error">${this.#failure}</p>` : nothing}
    </div>`;
  }

  /**
   * POSTs the `payload` snapshot and shows how it ended. `answers` are the same answers without
   * secrets: what may be kept with the draft while the outcome is unknown.
   */
  async #post(url: URL, payload: unknown, answers: unknown): Promise<void> {
    const strings = this.#options.language.strings;
    const drafts = this.#options.drafts;
    this.#cancelOnlineRetry();
    this.#sending = true;
    this.#options.announce(strings.sending);
    let outcome: SendOutcome;
    try {
      const resumeKey = drafts.unconfirmedKey(answers);
      outcome = await this.#submission.send(url, payload, {
        timeout: this.#options.timeout(),
        locale: this.#options.language.locale,
        ...(resumeKey !== undefined ? { resumeKey } : {}),
        onSending: (key) => drafts.sending(key, answers),
      });
    } catch (error) {
      warnOnce('submission-failed', `Sending threw instead of reporting an outcome: ${String(error)}`);
      outcome = { kind: 'network' };
    } finally {
      this.#sending = false;
    }
    // "Enviando…" is no longer true once the sending ended in anything but success.
    if (outcome.kind !== 'ok' && outcome.kind !== 'busy') this.#options.withdrawAnnouncement(strings.sending);
    switch (outcome.kind) {
      case 'busy':
        return;
      case 'ok':
        this.#failure = undefined;
        drafts.clear();
        this.#options.announce(strings.sent);
        this.#host.dispatchEvent(
          new CustomEvent<SfSubmittedDetail>('sf-submitted', {
            bubbles: true,
            composed: true,
            detail: { response: outcome.response, status: outcome.status },
          }),
        );
        break;
      case 'invalid':
        this.#failure = undefined;
        drafts.answered();
        this.#options.showServerErrors(outcome.errors);
        this.#options.focusErrorSummary();
        break;
      case 'offline':
        this.#failure = drafts.offlineMessage ?? strings.sendOffline;
        fireError(this.#host, {
          kind: 'network',
          message: 'The browser is offline; the request is sent again once it is back online.',
        });
        this.#resendWhenOnline(url, payload, answers);
        break;
      case 'rejected':
        drafts.answered();
        this.#fail(outcome);
        break;
      case 'timeout':
      case 'network':
      case 'server':
        // The request may have arrived: its key stays with the draft, for a resend after a reload.
        this.#fail(outcome);
        break;
      default:
        unhandled(outcome);
    }
    this.#host.requestUpdate();
  }

  /** Shows a failure in words for the person and fires `sf-error` in words for developers. */
  #fail(outcome: SendFailure): void {
    const [kind, message, detail] = this.#describe(outcome);
    this.#failure = message;
    fireError(this.#host, { kind, message: detail, ...('status' in outcome ? { status: outcome.status } : {}) });
  }

  /** The `sf-error` kind, the sentence for the person and the one for developers. */
  #describe(outcome: SendFailure): [SfErrorKind, string, string] {
    const strings = this.#options.language.strings;
    switch (outcome.kind) {
      case 'timeout':
        return ['timeout', strings.sendTimeout, `No response within ${this.#options.timeout()} ms.`];
      case 'network':
        return ['network', strings.sendNetwork, 'The request failed before any response (offline or blocked).'];
      case 'server':
        return ['server', strings.sendServer, `The server answered HTTP ${outcome.status}.`];
      case 'rejected':
        return ['rejected', strings.sendRejected(outcome.status), `The server answered HTTP ${outcome.status}.`];
      default:
        return unhandled(outcome);
    }
  }

  /** One resend of the same snapshot — same `Idempotency-Key` — once the window's `online` event fires. */
  #resendWhenOnline(url: URL, payload: unknown, answers: unknown): void {
    const retry = (): void => {
      this.#onlineRetry = undefined;
      if (!this.#sending) void this.#post(url, payload, answers);
    };
    this.#onlineRetry = retry;
    window.addEventListener('online', retry, { once: true });
  }

  /** Forgets a pending resend on `online` (a new submit, a reset, or leaving the page supersedes it). */
  #cancelOnlineRetry(): void {
    if (this.#onlineRetry) window.removeEventListener('online', this.#onlineRetry);
    this.#onlineRetry = undefined;
  }
}
