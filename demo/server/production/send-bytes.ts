/**
 * Sends a response body held in memory: `304 Not Modified` when the client already has it (ETag), and
 * gzip when the client accepts it and the body is text worth compressing. Compressed bodies are kept
 * (a bounded cache), so a hashed asset is compressed once, not once per request. Node only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** Bodies below this size are sent as they are: gzip would save too little to matter. */
const MIN_COMPRESS_BYTES = 1024;
/** How many compressed bodies are kept. */
const CACHE_ENTRIES = 256;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;

const compressed = new Map<string, Buffer>();

/** What `sendBytes` sends. */
export interface Bytes {
  readonly body: Buffer;
  /** Must include `Content-Type` and `Cache-Control`. */
  readonly headers: Readonly<Record<string, string>>;
  /** A strong validator of `body` (quoted). */
  readonly etag: string;
  /** Names this body in the compression cache (a file path or URL plus its ETag). */
  readonly cacheKey: string;
}

/** Answers a GET or HEAD with `bytes`. */
export function sendBytes(req: IncomingMessage, res: ServerResponse, bytes: Bytes): void {
  const type = bytes.headers['Content-Type'] ?? '';
  const worthIt = bytes.body.length >= MIN_COMPRESS_BYTES && COMPRESSIBLE.test(type);
  const gzip = worthIt && acceptsGzip(req.headers['accept-encoding']);
  // Each encoding is its own representation, with its own validator.
  const etag = gzip ? `${bytes.etag.slice(0, -1)}-gzip"` : bytes.etag;
  const common = { ...bytes.headers, ETag: etag, ...(worthIt ? { Vary: 'Accept-Encoding' } : {}) };
  if (matches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, {
      ETag: etag,
      'Cache-Control': bytes.headers['Cache-Control'] ?? 'no-cache',
      ...(worthIt ? { Vary: 'Accept-Encoding' } : {}),
    });
    res.end();
    return;
  }
  const body = gzip ? gzipped(bytes) : bytes.body;
  res.writeHead(200, {
    ...common,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    'Content-Length': String(body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function gzipped(bytes: Bytes): Buffer {
  const key = `${bytes.cacheKey}\0${bytes.etag}`;
  let body = compressed.get(key);
  if (!body) {
    body = gzipSync(bytes.body, { level: 9 });
    if (compressed.size >= CACHE_ENTRIES) compressed.delete(compressed.keys().next().value!);
    compressed.set(key, body);
  }
  return body;
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const quality = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}
