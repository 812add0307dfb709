/**
 * Keeps what someone typed in `localStorage` as they type, plus one earlier text: whenever the editor
 * is about to be replaced (a catalog form, a sample, a shared link), the text it held is set aside
 * so it can be restored. Nothing typed is lost to a click.
 */

const PREFIX = 'schemaforms.playground.';

/** The stored texts and settings of the playground. */
export interface SavedState {
  readonly text: string | undefined;
  readonly previous: string | undefined;
  readonly path: string | undefined;
  readonly source: string | undefined;
  readonly lang: string | undefined;
}

function read(key: string): string | undefined {
  try {
    return localStorage.getItem(PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes one entry; false when storage is full or blocked (private mode, policy). */
function write(key: string, value: string | undefined): boolean {
  try {
    if (value === undefined) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false;
  }
}

/** Everything stored. */
export function loadSaved(): SavedState {
  return { text: read('text'), previous: read('previous'), path: read('path'), source: read('source'), lang: read('lang') };
}

/** Saves the editor text; false when it could not be stored. */
export function saveText(text: string): boolean {
  return write('text', text);
}

/** Sets `text` aside as the one earlier text (ignored when blank). */
export function savePrevious(text: string): boolean {
  return text.trim() === '' ? true : write('previous', text);
}

/** Forgets the earlier text. */
export function clearPrevious(): void {
  write('previous', undefined);
}

/** Saves a small setting (`path`, `source`, `lang`). */
export function saveSetting(key: 'path' | 'source' | 'lang', value: string | undefined): void {
  write(key, value);
}
