/**
 * Finding and reading form files without surprises (issue 13 item 11): a symbolic link is followed
 * or reported, never skipped silently; a folder that cannot be read is one diagnostic and the rest is
 * still checked; a file's size comes from `stat` before anything is read (a 200 MB file is never read
 * whole); UTF-16 and binary files get one diagnostic each, with their real size.
 */
import type { Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckLocale } from './check-locale.js';
import { fileErrorReason } from './check-messages-files.js';
import { checkMessage } from './check-messages.js';
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

/** Why `error` happened, in plain words in `locale`, and the system's code (or message) for the details. */
const reason = (error: unknown, locale: CheckLocale): { reason: string; code: string } => {
  const code = (error as NodeJS.ErrnoException)?.code ?? String((error as Error)?.message ?? error);
  return { reason: fileErrorReason(code, locale), code };
};

/**
 * Lists the form files under `dir` (recursively, skipping dot folders and node_modules). A link to a
 * file is followed (its target is checked under the link's name); a link to a folder is reported and
 * not entered (links can loop); a broken link and an unreadable folder are reported. `display` turns
 * a path into the name diagnostics show; `locale` words them.
 */
export async function scanFormFiles(
  dir: string,
  display: (file: string) => string = (f) => f,
  locale: CheckLocale = 'en',
): Promise<FormFileScan> {
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
          checkMessage('unreadable-folder', reason(error, locale), locale),
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
              problem(display(full), 'broken-link', checkMessage('broken-link', reason(target, locale), locale)),
            );
        } else if (target.isFile() && entry.name.endsWith(FORM_SUFFIX)) files.push(full);
        else if (target.isDirectory()) {
          const to = await realpath(full).catch(() => '?');
          diagnostics.push(
            problem(display(full), 'linked-folder', checkMessage('linked-folder', { target: to }, locale), 'warning'),
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
 * `locale` words the diagnostics.
 */
export async function readFormFile(
  file: string,
  displayFile: string,
  maxBytes: number,
  locale: CheckLocale = 'en',
): Promise<FormFileText> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return {
      diagnostic: problem(
        displayFile,
        'unreadable-file',
        checkMessage('unreadable-file', reason(error, locale), locale),
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
          checkMessage('file-too-large', { bytes: size, max: maxBytes }, locale),
        ),
      };
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    const kind = sniff(head);
    if (kind === 'utf-16')
      return {
        diagnostic: problem(displayFile, 'file-encoding', checkMessage('file-encoding', { bytes: size }, locale)),
      };
    if (kind === 'binary')
      return {
        diagnostic: problem(displayFile, 'binary-file', checkMessage('binary-file', { bytes: size }, locale)),
      };
    const bytes = Buffer.alloc(size);
    await handle.read(bytes, 0, size, 0);
    return { text: bytes.toString('utf8') };
  } catch (error) {
    return {
      diagnostic: problem(
        displayFile,
        'unreadable-file',
        checkMessage('unreadable-file', reason(error, locale), locale),
      ),
    };
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
