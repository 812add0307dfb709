/**
 * The intake's embedded ticket store: an append-only JSON-lines file, one accepted ticket per line,
 * each append flushed with fsync before the ticket number is given out. Needs no setup and survives a
 * restart. DOM-free, Node only.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';

/** One accepted ticket as stored (one JSON line). */
export interface StoredTicket {
  /** Record format version. */
  readonly v: 1;
  /** Human-friendly, sequential: `CH-000123`. */
  readonly number: string;
  /** The sequence number behind `number`. */
  readonly seq: number;
  /** The catalog subject id, e.g. `token/revogacao-de-token`. */
  readonly subject: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  /** The validated submission payload (includes writeOnly values: the help desk needs them). */
  readonly answers: unknown;
  /** JSON Pointers of writeOnly answers, redacted whenever the ticket is listed or logged. */
  readonly secretPointers: readonly string[];
  /** The client's `Idempotency-Key`, when it sent one. */
  readonly idempotencyKey?: string;
  /** SHA-256 of the canonical request (subject + answers as received), to recognise a replay. */
  readonly fingerprint: string;
}

/** The public summary of a ticket, as the 201 response carries it. */
export interface TicketReceipt {
  readonly number: string;
  readonly subject: string;
  readonly createdAt: string;
}

/** What `TicketStore.submit` needs. */
export interface NewTicket {
  readonly subject: string;
  readonly answers: unknown;
  readonly secretPointers: readonly string[];
  readonly idempotencyKey?: string;
  readonly fingerprint: string;
}

/** The outcome of a submission: a new ticket, a replay of an earlier one, or a key reused for other content. */
export type SubmitOutcome =
  | { readonly kind: 'created'; readonly ticket: StoredTicket }
  | { readonly kind: 'replayed'; readonly ticket: StoredTicket }
  | { readonly kind: 'key-conflict'; readonly ticket: StoredTicket };

/** The file name of the ticket log inside the data directory. */
export const TICKETS_FILE = 'tickets.jsonl';

/** Formats a sequence number as a ticket number: `7` → `CH-000007`. */
export function ticketNumber(seq: number): string {
  return `CH-${String(seq).padStart(6, '0')}`;
}

/** The receipt (public fields) of a stored ticket. */
export function receiptOf(ticket: StoredTicket): TicketReceipt {
  return { number: ticket.number, subject: ticket.subject, createdAt: ticket.createdAt };
}

/**
 * A stable SHA-256 of any JSON value: object keys sorted, so `{a,b}` and `{b,a}` agree.
 * Used to tell a replay (same key, same content) from a conflict (same key, other content).
 */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Replaces the answers at `pointers` (top-level or nested JSON Pointers) with a marker, without mutating. */
