/**
 * Writing a file so that a crash or power loss leaves either the old file or the whole new one: the
 * content goes to a temporary name in the same folder, is fsynced, then renamed over the file. A failure
 * removes the temporary file. Fsyncing the folder afterwards (`syncDirectory`) makes the rename itself
 * survive a power loss.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';

/** Writes `content` to `file` durably; `mode` is the new file's permissions (owner-only by default). */
export async function writeFileDurably(file: string, content: string | Buffer, mode = 0o600): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Fsyncs a directory, so a file created in it survives a power loss. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
