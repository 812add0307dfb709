import type { Form } from '@schemaforms/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { answersWithoutSecrets } from '../internal/answers.js';
import { checkEndpoint } from '../internal/endpoint.js';
import type { ServerFieldError } from '../internal/submission.js';
import { whenIdle } from '../internal/when-idle.js';
import type { DraftsController } from './drafts.controller.js';
import { fireError, type SfSubmitDetail } from './events.js';
import type { LocaleController } from './locale.controller.js';
import type { SendingState, SubmissionSender } from './submission-sender.js';

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
  /** Why the form cannot be sent even so (its validator could not be had), if it cannot: said, nothing sent. */
  readonly refusal: () => string | undefined;
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

/**
 * The POST and its outcomes: a chunk fetched in idle time after the first render (the first field does
 * not need it), or by the first submit that gets there before.
 */
const loadSender = () => import('./submission-sender.js');

/**
 * The submission of `<sf-form>`: validate → `sf-submit` → POST (or the host `<form>`'s submit without
 * `action`). The POST itself and what its outcomes show are `SubmissionSender`'s (a lazy chunk); this
 * controller owns what is shown while and after sending, so it can say "Enviando…" while the chunk
 * arrives, and refuses a second submit meanwhile.
 */
export class SubmissionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SubmissionOptions;
  /** Whether a request is in flight, and the failure shown under the fields (shared with the sender). */
  readonly #state: SendingState = { sending: false, failure: undefined };
  /** The sender's chunk being fetched (or fetched), and the sender once it has arrived. */
  #sender: Promise<SubmissionSender> | undefined;
  #loaded: SubmissionSender | undefined;
  #prefetchScheduled = false;
  /** While a submission waits for the real validator: a second one is not started. */
  #awaitingValidator = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SubmissionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether a request is in flight (the button says "Enviando…", the fields are inert). */
  get sending(): boolean {
    return this.#state.sending;
  }

  hostUpdated(): void {
    // After the first render, a form that POSTs fetches the sending code while the person fills it in.
    // A failure here is not shown: the submit that needs the code fetches it again and reports it.
    if (this.#prefetchScheduled || this.#options.action() == null) return;
    this.#prefetchScheduled = true;
    whenIdle(() => void this.#loadSender().catch(() => {}));
  }

  hostDisconnected(): void {
    // No resend can wait for `online` before the sender has arrived.
    this.#loaded?.cancelOnlineRetry();
  }

  /** Forgets the last failure and a resend waiting for `online` (a reset). */
  reset(): void {
    this.#state.failure = undefined;
    this.#loaded?.cancelOnlineRetry();
  }

  /**
   * The person changed an answer: a failure of the last sending no longer describes the form, so the
   * alert region is emptied (otherwise a later render could have it read again). An offline notice
   * stays while its resend is still waiting for the connection: it is still true.
   */
  answersEdited(): void {
    if (this.#state.failure === undefined || this.#loaded?.waitingForOnline) return;
    this.#state.failure = undefined;
    this.#host.requestUpdate();
  }

  /**
   * Submits as the built-in button does: validates (on failure: summary, inline errors, focus on the
   * summary), fires `sf-submit`, then POSTs to `action` — or, without one, submits the host `<form>`.
   */
  async requestSubmit(): Promise<void> {
    const form = this.#options.form();
    if (!form || this.#state.sending || this.#awaitingValidator) return;
    // Errors need the real validator: a submission made before it arrived waits for it (answers stay).
    const ready = this.#options.validatorReady();
    if (ready) {
      // Said while it waits (a host form's submit too, which comes here: a native submit cannot wait).
      this.#state.failure = this.#options.language.strings.loading;
      this.#host.requestUpdate();
      this.#awaitingValidator = true;
      try {
        await ready;
      } finally {
        this.#awaitingValidator = false;
      }
      if (this.#options.form() !== form) return;
    }
    // A resend starts from an empty alert region, so the failure it may end in is announced afresh.
    if (this.#state.failure !== undefined) {
      this.#state.failure = undefined;
      this.#host.requestUpdate();
    }
    // Nothing is sent unvalidated: the answers stay, and the alert says why.
    const refusal = this.#options.refusal();
    if (refusal) {
      this.#state.failure = refusal;
      this.#host.requestUpdate();
      return;
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
      this.#state.failure = this.#options.language.strings.invalidEndpoint;
      fireError(this.#host, {
        kind: 'invalid-endpoint',
        message: `Refused to submit to "${action}": use https: or a same-origin URL.`,
      });
      this.#host.requestUpdate();
      return;
    }
    const answers = answersWithoutSecrets(form.root);
    // Sending from here on: a second click while the code arrives is refused, as during the request.
    this.#state.sending = true;
    this.#host.requestUpdate();
    let sender: SubmissionSender;
    try {
      sender = await this.#loadSender();
    } catch (error) {
      this.#state.sending = false;
      this.#state.failure = this.#options.language.strings.sendNetwork;
      fireError(this.#host, {
        kind: 'network',
        message: `The submission code could not be loaded, nothing was sent: ${error instanceof Error ? error.message : String(error)}`,
      });
      this.#host.requestUpdate();
      return;
    }
    await sender.post(url, payload, answers);
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
    const failure = this.#state.failure;
    return html`<div role="alert">
      ${failure ? html`<p class="notice" part="notice" data-kind="error">${failure}</p>` : nothing}
    </div>`;
  }

  /** The sender, fetching its chunk once; after a failed fetch the next call tries again. */
  #loadSender(): Promise<SubmissionSender> {
    this.#sender ??= loadSender().then(
      ({ SubmissionSender }) => (this.#loaded = new SubmissionSender(this.#host, this.#options, this.#state)),
      (error: unknown) => {
        this.#sender = undefined;
        throw error;
      },
    );
    return this.#sender;
  }
}
