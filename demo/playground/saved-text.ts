/**
 * Keeps what someone typed in `localStorage` as they type, plus the texts the editor held before each
 * replacement (a catalog form, a sample, a shared link, a restore): every one of them, newest first,
 * so opening two links in a row still leaves the text typed before the first. Nothing typed is lost
 * to a click.
 */

const PREFIX = 'schemaforms.playground.';

/** How many replaced texts are kept; past it, the oldest goes (a text equal to a kept one is not added twice). */
export const MAX_REPLACED_TEXTS = 50;

/** A text that was in the editor before a replacement, and when it was set aside. */
export interface ReplacedText {
  readonly text: string;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

/** The stored texts and settings of the playground. */
export interface SavedState {
  readonly text: string | undefined;
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

function isReplacedText(value: unknown): value is ReplacedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ReplacedText).text === 'string' &&
    typeof (value as ReplacedText).at === 'number'
  );
}

/** Everything stored. */
export function loadSaved(): SavedState {
  return { text: read('text'), path: read('path'), source: read('source'), lang: read('lang') };
}

/**
 * The replaced texts, newest first. The single `previous` text of earlier versions of the playground
 * is read too, as the oldest entry, so an update loses nothing.
 */
export function replacedTexts(): ReplacedText[] {
  let list: ReplacedText[] = [];
  try {
    const parsed: unknown = JSON.parse(read('replaced') ?? '[]');
    if (Array.isArray(parsed)) list = parsed.filter(isReplacedText);
  } catch {
    // A damaged entry is read as empty; it is rewritten by the next replacement.
  }
  const legacy = read('previous');
  if (legacy !== undefined && !list.some((entry) => entry.text === legacy)) list.push({ text: legacy, at: 0 });
  return list;
}

function storeReplaced(list: readonly ReplacedText[]): boolean {
  if (!write('replaced', JSON.stringify(list.slice(0, MAX_REPLACED_TEXTS)))) return false;
  write('previous', undefined);
  return true;
}

/** Saves the editor text; false when it could not be stored. */
export function saveText(text: string): boolean {
  return write('text', text);
}

/**
 * Sets `text` aside as the newest replaced text (a blank text is not kept; an equal one moves to the
 * front). False when storage could not hold it.
 */
export function keepReplaced(text: string, now = Date.now()): boolean {
  if (text.trim() === '') return true;
  const list = replacedTexts().filter((entry) => entry.text !== text);
  return storeReplaced([{ text, at: now }, ...list]);
}

/** Takes the replaced text at `index` out of the list and returns it (undefined when there is none). */
export function takeReplaced(index: number): string | undefined {
  const list = replacedTexts();
  const [entry] = list.splice(index, 1);
  if (!entry) return undefined;
  storeReplaced(list);
  return entry.text;
}

/** Saves a small setting (`path`, `source`, `lang`). */
export function saveSetting(key: 'path' | 'source' | 'lang', value: string | undefined): void {
  write(key, value);
}
