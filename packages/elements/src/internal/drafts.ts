import type { ElementsLocale } from '../i18n/strings.js';

/** What reading a stored draft found. */
export type DraftRead =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'found';
      readonly value: unknown;
      /** The wrong-typed answers set aside when it was saved (RELIABILITY C3), by pointer. */
      readonly unrecognised?: SetAsideAnswers | undefined;
    }
  /** The stored text was not a draft: it has been deleted. */
  | { readonly kind: 'corrupt' }
  /** Storage cannot be used here (private mode, sandboxed iframe, blocked cookies). */
  | { readonly kind: 'unavailable' };

/**
 * A submission that was sent but whose outcome never arrived (timeout, lost response, page closed
 * mid-request): its `Idempotency-Key` and the answers it carried, without secrets (`writeOnly`).
 */
export interface UnconfirmedSubmission {
  readonly key: string;
  readonly answers: unknown;
}

/**
 * Wrong-typed answers the form set aside (core's `Form.unrecognised`, RELIABILITY C3), by JSON Pointer:
 * saved beside the answers so a reload shows them set aside again, never as answers.
 */
export type SetAsideAnswers = ReadonlyMap<string, unknown>;

/** The set-aside answers of a stored draft: an object by JSON Pointer; anything else is left out. */
function setAsideIn(stored: unknown): SetAsideAnswers | undefined {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return undefined;
  return new Map(Object.entries(stored).filter(([pointer]) => /^(\/|$)/.test(pointer)));
}

const VERSION = 1;
const KEY_PREFIX = 'schemaforms:draft:';
/** Appended to a draft's storage key for its unconfirmed submission. */
const UNCONFIRMED_SUFFIX = ':unconfirmed';
/** Drafts beyond this size are not written (RELIABILITY C6): a draft is a convenience, not a store. */
const MAX_DRAFT_CHARS = 1_000_000;

/** Options of a `DraftStore`. */
export interface DraftStoreOptions {
  /** The quiet period before a write, in milliseconds. */
  readonly delay?: number;
  /** Called once, when the first write fails. */
  readonly onFail?: () => void;
  /**
   * Called once when another tab (or window) saved this draft since this store last read or wrote it
   * (RELIABILITY D14). From then on the store writes nothing until `keepMine()` or `takeTheirs()`.
   */
  readonly onConflict?: () => void;
}

/**
 * Answers saved in `localStorage` under one key, written after a quiet period. The caller hands in
 * answers without secrets (`writeOnly`); this store only serialises them.
 *
 * The same draft may be open in two tabs: the store remembers the text it last read or wrote, and
 * never overwrites a draft another tab saved after that. It stops and reports the conflict instead,
 * through `onConflict` (as soon as the other tab writes, when the page hands its `storage` events to
 * `storageChanged`, or at the latest when this tab would write), so the person chooses which answers
 * to keep.
 */
export class DraftStore {
  readonly #key: string;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: (() => unknown) | undefined;
  /** The set-aside answers to save with `#pending` (read when written). */
  #setAside: SetAsideAnswers | undefined;
  readonly #onFail: (() => void) | undefined;
  readonly #onConflict: (() => void) | undefined;
  #failed = false;
  /** The stored text as this store last read or wrote it (`null`: nothing stored). */
  #seen: string | null = null;
  #conflict = false;

  /** @param key - the host's `draft-key`; stored as `schemaforms:draft:<key>`. */
  constructor(key: string, options: DraftStoreOptions = {}) {
    this.#key = `${KEY_PREFIX}${key}`;
    this.#delay = options.delay ?? 400;
    this.#onFail = options.onFail;
    this.#onConflict = options.onConflict;
  }

  /** The draft key the store was made for (the host's `draft-key`). */
  get name(): string {
    return this.#key.slice(KEY_PREFIX.length);
  }

  /** Whether a write failed (quota, storage disabled) since the store was made. */
  get failed(): boolean {
    return this.#failed;
  }

  /** Whether another tab saved this draft and the person has not yet chosen whose answers to keep. */
  get conflict(): boolean {
    return this.#conflict;
  }

  /** Reads the draft; a corrupt one is deleted. */
  read(): DraftRead {
    const storage = openStorage();
    if (!storage) return { kind: 'unavailable' };
    let text: string | null;
    try {
      text = storage.getItem(this.#key);
    } catch {
      return { kind: 'unavailable' };
    }
    this.#seen = text;
    if (text === null) return { kind: 'none' };
    try {
      const parsed = JSON.parse(text) as unknown;
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        (parsed as { v?: unknown }).v === VERSION &&
        // Any answer: a form of one field keeps a string, a list an array (issue #14, item 5).
        Object.hasOwn(parsed, 'value')
      ) {
        const { value, unrecognised } = parsed as { value: unknown; unrecognised?: unknown };
        return { kind: 'found', value, unrecognised: setAsideIn(unrecognised) };
      }
    } catch {
      // Falls through to deletion below.
    }
    this.clear();
    return { kind: 'corrupt' };
  }

  /**
   * Schedules a write of `answers()`, with the answers `setAside` holds then; calls within the quiet
   * period coalesce into one write.
   */
  schedule(answers: () => unknown, setAside?: SetAsideAnswers): void {
    this.#pending = answers;
    this.#setAside = setAside;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay);
  }

