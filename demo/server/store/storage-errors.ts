/**
 * Turns a failed file-system call into a `StoreUnavailableError` that names its cause: a full disk or
 * quota answers 507, anything else (read-only, I/O error, permissions, a vanished directory) 503.
 */
import { StoreUnavailableError } from './ticket-store.js';

/** Seconds a client waits after a full disk: space is freed by a person, not in a moment. */
export const RETRY_AFTER_FULL = 30;
/** Seconds a client waits after any other storage failure. */
export const RETRY_AFTER_UNAVAILABLE = 5;

const CAUSES: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a path component is not a directory',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  SHORT_WRITE: 'the write did not complete',
};

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** The errno-style code of an error (`ENOSPC`), or `EUNKNOWN`. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code !== '' ? code : 'EUNKNOWN';
}

/** `ENOSPC (no space left on the device)`: the code and what it means, for a log line. */
export function describeCause(error: unknown): string {
  const code = errorCode(error);
  const meaning = CAUSES[code] ?? (error instanceof Error ? error.message : String(error));
  return `${code} (${meaning})`;
}

/** The `StoreUnavailableError` for `error`, raised while doing `doing` (e.g. `append to /data/tickets.jsonl`). */
export function storageUnavailable(error: unknown, doing: string): StoreUnavailableError {
  if (error instanceof StoreUnavailableError) return error;
  const code = errorCode(error);
  const full = FULL.has(code);
  return new StoreUnavailableError(
    `cannot ${doing}: ${describeCause(error)}`,
    full ? 507 : 503,
    full ? RETRY_AFTER_FULL : RETRY_AFTER_UNAVAILABLE,
    code,
  );
}

/** An error standing for a `write()` that stored fewer bytes than asked and no errno. */
export function shortWriteError(written: number, wanted: number): Error & { code: string } {
  return Object.assign(new Error(`wrote ${written} of ${wanted} bytes`), { code: 'SHORT_WRITE' });
}
