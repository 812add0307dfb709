/**
 * The structural half of the ReDoS check (`regex-lint.ts` holds the other, redos-detector, and the
 * verdict): a small parser of a pattern into repeated items, and the search for the exponential shape —
 * a group repeated without bound (or ≥ 10 times) whose body can match the same text in two ways.
 * Characters are compared by which of a fixed set of sample characters they match.
 */

/** One atom with its quantifier (`{1,1}` when none). */
export interface Item {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}

/** A character or class, an anchor, or a group of alternative branches. */
export type Atom =
  | { readonly kind: 'char'; readonly source: string }
  | { readonly kind: 'anchor' }
  | { readonly kind: 'group'; readonly branches: readonly Item[][]; readonly lookaround: boolean };

const SAMPLES = [
  'a',
  'b',
  'z',
  'A',
  'Z',
  '0',
  '5',
  '9',
  '-',
  '_',
  '.',
  ' ',
  '\t',
  '\n',
  '@',
  '/',
  ':',
  '+',
  '=',
  '#',
  '?',
  '&',
  '%',
  '!',
  '"',
  "'",
  ',',
  ';',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '*',
  '\\',
  'é',
  'ç',
  'Ä',
  '中',
  '😀',
  '\u00a0',
  '~',
  '$',
  '^',
];

/** Parses the alternatives of `src` from `pos` up to the closing parenthesis or the end. */
export function parseAlternation(src: string, pos: { i: number }): Item[][] {
  const branches: Item[][] = [[]];
  while (pos.i < src.length) {
    const c = src[pos.i]!;
    if (c === ')') break;
    if (c === '|') {
      branches.push([]);
      pos.i++;
      continue;
    }
    const atom = parseAtom(src, pos);
    const [min, max] = parseQuantifier(src, pos);
    branches[branches.length - 1]!.push({ atom, min, max });
  }
  return branches;
}

function parseAtom(src: string, pos: { i: number }): Atom {
  const start = pos.i;
  const c = src[pos.i]!;
  if (c === '^' || c === '$') {
    pos.i++;
    return { kind: 'anchor' };
  }
  if (c === '(') {
    pos.i++;
    let lookaround = false;
    if (src.startsWith('?:', pos.i)) pos.i += 2;
    else if (/^\?<?[=!]/.test(src.slice(pos.i))) {
      lookaround = true;
      pos.i += src[pos.i + 1] === '<' ? 3 : 2;
    } else if (src.startsWith('?<', pos.i)) pos.i = src.indexOf('>', pos.i) + 1;
    const branches = parseAlternation(src, pos);
    pos.i++; // ')'
    return { kind: 'group', branches, lookaround };
  }
  if (c === '[') {
    pos.i++;
    if (src[pos.i] === '^') pos.i++;
    if (src[pos.i] === ']') pos.i++;
    while (pos.i < src.length && src[pos.i] !== ']') pos.i += src[pos.i] === '\\' ? 2 : 1;
    pos.i++;
    return { kind: 'char', source: src.slice(start, pos.i) };
  }
  if (c === '\\') {
    const rest = src.slice(pos.i + 1);
    if (/^[bB]/.test(rest)) {
      pos.i += 2;
      return { kind: 'anchor' };
    }
    const long = /^(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[pP]\{[^}]*\}|c[a-zA-Z]|k<[^>]*>|\d+)/.exec(rest);
    pos.i += 1 + (long ? long[0].length : 1);
    if (long && /^(k<|[1-9])/.test(long[0]))
      return {
        kind: 'group',
        branches: [[{ atom: { kind: 'char', source: '[^]' }, min: 0, max: Infinity }]],
        lookaround: false,
      };
    return { kind: 'char', source: src.slice(start, pos.i) };
  }
  // A surrogate pair is one character in Unicode mode.
  const code = src.codePointAt(pos.i)!;
  pos.i += code > 0xffff ? 2 : 1;
  return { kind: 'char', source: src.slice(start, pos.i) };
}

function parseQuantifier(src: string, pos: { i: number }): [number, number] {
  const c = src[pos.i];
  let range: [number, number] = [1, 1];
  if (c === '*') range = [0, Infinity];
  else if (c === '+') range = [1, Infinity];
  else if (c === '?') range = [0, 1];
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(pos.i));
    if (!m) return range;
    const min = Number(m[1]);
    range = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    pos.i += m[0].length - 1;
  } else return range;
  pos.i++;
  if (src[pos.i] === '?') pos.i++; // lazy: same backtracking
  return range;
}

const charsetCache = new Map<string, Set<number>>();
function charset(atom: Atom): Set<number> {
  if (atom.kind === 'anchor' || (atom.kind === 'group' && atom.lookaround)) return new Set();
  if (atom.kind === 'group') {
    const all = new Set<number>();
    for (const branch of atom.branches) for (const item of branch) for (const s of charset(item.atom)) all.add(s);
    return all;
  }
  let set = charsetCache.get(atom.source);
  if (!set) {
    set = new Set();
    try {
      const re = new RegExp(`^(?:${atom.source})$`, 'u');
      SAMPLES.forEach((sample, index) => {
        if (re.test(sample)) set!.add(index);
      });
    } catch {
      SAMPLES.forEach((_, index) => set!.add(index));
    }
    charsetCache.set(atom.source, set);
  }
  return set;
}

function overlaps(a: Set<number>, b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function isLong(item: Item): boolean {
  if (item.max === Infinity) return true;
  return item.atom.kind === 'group' && !item.atom.lookaround && item.atom.branches.some((b) => b.some(isLong));
}

function branchAmbiguous(branch: readonly Item[]): boolean {
  const mandatory = branch.filter((item) => item.min > 0 && charset(item.atom).size > 0);
  return branch.some(
    (item) =>
      isLong(item) && mandatory.every((other) => other === item || overlaps(charset(item.atom), charset(other.atom))),
  );
}

/** Returns a description of the first group repeated ≥ 10 times or unboundedly whose body is ambiguous. */
export function findAmbiguousRepetition(pattern: string, branches: readonly Item[][]): string | undefined {
  const stack: Item[] = branches.flat();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.atom.kind !== 'group') continue;
    const { branches: body } = item.atom;
    if (item.max >= 10 && !item.atom.lookaround) {
      const firstSets = body.map((b) => {
        const first = b.find((i) => charset(i.atom).size > 0);
        return first ? charset(first.atom) : new Set<number>();
      });
      const alternationOverlap = firstSets.some((s, i) => firstSets.some((t, j) => j > i && overlaps(s, t)));
      if (alternationOverlap || body.some(branchAmbiguous)) return describeGroup(pattern, body);
    }
    for (const b of body) stack.push(...b);
  }
  return undefined;
}

function describeGroup(_pattern: string, body: readonly Item[][]): string {
  const render = (items: readonly Item[]): string => items.map(renderItem).join('');
  return `(${body.map(render).join('|')})`;
}

function renderItem(item: Item): string {
  const atom =
    item.atom.kind === 'char'
      ? item.atom.source
      : item.atom.kind === 'anchor'
        ? ''
        : `(${item.atom.branches.map((b) => b.map(renderItem).join('')).join('|')})`;
  const q =
    item.min === 1 && item.max === 1
      ? ''
      : item.min === 0 && item.max === Infinity
        ? '*'
        : item.min === 1 && item.max === Infinity
          ? '+'
          : item.min === 0 && item.max === 1
            ? '?'
            : `{${item.min},${item.max === Infinity ? '' : item.max}}`;
  return atom + q;
}
