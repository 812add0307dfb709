/**
 * Which of two files is newer, to blame a copy rather than its original: the date of the last git
 * commit that touched each file (a file git does not track yet is the newest), else the modification
 * time. Used only when two forms clash, so git runs rarely.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** When a file was last committed (seconds since 1970), and modified (milliseconds). */
export interface FileAge {
  /** `undefined` when git does not track the file (or git cannot tell). */
  readonly committed: number | undefined;
  /** Whether git answered at all (a folder outside any repository gives `false`). */
  readonly inGit: boolean;
  readonly modified: number;
}

function lastCommit(file: string): Promise<{ inGit: boolean; committed: number | undefined }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['log', '-1', '--format=%ct', '--', path.basename(file)],
      { cwd: path.dirname(file), timeout: 10_000 },
      (error, stdout) => {
        if (error) return resolve({ inGit: false, committed: undefined });
        const seconds = Number.parseInt(String(stdout).trim(), 10);
        resolve({ inGit: true, committed: Number.isFinite(seconds) ? seconds : undefined });
      },
    );
  });
}

/** Reads the age of `file`. */
export async function fileAge(file: string): Promise<FileAge> {
  const [git, info] = await Promise.all([lastCommit(file), stat(file).catch(() => undefined)]);
  return { ...git, modified: info?.mtimeMs ?? 0 };
}

/**
 * Whether `a` is newer than `b`: a file git does not track yet is newer than a committed one; two
 * committed files compare by commit date; otherwise (or on a tie) by modification time.
 */
export function isNewer(a: FileAge, b: FileAge): boolean {
  if (a.inGit && b.inGit) {
    if (a.committed === undefined && b.committed !== undefined) return true;
    if (a.committed !== undefined && b.committed === undefined) return false;
    if (a.committed !== undefined && b.committed !== undefined && a.committed !== b.committed)
      return a.committed > b.committed;
  }
  return a.modified > b.modified;
}
