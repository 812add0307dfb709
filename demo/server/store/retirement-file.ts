/**
 * The embedded store's retirements: `retirements.json` maps each retired subject to when its file was
 * deleted, so a restart does not start its grace period again. Written whole to a temporary name,
 * fsynced and renamed: the file is either the old map or the new one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory, writeFileDurably } from './durable-file.js';

/** The file name inside the data directory. */
export const RETIREMENTS_FILE = 'retirements.json';

/** The retirements on disk (empty when none were recorded, or the file is not a map of dates). */
export async function readRetirements(dataDir: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(join(dataDir, RETIREMENTS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const found = new Map<string, string>();
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      for (const [subject, at] of Object.entries(parsed))
        if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) found.set(subject, at);
  } catch {
    // A damaged file: no retirement is known, so grace periods count from this start (the old behaviour).
  }
  return found;
}

/** Replaces the retirements on disk durably. */
export async function writeRetirements(dataDir: string, retirements: ReadonlyMap<string, string>): Promise<void> {
  const text = `${JSON.stringify(Object.fromEntries(retirements), null, 2)}\n`;
  await writeFileDurably(join(dataDir, RETIREMENTS_FILE), text);
  await syncDirectory(dataDir);
}
