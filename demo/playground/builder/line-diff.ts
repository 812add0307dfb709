/**
 * A line diff for "review before saving": the lines removed (`-`), added (`+`) and, around each change,
 * up to two unchanged lines, as the shortest edit script over lines (longest common subsequence).
 */

/** One line of a diff. */
export interface DiffLine {
  readonly kind: 'same' | 'added' | 'removed' | 'gap';
  readonly text: string;
}

/** Lines compared past this count are shown as a whole replacement (the table grows as the square). */
const MAX_LINES = 4000;

/** The changes from `before` to `after`, with `context` unchanged lines kept around each one. */
export function lineDiff(before: string, after: string, context = 2): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let full: DiffLine[];
  if (a.length > MAX_LINES || b.length > MAX_LINES) {
    full = [
      ...a.map((text) => ({ kind: 'removed' as const, text })),
      ...b.map((text) => ({ kind: 'added' as const, text })),
    ];
  } else {
    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--)
      for (let j = b.length - 1; j >= 0; j--)
        lengths[i]![j] =
          a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    full = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        full.push({ kind: 'same', text: a[i]! });
        i++;
        j++;
      } else if (j < b.length && (i >= a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
        full.push({ kind: 'added', text: b[j++]! });
      } else {
        full.push({ kind: 'removed', text: a[i++]! });
      }
    }
  }
  const near = full.map((_line, index) =>
    full.slice(Math.max(0, index - context), index + context + 1).some((line) => line.kind !== 'same'),
  );
  const out: DiffLine[] = [];
  full.forEach((line, index) => {
    if (line.kind !== 'same' || near[index]) out.push(line);
    else if (out.length > 0 && out[out.length - 1]!.kind !== 'gap') out.push({ kind: 'gap', text: '…' });
  });
  if (out[out.length - 1]?.kind === 'gap') out.pop();
  return out;
}
