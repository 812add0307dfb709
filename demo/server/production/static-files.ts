/**
 * Serves a built folder: content-hashed files cached for a year as immutable, everything else
 * (pages, unhashed entry files) revalidated on every use with an ETag, text gzipped when the client
 * accepts it. Nothing outside the folder is reachable. Node only.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { sendBytes } from './send-bytes.js';

/** `Cache-Control` of a content-hashed file: its URL changes whenever its bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `Cache-Control` of anything whose URL stays the same across deploys: ask every time (304 when unchanged). */
export const REVALIDATE = 'no-cache';

/** Files up to this size are read whole (and gzipped when worth it); bigger ones are streamed. */
const MAX_IN_MEMORY_BYTES = 4 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Options of `createStaticFiles`. */
export interface StaticFilesOptions {
  /** The folder to serve. */
  readonly root: string;
  /** The URL path it is served under (`/` or `/embed/`). */
  readonly mount: string;
  /** Whether a file (path relative to `root`, `/`-separated) is content-hashed, so immutable. */
  readonly immutable: (relativePath: string) => boolean;
  /** Which files may be served at all; every file by default. */
  readonly allow?: (relativePath: string) => boolean;
  /** Headers of an HTML page (its Content-Security-Policy), by path relative to `root`. */
  readonly pageHeaders?: (relativePath: string) => Readonly<Record<string, string>>;
  /** Rewrites an HTML page before it is sent (for example to add a `<meta>`). */
  readonly transformHtml?: (html: string) => string;
}

/** Answers a GET/HEAD for a file of the folder; resolves to false when the request is not for one. */
export type StaticFiles = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Creates the handler of one built folder. */
export function createStaticFiles(options: StaticFilesOptions): StaticFiles {
  const root = resolve(options.root);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const relativePath = relativeFile(req.url ?? '/', options.mount);
    if (relativePath === undefined || (options.allow && !options.allow(relativePath))) return false;
    const file = resolve(root, ...relativePath.split('/'));
    if (file !== root && !file.startsWith(root + sep)) return false;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return false;

    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const isHtml = type.startsWith('text/html');
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': options.immutable(relativePath) ? IMMUTABLE : REVALIDATE,
      'X-Content-Type-Options': 'nosniff',
      ...(isHtml ? options.pageHeaders?.(relativePath) : {}),
    };
    const etag = `"${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}"`;
    if (info.size <= MAX_IN_MEMORY_BYTES) {
      let body = await readFile(file);
      if (isHtml && options.transformHtml) body = Buffer.from(options.transformHtml(body.toString('utf8')));
      sendBytes(req, res, { body, headers, etag, cacheKey: file });
      return true;
    }
    // A big file (a source map of a large bundle) is streamed as it is.
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': headers['Cache-Control']! });
      res.end();
      return true;
    }
    res.writeHead(200, { ...headers, ETag: etag, 'Content-Length': String(info.size) });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    await new Promise<void>((done) => {
      const stream = createReadStream(file);
      stream.on('error', () => {
        res.destroy();
        done();
      });
      stream.on('end', done);
      stream.pipe(res);
    });
    return true;
  };
}

/**
 * The file a URL names below `mount` (`/` → `index.html`, `/a/` → `a/index.html`), or undefined when
 * the URL is outside the mount or not a plain path (dot segments, NUL, bad percent-encoding).
 */
function relativeFile(url: string, mount: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (!pathname.startsWith(mount)) return undefined;
  let rest = pathname.slice(mount.length);
  if (rest === '' || rest.endsWith('/')) rest += 'index.html';
  const parts = rest.split('/');
  if (
    parts.some(
      (part) =>
        part === '' ||
        part === '.' ||
        part === '..' ||
        part.startsWith('.') ||
        part.includes('\0') ||
        part.includes('\\'),
    )
  ) {
    return undefined;
  }
  return join(...parts)
    .split(sep)
    .join('/');
}
