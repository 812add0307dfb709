/**
 * File sizes as content editors write them (`"x-maxSize": "2 MB"`) and as people read them: parsed to
 * bytes (1 KB = 1024 bytes, the shared decision) and written back with the unit that reads best.
 */
import type { Locale } from '../types.js';

/** What `x-maxSize` accepts: a number (decimals with `.` or `,`), an optional space and B, KB, MB or GB. */
export const FILE_SIZE_PATTERN = '^[0-9]+([.,][0-9]+)?\\s?(B|KB|MB|GB)$';

const UNIT_BYTES: Readonly<Record<string, number>> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** `"2 MB"` → 2097152, `"1,5 KB"` → 1536; undefined for anything `FILE_SIZE_PATTERN` refuses. */
export function parseFileSize(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^([0-9]+(?:[.,][0-9]+)?)\s?(B|KB|MB|GB)$/.exec(text.trim());
  if (!match) return undefined;
  return Math.floor(Number(match[1]!.replace(',', '.')) * UNIT_BYTES[match[2]!]!);
}

/**
 * A byte count in the largest unit it reaches, with at most one decimal (a comma in pt-BR):
 * 2097152 → "2 MB", 1572864 → "1,5 MB" / "1.5 MB", 900 → "900 bytes".
 */
export function formatFileSize(bytes: number, locale: Locale = 'pt-BR'): string {
  if (!(bytes >= 1024)) return `${Math.max(0, Math.round(bytes || 0))} bytes`;
  let unit = 'KB';
  let value = bytes / 1024;
  for (const next of ['MB', 'GB']) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  const shown = String(Math.round(value * 10) / 10);
  return `${locale === 'en' ? shown : shown.replace('.', ',')} ${unit}`;
}
