/**
 * The Vite plugin that serves the ticket intake at `/api/tickets` and the plain JSON catalog at
 * `/api/catalog.json` on the dev server (`npm start`) and the preview server (`vite preview`), validating
 * with the shared core against the files in `schemas/`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createIntakeHandler, type Middleware } from './intake-handler.js';
import { createSchemaForms, type SchemaForms } from './schema-forms.js';
import { TicketStore } from './ticket-store.js';

/** Options of `ticketIntake`. */
export interface TicketIntakeOptions {
  /** The directory of the ticket forms (`schemas/`), absolute or relative to the working directory. */
  readonly schemasDir: string;
  /**
   * Where tickets are stored. Default: `$SCHEMAFORMS_DATA_DIR`, else `.data/` beside `schemasDir`.
   * Read when the server starts, so tests can point each server at a temporary directory.
   */
  readonly dataDir?: string;
}

/** The data directory the intake will use for these options. */
export function intakeDataDir(options: TicketIntakeOptions): string {
  return resolve(options.dataDir ?? process.env.SCHEMAFORMS_DATA_DIR ?? resolve(options.schemasDir, '..', '.data'));
}

/** Answers `GET /api/catalog.json` with the plain JSON catalog of the schema directory. */
export function createCatalogHandler(forms: SchemaForms): Middleware {
  return (req: IncomingMessage, res: ServerResponse, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    forms.catalog().then(
      (catalog) => {
        const text = JSON.stringify(catalog);
        res.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(text),
          'Cache-Control': 'no-cache',
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(text);
      },
      (error: unknown) => next(error),
    );
  };
}

/** Mounts the ticket intake at `/api/tickets` and the JSON catalog at `/api/catalog.json`. */
export function ticketIntake(options: TicketIntakeOptions): Plugin {
  let mounted: { intake: Middleware; catalog: Middleware } | undefined;
  const middlewares = () => {
    if (!mounted) {
      const dir = intakeDataDir(options);
      const store = TicketStore.open({ dir });
      // Surface a broken data directory at start, not at the first ticket.
      store.catch((error: unknown) => console.error(`[intake] cannot open ${dir}: ${String(error)}`));
      const forms = createSchemaForms({ dir: resolve(options.schemasDir) });
      mounted = { intake: createIntakeHandler({ forms, store }), catalog: createCatalogHandler(forms) };
    }
    return mounted;
  };
  return {
    name: 'schemaforms-ticket-intake',
    configureServer(server) {
      server.middlewares.use('/api/tickets', middlewares().intake);
      server.middlewares.use('/api/catalog.json', middlewares().catalog);
    },
    configurePreviewServer(server) {
      server.middlewares.use('/api/tickets', middlewares().intake);
      server.middlewares.use('/api/catalog.json', middlewares().catalog);
    },
  };
}
