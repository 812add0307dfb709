/**
 * The PostgreSQL ticket store, chosen by `DATABASE_URL`: ticket numbers from a sequence, one ticket per
 * idempotency key by a unique constraint (`INSERT … ON CONFLICT DO NOTHING`), revisions in their own
 * table. Any number of server processes may share one database. Uses the `pg` client's pool.
 */
import pg from 'pg';
import { migrate } from './postgres-migrations.js';
import { RETRY_AFTER_FULL, RETRY_AFTER_UNAVAILABLE } from './storage-errors.js';
import { ticketNumber, ticketSeq } from './ticket-records.js';
import {
  REVISION_HASH,
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

/** Options of `PostgresTicketStore.open`. */
export interface PostgresStoreOptions {
  /** A `postgres://user:password@host:port/database` URL. */
  readonly connectionString: string;
  /** Where the store says what went wrong; never ticket contents or the password. */
  readonly log?: (message: string) => void;
  /** Connections in the pool; 10 by default. */
  readonly maxConnections?: number;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

interface TicketRow {
  seq: string;
  subject: string;
  revision: string | null;
  created_at: Date;
  answers: unknown;
  secret_pointers: string[];
  idempotency_key: string | null;
  fingerprint: string;
}

interface AttachmentRow {
  id: string;
  name: string;
  media_type: string;
  size: string;
  sha256: string;
  content: Buffer;
}

interface RevisionRow {
  hash: string;
  subject: string;
  schema: unknown;
  created_at: Date;
}

const TICKET_COLUMNS = 'seq, subject, revision, created_at, answers, secret_pointers, idempotency_key, fingerprint';

/** The PostgreSQL ticket store. */
export class PostgresTicketStore implements TicketStore {
  readonly kind = 'postgres';
  readonly location: string;
  readonly #pool: pg.Pool;
  readonly #log: (message: string) => void;
  readonly #now: () => Date;

  private constructor(options: PostgresStoreOptions) {
    this.location = describeDatabase(options.connectionString);
    this.#log = options.log ?? ((message) => console.warn(`[store] ${message}`));
    this.#now = options.now ?? (() => new Date());
    this.#pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: 5_000,
      application_name: 'schemaforms',
    });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.#pool.on('error', (error) => this.#log(`PostgreSQL connection lost (${this.location}): ${error.message}`));
  }

  /** Connects and applies the migrations. Rejects when the database cannot be reached or migrated. */
  static async open(options: PostgresStoreOptions): Promise<PostgresTicketStore> {
    const store = new PostgresTicketStore(options);
    try {
      const applied = await migrate(store.#pool);
      if (applied.length > 0) store.#log(`migrated ${store.location} to version ${applied.at(-1)}`);
    } catch (error) {
      await store.#pool.end().catch(() => undefined);
      throw new Error(`cannot prepare the PostgreSQL store at ${store.location}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return store;
  }

  async submit(ticket: NewTicket): Promise<SubmitOutcome> {
    // A replay is answered without an INSERT, which would spend a sequence number on nothing.
    const known = ticket.idempotencyKey === undefined ? undefined : await this.byIdempotencyKey(ticket.idempotencyKey);
    if (known) return { kind: known.fingerprint === ticket.fingerprint ? 'replayed' : 'key-conflict', ticket: known };
    const created = await this.#transaction('store a ticket', async (client) => {
      const inserted = await client.query<TicketRow>(
        `INSERT INTO schemaforms_tickets (${TICKET_COLUMNS})
         VALUES (nextval('schemaforms_ticket_seq'), $1, $2, $3, $4::json, $5::json, $6, $7)
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING ${TICKET_COLUMNS}`,
        [
          ticket.subject,
          ticket.revision ?? null,
          this.#now(),
          JSON.stringify(ticket.answers),
          JSON.stringify(ticket.secretPointers),
          ticket.idempotencyKey ?? null,
          ticket.fingerprint,
        ],
      );
      const row = inserted.rows[0];
      // The files go in the same transaction: the ticket and its attachments commit together or not at all.
      if (row)
        for (const file of ticket.attachments ?? [])
          await client.query(
            `INSERT INTO schemaforms_attachments (ticket_seq, id, name, media_type, size, sha256, content)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [row.seq, file.id, file.name, file.mediaType, file.size, file.sha256, file.content],
          );
      return row;
    });
    if (created) return { kind: 'created', ticket: ticketOf(created) };
    // The key is taken: the other insert has committed (ON CONFLICT waited for it), so it is visible now.
    const earlier =
      ticket.idempotencyKey === undefined ? undefined : await this.byIdempotencyKey(ticket.idempotencyKey);
    if (!earlier) throw new Error('an insert conflicted on its idempotency key, but no ticket holds that key');
    return { kind: earlier.fingerprint === ticket.fingerprint ? 'replayed' : 'key-conflict', ticket: earlier };
  }

  async byIdempotencyKey(key: string): Promise<StoredTicket | undefined> {
    const rows = await this.#query<TicketRow>(
      `SELECT ${TICKET_COLUMNS} FROM schemaforms_tickets WHERE idempotency_key = $1`,
      [key],
      'read a ticket',
    );
    return rows[0] && ticketOf(rows[0]);
  }

  async get(number: string): Promise<StoredTicket | undefined> {
    const seq = ticketSeq(number);
    if (seq === undefined) return undefined;
    const rows = await this.#query<TicketRow>(
      `SELECT ${TICKET_COLUMNS} FROM schemaforms_tickets WHERE seq = $1`,
      [seq],
      'read a ticket',
    );
    return rows[0] && ticketOf(rows[0]);
  }

  async getAttachment(number: string, id: string): Promise<Attachment | undefined> {
    const seq = ticketSeq(number);
    if (seq === undefined) return undefined;
    const rows = await this.#query<AttachmentRow>(
      `SELECT id, name, media_type, size, sha256, content FROM schemaforms_attachments WHERE ticket_seq = $1 AND id = $2`,
      [seq, id],
      'read an attachment',
    );
    const row = rows[0];
    return (
      row && {
        id: row.id,
        name: row.name,
        mediaType: row.media_type,
        size: Number(row.size),
        sha256: row.sha256,
        content: row.content,
      }
    );
  }

  async list(options: ListOptions = {}): Promise<readonly StoredTicket[]> {
    const rows = await this.#query<TicketRow>(
      `SELECT ${TICKET_COLUMNS} FROM schemaforms_tickets WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [options.afterSeq ?? 0, options.limit === undefined ? null : Math.max(0, options.limit)],
      'list tickets',
    );
    return rows.map(ticketOf);
  }

  async saveRevision(revision: NewFormRevision): Promise<FormRevision> {
    if (!REVISION_HASH.test(revision.hash))
      throw new TypeError(`not a revision hash: ${JSON.stringify(revision.hash.slice(0, 40))}`);
    await this.#query(
      `INSERT INTO schemaforms_form_revisions (hash, subject, schema, created_at) VALUES ($1, $2, $3::json, $4)
       ON CONFLICT (hash) DO NOTHING`,
      [revision.hash, revision.subject, JSON.stringify(revision.schema), this.#now()],
      'store a form revision',
    );
    const stored = await this.getRevision(revision.hash);
    if (!stored) throw new Error(`form revision ${revision.hash} was stored but cannot be read back`);
    return stored;
  }

  async getRevision(hash: string): Promise<FormRevision | undefined> {
    if (!REVISION_HASH.test(hash)) return undefined;
    const rows = await this.#query<RevisionRow>(
      'SELECT hash, subject, schema, created_at FROM schemaforms_form_revisions WHERE hash = $1',
      [hash],
      'read a form revision',
    );
    const row = rows[0];
    return row && { hash: row.hash, subject: row.subject, schema: row.schema, createdAt: row.created_at.toISOString() };
  }

  async latestRevision(subject: string): Promise<FormRevision | undefined> {
    const rows = await this.#query<RevisionRow>(
      `SELECT hash, subject, schema, created_at FROM schemaforms_form_revisions
       WHERE subject = $1 ORDER BY created_at DESC, hash DESC LIMIT 1`,
      [subject],
      'read the latest form revision',
    );
    const row = rows[0];
    return row && { hash: row.hash, subject: row.subject, schema: row.schema, createdAt: row.created_at.toISOString() };
  }

  async retirements(): Promise<ReadonlyMap<string, string>> {
    const rows = await this.#query<{ subject: string; retired_at: Date }>(
      'SELECT subject, retired_at FROM schemaforms_retirements',
      [],
      'read the retired forms',
    );
    return new Map(rows.map((row) => [row.subject, row.retired_at.toISOString()]));
  }

  async setRetirement(subject: string, at: string | undefined): Promise<void> {
    if (at === undefined)
      await this.#query('DELETE FROM schemaforms_retirements WHERE subject = $1', [subject], 'record a form as back');
    else
      await this.#query(
        `INSERT INTO schemaforms_retirements (subject, retired_at) VALUES ($1, $2)
         ON CONFLICT (subject) DO UPDATE SET retired_at = EXCLUDED.retired_at`,
        [subject, new Date(at)],
        'record a retired form',
      );
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  /** Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
  async #transaction<T>(doing: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient | undefined;
    let broken = false;
    try {
      client = await this.#pool.connect();
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped rather than handed to the next call.
      await client?.query('ROLLBACK').catch(() => (broken = true));
      const unavailable = databaseUnavailable(error, `${doing} in ${this.location}`);
      if (!unavailable) throw error;
      this.#log(unavailable.message);
      throw unavailable;
    } finally {
      client?.release(broken);
    }
  }

  async #query<Row extends pg.QueryResultRow>(text: string, values: unknown[], doing: string): Promise<Row[]> {
    try {
      return (await this.#pool.query<Row>(text, values)).rows;
    } catch (error) {
      const unavailable = databaseUnavailable(error, `${doing} in ${this.location}`);
      if (!unavailable) throw error;
      this.#log(unavailable.message);
      throw unavailable;
    }
  }
}

function ticketOf(row: TicketRow): StoredTicket {
  const seq = Number(row.seq);
  return {
    v: 1,
    number: ticketNumber(seq),
    seq,
    subject: row.subject,
    ...(row.revision !== null ? { revision: row.revision } : {}),
    createdAt: row.created_at.toISOString(),
    answers: row.answers,
    secretPointers: row.secret_pointers,
    ...(row.idempotency_key !== null ? { idempotencyKey: row.idempotency_key } : {}),
    fingerprint: row.fingerprint,
  };
}

/**
 * The `StoreUnavailableError` for a database that cannot take the call now (disk full → 507; connection
 * lost, shutting down, too many connections, out of memory → 503), or undefined for any other error
 * (a bug: it surfaces as a 500).
 */
export function databaseUnavailable(error: unknown, doing: string): StoreUnavailableError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === '53100')
    return new StoreUnavailableError(
      `cannot ${doing}: 53100 (the database disk is full)`,
      507,
      RETRY_AFTER_FULL,
      '53100',
    );
  const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  const transient = sqlState
    ? /^(08|53|57|58)/.test(code)
    : (typeof code === 'string' && code.startsWith('E')) || /connect|terminat|timeout|closed/i.test(message);
  if (!transient) return undefined;
  const shown = typeof code === 'string' ? code : 'ECONNECTION';
  return new StoreUnavailableError(`cannot ${doing}: ${shown} (${message})`, 503, RETRY_AFTER_UNAVAILABLE, shown);
}

/** `host:port/database` of a connection string, without user or password. */
function describeDatabase(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `postgresql://${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
