/**
 * Lints a `pattern` the way Ajv will run it (core's linear-time engine, Unicode mode): syntax, patterns
 * that only work without the `u` flag, constructs the linear engine cannot run (backreferences,
 * lookaround), and catastrophic backtracking (ReDoS) — harmless in our validators now, but still
 * flagged for any other consumer of the schema.
 */
import { LinearRegExp, UnsupportedPatternError } from '@schemaforms/core/linear-regexp';
import { isSafePattern } from 'redos-detector';

/** A problem with one regular expression. */
export interface RegexProblem {
  readonly code: 'invalid-regex' | 'regex-not-unicode' | 'regex-not-linear' | 'redos' | 'slow-regex';
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/**
 * The analysis budget: a step count, not a time limit, so a pattern gets the same verdict on a busy CI
 * machine as on a laptop (patterns that exhaust it are treated as unsafe). The timeout is only a
 * guard against a hang and is far above what the step budget needs.
 */
const REDOS_MAX_STEPS = 1_000;
const REDOS_GUARD_TIMEOUT_MS = 20_000;

/** Checks one pattern; returns no problems for a safe, valid Unicode-mode pattern. */
export function lintPattern(pattern: string): RegexProblem[] {
  try {
    new RegExp(pattern, 'u');
  } catch (unicodeError) {
    const reason = (unicodeError as Error).message.replace(/^Invalid regular expression: /, '');
    let legacyOk = true;
    try {
      new RegExp(pattern);
    } catch {
      legacyOk = false;
    }
    if (legacyOk) {
      const suggestion = unicodeSpelling(pattern);
      return [
        {
          code: 'regex-not-unicode',
          severity: 'error',
          message:
            `pattern ${JSON.stringify(pattern)} is valid only without the "u" flag, and Ajv compiles patterns with it (${reason})` +
            (suggestion !== undefined
              ? ` — write it in Unicode mode as ${JSON.stringify(suggestion)}`
              : ' — remove needless escapes such as \\- or \\_ and write \\x{…} as \\u{…}'),
        },
      ];
    }
    return [
      {
        code: 'invalid-regex',
        severity: 'error',
        message: `invalid regular expression ${JSON.stringify(pattern)}: ${reason} — fix the pattern (inside JSON a backslash is written \\\\)`,
      },
    ];
  }
  try {
    new LinearRegExp(pattern, 'u');
  } catch (e) {
    if (!(e instanceof UnsupportedPatternError)) throw e;
    return [
      {
        code: 'regex-not-linear',
        severity: 'error',
        message: `${e.message} — patterns run on a linear-time engine (no answer may freeze the page or the server); rewrite it without backreferences or lookaround`,
      },
    ];
  }
  return backtrackingProblems(pattern);
}

/**
 * Whether the native (backtracking) engine provably runs `pattern` in linear time, so a precompiled
 * form may skip the linear engine's bytes: anchored at the start with no alternation (one start
 * position, one branch), and redos-detector finds no ambiguous path within its step budget (a pattern
 * that exhausts it, or that it cannot analyse, is not proved). Everything else runs on core's engine.
 */
export function provablyLinearOnNativeEngine(pattern: string): boolean {
  if (!/^\^[^|]*$/.test(pattern)) return false;
  try {
    new LinearRegExp(pattern, 'u');
    return isSafePattern(pattern, { unicode: true, maxSteps: REDOS_MAX_STEPS, timeout: REDOS_GUARD_TIMEOUT_MS }).safe;
  } catch {
    return false;
  }
}

/**
 * Rewrites a pattern that only compiles without `u` into its Unicode-mode spelling: identity escapes
 * of non-syntax characters lose their backslash, `\x{HEX}` becomes `\u{HEX}`, lone braces are escaped.
 * Returns `undefined` when the rewrite still does not compile.
 */
export function unicodeSpelling(pattern: string): string | undefined {
  const syntax = '^$\\.*+?()[]{}|/';
  const validEscapeLetters = 'dDwWsSbBnrtfv0';
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      const braced = /^x\{([0-9a-fA-F]+)\}/.exec(pattern.slice(i + 1));
      if (braced) {
        out += `\\u{${braced[1]}}`;
        i += braced[0].length;
      } else if (
        syntax.includes(next) ||
        validEscapeLetters.includes(next) ||
        /[1-9cxukpP]/.test(next) ||
        (inClass && next === '-')
      ) {
        out += c + next;
        i++;
      } else {
        out += next;
        i++;
      }
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '{') {
      const quantifier = /^\{\d+(,\d*)?\}/.exec(pattern.slice(i));
      if (quantifier) {
        out += quantifier[0];
        i += quantifier[0].length - 1;
      } else {
        out += '\\{';
      }
    } else if (c === '}' || c === ']') {
      out += `\\${c}`;
    } else {
      out += c;
    }
  }
  try {
    new RegExp(out, 'u');
    return out;
  } catch {
    return undefined;
  }
}

// --- backtracking -------------------------------------------------------------------------------

interface Item {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}
type Atom =
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

/**
 * Combines two opinions so editors get few false alarms: redos-detector (exhaustive, but it also flags
 * merely polynomial patterns such as `^[a-z]+-[a-z]+$`) and a structural check for the exponential
 * shape — a group repeated without bound whose body can match the same text in two ways (`(a+)+`,
 * `(\w+\s?)*`, `(a|a)*`). Both → error; the detector alone → warning (bounded by `maxLength`).
 */
function backtrackingProblems(pattern: string): RegexProblem[] {
  let detector: ReturnType<typeof isSafePattern>;
  try {
    detector = isSafePattern(pattern, { unicode: true, maxSteps: REDOS_MAX_STEPS, timeout: REDOS_GUARD_TIMEOUT_MS });
  } catch {
    return [];
  }
  if (detector.safe) return [];
  let items: Item[][] | undefined;
  try {
    items = parseAlternation(pattern, { i: 0 });
  } catch {
    items = undefined;
  }
  const culprit = items ? findAmbiguousRepetition(pattern, items) : undefined;
  if (culprit !== undefined) {
    return [
      {
        code: 'redos',
        severity: 'error',
        message:
          `pattern ${JSON.stringify(pattern)} can backtrack catastrophically (ReDoS): the repeated group ${JSON.stringify(culprit)} ` +
          'can match the same text in more than one way — make its parts mutually exclusive or drop the inner repetition (for example ^(a+)+$ → ^a+$)',
      },
    ];
  }
  return [
    {
      code: 'slow-regex',
      severity: 'warning',
      message: `pattern ${JSON.stringify(pattern)} may backtrack polynomially on long input — keep "maxLength" small, or make adjacent repeated parts exclusive`,
    },
  ];
}

function parseAlternation(src: string, pos: { i: number }): Item[][] {
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
function findAmbiguousRepetition(pattern: string, branches: readonly Item[][]): string | undefined {
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
