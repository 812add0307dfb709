/**
 * The Vite plugin that serves the ticket intake at `/api/tickets` and the plain JSON catalog at
 * `/api/catalog.json` on the dev server (`npm start`) and the preview server (`vite preview`), validating
 * with the shared core against the files in `schemas/`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { adminTokenFromEnv } from './admin-access.js';
import { bodyLimitFor } from './attachments/body-limit.js';
import { createIntakeHandler, type Middleware } from './intake-handler.js';
import { createSchemaForms, type SchemaForms } from './schema-forms.js';
import { sendJson } from './send-json.js';
import { defaultDataDir, openTicketStore } from './store/open-store.js';
import type { TicketStore } from './store/ticket-store.js';

/** Options of `ticketIntake`. */
export interface TicketIntakeOptions {
  /** The directory of the ticket forms (`schemas/`), absolute or relative to the working directory. */
  readonly schemasDir: string;
  /**
   * Where the embedded store keeps tickets when `DATABASE_URL` is not set. Default: `defaultDataDir()`
   * (`$SCHEMAFORMS_DATA_DIR`, else a per-user state directory outside the project). Read when the server
   * starts, so tests can point each server at a temporary directory.
   */
  readonly dataDir?: string;
}

/** The data directory the intake will use for these options (when no `DATABASE_URL` is set). */
export function intakeDataDir(options: Pick<TicketIntakeOptions, 'dataDir'> = {}): string {
  return resolve(options.dataDir ?? defaultDataDir());
}

/** Answers `GET /api/catalog.json` with the plain JSON catalog of the schema directory. */
export function createCatalogHandler(forms: SchemaForms): Middleware {
  return (req: IncomingMessage, res: ServerResponse, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    forms.catalog().then(
      (catalog) => {
        sendJson(res, 200, catalog, { 'Cache-Control': 'no-cache' });
      },
      (error: unknown) => next(error),
    );
  };
}

/**
 * Replaces the body of Vite's "403 Restricted" page (a file outside `server.fs.allow` or inside
 * `server.fs.deny`), which lists the allowed directories and so the repository's absolute path, with a
 * plain sentence. The full message still goes to the developer's terminal.
 */
export const hideRestrictedPaths: Middleware = (_req, res, next) => {
  const write = res.write;
  const end = res.end;
  const restricted = () => res.statusCode === 403 && !res.headersSent;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (restricted()) return true;
    return (write as (...rest: unknown[]) => boolean).apply(this, args);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!restricted()) return (end as (...rest: unknown[]) => ServerResponse).apply(this, args);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.removeHeader('Content-Length');
    return (end as (...rest: unknown[]) => ServerResponse).call(this, '403 Restricted: this file is not served.\n');
  } as ServerResponse['end'];
  next();
};

/** Mounts the ticket intake at `/api/tickets` and the JSON catalog at `/api/catalog.json`. */
export function ticketIntake(options: TicketIntakeOptions): Plugin {
  let mounted: Promise<{ intake: Middleware; catalog: Middleware; store: TicketStore }> | undefined;
  const middlewares = () => {
    mounted ??= (async () => {
      // Rejects only when another process holds the data directory: then the server refuses to start.
      const store = await openTicketStore({ ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
      console.info(`[intake] tickets are stored in ${store.location} (${store.kind})`);
      const adminToken = adminTokenFromEnv();
      if (!adminToken)
        console.info('[intake] GET /api/tickets is disabled: set SCHEMAFORMS_ADMIN_TOKEN to read tickets');
      const forms = createSchemaForms({ dir: resolve(options.schemasDir) });
      return {
        intake: createIntakeHandler({
          forms,
          store,
          // As the production server: the body limit follows the forms' declared file limits.
          maxBodyBytes: async () => bodyLimitFor((await forms.catalog()).subjects.map((subject) => subject.schema)),
          ...(adminToken ? { adminToken } : {}),
        }),
        catalog: createCatalogHandler(forms),
        store,
      };
    })();
    return mounted;
  };
  return {
    name: 'schemaforms-ticket-intake',
    async configureServer(server) {
      const { intake, catalog, store } = await middlewares();
      server.middlewares.use(hideRestrictedPaths);
      server.middlewares.use('/api/tickets', intake);
      server.middlewares.use('/api/catalog.json', catalog);
      server.httpServer?.once('close', () => void store.close());
    },
    async configurePreviewServer(server) {
      const { intake, catalog, store } = await middlewares();
      server.middlewares.use('/api/tickets', intake);
      server.middlewares.use('/api/catalog.json', catalog);
      server.httpServer.once('close', () => void store.close());
    },
  };
}
