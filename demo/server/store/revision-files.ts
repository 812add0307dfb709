/**
 * The embedded store's form revisions: one file per revision, `revisions/<hash>.json`, written to a
 * temporary name, fsynced and renamed, so a revision file is either whole or absent.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory, writeFileDurably } from './durable-file.js';
import { REVISION_HASH, type FormRevision } from './ticket-store.js';

/** The folder of revision files inside the data directory. */
export const REVISIONS_DIR = 'revisions';

/** The path of a revision's file, or undefined when `hash` is not a revision hash (never a path outside). */
export function revisionFile(dataDir: string, hash: string): string | undefined {
  return REVISION_HASH.test(hash) ? join(dataDir, REVISIONS_DIR, `${hash}.json`) : undefined;
}

/** Reads a revision; undefined when it is not stored (or the file is not a revision). */
export async function readRevision(dataDir: string, hash: string): Promise<FormRevision | undefined> {
  const file = revisionFile(dataDir, hash);
  if (!file) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const revision = JSON.parse(text) as FormRevision;
    return revision.hash === hash && typeof revision.subject === 'string' ? revision : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a revision durably (temporary file, fsync, rename, fsync of the folder). */
export async function writeRevision(dataDir: string, revision: FormRevision): Promise<void> {
  const file = revisionFile(dataDir, revision.hash);
  if (!file) throw new TypeError(`not a revision hash: ${JSON.stringify(revision.hash.slice(0, 40))}`);
  const folder = join(dataDir, REVISIONS_DIR);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await writeFileDurably(file, `${JSON.stringify(revision)}\n`);
  await syncDirectory(folder);
}

/** The most recently stored revision of `subject` (by `createdAt`), reading every revision file. */
export async function latestRevisionOf(dataDir: string, subject: string): Promise<FormRevision | undefined> {
  let names: string[];
  try {
    names = await readdir(join(dataDir, REVISIONS_DIR));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let latest: FormRevision | undefined;
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const revision = await readRevision(dataDir, name.slice(0, -'.json'.length));
    if (revision?.subject === subject && (!latest || revision.createdAt > latest.createdAt)) latest = revision;
  }
  return latest;
}
