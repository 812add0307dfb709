/**
 * The production server: Node's `http`, no Vite. It serves the built portal and the embed bundle, the
 * live catalog and the per-revision precompiled form modules made at run time from the forms folder,
 * the ticket intake, `GET /api/forms/status` and `/healthz`; it stops gracefully. Node only.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { watchForms, type FormsWatch } from '../forms-watcher.js';
import { parseModulePath } from '../form-revision.js';
import { bodyLimitFor } from '../attachments/body-limit.js';
import { createIntakeHandler, type Middleware } from '../intake-handler.js';
import { LiveForms } from '../live-forms.js';
import { sendJson } from '../send-json.js';
import type { TicketStore } from '../store/ticket-store.js';
import type { ServerConfig } from './server-config.js';
import { sendBytes } from './send-bytes.js';
import { createStaticFiles, IMMUTABLE, REVALIDATE, type StaticFiles } from './static-files.js';

/** Where the built pages find the live catalog: the server adds this `<meta>` to every page it serves. */
export const LIVE_CATALOG_META = 'schemaforms-catalog';
/** The URL of the live catalog (plain JSON, each subject naming its precompiled module). */
export const LIVE_CATALOG_PATH = '/api/catalog.json';

/**
 * Headers of every page: scripts from this origin only (no eval, no inline script), no plugins, no
 * `<base>` elsewhere, no framing by other sites, no referrer to other origins.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The schema playground compiles the schema being typed at run time (Ajv generates code): the one page
 * allowed eval. It holds no seller data and runs only the text its own user typed (RELIABILITY 1).
 */
const PLAYGROUND_HEADERS: Readonly<Record<string, string>> = {
  ...PAGE_HEADERS,
  'Content-Security-Policy':
    "script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
};

/** What `startProductionServer` needs besides the configuration. */
export interface ProductionServerOptions {
  readonly config: ServerConfig;
  /** The ticket store, opened by the caller (`openTicketStore`); closed on shutdown. */
  readonly store: Promise<TicketStore>;
  /** Where the server reports; `console` by default. */
  readonly log?: { info(message: string): void; error(message: string): void };
}

/** A running production server. */
export interface ProductionServer {
  readonly server: Server;
  readonly forms: LiveForms;
  /** `http://host:port` it listens on. */
  readonly url: string;
  /**
   * Stops: no new connection is accepted, requests in flight finish (up to the shutdown grace, then
   * their connections are closed), the watcher stops, and the store is closed last.
   */
  shutdown(reason: string): Promise<void>;
}

