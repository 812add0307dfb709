/**
 * One writer per data directory: an exclusive lock file holding the writer's pid. A second process
 * finds the lock held by a live pid and refuses; a lock left by a dead process (kill -9, power loss) is
 * taken over. The lock is removed when its holder releases it or exits.
 */
import { unlinkSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The lock file's name inside the data directory. */
export const LOCK_FILE = 'schemaforms.lock';

/** Another live process holds the data directory. */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  constructor(
    readonly dir: string,
    readonly holderPid: number,
  ) {
    super(
      `the data directory ${dir} is in use by process ${holderPid} (lock file ${join(dir, LOCK_FILE)}). ` +
        'Only one intake may write to a data directory: stop that process, or give this one another ' +
        'SCHEMAFORMS_DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several.',
    );
  }
}

/** A held lock. */
export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

const held = new Set<string>();
let exitHookInstalled = false;

/**
 * Takes the lock of `dir` (which must exist). Rejects with `DataDirLockedError` when a live process
 * holds it, and with the file-system error when the directory cannot be written.
 */
export async function acquireDataDirLock(dir: string, log: (message: string) => void = () => {}): Promise<DataDirLock> {
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(`${process.pid}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return remember(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await lockHolder(file);
    // Our own pid: a lock left by an earlier run that had the same pid (a container's pid 1), since
    // one process opens a directory's store once.
    if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(dir, holder);
    log(`taking over the lock ${file} left by process ${holder ?? '(unreadable)'}, which is no longer running`);
    await unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  throw new Error(`could not take the lock ${file}: another process keeps recreating it`);
}

async function lockHolder(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const pid = Number(text.trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function remember(file: string): DataDirLock {
  held.add(file);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const path of held) {
        try {
          unlinkSync(path);
        } catch {
          // Already gone, or the directory is unwritable: the next start sees a dead pid and takes over.
        }
      }
    });
  }
  return {
    file,
    async release() {
      if (!held.delete(file)) return;
      if ((await lockHolder(file)) === process.pid) await unlink(file).catch(() => undefined);
    },
  };
}