  /**
   * Writes a scheduled draft now. Returns `false` when storage refused it, or when another tab saved
   * the draft meanwhile (the write is then held back until the conflict is settled).
   */
  flush(): boolean {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const answers = this.#pending;
    if (!answers) return !this.#failed;
    const storage = openStorage();
    try {
      if (this.#conflict || this.#savedElsewhere(storage)) return false;
      this.#pending = undefined;
      const aside = this.#setAside?.size ? Object.fromEntries(this.#setAside) : undefined;
      // `undefined` leaves the key out: a draft with nothing set aside holds the answers only.
      const text = JSON.stringify({
        v: VERSION,
        savedAt: new Date().toISOString(),
        value: answers(),
        unrecognised: aside,
      });
      if (!storage || text.length > MAX_DRAFT_CHARS) throw new Error('draft not written');
      storage.setItem(this.#key, text);
      this.#seen = text;
      return true;
    } catch {
      if (!this.#failed) {
        this.#failed = true;
        this.#onFail?.();
      }
      return false;
    }
  }

  /** Deletes the draft (with its unconfirmed submission) and cancels a scheduled write. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    this.#seen = null;
    this.#conflict = false;
    this.forgetUnconfirmed();
    try {
      openStorage()?.removeItem(this.#key);
    } catch {
      // Nothing stored, nothing to delete.
    }
  }

  /**
   * Keeps the key of a submission about to be sent, with the answers it carries (the caller hands them
   * in without secrets), until `forgetUnconfirmed()` or `clear()`: after a reload, sending the same
   * answers again replays this key instead of creating a second ticket. Written at once (no quiet
   * period: the page may close the next moment); a refused write only loses that protection.
   */
  rememberUnconfirmed(submission: UnconfirmedSubmission): void {
    try {
      const text = JSON.stringify({ v: VERSION, key: submission.key, answers: submission.answers });
      if (text.length <= MAX_DRAFT_CHARS) openStorage()?.setItem(this.#key + UNCONFIRMED_SUFFIX, text);
    } catch {
      // Storage refused it: a resend after a reload gets a new key, as without drafts.
    }
  }

  /** The unconfirmed submission kept with this draft, if any (one that is not well-formed is ignored). */
  readUnconfirmed(): UnconfirmedSubmission | undefined {
    try {
      const text = openStorage()?.getItem(this.#key + UNCONFIRMED_SUFFIX);
      if (!text) return undefined;
      const parsed = JSON.parse(text) as { v?: unknown; key?: unknown; answers?: unknown };
      if (parsed.v === VERSION && typeof parsed.key === 'string') return { key: parsed.key, answers: parsed.answers };
    } catch {
      // Unreadable: as if there were none.
    }
    return undefined;
  }

  /** Forgets the unconfirmed submission: the server answered it (accepted or refused). */
  forgetUnconfirmed(): void {
    try {
      openStorage()?.removeItem(this.#key + UNCONFIRMED_SUFFIX);
    } catch {
      // Nothing stored, nothing to delete.
    }
  }

  /**
   * Settles a conflict in favour of this tab: `answers()` are saved over the other tab's now, with the
   * set-aside answers last scheduled.
   */
  keepMine(answers: () => unknown): void {
    this.#pending = answers;
    this.#conflict = false;
    try {
      this.#seen = openStorage()?.getItem(this.#key) ?? null;
    } catch {
      this.#seen = null;
    }
    this.flush();
  }

  /** Settles a conflict in favour of the other tab: its draft, to load in place of this tab's answers. */
  takeTheirs(): DraftRead {
    this.#conflict = false;
    this.#pending = undefined;
    return this.read();
  }

  /** Whether the stored draft is not the one this store last read or wrote (a deleted draft is no conflict). */
  #savedElsewhere(storage: Storage | undefined): boolean {
    const text = storage?.getItem(this.#key) ?? null;
    if (text === null || text === this.#seen) return false;
    this.#raiseConflict();
    return true;
  }

  #raiseConflict(): void {
    if (this.#conflict) return;
    this.#conflict = true;
    this.#onConflict?.();
  }

  /** Takes a window's `storage` event: another tab saving this draft is a conflict at once. */
  storageChanged(event: StorageEvent): void {
    if (event.key !== this.#key || event.newValue === null || event.newValue === this.#seen) return;
    if (event.storageArea !== openStorage()) return;
    this.#raiseConflict();
  }
}

function openStorage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws in sandboxed iframes and with storage blocked.
    const storage = globalThis.localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** What `<sf-form>` says about drafts, in each language: it comes with this module, fetched only for a `draft-key`. */
export const DRAFT_STRINGS = {
  'pt-BR': {
    restored: 'Recuperamos as respostas que você salvou neste dispositivo.',
    partlyRestored: (count: number) =>
      count === 1
        ? 'Não foi possível recuperar 1 resposta salva, porque o formulário mudou desde então.'
        : `Não foi possível recuperar ${count} respostas salvas, porque o formulário mudou desde então.`,
    conflict:
      'Este formulário também está aberto em outra aba, onde as respostas foram alteradas. Para não apagar o que foi feito lá, as respostas desta aba não estão sendo salvas.',
    useTheirs: 'Usar as respostas da outra aba',
    keepMine: 'Salvar as respostas desta aba',
    offline: 'Você está sem conexão — suas respostas estão guardadas neste dispositivo (exceto o token).',
  },
  en: {
    restored: 'We restored the answers you saved on this device.',
    partlyRestored: (count: number) =>
      count === 1
        ? "1 saved answer couldn't be restored because the form has changed since."
        : `${count} saved answers couldn't be restored because the form has changed since.`,
    conflict:
      "This form is also open in another tab, where the answers were changed. So that nothing done there is lost, this tab's answers are not being saved.",
    useTheirs: "Use the other tab's answers",
    keepMine: "Save this tab's answers",
    offline: "You're offline — your answers are saved on this device (except the API token).",
  },
} satisfies Record<ElementsLocale, unknown>;
