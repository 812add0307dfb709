/**
 * The ticket intake's HTTP handler (`/api/tickets`): a Connect-style middleware for Vite's dev and
 * preview servers, or any `node:http` server. DOM-free.
 *
 * - `POST /api/tickets` with `{ "subject": "<id>", "answers": { … } }` (or `POST /api/tickets/<id>` with the
 *   answers alone) → `201 { ticket: { number, subject, createdAt } }`, once the ticket is durably stored.
 *   The form's revision, when the client knows it, goes in the `revision` query parameter (what
 *   `<sf-ticket>` sends) or body field: the answers are then validated against that revision, not
 *   whatever the schema file says now, and the ticket records it.
 * - `GET /api/tickets` → `200 { tickets: [{ number, subject, createdAt, answers }] }` and
 *   `GET /api/tickets/<number>` → `200 { ticket }`, writeOnly answers redacted; both need the admin token
 *   (`Authorization: Bearer …`), else 401.
 * - Errors are always `{ errors: [{ instancePath, message, keyword? }] }`: 400 bad JSON, shape, nesting or
 *   %-encoding, 401 no admin credential, 404 unknown subject, 413 body over the cap, 415 not JSON, 422
 *   invalid answers (by JSON Pointer), an `Idempotency-Key` reused for other content, or a form to reload
 *   (keyword `form-retired`: its subject was deleted and the grace period is over; `form-revision`: a
 *   revision the server does not know), 507/503 with
 *   `Retry-After` when the store cannot take the ticket now (nothing was stored).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { adminAccess } from './admin-access.js';
import { discardBody } from './discard-body.js';
import { ATTACHMENT_PATH, sendAttachment } from './attachments/attachment-download.js';
import { splitAttachments } from './attachments/split-attachments.js';
import { INTAKE_MESSAGES, type IntakeLocale, type IntakeMessages } from './intake-messages.js';
import { REVISION_MESSAGES } from './revision-messages.js';
import { sendJson } from './send-json.js';
import { fingerprint, jsonDepthExceeds, receiptOf, redact } from './store/ticket-records.js';
import { StoreUnavailableError, type StoredTicket, type TicketStore } from './store/ticket-store.js';

export type { IntakeLocale } from './intake-messages.js';

/** A server-side error, in the shape the form maps onto its fields by JSON Pointer. */
export interface IntakeError {
  readonly instancePath: string;
  readonly message: string;
  readonly keyword?: string;
}

/** One form the intake validates against. */
export interface IntakeForm {
  /** Validates answers with the shared core; `payload` is what gets stored. */
  validate(
    answers: unknown,
    locale: IntakeLocale,
  ): {
    readonly valid: boolean;
    readonly errors: readonly IntakeError[];
    readonly payload: unknown;
  };
  /** JSON Pointers of writeOnly answers (secrets): stored, never listed or logged. */
  readonly secretPointers: readonly string[];
  /** The form's revision (content hash), when the forms are versioned. */
  readonly revision?: string;
  /** The JSON Pointers of the file answers (`format: data-url`) in a valid payload: stored as attachments. */
  filePointers?(payload: unknown): readonly string[];
}

/** Why a subject that exists (or existed) takes no ticket from this form: the seller must reload. */
export interface IntakeRefusal {
  /** `retired`: the file was deleted and the grace period is over; `revision-unknown`: no such revision. */
  readonly refused: 'retired' | 'revision-unknown';
}

/** Where the intake finds the form of a subject (re-read when schema files change). */
export interface IntakeForms {
  /**
   * The form to validate a ticket with: the given `revision` of the subject (the one the seller
   * filled) when versioned, else the current one; undefined for a subject that never existed.
   */
  get(subject: string, revision?: string): Promise<IntakeForm | IntakeRefusal | undefined>;
}

/** Options of `createIntakeHandler`. */
export interface IntakeHandlerOptions {
  readonly forms: IntakeForms;
  readonly store: TicketStore | Promise<TicketStore>;
  /**
   * The admin token that `GET /api/tickets…` must bear (`SCHEMAFORMS_ADMIN_TOKEN`); without one, reading
   * tickets is disabled (401 with a message saying so). Sellers only ever get their receipt.
   */
  readonly adminToken?: string;
  /**
   * Largest accepted request body in bytes, or a function asked on each request (the forms' declared file
   * limits change as they are edited, see `bodyLimitFor`); 1 MiB by default.
   */
  readonly maxBodyBytes?: number | (() => number | Promise<number>);
  /** Deepest nesting of arrays and objects accepted in a body; 64 by default (checked before anything recurses). */
  readonly maxDepth?: number;
  /** Where one line per accepted or rejected ticket goes (never answers); `console.info` by default. */
  readonly log?: (message: string) => void;
}

