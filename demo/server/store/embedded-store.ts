/**
 * The embedded ticket store (the default, no setup): `tickets.jsonl` in a data directory, one ticket per
 * line, each line fsynced before its number is given out, and `revisions/<hash>.json` for form revisions.
 *
 * Durability rules it keeps: a write that did not fully land and fsync is never acknowledged (the file is
 * cut back and `StoreUnavailableError` says 507 or 503); a number handed to a failed write is never
 * handed out again by this process, and every acknowledged number is on disk, so none is reused after a
 * restart either; one writer per directory (a lock file with the pid); a directory that cannot be created
 * or written at start does not stop the server: every call tries again until it can.
 */
import { stat, mkdir, truncate } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readAttachment, removeAttachments, writeAttachments } from './attachment-files.js';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from './data-dir-lock.js';
import { latestRevisionOf, readRevision, writeRevision } from './revision-files.js';
import { readRetirements, writeRetirements } from './retirement-file.js';
import { RETRY_AFTER_UNAVAILABLE, storageUnavailable } from './storage-errors.js';
import { appendDurably, readTicketLog, TICKETS_FILE } from './ticket-log-file.js';
import { ticketNumber, ticketSeq } from './ticket-records.js';
import {
  StoreUnavailableError,
  type Attachment,
  type FormRevision,
  type ListOptions,
  type NewFormRevision,
  type NewTicket,
  type StoredTicket,
  type SubmitOutcome,
  type TicketStore,
} from './ticket-store.js';

/** Options of `EmbeddedTicketStore.open`. */
export interface EmbeddedStoreOptions {
  /** The data directory; created (mode 0700) when missing. */
  readonly dir: string;
  /** Where the store says what went wrong and what it repaired; never ticket contents. */
  readonly log?: (message: string) => void;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

/** One store per directory per process, shared by every `open` (a Vite restart reopens it). */
const openStores = new Map<string, { store: EmbeddedTicketStore; users: number }>();

/** The embedded ticket store. Calls are serialised: one append at a time, in order. */
export class EmbeddedTicketStore implements TicketStore {
  readonly kind = 'embedded';
  readonly location: string;
  readonly file: string;
  #tickets: StoredTicket[] = [];
  #bySeq = new Map<number, StoredTicket>();
  #byKey = new Map<string, StoredTicket>();
  #revisions = new Map<string, FormRevision>();
  /** Bytes of complete lines in the file, as this process last saw or wrote it. */
  #size = 0;
  /** The next number to hand out; only ever grows. */
  #nextSeq = 1;
  /** A failed append could not cut its partial line off: cut before the next append. */
  #tornTail = false;
  #lock: DataDirLock | undefined;
  #closed = false;
  #lastLogged = '';
  #queue: Promise<unknown> = Promise.resolve();
  readonly #log: (message: string) => void;
  readonly #now: () => Date;

  private constructor(options: EmbeddedStoreOptions) {
    this.location = resolve(options.dir);
    this.file = join(this.location, TICKETS_FILE);
    this.#log = options.log ?? ((message) => console.warn(`[store] ${message}`));
    this.#now = options.now ?? (() => new Date());
  }

  /**
   * Opens the store in `options.dir`. Rejects only with `DataDirLockedError` (another live process
   * writes there); a directory that cannot be created, read or written is logged and retried on every call.
   */
  static async open(options: EmbeddedStoreOptions): Promise<EmbeddedTicketStore> {
    const dir = resolve(options.dir);
    const shared = openStores.get(dir);
    if (shared) {
      shared.users += 1;
      return shared.store;
    }
    const store = new EmbeddedTicketStore(options);
    try {
      await store.#prepare();
    } catch (error) {
      // Another live process writes there: refuse to start rather than answer 503 forever.
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof DataDirLockedError) throw cause;
      // Anything else was logged by #prepare; the store answers 503 until the directory can be used.
    }
    const again = openStores.get(dir);
    if (again) {
      again.users += 1;
      return again.store;
    }
    openStores.set(dir, { store, users: 1 });
    return store;
  }

