/**
 * The embedded store's attachments: `attachments/<ticket number>/<id>` holds a file's content and
 * `<id>.json` its name, media type, size and SHA-256. Each is written to a temporary name, fsynced and
 * renamed, and the folders fsynced, before the ticket line is appended: a ticket is never acknowledged
 * with a file that is not on disk. When the ticket line cannot be written, the folder is removed again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory, writeFileDurably } from './durable-file.js';
import { ticketSeq } from './ticket-records.js';
import { ATTACHMENT_ID, type Attachment, type AttachmentInfo } from './ticket-store.js';

/** The folder of attachment files inside the data directory. */
export const ATTACHMENTS_DIR = 'attachments';

/** The folder of one ticket's files, or undefined for anything that is not a ticket number (never a path outside). */
function ticketFolder(dataDir: string, number: string): string | undefined {
  return ticketSeq(number) === undefined ? undefined : join(dataDir, ATTACHMENTS_DIR, number);
}

/** Stores the files of ticket `number` durably (content, then its description), then fsyncs the folders. */
export async function writeAttachments(dataDir: string, number: string, files: readonly Attachment[]): Promise<void> {
  const folder = ticketFolder(dataDir, number);
  if (!folder) throw new TypeError(`not a ticket number: ${JSON.stringify(number.slice(0, 40))}`);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  for (const file of files) {
    if (!ATTACHMENT_ID.test(file.id))
      throw new TypeError(`not an attachment id: ${JSON.stringify(file.id.slice(0, 40))}`);
    const info: AttachmentInfo = {
      id: file.id,
      name: file.name,
      mediaType: file.mediaType,
      size: file.size,
      sha256: file.sha256,
    };
    await writeFileDurably(join(folder, file.id), file.content);
    await writeFileDurably(join(folder, `${file.id}.json`), `${JSON.stringify(info)}\n`);
  }
  await syncDirectory(folder);
  await syncDirectory(join(dataDir, ATTACHMENTS_DIR));
}

/** Removes the files of a ticket that was not stored (best effort: an orphan folder harms nothing). */
export async function removeAttachments(dataDir: string, number: string): Promise<void> {
  const folder = ticketFolder(dataDir, number);
  if (folder) await rm(folder, { recursive: true, force: true });
}

/**
 * Reads one attachment of ticket `number`; undefined when there is none by that id, or when its content
 * does not match the size and SHA-256 recorded (a damaged file is not served as the seller's).
 */
export async function readAttachment(dataDir: string, number: string, id: string): Promise<Attachment | undefined> {
  const folder = ticketFolder(dataDir, number);
  if (!folder || !ATTACHMENT_ID.test(id)) return undefined;
  let info: AttachmentInfo;
  let content: Buffer;
  try {
    info = JSON.parse(await readFile(join(folder, `${id}.json`), 'utf8')) as AttachmentInfo;
    content = await readFile(join(folder, id));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return undefined;
    throw error;
  }
  const sha256 = createHash('sha256').update(content).digest('hex');
  if (info.id !== id || content.length !== info.size || sha256 !== info.sha256) return undefined;
  return { ...info, content };
}
