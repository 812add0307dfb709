/**
 * The dev server's endpoint the playground's visual builder saves forms through: `GET
 * /api/dev/forms?path=<categoria>/<assunto>.schema.json` reads a form file, `PUT /api/dev/forms` with
 * `{ "path", "text" }` writes one. Only paths of that exact shape, inside the forms folder, are read or
 * written (no `..`, no other extension, no deeper folder); the text must be JSON. A write goes to a
 * temporary file that is flushed and renamed over the old one, so the answer comes only once the file
 * is on disk and a failure never leaves half a file. After a write, the generated payload types are
 * refreshed when a types folder is given; a failure there is reported in the answer (`types.error`) and
 * the saved file stays. Mounted by `npm start` only: never in production.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { refreshFormTypes, type TypesRefresh } from './refresh-form-types.js';
import { sendJson } from './send-json.js';
import { writeFileDurably } from './store/durable-file.js';

/** The URL the endpoint answers at. */
export const FORMS_FILE_ROUTE = '/api/dev/forms';

/** A form's path: one lower-case folder and a lower-case file name, words joined by hyphens. */
const FORM_PATH = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*\.schema\.json$/;

/** The largest form text accepted (the check's own limit for a form file). */
const MAX_BYTES = 1024 * 1024;

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** The absolute file of a form path, or undefined when the path is not a form path inside `dir`. */
export function formFile(dir: string, path: unknown): string | undefined {
  if (typeof path !== 'string' || !FORM_PATH.test(path)) return undefined;
  const root = resolve(dir);
  const file = resolve(root, path);
  const inside = relative(root, file);
  // The shape above already rules out `..`; this says it again in terms of the file system.
  if (inside.startsWith('..') || inside.includes(`..${sep}`) || resolve(root, inside) !== file) return undefined;
  return file;
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES + 4096) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Options of the endpoint. */
export interface FormsFileOptions {
  /** The forms folder (`schemas/`). */
  readonly schemasDir: string;
  /**
   * Where the generated types of the forms live (`demo/generated`), refreshed after each write as
   * `schemaforms check schemas --types demo/generated` does; none given, none refreshed.
   */
  readonly typesDir?: string;
  /** The folder the CLI runs from (the repository), for the generated headers; the working directory by default. */
  readonly cwd?: string;
  /** Called with each form file once it is saved (the dev server tells its file watcher). */
  readonly onSaved?: (file: string) => void;
}

/** The endpoint's request handler, for the forms folder `schemasDir`. */
export function createFormsFileHandler(options: FormsFileOptions): Middleware {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET') {
      const file = formFile(options.schemasDir, url.searchParams.get('path'));
      if (!file) return sendJson(res, 400, { error: 'path must be <categoria>/<assunto>.schema.json' });
      readFile(file, 'utf8').then(
        (text) => {
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(text);
        },
        (error: NodeJS.ErrnoException) =>
          error.code === 'ENOENT' ? sendJson(res, 404, { error: 'no such form file' }) : next(error),
      );
      return;
    }
    if (req.method !== 'PUT') return sendJson(res, 405, { error: 'use GET or PUT' });
    // A cross-site page cannot send this content type without the browser asking first (CORS preflight).
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return sendJson(res, 415, { error: 'send application/json' });
    readBody(req)
      .then(
        async (raw) => {
          if (raw === undefined) return sendJson(res, 413, { error: 'the form is larger than 1 MB' });
          let body: { path?: unknown; text?: unknown };
          try {
            body = JSON.parse(raw) as typeof body;
          } catch {
            return sendJson(res, 400, { error: 'the body is not JSON' });
          }
          const file = formFile(options.schemasDir, body?.path);
          if (!file) return sendJson(res, 400, { error: 'path must be <categoria>/<assunto>.schema.json' });
          if (typeof body.text !== 'string') return sendJson(res, 400, { error: 'text must be a string' });
          try {
            JSON.parse(body.text);
          } catch (error) {
            return sendJson(res, 400, { error: `the form is not JSON: ${(error as Error).message}` });
          }
          await mkdir(dirname(file), { recursive: true });
          // Editors' files keep the usual permissions (not the owner-only ones of ticket data).
          await writeFileDurably(file, body.text, 0o666);
          options.onSaved?.(file);
          // The file is saved whatever happens next: a form the generator refuses keeps the old types.
          const types: TypesRefresh | undefined = options.typesDir
            ? await refreshFormTypes({
                schemasDir: options.schemasDir,
                typesDir: options.typesDir,
                cwd: options.cwd ?? process.cwd(),
              })
            : undefined;
          sendJson(res, 200, { saved: body.path, ...(types ? { types } : {}) });
        },
        (error: unknown) => next(error),
      )
      .catch((error: unknown) => next(error));
  };
}

/** The Vite plugin mounting the endpoint on the dev server only (`vite preview` and production never have it). */
export function formsFileEndpoint(options: FormsFileOptions): Plugin {
  return {
    name: 'schemaforms-forms-file-endpoint',
    apply: 'serve',
    configureServer(server) {
      // The watcher can miss a file written into a folder it has only begun to watch (a new category), and
      // then the catalog never lists the saved form: the endpoint tells it about each file it writes.
      const onSaved = (file: string) => void server.watcher.emit('change', file);
      server.middlewares.use(FORMS_FILE_ROUTE, createFormsFileHandler({ ...options, onSaved }));
    },
  };
}
