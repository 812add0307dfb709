/**
 * `x-accept` lists (`["application/pdf", "image/*", ".docx"]`, the HTML `accept` vocabulary): whether a
 * file matches one, and the list in words a seller reads ("PDF ou imagem", "PDF or image").
 */
import type { Locale } from '../types.js';

/** What an `x-accept` entry may be: a media type, a `type/*` wildcard, `*` or `*\/*`, or an extension. */
export const ACCEPT_ENTRY_PATTERN =
  '^(\\*|\\*/\\*|[A-Za-z0-9!#$&^_.+-]+/(\\*|[A-Za-z0-9!#$&^_.+-]+)|\\.[A-Za-z0-9][A-Za-z0-9._+-]*)$';

/**
 * Whether a file with `mediaType` and `name` matches one entry of `accept`: the same media type, a
 * wildcard of its top type, or its name's extension (case-insensitive). An empty list accepts any file.
 */
export function acceptsFile(accept: readonly string[], mediaType: string, name: string): boolean {
  if (accept.length === 0) return true;
  const type = mediaType.toLowerCase();
  const file = name.toLowerCase();
  return accept.some((raw) => {
    const entry = raw.trim().toLowerCase();
    if (entry === '*' || entry === '*/*') return true;
    if (entry.startsWith('.')) return file.endsWith(entry);
    if (entry.endsWith('/*')) return type.startsWith(entry.slice(0, -1));
    return type === entry;
  });
}

type Words = readonly [pt: string, en: string];

/** Words for the entries people know by name; other entries read as their extension or subtype. */
const NAMED: Readonly<Record<string, Words>> = {
  'application/pdf': ['PDF', 'PDF'],
  '.pdf': ['PDF', 'PDF'],
  'image/*': ['imagem', 'image'],
  'video/*': ['vídeo', 'video'],
  'audio/*': ['áudio', 'audio'],
  'text/*': ['texto', 'text'],
  'text/plain': ['texto', 'text'],
  '.txt': ['texto', 'text'],
  'image/jpeg': ['JPEG', 'JPEG'],
  '.jpg': ['JPEG', 'JPEG'],
  '.jpeg': ['JPEG', 'JPEG'],
  'text/csv': ['CSV', 'CSV'],
  'application/zip': ['ZIP', 'ZIP'],
  'application/msword': ['documento Word', 'Word document'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['documento Word', 'Word document'],
  '.doc': ['documento Word', 'Word document'],
  '.docx': ['documento Word', 'Word document'],
  'application/vnd.ms-excel': ['planilha Excel', 'Excel spreadsheet'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['planilha Excel', 'Excel spreadsheet'],
  '.xls': ['planilha Excel', 'Excel spreadsheet'],
  '.xlsx': ['planilha Excel', 'Excel spreadsheet'],
  '*': ['qualquer arquivo', 'any file'],
  '*/*': ['qualquer arquivo', 'any file'],
};

/** One entry in words: a known name, else `.png` → "PNG", `image/webp` → "WEBP", `font/*` → "font". */
function entryWords(entry: string, locale: Locale): string {
  const key = entry.trim().toLowerCase();
  const named = NAMED[key];
  if (named) return named[locale === 'en' ? 1 : 0];
  if (key.startsWith('.')) return key.slice(1).toUpperCase();
  const [top, sub = ''] = key.split('/');
  if (sub === '*') return top!;
  return sub.replace(/^(x-|vnd\.)/, '').toUpperCase();
}

/**
 * The accept list as a seller reads it: `["application/pdf", "image/*"]` → "PDF ou imagem" (pt-BR) or
 * "PDF or image" (en); entries that read the same (`.jpg`, `image/jpeg`) are said once.
 */
export function acceptWords(accept: readonly string[], locale: Locale = 'pt-BR'): string {
  const words = [...new Set(accept.map((entry) => entryWords(entry, locale)))];
  if (words.length <= 1) return words[0] ?? '';
  const or = locale === 'en' ? ' or ' : ' ou ';
  return `${words.slice(0, -1).join(', ')}${or}${words.at(-1)}`;
}
