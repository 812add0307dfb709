/**
 * Who may read tickets: a request bearing the admin token (`Authorization: Bearer <token>`, the token in
 * `SCHEMAFORMS_ADMIN_TOKEN`). The comparison hashes both sides and compares the digests in constant time,
 * so neither the token's content nor its length leaks through timing. With no token configured, nobody
 * may read tickets. DOM-free, Node only.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Whether a request may read tickets, and if not, why. */
export type AdminAccess = 'granted' | 'no-token-configured' | 'missing' | 'wrong';

/** The shortest admin token accepted: a guessable token is no protection. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

/** Checks `req`'s bearer token against `adminToken` (undefined or empty: reading is disabled). */
export function adminAccess(req: IncomingMessage, adminToken: string | undefined): AdminAccess {
  if (!adminToken) return 'no-token-configured';
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  if (!match) return 'missing';
  return sameSecret(match[1] as string, adminToken) ? 'granted' : 'wrong';
}

/** Compares two secrets in constant time (SHA-256 of each, then `timingSafeEqual`). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The admin token from the environment, or undefined (reading tickets disabled). A token shorter than
 * `MIN_ADMIN_TOKEN_LENGTH` is refused with an error naming the variable, rather than silently accepted.
 */
export function adminTokenFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const token = env.SCHEMAFORMS_ADMIN_TOKEN?.trim();
  if (!token) return undefined;
  if (token.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new Error(
      `SCHEMAFORMS_ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters (use e.g. \`openssl rand -hex 32\`)`,
    );
  }
  return token;
}
