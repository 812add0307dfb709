import type { Form } from '@schemaforms/core';
import { answersWithoutSecrets } from '../internal/answers.js';
import { warnOnce } from '../internal/dev-warning.js';
import { checkEndpoint } from '../internal/endpoint.js';
import { Submission, type SendFailure, type SendOutcome } from '../internal/submission.js';
import { fireError, type SfErrorKind, type SfSubmitDetail, type SfSubmittedDetail } from './events.js';
import type { SubmissionOptions } from './submission.controller.js';

/** What the sender changes on the submission controller, which owns what is shown. */
export interface SendingState {
  sending: boolean;
  /** The failure shown under the fields, until the next submit or reset. */
  failure: string | undefined;
}

/** Makes the compiler check that every kind of outcome has its case. */
function unhandled(outcome: never): never {
  throw new Error(`Unhandled submission outcome: ${JSON.stringify(outcome)}`);
}

/**
 * `<sf-form>`'s submission once its errors can be told: validation, `sf-submit`, the POST and what
 * each outcome shows: one request at a time with one
 * `Idempotency-Key` per submission (`internal/submission.ts` retries a 503/429/409 once with it), the
 * server's field errors on the fields, a failure in words that say the answers are kept. Offline (D8),
 * the same snapshot is resent once, with the same key, when the browser is back online; with drafts,
 * the key of an unconfirmed submission is kept across a reload, so the resend replays it (issue 13).
 *
 * A chunk of its own (issue #18): the first field never needs it, so `SubmissionController` fetches it
 * in idle time after the first render, and a submit that comes first waits for it.
 */
export class SubmissionSender {
  readonly #host: HTMLElement & { requestUpdate(): void };
  readonly #options: SubmissionOptions;
  readonly #state: SendingState;
  readonly #submission = new Submission();
  /** The one resend waiting for the window's `online` event after an offline failure. */
  #onlineRetry: (() => void) | undefined;

  constructor(host: HTMLElement & { requestUpdate(): void }, options: SubmissionOptions, state: SendingState) {
    this.#host = host;
    this.#options = options;
    this.#state = state;
  }

  /** Whether an offline failure's resend is waiting for the connection. */
  get waitingForOnline(): boolean {
    return this.#onlineRetry !== undefined;
  }

  /**
   * Validates (on failure: summary, inline errors, focus on the summary), fires `sf-submit`, then POSTs
   * to `action` — or, without one, submits the host `<form>`.
   */
  async submit(form: Form): Promise<void> {
    const options = this.#options;
    // A resend starts from an empty alert region, so the failure it may end in is announced afresh.
    if (this.#state.failure !== undefined) {
      this.#state.failure = undefined;
      this.#host.requestUpdate();
    }
    if (!options.validate()) {
      options.focusErrorSummary();
      return;
    }
    options.hideSummary();
    const payload = form.payload();
    const submit = new CustomEvent<SfSubmitDetail>('sf-submit', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { value: payload },
    });
    if (!this.#host.dispatchEvent(submit)) return;
    const action = options.action();
    if (action === undefined || action === null) {
      options.internals.form?.requestSubmit();
      return;
    }
    const url = checkEndpoint(action);
    if (!url) {
      this.#state.failure = options.language.strings.invalidEndpoint;
      fireError(this.#host, {
        kind: 'invalid-endpoint',
        message: `Refused to submit to "${action}": use https: or a same-origin URL.`,
      });
      this.#host.requestUpdate();
      return;
    }
    await this.post(url, payload, answersWithoutSecrets(form.root));
  }

  /**
   * POSTs the `payload` snapshot and shows how it ended. `answers` are the same answers without
   * secrets: what may be kept with the draft while the outcome is unknown.
   */
  async post(url: URL, payload: unknown, answers: unknown): Promise<void> {
    const strings = this.#options.language.strings;
    const drafts = this.#options.drafts;
    this.cancelOnlineRetry();
    this.#state.sending = true;
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
      this.#state.sending = false;
    }
    // "Enviando…" is no longer true once the sending ended in anything but success.
    if (outcome.kind !== 'ok' && outcome.kind !== 'busy') this.#options.withdrawAnnouncement(strings.sending);
    switch (outcome.kind) {
      case 'busy':
        return;
      case 'ok':
        this.#state.failure = undefined;
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
        this.#state.failure = undefined;
        drafts.answered();
        this.#options.showServerErrors(outcome.errors);
        this.#options.focusErrorSummary();
        break;
      case 'offline':
        this.#state.failure = drafts.offlineMessage ?? strings.sendOffline;
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

  /** Forgets a pending resend on `online` (a new submit, a reset, or leaving the page supersedes it). */
  cancelOnlineRetry(): void {
    if (this.#onlineRetry) window.removeEventListener('online', this.#onlineRetry);
    this.#onlineRetry = undefined;
  }

  /** Shows a failure in words for the person and fires `sf-error` in words for developers. */
  #fail(outcome: SendFailure): void {
    const [kind, message, detail] = this.#describe(outcome);
    this.#state.failure = message;
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
      if (!this.#state.sending) void this.post(url, payload, answers);
    };
    this.#onlineRetry = retry;
    window.addEventListener('online', retry, { once: true });
  }
}