/** Loads the forms, then listens. Resolves once the catalog is ready and the port is open. */
export async function startProductionServer(options: ProductionServerOptions): Promise<ProductionServer> {
  const { config } = options;
  const log = options.log ?? console;
  const forms = new LiveForms({
    dir: config.schemasDir,
    retiredGraceMs: config.retiredGraceMs,
    archive: options.store,
    log,
  });
  await forms.scan();
  const watch: FormsWatch = watchForms({
    dir: config.schemasDir,
    onChange: () => forms.scan(),
    rescanMs: config.rescanMs,
    warn: (message) => log.error(message),
  });

  // The body limit follows the live forms' declared file limits (recomputed when the catalog changes).
  let limitFor = { catalog: '', limit: 0 };
  const maxBodyBytes = (): number => {
    const catalog = forms.catalogText();
    if (catalog !== limitFor.catalog)
      limitFor = { catalog, limit: bodyLimitFor(forms.catalog().subjects.map((subject) => subject.schema)) };
    return limitFor.limit;
  };
  const intake = createIntakeHandler({
    forms,
    store: options.store,
    maxBodyBytes,
    ...(config.adminToken === undefined ? {} : { adminToken: config.adminToken }),
  });
  const portal = createStaticFiles({
    root: config.staticDir,
    mount: '/',
    immutable: (file) => file.startsWith('assets/'),
    pageHeaders: (page) => (page === 'playground.html' ? PLAYGROUND_HEADERS : PAGE_HEADERS),
    transformHtml: withLiveCatalog,
  });
  const embed = createStaticFiles({
    root: config.embedDir,
    mount: '/embed/',
    // Only the bundle: the rest of the folder is the package's compiled sources and type declarations.
    allow: (file) => file === 'schemaforms.embed.js' || file.startsWith('schemaforms.embed/'),
    immutable: (file) => file.startsWith('schemaforms.embed/'),
  });

  let stopping = false;
  let inFlight = 0;
  const server = createServer((req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (stopping) server.closeIdleConnections();
    });
    // While stopping, every answer closes its connection, so keep-alive clients reconnect elsewhere.
    if (stopping) res.setHeader('Connection', 'close');
    route(req, res, { forms, intake, portal, embed, isStopping: () => stopping }).catch((error: unknown) => {
      log.error(
        `[server] ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent) sendText(res, 500, 'Internal server error.');
      else res.destroy();
    });
  });
  // Slow clients cannot hold a request open for ever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  let stopped: Promise<void> | undefined;
  const shutdown = (reason: string): Promise<void> =>
    (stopped ??= (async () => {
      stopping = true;
      log.info(`[server] ${reason}: stopping; ${inFlight} request${inFlight === 1 ? '' : 's'} in flight`);
      watch.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => {
        log.error(`[server] requests still in flight after ${config.shutdownGraceMs} ms: closing their connections`);
        server.closeAllConnections();
      }, config.shutdownGraceMs);
      await closed;
      clearTimeout(force);
      // A scan may be saving a new revision to the store.
      await forms.idle();
      // Last: a ticket being written when the signal came is stored (or refused) before the store closes.
      await (await options.store.catch(() => undefined))?.close();
      log.info('[server] stopped');
    })());

  return { server, forms, url, shutdown };
}

interface Routes {
  readonly forms: LiveForms;
  readonly intake: Middleware;
  readonly portal: StaticFiles;
  readonly embed: StaticFiles;
  readonly isStopping: () => boolean;
}

async function route(req: IncomingMessage, res: ServerResponse, routes: Routes): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const isRead = req.method === 'GET' || req.method === 'HEAD';

  if (pathname === '/healthz') {
    // A load balancer stops sending new requests here as soon as shutdown starts.
    const stopping = routes.isStopping();
    return sendJson(res, stopping ? 503 : 200, { status: stopping ? 'stopping' : 'ok' });
  }
  if (pathname === '/api/tickets' || pathname.startsWith('/api/tickets/')) {
    return new Promise<void>((resolve, reject) => {
      res.on('close', () => resolve());
      routes.intake(req, res, (error) => (error ? reject(error) : (sendText(res, 404, 'Not found.'), resolve())));
    });
  }
  if (pathname === LIVE_CATALOG_PATH && isRead) {
    const text = routes.forms.catalogText();
    const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': REVALIDATE,
      'X-Content-Type-Options': 'nosniff',
    };
    sendBytes(req, res, { body: Buffer.from(text), headers, etag, cacheKey: LIVE_CATALOG_PATH });
    return;
  }
  if (pathname === '/api/forms/status' && isRead) return sendJson(res, 200, routes.forms.status());
  if (pathname.startsWith('/forms/') && isRead) {
    const named = parseModulePath(pathname);
    const revision = named && (await routes.forms.revision(named.subject, named.revision));
    if (!revision) return sendText(res, 404, 'No such form revision.');
    // The URL names the content: the module never changes, so caches keep it for a year.
    const headers = {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': IMMUTABLE,
      'X-Content-Type-Options': 'nosniff',
    };
    sendBytes(req, res, {
      body: Buffer.from(revision.moduleSource),
      headers,
      etag: `"${revision.revision}"`,
      cacheKey: pathname,
    });
    return;
  }
  if (await routes.embed(req, res)) return;
  if (await routes.portal(req, res)) return;
  if (!isRead) return sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
  sendText(res, 404, 'Not found.');
}

/** Adds the live catalog's `<meta>` to a built page, so the portal fetches it instead of the build-time catalog. */
function withLiveCatalog(html: string): string {
  const meta = `<meta name="${LIVE_CATALOG_META}" content="${LIVE_CATALOG_PATH}">`;
  return html.includes('</head>') ? html.replace('</head>', `${meta}\n</head>`) : `${meta}\n${html}`;
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...PAGE_HEADERS,
    ...headers,
  });
  res.end(text);
}