/** A Connect-style middleware: handles the request or passes it on. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

const DEFAULT_MAX_BODY = 1024 * 1024;
const DEFAULT_MAX_DEPTH = 64;
const SUBJECT_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The locale a request asks for: the `locale` query parameter when present (the form's own language, which
 * `<sf-ticket>` adds to each form's action), else `en` when Accept-Language prefers English, else pt-BR.
 */
export function requestLocale(req: IncomingMessage & { originalUrl?: string }): IntakeLocale {
  const asked = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost').searchParams.get('locale');
  if (asked) return asked.toLowerCase().startsWith('en') ? 'en' : 'pt-BR';
  const header = req.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'pt-BR';
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * Creates the `/api/tickets` middleware. Mount it at `/api/tickets` (Connect strips the prefix) or at the
 * root (it then only answers paths under `/api/tickets`).
 */
export function createIntakeHandler(options: IntakeHandlerOptions): Middleware {
  const bodyLimit = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const maxBodyNow = typeof bodyLimit === 'function' ? bodyLimit : () => bodyLimit;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const log = options.log ?? ((message: string) => console.info(`[intake] ${message}`));

  return (req, res, next) => {
    const path = routePath(req);
    if (path === undefined) return next();
    const locale = requestLocale(req);
    handle(req, res, path, locale).catch((error: unknown) => {
      if (error instanceof StoreUnavailableError) {
        // Nothing was stored: the client keeps its answers and retries with the same Idempotency-Key.
        log(`refused (${error.status}, ${error.code}): the store cannot take tickets now`);
        const t = INTAKE_MESSAGES[locale];
        const message = error.status === 507 ? t.storageFull : t.storageUnavailable;
        sendJson(
          res,
          error.status,
          { errors: [{ instancePath: '', message }] },
          { 'Retry-After': String(error.retryAfterSeconds) },
        );
        return;
      }
      if (error instanceof HttpError) {
        const answer = () =>
          sendJson(res, error.status, { errors: [{ instancePath: '', message: error.message }] }, error.headers);
        // A 413 waits for the rest of the body (dropped), so a client still sending reads the answer.
        if (error.status === 413) void discardBody(req).then((ended) => ended && answer());
        else answer();
        return;
      }
      log(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      sendJson(res, 500, { errors: [{ instancePath: '', message: INTAKE_MESSAGES[locale].internal }] });
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse, path: string, locale: IntakeLocale): Promise<void> {
    const t = INTAKE_MESSAGES[locale];
    if (req.method === 'GET' || req.method === 'HEAD') {
      checkAdmin(req, options.adminToken, t);
      const store = await options.store;
      if (path === '/') {
        const tickets = (await store.list()).map(publicView);
        return sendJson(res, 200, { tickets });
      }
      const file = ATTACHMENT_PATH.exec(path);
      if (file) {
        const attachment = await store.getAttachment(file[1]!, decodePath(file[2]!, t));
        if (!attachment) throw new HttpError(404, t.notFound);
        return sendAttachment(res, attachment, req.method === 'HEAD');
      }
      const ticket = await store.get(decodePath(path.slice(1), t));
      if (!ticket) throw new HttpError(404, t.notFound);
      return sendJson(res, 200, { ticket: publicView(ticket) });
    }
    if (req.method !== 'POST') throw new HttpError(405, t.method, { Allow: 'GET, HEAD, POST' });

    const contentType = req.headers['content-type'] ?? '';
    if (!/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) throw new HttpError(415, t.contentType);
    const key = headerValue(req.headers['idempotency-key']);
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) throw new HttpError(400, t.badKey);

    const body = await readJson(req, await maxBodyNow(), t);
    // Before anything recursive (fingerprint, validation) walks it: a 5 000-level body must be a 400.
    if (jsonDepthExceeds(body, maxDepth)) throw new HttpError(400, t.tooDeep(maxDepth));
    let subject: unknown;
    let answers: unknown;
    let revision: unknown = requestRevision(req);
    if (path === '/') {
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, t.shape);
      subject = (body as Record<string, unknown>).subject;
      answers = (body as Record<string, unknown>).answers;
      revision ??= (body as Record<string, unknown>).revision;
    } else {
      subject = decodePath(path.slice(1), t);
      answers = body;
    }
    if (typeof subject !== 'string' || answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
      throw new HttpError(400, t.shape);
    }
    if (revision !== undefined && typeof revision !== 'string')
      throw new HttpError(400, REVISION_MESSAGES[locale].badRevision);
    if (!SUBJECT_ID.test(subject)) throw new HttpError(404, t.unknownSubject(subject.slice(0, 120)));
    const print = fingerprint({ subject, answers });
    const store = await options.store;

    // A replay is answered from the log before validating again: the ticket exists whatever the
    // schema says now.
    if (key !== undefined) {
      const earlier = await store.byIdempotencyKey(key);
      if (earlier) return answerEarlier(res, earlier, print, t);
    }

    const form = await options.forms.get(subject, revision);
    if (!form) throw new HttpError(404, t.unknownSubject(subject));
    if ('refused' in form) {
      // 422 with a form-level error: <sf-form> shows the sentence and keeps every answer on screen.
      log(`refused ${subject}${revision ? `@${revision.slice(0, 32)}` : ''}: ${form.refused}`);
      const retired = form.refused === 'retired';
      const message = retired ? REVISION_MESSAGES[locale].retired : REVISION_MESSAGES[locale].revisionUnknown;
      return sendJson(res, 422, {
        errors: [{ instancePath: '', message, keyword: retired ? 'form-retired' : 'form-revision' }],
      });
    }
    const result = form.validate(answers, locale);
    if (!result.valid) {
      const where = new Set(result.errors.map((error) => error.instancePath || '/'));
      log(`rejected ${subject}: ${[...where].join(', ')}`);
      const errors = result.errors.map(({ instancePath, message, keyword }) => ({ instancePath, message, keyword }));
      return sendJson(res, 422, { errors });
    }
    // Each file answer becomes an attachment stored apart, and the answer a reference to it.
    const { answers: stored, attachments } = splitAttachments(
      result.payload,
      form.filePointers?.(result.payload) ?? [],
    );
    const outcome = await store.submit({
      subject,
      answers: stored,
      ...(attachments.length > 0 ? { attachments } : {}),
      secretPointers: form.secretPointers,
      ...(form.revision !== undefined ? { revision: form.revision } : {}),
      fingerprint: print,
      ...(key !== undefined ? { idempotencyKey: key } : {}),
    });
    if (outcome.kind !== 'created') return answerEarlier(res, outcome.ticket, print, t);
    log(`accepted ${outcome.ticket.number} ${subject}${form.revision ? `@${form.revision}` : ''}`);
    return sendJson(res, 201, { ticket: receiptOf(outcome.ticket) }, { Location: ticketLocation(outcome.ticket) });
  }
}

function answerEarlier(res: ServerResponse, earlier: StoredTicket, print: string, t: IntakeMessages): void {
  if (earlier.fingerprint !== print) {
    return sendJson(res, 422, { errors: [{ instancePath: '', message: t.keyConflict, keyword: 'idempotency-key' }] });
  }
  sendJson(
    res,
    201,
    { ticket: receiptOf(earlier) },
    { Location: ticketLocation(earlier), 'Idempotent-Replayed': 'true' },
  );
}

/** Answers 401 unless the request bears the admin token. */
function checkAdmin(req: IncomingMessage, adminToken: string | undefined, t: IntakeMessages): void {
  const access = adminAccess(req, adminToken);
  if (access === 'granted') return;
  const message =
    access === 'no-token-configured'
      ? t.readingDisabled
      : access === 'missing'
        ? t.credentialsNeeded
        : t.credentialsWrong;
  throw new HttpError(401, message, { 'WWW-Authenticate': 'Bearer realm="schemaforms tickets"' });
}

/** `decodeURIComponent`, with malformed %-encoding (`/api/tickets/%`) a 400 rather than a URIError. */
function decodePath(segment: string, t: IntakeMessages): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, t.badPath);
  }
}