export function redact(answers: unknown, pointers: readonly string[], marker = '[redacted]'): unknown {
  let result = answers;
  for (const pointer of pointers) result = redactOne(result, pointer.split('/').slice(1).map(unescapeToken), marker);
  return result;
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function redactOne(value: unknown, path: readonly string[], marker: string): unknown {
  if (path.length === 0) return value === undefined ? value : marker;
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (!Object.hasOwn(value, head)) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  (copy as Record<string, unknown>)[head] = redactOne((value as Record<string, unknown>)[head], rest, marker);
  return copy;
}

/** Options of `TicketStore.open`. */
export interface TicketStoreOptions {
  /** Directory of the ticket log; created (mode 0700) when missing. */
  readonly dir: string;
  /** Where to say that a torn last line was repaired; never given ticket contents. */
  readonly warn?: (message: string) => void;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

/**
 * The append-only ticket log. One process writes at a time (the demo server); appends inside it are
 * serialised, and the file is re-read when another process has appended since (a restarted server).
 */
export class TicketStore {
  readonly file: string;
  #tickets: StoredTicket[] = [];
  #byKey = new Map<string, StoredTicket>();
  #knownSize = 0;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #warn: (message: string) => void;
  readonly #now: () => Date;

  private constructor(options: TicketStoreOptions) {
    this.file = join(options.dir, TICKETS_FILE);
    this.#warn = options.warn ?? ((message) => console.warn(`[intake] ${message}`));
    this.#now = options.now ?? (() => new Date());
  }

  /** Opens (creating when needed) the ticket log in `options.dir` and reads what it holds. */
  static async open(options: TicketStoreOptions): Promise<TicketStore> {
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    const store = new TicketStore(options);
    await store.#load();
    return store;
  }

  /** Every stored ticket, oldest first (answers unredacted: redact before showing). */
  async list(): Promise<readonly StoredTicket[]> {
    return this.#exclusive(async () => {
      await this.#catchUp();
      return [...this.#tickets];
    });
  }

  /** The ticket with this idempotency key, if one was accepted. */
  async byIdempotencyKey(key: string): Promise<StoredTicket | undefined> {
    return this.#exclusive(async () => {
      await this.#catchUp();
      return this.#byKey.get(key);
    });
  }

  /**
   * Stores a ticket and gives it the next number, unless its idempotency key was used before: then the
   * earlier ticket comes back as a replay (same fingerprint) or a conflict (other content).
   * Resolves only after the line is on disk (fsync).
   */
  async submit(ticket: NewTicket): Promise<SubmitOutcome> {
    return this.#exclusive(async () => {
      await this.#catchUp();
      if (ticket.idempotencyKey !== undefined) {
        const earlier = this.#byKey.get(ticket.idempotencyKey);
        if (earlier) {
          return { kind: earlier.fingerprint === ticket.fingerprint ? 'replayed' : 'key-conflict', ticket: earlier };
        }
      }
      const seq = (this.#tickets.at(-1)?.seq ?? 0) + 1;
      const record: StoredTicket = {
        v: 1,
        number: ticketNumber(seq),
        seq,
        subject: ticket.subject,
        createdAt: this.#now().toISOString(),
        answers: ticket.answers,
        secretPointers: [...ticket.secretPointers],
        ...(ticket.idempotencyKey !== undefined ? { idempotencyKey: ticket.idempotencyKey } : {}),
        fingerprint: ticket.fingerprint,
      };
      await this.#append(`${JSON.stringify(record)}\n`);
      this.#remember(record);
      return { kind: 'created', ticket: record };
    });
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #append(line: string): Promise<void> {
    const handle = await open(this.file, 'a', 0o600);
    try {
      await handle.write(line);
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.#knownSize += Buffer.byteLength(line);
  }

  /** Re-reads the log when its size is not what this process last wrote (another writer, a restart). */
  async #catchUp(): Promise<void> {
    const size = await stat(this.file).then((s) => s.size, () => 0);
    if (size !== this.#knownSize) await this.#load();
  }

  async #load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      text = '';
    }
    this.#tickets = [];
    this.#byKey.clear();
    let goodBytes = 0;
    let offset = 0;
    let skipped = 0;
    while (offset < text.length) {
      const end = text.indexOf('\n', offset);
      if (end === -1) {
        // A line with no newline is a write cut short by a crash: it never got a number out. Drop it so
        // the next append starts on a clean line.
        this.#warn(`repaired ${this.file}: dropped an incomplete last line`);
        await truncate(this.file, goodBytes);
        break;
      }
      const line = text.slice(offset, end);
      offset = end + 1;
      goodBytes += Buffer.byteLength(line) + 1;
      if (line.trim() === '') continue;
      const record = parseRecord(line);
      if (record) this.#remember(record);
      else skipped += 1;
    }
    if (skipped > 0) this.#warn(`${this.file}: skipped ${skipped} unreadable line(s)`);
    this.#knownSize = goodBytes;
  }

  #remember(record: StoredTicket): void {
    this.#tickets.push(record);
    if (record.idempotencyKey !== undefined) this.#byKey.set(record.idempotencyKey, record);
  }
}

function parseRecord(line: string): StoredTicket | undefined {
  try {
    const record = JSON.parse(line) as Partial<StoredTicket>;
    const valid =
      record !== null &&
      typeof record === 'object' &&
      record.v === 1 &&
      typeof record.number === 'string' &&
      Number.isSafeInteger(record.seq) &&
      typeof record.subject === 'string' &&
      typeof record.createdAt === 'string' &&
      typeof record.fingerprint === 'string' &&
      Array.isArray(record.secretPointers);
    return valid ? (record as StoredTicket) : undefined;
  } catch {
    return undefined;
  }
}
