/**
 * The dev server's "test submission" endpoint for the playground: `POST /api/dev/validate` with
 * `{ "schema": "<the form's JSON text>", "answers": { … } }` validates the answers exactly as the ticket
 * intake would (the intake's own `IntakeForm.validate`, built by `prepareRevision`) against a form that is
 * not in the catalog yet, and stores nothing.
 *
 * - `200 { valid: true, payload }`: the intake would accept these answers (no ticket is made).
 * - `422 { errors: [{ instancePath, message, keyword? }] }`: what the intake would refuse, by JSON Pointer.
 * - `400` bad JSON, a body of the wrong shape, or a schema that does not compile (the message says
 *   where); `405` another method; `413` a body over the limit; `415` not JSON.
 *
 * Mounted by `npm start` only (compiling any schema a page sends is a development tool, not a service).
 */
import type { IncomingMessage } from 'node:http';
import { SchemaError, type JsonSchemaObject } from '@schemaforms/core';
import type { Plugin } from 'vite';
import { prepareRevision } from './form-revision.js';
import { requestLocale, type Middleware } from './intake-handler.js';
import { sendJson } from './send-json.js';
import { jsonDepthExceeds } from './store/ticket-records.js';

/** The URL the endpoint answers at. */
export const DRY_RUN_ROUTE = '/api/dev/validate';

/** A form file may be 1 MiB (the check's limit); the answers come on top. */
const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

/** As deep as the intake accepts a body. */
const MAX_DEPTH = 64;

/** Options of `createDryRunHandler`. */
export interface DryRunOptions {
  /** Largest accepted request body in bytes; 2 MiB by default. */
  readonly maxBodyBytes?: number;
}

const failure = (message: string) => ({ errors: [{ instancePath: '', message }] });

/** The body as text, or undefined once it grows over `max` bytes (the rest is not read). */
async function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return undefined;
  return new Promise<string | undefined>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/** Where a schema that does not compile is wrong, in the words `schemaforms check` uses. */
function schemaProblem(error: unknown): string {
  if (error instanceof SchemaError) return `the form does not compile at ${error.pointer}: ${error.message}`;
  return `the form does not compile: ${error instanceof Error ? error.message : String(error)}`;
}

/** The endpoint's request handler. */
export function createDryRunHandler(options: DryRunOptions = {}): Middleware {
  const max = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  return (req, res, next) => {
    if (req.method !== 'POST') return sendJson(res, 405, failure('use POST'), { Allow: 'POST' });
    // A cross-site page cannot send this content type without the browser asking first (CORS preflight).
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
      return sendJson(res, 415, failure('send application/json'));
    const locale = requestLocale(req);
    readBody(req, max)
      .then(async (raw) => {
        if (raw === undefined) {
          res.on('finish', () => req.destroy());
          return sendJson(res, 413, failure(`the body is larger than ${max} bytes`), { Connection: 'close' });
        }
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJson(res, 400, failure('the body is not JSON'));
        }
        if (jsonDepthExceeds(body, MAX_DEPTH)) return sendJson(res, 400, failure(`nested deeper than ${MAX_DEPTH}`));
        const { schema: text, answers } = (body ?? {}) as { schema?: unknown; answers?: unknown };
        if (typeof text !== 'string') return sendJson(res, 400, failure('schema must be the form text (a string)'));
        if (answers === null || typeof answers !== 'object' || Array.isArray(answers))
          return sendJson(res, 400, failure('answers must be an object'));
        let schema: unknown;
        try {
          schema = JSON.parse(text);
        } catch (error) {
          return sendJson(res, 400, failure(`the form is not JSON: ${(error as Error).message}`));
        }
        if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
          return sendJson(res, 400, failure('the form must be a JSON object'));
        let revision;
        try {
          revision = await prepareRevision({
            subject: 'playground/test-submission',
            category: 'playground',
            title: 'test submission',
            schema: schema as JsonSchemaObject,
            source: 'playground',
          });
        } catch (error) {
          return sendJson(res, 400, failure(schemaProblem(error)));
        }
        // The intake's own check, then nothing: no store is ever reached from here.
        const result = revision.form.validate(answers, locale);
        if (!result.valid) {
          const errors = result.errors.map(({ instancePath, message, keyword }) => ({
            instancePath,
            message,
            keyword,
          }));
          return sendJson(res, 422, { errors });
        }
        sendJson(res, 200, { valid: true, payload: result.payload });
      })
      .catch((error: unknown) => next(error));
  };
}

/** The Vite plugin mounting the endpoint on the dev server only. */
export function dryRunEndpoint(options: DryRunOptions = {}): Plugin {
  return {
    name: 'schemaforms-dry-run-endpoint',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(DRY_RUN_ROUTE, createDryRunHandler(options));
    },
  };
}
