/**
 * The embedded store's file: `tickets.jsonl`, one ticket per line. Reading drops a torn last line (a
 * write cut short by a crash or a full disk); appending either lands the whole line and fsyncs it, or
 * cuts the file back to where it was and rejects.
 */
import { open, readFile, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory } from './durable-file.js';
import { shortWriteError } from './storage-errors.js';
import type { StoredTicket } from './ticket-store.js';

/** The file name of the ticket log inside the data directory. */
export const TICKETS_FILE = 'tickets.jsonl';

/** What a read of the log found. */
export interface TicketLogContents {
  readonly tickets: StoredTicket[];
  /** Bytes of complete lines: the size the file has after the read (a torn tail is cut off). */
  readonly size: number;
}

/**
 * Reads every complete line of the log. A last line with no newline never had its number given out:
 * it is cut off so the next append starts on a clean line. Lines that do not parse are skipped.
 */
export async function readTicketLog(file: string, warn: (message: string) => void): Promise<TicketLogContents> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { tickets: [], size: 0 };
  }
  const tickets: StoredTicket[] = [];
  let size = 0;
  let skipped = 0;
  for (let offset = 0; offset < text.length;) {
    const end = text.indexOf('\n', offset);
    if (end === -1) {
      warn(`repaired ${file}: dropped an incomplete last line (a write cut short; it was never acknowledged)`);
      await truncate(file, size);
      break;
    }
    const line = text.slice(offset, end);
    offset = end + 1;
    size += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    const record = parseRecord(line);
    if (record) tickets.push(record);
    else skipped += 1;
  }
  if (skipped > 0) warn(`${file}: skipped ${skipped} unreadable line(s)`);
  return { tickets, size };
}

/**
 * Appends `line` to the log whose complete size is `size`, and fsyncs it (and the directory, when the
 * file is new). On any failure — a short write, ENOSPC, EIO at fsync — the file is cut back to `size`
 * and the error rethrown; when even that fails, the error carries `tornTail: true` and the caller must
 * repair the file (`truncate` to `size`) before the next append.
 */
export async function appendDurably(file: string, line: string, size: number): Promise<void> {
  const bytes = Buffer.from(line, 'utf8');
  const handle = await open(file, 'a', 0o600);
  if (size === 0) {
    // A new file: make its directory entry durable before writing, so a failure here stores nothing.
    try {
      await syncDirectory(dirname(file));
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }
  let failure: unknown;
  try {
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
      if (bytesWritten <= 0) throw shortWriteError(written, bytes.length);
      written += bytesWritten;
    }
    await handle.sync();
  } catch (error) {
    failure = error;
    await handle
      .truncate(size)
      .then(
        () => handle.sync(),
        () => {
          Object.assign(failure as object, { tornTail: true });
        },
      )
      .catch(() => undefined);
  }
  try {
    await handle.close();
  } catch (error) {
    // close() can report a delayed write error (NFS): the line is not known to be stored, so it goes.
    if (failure === undefined) {
      failure = error;
      await truncate(file, size).catch(() => Object.assign(failure as object, { tornTail: true }));
    }
  }
  if (failure !== undefined) throw failure;
}

function parseRecord(line: string): StoredTicket | undefined {
  try {
    const record = JSON.parse(line) as Partial<StoredTicket>;
    const valid =
      record !== null &&
      typeof record === 'object' &&
      record.v === 1 &&
      typeof record.number === 'string' &&
      Number.isSafeInteger(record.seq) &&
      typeof record.subject === 'string' &&
      typeof record.createdAt === 'string' &&
      typeof record.fingerprint === 'string' &&
      Array.isArray(record.secretPointers);
    return valid ? (record as StoredTicket) : undefined;
  } catch {
    return undefined;
  }
}
