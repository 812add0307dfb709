/**
 * Before answering 413, the rest of the request body is read and dropped rather than the connection
 * closed under the client: a client still sending (a browser or `fetch` uploading a large file) would
 * otherwise get a network error (EPIPE, ECONNRESET) instead of the readable 413, and the seller would not
 * learn the limit. A client that keeps sending for longer than `limitMs` loses the connection.
 */
import type { IncomingMessage } from 'node:http';

/** Reads and drops what is left of `req`'s body: `true` once it ended, `false` if it was cut off. */
export function discardBody(req: IncomingMessage, limitMs = 10_000): Promise<boolean> {
  if (req.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      req.destroy();
      resolve(false);
    }, limitMs);
    timer.unref();
    req.once('end', () => {
      clearTimeout(timer);
      resolve(true);
    });
    req.once('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    req.resume();
  });
}
