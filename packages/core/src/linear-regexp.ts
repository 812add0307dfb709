/**
 * `@schemaforms/core/linear-regexp`: the regular-expression engine every `pattern` and
 * `patternProperties` runs on (Ajv's `code.regExp`, at runtime and in precompiled validators). It never
 * backtracks: the pattern becomes a Thompson NFA that is run over the input once, keeping the set of
 * live states (Pike/Thompson simulation), so a test costs O(input length × pattern size) whatever the
 * pattern — `^(a+)+$` on 50 hostile characters is as cheap as `^a+$` (issue 13 item 8, RELIABILITY E9).
 *
 * Why not re2js: it is ~45 KB min+gzip, as much as the whole portal budget. This engine is the same
 * idea (RE2 is an automaton engine too) in a few KB, for ECMAScript syntax: each single-character atom
 * (a class, `.`, `\d`, `\p{L}`…) is checked by the native engine on one code point, which cannot
 * backtrack; only the structure around atoms (groups, `|`, quantifiers, anchors) is ours. Like RE2, it
 * refuses what no automaton can run: backreferences and lookaround (`UnsupportedPatternError`).
 */

/** Thrown for a pattern the linear engine cannot run; `reason` says which construct and why. */
export class UnsupportedPatternError extends SyntaxError {
  override readonly name = 'UnsupportedPatternError';
  /** The pattern as written in the schema. */
  readonly pattern: string;
  /** What in the pattern cannot run in linear time, in words. */
  readonly reason: string;
  constructor(pattern: string, reason: string) {
    super(`pattern ${JSON.stringify(pattern)} cannot run on a linear-time engine: ${reason}`);
    this.pattern = pattern;
    this.reason = reason;
  }
}

/** NFA size cap: counted repetition is expanded, so `(a{1,1000}){1,1000}` is refused, not built. */
export const MAX_PATTERN_STATES = 20_000;
/** Group nesting cap (the parser is recursive). */
const MAX_GROUP_DEPTH = 100;

const enum Kind {
  Char,
  Split,
  Assert,
  Match,
}
type Assertion = '^' | '$' | 'b' | 'B';
interface State {
  kind: Kind;
  /** Kind.Char: does this code point match? */
  test?: (codePoint: number) => boolean;
  assertion?: Assertion;
  out: number;
  out2: number;
}
/** A piece of NFA under construction: its start state and the dangling exits to patch. */
interface Fragment {
  start: number;
  exits: Array<{ state: number; second: boolean }>;
}
/** The parsed pattern: a tree of alternatives, sequences and quantified terms. */
type Node =
  | { type: 'atom'; test: (codePoint: number) => boolean }
  | { type: 'assert'; assertion: Assertion }
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; options: Node[] }
  | { type: 'repeat'; node: Node; min: number; max: number };

const SYNTAX = new Set('^$\\.*+?()[]{}|/');

class Parser {
  private at = 0;
  private depth = 0;
  constructor(
    private readonly pattern: string,
    private readonly flags: string,
  ) {}

