/** What reading a stored draft found. */
export type DraftRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly value: unknown }
  /** The stored text was not a draft: it has been deleted. */
  | { readonly kind: 'corrupt' }
  /** Storage cannot be used here (private mode, sandboxed iframe, blocked cookies). */
  | { readonly kind: 'unavailable' };

const VERSION = 1;
/** Drafts beyond this size are not written (RELIABILITY C6): a draft is a convenience, not a store. */
const MAX_DRAFT_CHARS = 1_000_000;

/**
 * Answers saved in `localStorage` under one key, written after a quiet period. The caller hands in
 * answers without secrets (`writeOnly`); this store only serialises them.
 */
export class DraftStore {
  readonly #key: string;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: (() => unknown) | undefined;
  readonly #onFail: (() => void) | undefined;
  #failed = false;

  /**
   * @param key - the host's `draft-key`; stored as `schemaforms:draft:<key>`.
   * @param options.delay - the quiet period before a write, in milliseconds.
   * @param options.onFail - called once, when the first write fails.
   */
  constructor(key: string, options: { delay?: number; onFail?: () => void } = {}) {
    this.#key = `schemaforms:draft:${key}`;
    this.#delay = options.delay ?? 400;
    this.#onFail = options.onFail;
  }

  /** Whether a write failed (quota, storage disabled) since the store was made. */
  get failed(): boolean {
    return this.#failed;
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
    if (text === null) return { kind: 'none' };
    try {
      const parsed = JSON.parse(text) as unknown;
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        (parsed as { v?: unknown }).v === VERSION &&
        typeof (parsed as { value?: unknown }).value === 'object' &&
        (parsed as { value?: unknown }).value !== null
      ) {
        return { kind: 'found', value: (parsed as { value: unknown }).value };
      }
    } catch {
      // Falls through to deletion below.
    }
    this.clear();
    return { kind: 'corrupt' };
  }

  /** Schedules a write of `answers()`; calls within the quiet period coalesce into one write. */
  schedule(answers: () => unknown): void {
    this.#pending = answers;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay);
  }

  /** Writes a scheduled draft now. Returns `false` when storage refused it. */
  flush(): boolean {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const answers = this.#pending;
    this.#pending = undefined;
    if (!answers) return !this.#failed;
    const storage = openStorage();
    try {
      const text = JSON.stringify({ v: VERSION, savedAt: new Date().toISOString(), value: answers() });
      if (!storage || text.length > MAX_DRAFT_CHARS) throw new Error('draft not written');
      storage.setItem(this.#key, text);
      return true;
    } catch {
      if (!this.#failed) {
        this.#failed = true;
        this.#onFail?.();
      }
      return false;
    }
  }

  /** Deletes the draft and cancels a scheduled write. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    try {
      openStorage()?.removeItem(this.#key);
    } catch {
      // Nothing stored, nothing to delete.
    }
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
