/**
 * The one interface every ticket store implements: the embedded JSON-lines store (the default, no setup)
 * and PostgreSQL (chosen by `DATABASE_URL`). The intake and the production server talk only to this.
 * DOM-free, Node only.
 *
 * Contract, whatever the store:
 * - `submit` resolves only once the ticket is durably stored (fsync / COMMIT); it never resolves for a
 *   ticket that is not. When the storage cannot take it, it rejects with `StoreUnavailableError`
 *   (status 507 for a full disk or quota, 503 otherwise, both with a `retryAfterSeconds`).
 * - Ticket numbers are unique and never reused, even after a failed write; gaps are allowed.
 * - One ticket per idempotency key: a replay (same key, same fingerprint) gives back the earlier ticket,
 *   the same key with another fingerprint is a `key-conflict`.
 * - Form revisions are content-addressed: saving one whose hash is stored keeps the stored one.
 * - A ticket's attachments are durably stored before (or with) the ticket; a ticket that is not stored
 *   leaves no attachment behind, and a replay stores none again.
 */

/** One accepted ticket as stored. */
export interface StoredTicket {
  /** Record format version. */
  readonly v: 1;
  /** Human-friendly, sequential: `CH-000123`. */
  readonly number: string;
  /** The sequence number behind `number`. */
  readonly seq: number;
  /** The catalog subject id, e.g. `token/revogacao-de-token`. */
  readonly subject: string;
  /** The form revision (content hash) the answers were validated against, when the submission named one. */
  readonly revision?: string;
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

/** What the store keeps about an attached file besides its content. */
export interface AttachmentInfo {
  /** Random, unique (`ATTACHMENT_ID`); what the ticket's answers and the download URL name. */
  readonly id: string;
  /** The file name the seller picked (shown, never used as a path). */
  readonly name: string;
  /** The media type the data URL declared, checked against the form's `x-accept`. */
  readonly mediaType: string;
  /** Bytes of content. */
  readonly size: number;
  /** SHA-256 of the content, hex. */
  readonly sha256: string;
}

/** An attached file with its content, as submitted and as read back. */
export interface Attachment extends AttachmentInfo {
  readonly content: Buffer;
}

/** The shape of an attachment id: a random UUID. */
export const ATTACHMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What `TicketStore.submit` needs. */
export interface NewTicket {
  readonly subject: string;
  readonly revision?: string;
  /** The answers, each attached file replaced by its reference (`{ attachment: id, name, mediaType, size }`). */
  readonly answers: unknown;
  readonly secretPointers: readonly string[];
  readonly idempotencyKey?: string;
  readonly fingerprint: string;
  /** The files the answers refer to: stored durably with the ticket, or not at all. */
  readonly attachments?: readonly Attachment[];
}

/** The outcome of a submission: a new ticket, a replay of an earlier one, or a key reused for other content. */
export type SubmitOutcome =
  | { readonly kind: 'created'; readonly ticket: StoredTicket }
  | { readonly kind: 'replayed'; readonly ticket: StoredTicket }
  | { readonly kind: 'key-conflict'; readonly ticket: StoredTicket };

/** One revision of a form: its schema as validated, addressed by its content hash. */
export interface FormRevision {
  /** The content hash (see `revisionHash`): 8 to 128 characters of `[A-Za-z0-9_-]`. */
  readonly hash: string;
  /** The subject id the revision belongs to. */
  readonly subject: string;
  /** The schema of this revision. */
  readonly schema: unknown;
  /** ISO 8601, UTC: when the store first saw it. */
  readonly createdAt: string;
}

/** What `TicketStore.saveRevision` needs (the store sets `createdAt`). */
export type NewFormRevision = Omit<FormRevision, 'createdAt'>;

/** Options of `TicketStore.list`. */
export interface ListOptions {
  /** Only tickets with a sequence number above this (paging). */
  readonly afterSeq?: number;
  /** At most this many tickets. */
  readonly limit?: number;
}

/** A ticket store. Every method may reject with `StoreUnavailableError` while the storage cannot serve. */
export interface TicketStore {
  /** `embedded` or `postgres`. */
  readonly kind: 'embedded' | 'postgres';
  /** Where the tickets are, for logs: a directory, or the database host and name (never a password). */
  readonly location: string;
  /**
   * Stores a ticket and gives it the next number, unless its idempotency key was used before: then the
   * earlier ticket comes back as a replay (same fingerprint) or a conflict (other content).
   */
  submit(ticket: NewTicket): Promise<SubmitOutcome>;
  /** The ticket with this idempotency key, if one was accepted. */
  byIdempotencyKey(key: string): Promise<StoredTicket | undefined>;
  /** The ticket with this number (`CH-000123`), if any. */
  get(number: string): Promise<StoredTicket | undefined>;
  /** A file attached to the ticket with this number, with its content; undefined when there is none by that id. */
  getAttachment(number: string, id: string): Promise<Attachment | undefined>;
  /** Stored tickets, oldest first (answers unredacted: redact before showing). */
  list(options?: ListOptions): Promise<readonly StoredTicket[]>;
  /** Keeps a form revision; when its hash is already stored, resolves to the stored one unchanged. */
  saveRevision(revision: NewFormRevision): Promise<FormRevision>;
  /** The revision with this hash, if stored. */
  getRevision(hash: string): Promise<FormRevision | undefined>;
  /**
   * The subject's most recently stored revision (by `createdAt`), if any: what a form whose file is broken
   * when the server starts offers instead of going offline.
   */
  latestRevision(subject: string): Promise<FormRevision | undefined>;
  /** When each retired subject was retired (its file deleted), ISO 8601: a restart keeps the grace period. */
  retirements(): Promise<ReadonlyMap<string, string>>;
  /** Records that `subject` was retired at `at` (ISO 8601), or, with `undefined`, that it is back. */
  setRetirement(subject: string, at: string | undefined): Promise<void>;
  /** Releases the store (lock file, connections). In-flight calls finish first. */
  close(): Promise<void>;
}

/** Why a store cannot serve now: 507 (no space or quota) or 503 (anything else), and when to try again. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(
    message: string,
    /** The HTTP status to answer: 507 Insufficient Storage or 503 Service Unavailable. */
    readonly status: 503 | 507,
    /** Seconds a client should wait before retrying (`Retry-After`). */
    readonly retryAfterSeconds: number,
    /** The system or database error code behind it (`ENOSPC`, `EROFS`, `53100`…), for the log. */
    readonly code: string,
  ) {
    super(message);
  }
}

/** The revision hashes a store accepts. */
export const REVISION_HASH = /^[A-Za-z0-9_-]{8,128}$/;