function ticketLocation(ticket: StoredTicket): string {
  return `/api/tickets/${ticket.number}`;
}

function publicView(ticket: StoredTicket) {
  // The help desk reads the answers with the form revision they were given for.
  const revision = ticket.revision === undefined ? {} : { revision: ticket.revision };
  return { ...receiptOf(ticket), ...revision, answers: redact(ticket.answers, ticket.secretPointers) };
}

/** The path below `/api/tickets` (`/` for the collection), or undefined when the request is not ours. */
function routePath(req: IncomingMessage & { originalUrl?: string }): string | undefined {
  let url: URL;
  try {
    url = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
  const match = /^\/api\/tickets(\/.*)?$/.exec(url.pathname);
  if (!match) return undefined;
  const rest = match[1] ?? '/';
  return rest === '' ? '/' : rest.length > 1 && rest.endsWith('/') ? rest.slice(0, -1) : rest;
}

/** The `revision` query parameter, when the request has one. */
function requestRevision(req: IncomingMessage & { originalUrl?: string }): string | undefined {
  return new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost').searchParams.get('revision') ?? undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readJson(req: IncomingMessage, maxBody: number, t: IntakeMessages): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBody) {
    throw new HttpError(413, t.tooLarge(maxBody), { Connection: 'close' });
  }
  // Read with listeners rather than `for await`: leaving an async iterator early destroys the socket,
  // and the 413 answer must still reach the client.
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        cleanup();
        req.pause();
        reject(new HttpError(413, t.tooLarge(maxBody), { Connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new HttpError(400, t.badUtf8);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, t.notJson);
  }
}