  private unsupported(reason: string): never {
    throw new UnsupportedPatternError(this.pattern, reason);
  }

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.pattern.length)
      this.unsupported(`unexpected ${JSON.stringify(this.pattern[this.at])} at ${this.at}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.pattern[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.pattern.length && this.pattern[this.at] !== '|' && this.pattern[this.at] !== ')') {
      const term = this.term();
      items.push(this.quantified(term));
    }
    return { type: 'seq', items };
  }

  private quantified(node: Node): Node {
    const p = this.pattern;
    let min: number;
    let max: number;
    const c = p[this.at];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(this.at));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return node;
    this.at++;
    if (p[this.at] === '?') this.at++; // lazy or greedy: the same for test()
    if (node.type === 'assert') this.unsupported('a quantified assertion');
    return { type: 'repeat', node, min, max };
  }

  private term(): Node {
    const p = this.pattern;
    const c = p[this.at]!;
    if (c === '^' || c === '$') {
      this.at++;
      return { type: 'assert', assertion: c };
    }
    if (c === '(') return this.group();
    if (c === '[') return this.classAtom();
    if (c === '.') {
      this.at++;
      return this.nativeAtom('.');
    }
    if (c === '\\') return this.escape();
    const codePoint = p.codePointAt(this.at)!;
    this.at += codePoint > 0xffff && this.flags.includes('u') ? 2 : 1;
    return { type: 'atom', test: (x) => x === codePoint };
  }

  private group(): Node {
    const p = this.pattern;
    this.at++;
    if (p.startsWith('?=', this.at) || p.startsWith('?!', this.at))
      this.unsupported('lookahead ("(?=" or "(?!") needs backtracking');
    if (p.startsWith('?<=', this.at) || p.startsWith('?<!', this.at))
      this.unsupported('lookbehind ("(?<=" or "(?<!") needs backtracking');
    if (p.startsWith('?:', this.at)) this.at += 2;
    else if (p.startsWith('?<', this.at)) this.at = p.indexOf('>', this.at) + 1;
    else if (p[this.at] === '?') this.unsupported('inline modifiers ("(?i:" …)');
    if (++this.depth > MAX_GROUP_DEPTH) this.unsupported(`groups nested more than ${MAX_GROUP_DEPTH} deep`);
    const node = this.alternation();
    this.depth--;
    if (p[this.at] !== ')') this.unsupported('an unclosed group');
    this.at++;
    return node;
  }

  private classAtom(): Node {
    const p = this.pattern;
    let end = this.at + 1;
    if (p[end] === '^') end++;
    for (; end < p.length && p[end] !== ']'; end++) if (p[end] === '\\') end++;
    const text = p.slice(this.at, end + 1);
    this.at = end + 1;
    return this.nativeAtom(text);
  }

  private escape(): Node {
    const p = this.pattern;
    const next = p[this.at + 1];
    if (next === undefined) this.unsupported('a trailing backslash');
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return { type: 'assert', assertion: next };
    }
    if (/[1-9]/.test(next) || (next === 'k' && p[this.at + 2] === '<'))
      this.unsupported('a backreference ("\\1", "\\k<name>") is not a regular language');
    const m =
      /^\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}(?:\\u[0-9A-Fa-f]{4})?|x[0-9A-Fa-f]{2}|c[A-Za-z]|0|[\s\S])/.exec(
        p.slice(this.at),
      )!;
    let text = m[0];
    // A surrogate pair written as two \u escapes is one code point in Unicode mode; otherwise keep one.
    if (
      /^\\u[0-9A-Fa-f]{4}\\u/.test(text) &&
      !(this.flags.includes('u') && /^\\u[dD][89abAB]..\\u[dD][c-fC-F]/.test(text))
    )
      text = text.slice(0, 6);
    this.at += text.length;
    if (text.length === 2 && SYNTAX.has(next) && next !== 'b') {
      const codePoint = next.codePointAt(0)!;
      return { type: 'atom', test: (x) => x === codePoint };
    }
    return this.nativeAtom(text);
  }

  /** One single-character atom, checked by the native engine on one code point (no backtracking). */
  private nativeAtom(text: string): Node {
    const native = new RegExp(`^(?:${text})$`, this.flags);
    return { type: 'atom', test: (x) => native.test(String.fromCodePoint(x)) };
  }
}

/** Builds the NFA of `root` (Thompson's construction). */
function build(root: Node, pattern: string): State[] {
  const states: State[] = [];
  const add = (state: State): number => {
    if (states.length >= MAX_PATTERN_STATES)
      throw new UnsupportedPatternError(
        pattern,
        `it needs more than ${MAX_PATTERN_STATES} automaton states (lower the {n,m} counts)`,
      );
    return states.push(state) - 1;
  };
  const patch = (f: Fragment, to: number) => {
    for (const e of f.exits) states[e.state]![e.second ? 'out2' : 'out'] = to;
  };
  const empty = (): Fragment => {
    const s = add({ kind: Kind.Split, out: -1, out2: -1 });
    // A split whose second exit is never taken: an epsilon step.
    states[s]!.out2 = s;
    return { start: s, exits: [{ state: s, second: false }] };
  };
  const concat = (a: Fragment, b: Fragment): Fragment => {
    patch(a, b.start);
    return { start: a.start, exits: b.exits };
  };
  const optional = (f: Fragment): Fragment => {
    const s = add({ kind: Kind.Split, out: f.start, out2: -1 });
    return { start: s, exits: [...f.exits, { state: s, second: true }] };
  };
  const star = (f: Fragment): Fragment => {
    const s = add({ kind: Kind.Split, out: f.start, out2: -1 });
    patch(f, s);
    return { start: s, exits: [{ state: s, second: true }] };
  };
  const compile = (node: Node): Fragment => {
    switch (node.type) {
      case 'atom': {
        const s = add({ kind: Kind.Char, test: node.test, out: -1, out2: -1 });
        return { start: s, exits: [{ state: s, second: false }] };
      }
      case 'assert': {
        const s = add({ kind: Kind.Assert, assertion: node.assertion, out: -1, out2: -1 });
        return { start: s, exits: [{ state: s, second: false }] };
      }
      case 'seq':
        return node.items.length ? node.items.map(compile).reduce(concat) : empty();
      case 'alt':
        return node.options.map(compile).reduce((a, b) => {
          const s = add({ kind: Kind.Split, out: a.start, out2: b.start });
          return { start: s, exits: [...a.exits, ...b.exits] };
        });
      case 'repeat': {
        let result: Fragment | undefined;
        const append = (f: Fragment) => (result = result ? concat(result, f) : f);
        for (let i = 0; i < node.min; i++) append(compile(node.node));
        if (node.max === Infinity) append(star(compile(node.node)));
        else {
          // X{0,k} = (X(X(…)?)?)?, built from the inside out.
          let tail: Fragment | undefined;
          for (let i = node.min; i < node.max; i++)
            tail = optional(tail ? concat(compile(node.node), tail) : compile(node.node));
          if (tail) append(tail);
        }
        return result ?? empty();
      }
    }
  };
  const body = compile(root);
  patch(body, add({ kind: Kind.Match, out: -1, out2: -1 }));
  states.push({ kind: Kind.Split, out: body.start, out2: body.start }); // the start state, last
  return states;
}

const isWordCharacter = (codePoint: number | undefined) =>
  codePoint !== undefined &&
  ((codePoint >= 48 && codePoint <= 57) ||
    (codePoint >= 65 && codePoint <= 90) ||
    (codePoint >= 97 && codePoint <= 122) ||
    codePoint === 95);

/** A compiled pattern with the `RegExp` members Ajv uses: `test`, `source`, `flags`, `toString`. */
export class LinearRegExp {
  readonly source: string;
  readonly flags: string;
  private readonly states: State[];

  /** Throws `SyntaxError` for an invalid pattern and `UnsupportedPatternError` for one it cannot run. */
  constructor(pattern: string, flags = 'u') {
    if (/[^u]/.test(flags))
      throw new UnsupportedPatternError(pattern, `only the "u" flag is supported, not "${flags}"`);
    new RegExp(pattern, flags); // the exact ECMAScript syntax errors, before our own parse
    this.source = pattern;
    this.flags = flags;
    this.states = build(new Parser(pattern, flags).parse(), pattern);
  }

  /** Whether the pattern matches anywhere in `input` (as `RegExp.prototype.test`, without `g`). */
  test(input: string): boolean {
    const characters: number[] = [];
    if (this.flags.includes('u')) for (const c of input) characters.push(c.codePointAt(0)!);
    else for (let i = 0; i < input.length; i++) characters.push(input.charCodeAt(i));
    const states = this.states;
    const seen = new Int32Array(states.length).fill(-1);
    let current: number[] = [];
    let next: number[] = [];
    const start = states.length - 1;
    // Adds `from` and every state reachable from it without consuming a character; true on Match.
    const close = (from: number, position: number, into: number[]): boolean => {
      const stack = [from];
      while (stack.length) {
        const s = stack.pop()!;
        if (s < 0 || seen[s] === position) continue;
        seen[s] = position;
        const state = states[s]!;
        if (state.kind === Kind.Match) return true;
        if (state.kind === Kind.Char) into.push(s);
        else if (state.kind === Kind.Split) stack.push(state.out2, state.out);
        else if (this.holds(state.assertion!, characters, position)) stack.push(state.out);
      }
      return false;
    };
    for (let position = 0; ; position++) {
      // The implicit leading `.*?`: a match may start at any position.
      if (close(start, position, current)) return true;
      if (position === characters.length) return false;
      const character = characters[position]!;
      for (const s of current) {
        const state = states[s]!;
        if (state.test!(character) && close(state.out, position + 1, next)) return true;
      }
      [current, next] = [next, []];
    }
  }

  private holds(assertion: Assertion, characters: readonly number[], position: number): boolean {
    if (assertion === '^') return position === 0;
    if (assertion === '$') return position === characters.length;
    const boundary = isWordCharacter(characters[position - 1]) !== isWordCharacter(characters[position]);
    return assertion === 'b' ? boundary : !boundary;
  }

  /** `/source/flags`, as a `RegExp` prints: Ajv keys its pattern cache with it. */
  toString(): string {
    return `/${this.source}/${this.flags}`;
  }
}

/**
 * `new LinearRegExp(pattern, flags)` as a function: what Ajv standalone code calls for every pattern
 * (core's `code.regExp` names it), so precompiled validators import this module.
 */
export function linearRegExp(pattern: string, flags: string): LinearRegExp {
  return new LinearRegExp(pattern, flags);
}
