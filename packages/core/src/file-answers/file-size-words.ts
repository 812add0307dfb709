/**
 * File sizes as people read them: the unit that reads best, one decimal at most, a comma in pt-BR. Apart
 * from `file-size.ts`, which the eager field model imports: only the file widget and the messages of
 * file keywords need these words.
 */
import type { Locale } from '../types.js';

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