  submit(ticket: NewTicket): Promise<SubmitOutcome> {
    return this.#exclusive(async () => {
      if (ticket.idempotencyKey !== undefined) {
        const earlier = this.#byKey.get(ticket.idempotencyKey);
        if (earlier) {
          return { kind: earlier.fingerprint === ticket.fingerprint ? 'replayed' : 'key-conflict', ticket: earlier };
        }
      }
      const seq = this.#nextSeq;
      // Taken before the write: a number that reached a failed write is never handed out again.
      this.#nextSeq += 1;
      const record: StoredTicket = {
        v: 1,
        number: ticketNumber(seq),
        seq,
        subject: ticket.subject,
        ...(ticket.revision !== undefined ? { revision: ticket.revision } : {}),
        createdAt: this.#now().toISOString(),
        answers: ticket.answers,
        secretPointers: [...ticket.secretPointers],
        ...(ticket.idempotencyKey !== undefined ? { idempotencyKey: ticket.idempotencyKey } : {}),
        fingerprint: ticket.fingerprint,
      };
      const line = `${JSON.stringify(record)}\n`;
      const files = ticket.attachments ?? [];
      if (files.length > 0) {
        // The files first, each fsynced: the ticket line that refers to them comes only once they are on disk.
        try {
          await writeAttachments(this.location, record.number, files);
        } catch (error) {
          await removeAttachments(this.location, record.number).catch(() => undefined);
          if (error instanceof TypeError) throw error;
          throw this.#unavailable(error, `store the attachments of ticket ${record.number}; it was not acknowledged`);
        }
      }
      try {
        if (this.#tornTail) {
          await truncate(this.file, this.#size);
          this.#tornTail = false;
        }
        await appendDurably(this.file, line, this.#size);
      } catch (error) {
        if ((error as { tornTail?: boolean }).tornTail) this.#tornTail = true;
        if (files.length > 0) await removeAttachments(this.location, record.number).catch(() => undefined);
        throw this.#unavailable(error, `store ticket ${record.number} in ${this.file}; it was not acknowledged`);
      }
      this.#size += Buffer.byteLength(line);
      this.#remember(record);
      if (this.#lastLogged !== '') this.#log(`storing tickets in ${this.file} again`);
      this.#lastLogged = '';
      return { kind: 'created', ticket: record };
    });
  }

  byIdempotencyKey(key: string): Promise<StoredTicket | undefined> {
    return this.#exclusive(async () => this.#byKey.get(key));
  }

  get(number: string): Promise<StoredTicket | undefined> {
    return this.#exclusive(async () => {
      const seq = ticketSeq(number);
      return seq === undefined ? undefined : this.#bySeq.get(seq);
    });
  }

  getAttachment(number: string, id: string): Promise<Attachment | undefined> {
    return this.#exclusive(async () => {
      const seq = ticketSeq(number);
      if (seq === undefined || !this.#bySeq.has(seq)) return undefined;
      try {
        return await readAttachment(this.location, number, id);
      } catch (error) {
        throw this.#unavailable(error, `read attachment ${id} of ticket ${number} in ${this.location}`);
      }
    });
  }

  list(options: ListOptions = {}): Promise<readonly StoredTicket[]> {
    return this.#exclusive(async () => {
      const after = options.afterSeq ?? 0;
      const matching = this.#tickets.filter((ticket) => ticket.seq > after);
      return options.limit === undefined ? matching : matching.slice(0, Math.max(0, options.limit));
    });
  }

  saveRevision(revision: NewFormRevision): Promise<FormRevision> {
    return this.#exclusive(async () => {
      const known = await this.#revision(revision.hash);
      if (known) return known;
      const stored: FormRevision = { ...revision, createdAt: this.#now().toISOString() };
      try {
        await writeRevision(this.location, stored);
      } catch (error) {
        if (error instanceof TypeError) throw error;
        throw this.#unavailable(error, `store form revision ${revision.hash} in ${this.location}`);
      }
      this.#revisions.set(stored.hash, stored);
      return stored;
    });
  }

  getRevision(hash: string): Promise<FormRevision | undefined> {
    return this.#exclusive(() => this.#revision(hash));
  }

  latestRevision(subject: string): Promise<FormRevision | undefined> {
    return this.#exclusive(async () => {
      try {
        return await latestRevisionOf(this.location, subject);
      } catch (error) {
        throw this.#unavailable(error, `read the form revisions of ${subject} in ${this.location}`);
      }
    });
  }

  retirements(): Promise<ReadonlyMap<string, string>> {
    return this.#exclusive(async () => {
      try {
        return await readRetirements(this.location);
      } catch (error) {
        throw this.#unavailable(error, `read the retired forms in ${this.location}`);
      }
    });
  }

  setRetirement(subject: string, at: string | undefined): Promise<void> {
    return this.#exclusive(async () => {
      try {
        const retirements = await readRetirements(this.location);
        if (at === undefined ? !retirements.delete(subject) : retirements.get(subject) === at) return;
        if (at !== undefined) retirements.set(subject, at);
        await writeRetirements(this.location, retirements);
      } catch (error) {
        throw this.#unavailable(error, `record the retirement of ${subject} in ${this.location}`);
      }
    });
  }

  async close(): Promise<void> {
    const shared = openStores.get(this.location);
    if (shared?.store === this && (shared.users -= 1) > 0) return;
    openStores.delete(this.location);
    await this.#queue;
    this.#closed = true;
    await this.#lock?.release();
    this.#lock = undefined;
  }

  async #revision(hash: string): Promise<FormRevision | undefined> {
    const cached = this.#revisions.get(hash);
    if (cached) return cached;
    try {
      const found = await readRevision(this.location, hash);
      if (found) this.#revisions.set(hash, found);
      return found;
    } catch (error) {
      throw this.#unavailable(error, `read form revision ${hash} in ${this.location}`);
    }
  }

  /** Runs `task` after every earlier call, once the directory is usable and the log is read. */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      if (this.#closed)
        throw new StoreUnavailableError('the ticket store is closed', 503, RETRY_AFTER_UNAVAILABLE, 'CLOSED');
      await this.#prepare();
      await this.#catchUp();
      return task();
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Creates the directory, takes its lock and reads the log, once; until that works, every call retries it. */
  async #prepare(): Promise<void> {
    if (this.#lock) return;
    try {
      await mkdir(this.location, { recursive: true, mode: 0o700 });
      const lock = await acquireDataDirLock(this.location, this.#log);
      try {
        await this.#load();
      } catch (error) {
        await lock.release();
        throw error;
      }
      this.#lock = lock;
      if (this.#lastLogged !== '') this.#log(`the data directory ${this.location} is usable again`);
      this.#lastLogged = '';
    } catch (error) {
      if (error instanceof DataDirLockedError) {
        this.#logOnce(`cannot write tickets: ${error.message}`);
        throw Object.assign(new StoreUnavailableError(error.message, 503, RETRY_AFTER_UNAVAILABLE, 'ELOCKED'), {
          cause: error,
        });
      }
      throw this.#unavailable(
        error,
        `use the data directory ${this.location}; tickets are refused until it can be written`,
      );
    }
  }

  /** Re-reads the log when its size is not what this process last wrote (edited by hand, a repair). */
  async #catchUp(): Promise<void> {
    const size = await stat(this.file).then(
      (info) => info.size,
      () => 0,
    );
    if (size === this.#size) return;
    try {
      await this.#load();
    } catch (error) {
      throw this.#unavailable(error, `read ${this.file}`);
    }
  }

  async #load(): Promise<void> {
    const contents = await readTicketLog(this.file, this.#log);
    this.#tickets = [];
    this.#bySeq.clear();
    this.#byKey.clear();
    for (const ticket of contents.tickets) this.#remember(ticket);
    this.#size = contents.size;
    this.#tornTail = false;
    const highest = contents.tickets.reduce((max, ticket) => Math.max(max, ticket.seq), 0);
    this.#nextSeq = Math.max(this.#nextSeq, highest + 1);
  }

  #remember(record: StoredTicket): void {
    this.#tickets.push(record);
    this.#bySeq.set(record.seq, record);
    if (record.idempotencyKey !== undefined) this.#byKey.set(record.idempotencyKey, record);
  }

  #unavailable(error: unknown, doing: string): StoreUnavailableError {
    const unavailable = storageUnavailable(error, doing);
    this.#logOnce(unavailable.message);
    return unavailable;
  }

  /** Logs a failure unless it is the one logged last: a directory that stays unusable is one line per cause. */
  #logOnce(message: string): void {
    if (message === this.#lastLogged) return;
    this.#lastLogged = message;
    this.#log(message);
  }
}
