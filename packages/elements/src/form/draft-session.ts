/**
 * What `<sf-form>` does with drafts once their code is here (it comes in the drafts chunk, with the
 * store): the store for `draft-key`, the notices about drafts and the conflict with another tab.
 */
import type { Form, FormWarning } from '@schemaforms/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DRAFT_STRINGS, DraftStore, type SetAsideAnswers, type UnconfirmedSubmission } from '../internal/drafts.js';
import type { DraftsOptions } from './drafts.controller.js';
import { conflictNotice } from './draft-conflict-notice.js';

/** Warning codes that mean a saved answer was not restored. */
const NOT_RESTORED = new Set<FormWarning['code']>(['unknown-property', 'wrong-type', 'poisoned-key']);

interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

/**
 * Opt-in drafts (`draft-key`): answers without secrets kept in `localStorage`, restored when the form
 * starts (with a notice of what could not be), written after a quiet period and when the page is
 * hidden, deleted after a successful submission or a reset; a draft saved meanwhile in another tab is
 * a conflict the person settles (RELIABILITY C12–C15, D14). It also keeps the key of a submission
 * sent but never confirmed, so a resend after a reload replays it. The notices about drafts live here.
 */
export class DraftSession implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DraftsOptions;
  #store: DraftStore | undefined;
  #notices: Notice[] = [];
  /** The unconfirmed submission found with the restored draft. */
  #unconfirmed: UnconfirmedSubmission | undefined;

  constructor(host: ReactiveControllerHost, options: DraftsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** What the form says when the browser is offline, when drafts are being saved; else `undefined`. */
  get offlineMessage(): string | undefined {
    return this.#store && !this.#store.failed ? this.#words().offline : undefined;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#flush);
    window.addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#flush);
    window.removeEventListener('storage', this.#onStorage);
    this.#store?.flush();
  }

  /**
   * A form is starting: the notices start over and the store for `draft-key` is opened (the same key
   * keeps its store: it knows which saved draft is this tab's own, RELIABILITY D14). With `restore`,
   * returns the saved answers, if any, and the wrong-typed ones set aside with them.
   */
  open(restore: boolean): { value: unknown; unrecognised: SetAsideAnswers | undefined } | undefined {
    this.#notices = [];
    if (this.#store?.name !== this.#options.draftKey()) {
      this.#unconfirmed = undefined;
      this.#store = this.#openStore();
    }
    // A kept store whose writes failed still cannot save: the restart says so again.
    else if (this.#store?.failed) this.#noteUnavailable();
    if (!restore || !this.#store) return undefined;
    const draft = this.#store.read();
    if (draft.kind === 'unavailable') this.#noteUnavailable();
    if (draft.kind !== 'found') return undefined;
    // Answers sent before a reload whose outcome never came: sending them again replays that key.
    this.#unconfirmed = this.#store.readUnconfirmed();
    return { value: draft.value, unrecognised: draft.unrecognised };
  }

  /** The restored draft could not make a form: it is deleted as corrupt. */
  discardRestored(): void {
    this.#unconfirmed = undefined;
    this.#store?.clear();
  }

  /** Says that the answers come from a draft, and how many saved answers the changed form dropped. */
  noteRestored(form: Form): void {
    const words = this.#words();
    this.#notices.push({ kind: 'info', text: words.restored });
    const lost = form.warnings.filter((warning) => NOT_RESTORED.has(warning.code)).length;
    if (lost > 0) this.#notices.push({ kind: 'info', text: words.partlyRestored(lost) });
  }

  /** Saves `answers()` (without secrets) and the answers `setAside` holds then, after the quiet period. */
  schedule(answers: () => unknown, setAside?: SetAsideAnswers): void {
    this.#store?.schedule(answers, setAside);
  }

  /** Deletes the draft: the answers were sent, or the form was reset. */
  clear(): void {
    this.#unconfirmed = undefined;
    this.#store?.clear();
  }

  /** Forgets every notice (a reset, or a new schema). */
  clearNotices(): void {
    this.#notices = [];
  }

  /**
   * The key to send `answers` (without secrets) with when they are the answers of the submission left
   * unconfirmed before the page was reloaded: the server then replays that submission.
   */
  unconfirmedKey(answers: unknown): string | undefined {
    const unconfirmed = this.#unconfirmed;
    return unconfirmed && JSON.stringify(unconfirmed.answers) === JSON.stringify(answers) ? unconfirmed.key : undefined;
  }

  /** A submission is leaving with `key`: kept with the draft until its outcome is known. */
  sending(key: string, answers: unknown): void {
    this.#unconfirmed = undefined;
    this.#store?.rememberUnconfirmed({ key, answers });
  }

  /** The server answered the submission (refused it): its key need not survive a reload. */
  answered(): void {
    this.#store?.forgetUnconfirmed();
  }

  /** The notices about drafts (restored, not restored, unavailable) and the conflict with another tab. */
  render(): unknown {
    return [
      this.#notices.map((notice) => html`<p class="notice" part="notice" data-kind=${notice.kind}>${notice.text}</p>`),
      this.#store?.conflict ? conflictNotice(this.#words(), (keep) => this.#settleConflict(keep)) : nothing,
    ];
  }

  /** What the form says about drafts, in its language. */
  #words() {
    return DRAFT_STRINGS[this.#options.language.locale];
  }

  /** Says that drafts cannot be kept here: storage refused them, or their code could not be fetched. */
  #noteUnavailable(): void {
    this.#notices.push({ kind: 'info', text: this.#options.language.strings.draftUnavailable });
    this.#host.requestUpdate();
  }

  /** The store for `draft-key`: none without a key. */
  #openStore(): DraftStore | undefined {
    const key = this.#options.draftKey();
    if (!key) return undefined;
    return new DraftStore(key, {
      onFail: () => this.#noteUnavailable(),
      onConflict: () => {
        this.#options.announce(this.#words().conflict);
        this.#host.requestUpdate();
      },
    });
  }

  /** Settles a draft conflict: this tab's answers are saved over the other tab's, or replaced by them. */
  #settleConflict(keep: 'mine' | 'theirs'): void {
    const store = this.#store;
    const answers = this.#options.answers();
    if (!store || answers === undefined) return;
    const theirs = keep === 'theirs' ? store.takeTheirs() : undefined;
    // The other tab's draft holds no secrets: a secret typed here stays.
    if (theirs?.kind === 'found') this.#options.restart(theirs.value, theirs.unrecognised);
    else {
      // This tab's answers, also when the other tab's draft is gone meanwhile (it was sent there).
      store.keepMine(() => this.#options.answers());
      this.#host.requestUpdate();
    }
    this.#options.focusFirstField();
  }

  #flush = (): void => {
    this.#store?.flush();
  };

  #onStorage = (event: StorageEvent): void => {
    this.#store?.storageChanged(event);
  };
}
