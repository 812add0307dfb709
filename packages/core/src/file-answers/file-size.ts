/**
 * File sizes as content editors write them (`"x-maxSize": "2 MB"`), parsed to bytes (1 KB = 1024 bytes,
 * the shared decision). Written back for people by `file-size-words.ts`.
 */
/** What `x-maxSize` accepts: a number (decimals with `.` or `,`), an optional space and B, KB, MB or GB. */
export const FILE_SIZE_PATTERN = '^[0-9]+([.,][0-9]+)?\\s?(B|KB|MB|GB)$';

/**
 * `"2 MB"` → 2097152, `"1,5 KB"` → 1536; undefined for anything `FILE_SIZE_PATTERN` refuses. Small on
 * purpose: the field model (eager code of every form) calls it.
 */
export function parseFileSize(text: unknown): number | undefined {
  const match = typeof text === 'string' ? /^([0-9]+(?:[.,][0-9]+)?)\s?([KMG]?)B$/.exec(text.trim()) : null;
  // The unit's power of 1024 is its place in " KMG" (no letter: bytes).
  return match ? Math.floor(Number(match[1]!.replace(',', '.')) * 1024 ** ' KMG'.indexOf(match[2] || ' ')) : undefined;
}
