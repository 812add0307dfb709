/**
 * Finding and reading form files without surprises (issue 13 item 11): a symbolic link is followed
 * or reported, never skipped silently; a folder that cannot be read is one diagnostic and the rest is
 * still checked; a file's size comes from `stat` before anything is read (a 200 MB file is never read
 * whole); UTF-16 and binary files get one diagnostic each, with their real size.
 */
import type { Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostic.js';

/** The suffix of a form file. */
export const FORM_SUFFIX = '.schema.json';

/** Form files found under a folder, and what could not be looked at. */
export interface FormFileScan {
  /** Absolute paths, sorted: regular files and symbolic links to files. */
  readonly files: readonly string[];
  /** Unreadable folders, broken or folder links: one diagnostic each. */
  readonly diagnostics: readonly Diagnostic[];
}

const problem = (
  file: string,
  code: string,
  message: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  pointer: '',
  severity,
  code,
  message,
});

const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return code ?? String((error as Error)?.message ?? error);
};

/**
 * Lists the form files under `dir` (recursively, skipping dot folders and node_modules). A link to a
 * file is followed (its target is checked under the link's name); a link to a folder is reported and
 * not entered (links can loop); a broken link and an unreadable folder are reported. `display` turns
 * a path into the name diagnostics show.
 */
export async function scanFormFiles(dir: string, display: (file: string) => string = (f) => f): Promise<FormFileScan> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const queue = [path.resolve(dir)];
  while (queue.length > 0) {
    const current = queue.shift()!;
    let entries: Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(
        problem(
          display(current) || '.',
          'unreadable-folder',
          `cannot read this folder (${reason(error)}); the forms in it were not checked — give the checking user read and execute permission`,
        ),
      );
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) queue.push(full);
      else if (entry.isFile() && entry.name.endsWith(FORM_SUFFIX)) files.push(full);
      else if (entry.isSymbolicLink()) {
        const target = await stat(full).catch((error: unknown) => error as Error);
        if (target instanceof Error) {
          if (entry.name.endsWith(FORM_SUFFIX))
            diagnostics.push(
              problem(
                display(full),
                'broken-link',
                `is a symbolic link that cannot be followed (${reason(target)}); it was not checked — fix or remove the link`,
              ),
            );
        } else if (target.isFile() && entry.name.endsWith(FORM_SUFFIX)) files.push(full);
        else if (target.isDirectory()) {
          const to = await realpath(full).catch(() => '?');
          diagnostics.push(
            problem(
              display(full),
              'linked-folder',
              `is a symbolic link to the folder ${to}, which is not followed (links can loop); its forms were not checked — check that folder itself, or copy the forms here`,
              'warning',
            ),
          );
        }
      }
    }
  }
  return { files: files.sort(), diagnostics };
}

/** The text of a form file, or the one diagnostic that says why it has none. */
export type FormFileText =
  | { readonly text: string; readonly diagnostic?: undefined }
  | { readonly text?: undefined; readonly diagnostic: Diagnostic };

/** How many bytes are looked at to tell text from UTF-16 or binary. */
const SNIFF_BYTES = 4096;

/**
 * Reads a form file as UTF-8 text: its size from `stat` first (more than `maxBytes` is reported and
 * never read), then its first bytes: a UTF-16 byte-order mark or NUL bytes mean UTF-16 or binary,
 * each one diagnostic with the file's real size. Read errors (permission) are a diagnostic too.
 */
export async function readFormFile(file: string, displayFile: string, maxBytes: number): Promise<FormFileText> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return {
      diagnostic: problem(
        displayFile,
        'unreadable-file',
        `cannot read this file (${reason(error)}) — give the checking user read permission`,
      ),
    };
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes)
      return {
        diagnostic: problem(
          displayFile,
          'file-too-large',
          `the file is ${size} bytes, more than ${maxBytes} — split the form; big option lists belong in host data (x-context)`,
        ),
      };
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    const kind = sniff(head);
    if (kind === 'utf-16')
      return {
        diagnostic: problem(
          displayFile,
          'file-encoding',
          `the file is UTF-16 text (${size} bytes), and form files are UTF-8 — save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)`,
        ),
      };
    if (kind === 'binary')
      return {
        diagnostic: problem(
          displayFile,
          'binary-file',
          `the file is not text (${size} bytes, with NUL bytes) — a form file is JSON text in UTF-8; is this the right file?`,
        ),
      };
    const bytes = Buffer.alloc(size);
    await handle.read(bytes, 0, size, 0);
    return { text: bytes.toString('utf8') };
  } catch (error) {
    return { diagnostic: problem(displayFile, 'unreadable-file', `cannot read this file (${reason(error)})`) };
  } finally {
    await handle.close();
  }
}

/** UTF-16 (a byte-order mark, or NUL in every other byte as ASCII in UTF-16 has), binary (other NULs) or text. */
export function sniff(head: Uint8Array): 'utf-16' | 'binary' | 'text' {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
    return 'utf-16';
  let nul = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    nul++;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  if (nul === 0) return 'text';
  // ASCII JSON in UTF-16: about every second byte is NUL, all on the same side.
  const pairs = Math.floor(head.length / 2);
  if (pairs > 0 && Math.max(evenNul, oddNul) >= pairs * 0.4 && Math.min(evenNul, oddNul) <= pairs * 0.05)
    return 'utf-16';
  return 'binary';
}
