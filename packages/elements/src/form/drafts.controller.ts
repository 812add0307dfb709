import type { Form } from '@schemaforms/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { SetAsideAnswers } from '../internal/drafts.js';
import type { DraftSession } from './draft-session.js';
import type { LocaleController } from './locale.controller.js';

/**
 * The drafts code (`drafts-feature.ts`: the store, its words, the session that uses them), fetched the
 * first time a form with a `draft-key` starts: most forms keep no draft and never download it. `null`
 * once fetching failed (offline): such forms then start without drafts and say so.
 */
const draftsCode: { module?: typeof import('./drafts-feature.js') | null; load?: Promise<void> } = {};

function loadDraftsCode(): Promise<void> {
  draftsCode.load ??= import('./drafts-feature.js').then(
    (module) => {
      draftsCode.module = module;
    },
    () => {
      draftsCode.module = null;
    },
  );
  return draftsCode.load;
}

/** What the drafts controller asks of its element. */
export interface DraftsOptions {
  /** The element's `draft-key`: drafts are kept only when it is set. */
  readonly draftKey: () => string | undefined;
  /** The form's language and its strings. */
  readonly language: LocaleController;
  /** The current answers without secrets (`writeOnly`), or `undefined` without a form. */
  readonly answers: () => unknown;
  /**
   * Starts the form again from `value` and the wrong-typed answers set aside with it, keeping the
   * secrets typed here (the other tab's draft was chosen).
   */
  readonly restart: (value: unknown, unrecognised: SetAsideAnswers | undefined) => void;
  readonly announce: (message: string) => void;
  /** Moves focus to the first field after the next render. */
  readonly focusFirstField: () => void;
}

/**
 * Opt-in drafts (`draft-key`, RELIABILITY C12–C15, D14): this eager part fetches the drafts code for the
 * first form with a key and hands each call over to the `DraftSession` that code brings (the store, the
 * notices, the conflict with another tab). Without a key it does nothing; when the code could not be
 * fetched, the form says that drafts are not kept.
 */
export class DraftsController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DraftsOptions;
  #session: DraftSession | undefined;
  /** Fetching the drafts code for this element's first start with a `draft-key`. */
  #codeLoad: Promise<void> | undefined;
  /** The form started with a `draft-key` but the drafts code could not be fetched: a notice says so. */
  #codeMissing = false;

  constructor(host: ReactiveControllerHost, options: DraftsOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** While the drafts code is being fetched: `updateComplete` waits for it. */
  get codeLoad(): Promise<void> | undefined {
    return this.#codeLoad;
  }

  /** What the form says when the browser is offline, when drafts are being saved; else `undefined`. */
  get offlineMessage(): string | undefined {
    return this.#session?.offlineMessage;
  }

  /**
   * With a `draft-key` whose code has not been fetched yet, fetches it and calls `then` once it is
   * here (or could not be fetched), and returns true: the form starts then.
   */
  startAfterCode(then: () => void): boolean {
    if (!this.#options.draftKey() || draftsCode.module !== undefined) return false;
    const load: Promise<void> = loadDraftsCode().then(() => {
      if (this.#codeLoad === load) this.#codeLoad = undefined;
      then();
    });
    this.#codeLoad = load;
    return true;
  }

  /**
   * A form is starting: the notices start over and the store for `draft-key` is opened. With
   * `restore`, returns the saved answers, if any, and the wrong-typed ones set aside with them (C3).
   */
  open(restore: boolean): { value: unknown; unrecognised: SetAsideAnswers | undefined } | undefined {
    const module = draftsCode.module;
    this.#codeMissing = !!this.#options.draftKey() && !module;
    if (module && !this.#session && this.#options.draftKey()) {
      this.#session = new module.DraftSession(this.#host, this.#options);
    }
    return this.#session?.open(restore);
  }

  /** The restored draft could not make a form: it is deleted as corrupt. */
  discardRestored(): void {
    this.#session?.discardRestored();
  }

  /** Says that the answers come from a draft, and how many saved answers the changed form dropped. */
  noteRestored(form: Form): void {
    this.#session?.noteRestored(form);
  }

  /** Saves `answers()` (without secrets) and the answers `setAside` holds then (C3), after the quiet period. */
  schedule(answers: () => unknown, setAside: SetAsideAnswers): void {
    this.#session?.schedule(answers, setAside);
  }

  /** Deletes the draft: the answers were sent, or the form was reset. */
  clear(): void {
    this.#session?.clear();
  }

  /** Forgets every notice (a reset, or a new schema). */
  clearNotices(): void {
    this.#codeMissing = false;
    this.#session?.clearNotices();
  }

  /** The key to resend `answers` with when they are those of the submission left unconfirmed before a reload. */
  unconfirmedKey(answers: unknown): string | undefined {
    return this.#session?.unconfirmedKey(answers);
  }

  /** A submission is leaving with `key`: kept with the draft until its outcome is known. */
  sending(key: string, answers: unknown): void {
    this.#session?.sending(key, answers);
  }

  /** The server answered the submission (refused it): its key need not survive a reload. */
  answered(): void {
    this.#session?.answered();
  }

  /** The notices about drafts, or that drafts are not kept (their code could not be fetched). */
  render(): unknown {
    if (this.#session) return this.#session.render();
    return this.#codeMissing
      ? html`<p class="notice" part="notice" data-kind="info">${this.#options.language.strings.draftUnavailable}</p>`
      : nothing;
  }
}
