import type { Form } from '@schemaforms/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ServerFieldError } from '../internal/submission.js';
import { whenIdle } from '../internal/when-idle.js';
import type { DraftsController } from './drafts.controller.js';
import { fireError } from './events.js';
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
   * While the form cannot show its errors yet (a plain schema's validator, the words of errors and the
   * error summary arrive after its fields): what resolves when it may; `undefined` when it can now.
   */
  readonly errorsReady: () => Promise<void> | undefined;
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
 * Validation, `sf-submit`, the POST and its outcomes: in the chunk fetched in idle time after the first
 * render (`after-first-render.ts`; the first field does not need it), or by a submit that comes before.
 */
const loadSender = () => import('./after-first-render.js');

/**
 * The submission of `<sf-form>`: validate → `sf-submit` → POST (or the host `<form>`'s submit without
 * `action`). That flow and what its outcomes show are `SubmissionSender`'s (a lazy chunk); this
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
  /** While a submission waits for the validator or the sending code: a second one is not started. */
  #waiting = false;

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
    // After the first render, the form fetches the submitting code while the person fills it in.
    // A failure here is not shown: the submit that needs the code fetches it again and reports it.
    if (this.#prefetchScheduled) return;
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
   * That flow is the sender's (a chunk fetched after the first render): a submit that comes before it
   * waits, saying "Enviando…", and a second submit meanwhile is refused.
   */
  async requestSubmit(): Promise<void> {
    const form = this.#options.form();
    if (!form || this.#state.sending || this.#waiting) return;
    this.#waiting = true;
    let sender: SubmissionSender;
    try {
      // Errors need the real validator, their words and the summary: a submission made before waits (answers stay).
      // Two waits at most: the validator and the words of errors, then the summary's code.
      for (let wait = 0, ready = this.#options.errorsReady(); ready && wait < 2; wait++) {
        // Said while it waits (a host form's submit too, which comes here: a native submit cannot wait).
        this.#state.failure = this.#options.language.strings.loading;
        this.#host.requestUpdate();
        await ready;
        if (this.#options.refusal()) break;
        ready = this.#options.errorsReady();
      }
      if (this.#options.form() !== form) {
        // Another form started meanwhile: the wait it said is over, and nothing is sent.
        if (this.#state.failure === this.#options.language.strings.loading) {
          this.#state.failure = undefined;
          this.#host.requestUpdate();
        }
        return;
      }
      // Nothing is sent unvalidated: the answers stay, and the alert says why.
      const refusal = this.#options.refusal();
      if (refusal) {
        this.#state.failure = refusal;
        this.#host.requestUpdate();
        return;
      }
      sender = this.#loaded ?? (await this.#senderArriving());
    } catch (error) {
      this.#state.failure = this.#options.language.strings.sendNetwork;
      fireError(this.#host, {
        kind: 'network',
        message: `The submission code could not be loaded, nothing was sent: ${error instanceof Error ? error.message : String(error)}`,
      });
      this.#host.requestUpdate();
      return;
    } finally {
      this.#waiting = false;
    }
    if (this.#options.form() === form) await sender.submit(form);
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

  /** Fetches the sender for a submit that came before it: the button says "Enviando…" meanwhile. */
  async #senderArriving(): Promise<SubmissionSender> {
    this.#state.sending = true;
    this.#host.requestUpdate();
    try {
      return await this.#loadSender();
    } finally {
      this.#state.sending = false;
      this.#host.requestUpdate();
    }
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
