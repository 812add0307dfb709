/**
 * A JSON answer as every endpoint of the server gives it: its length, never cached (unless `headers`
 * says otherwise), and never sniffed as another type.
 */
import type { ServerResponse } from 'node:http';

/** Answers `status` with `body` as JSON; `headers` add to (or replace) the defaults. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}
