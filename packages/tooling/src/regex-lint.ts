/**
 * Lints a `pattern` the way Ajv will run it (core's linear-time engine, Unicode mode): syntax, patterns
 * that only work without the `u` flag, constructs the linear engine cannot run (backreferences,
 * lookaround), and catastrophic backtracking (ReDoS) — harmless in our validators now, but still
 * flagged for any other consumer of the schema.
 */
import { LinearRegExp, UnsupportedPatternError } from '@schemaforms/core/linear-regexp';
import { isSafePattern } from 'redos-detector';
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { explainRegexError, unicodeModeError } from './regex-explain.js';
import { findAmbiguousRepetition, parseAlternation, type Item } from './regex-ambiguity.js';

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

/**
 * Checks one pattern; returns no problems for a safe, valid Unicode-mode pattern. `locale` words the
 * messages (English by default).
 */
export function lintPattern(pattern: string, locale: CheckLocale = 'en'): RegexProblem[] {
  try {
    new RegExp(pattern, 'u');
  } catch {
    const reason = unicodeModeError(pattern) ?? '';
    let legacyOk = true;
    try {
      new RegExp(pattern);
    } catch {
      legacyOk = false;
    }
    const params = { pattern, reason: explainRegexError(reason, locale), engine: `JavaScript: ${reason}` };
    if (legacyOk) {
      const suggestion = unicodeSpelling(pattern);
      const wording = { ...params, ...(suggestion === undefined ? {} : { fix: suggestion }) };
      return [
        { code: 'regex-not-unicode', severity: 'error', message: checkMessage('regex-not-unicode', wording, locale) },
      ];
    }
    return [{ code: 'invalid-regex', severity: 'error', message: checkMessage('invalid-regex', params, locale) }];
  }
  try {
    new LinearRegExp(pattern, 'u');
  } catch (e) {
    if (!(e instanceof UnsupportedPatternError)) throw e;
    return [
      {
        code: 'regex-not-linear',
        severity: 'error',
        message: checkMessage('regex-not-linear', { pattern, reason: e.reason }, locale),
      },
    ];
  }
  return backtrackingProblems(pattern, locale);
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

/**
 * Combines two opinions so editors get few false alarms: redos-detector (exhaustive, but it also flags
 * merely polynomial patterns such as `^[a-z]+-[a-z]+$`) and a structural check for the exponential
 * shape — a group repeated without bound whose body can match the same text in two ways (`(a+)+`,
 * `(\w+\s?)*`, `(a|a)*`). Both → error; the detector alone → warning (bounded by `maxLength`).
 */
function backtrackingProblems(pattern: string, locale: CheckLocale): RegexProblem[] {
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
        message: checkMessage('redos', { pattern, group: culprit }, locale),
      },
    ];
  }
  return [
    {
      code: 'slow-regex',
      severity: 'warning',
      message: checkMessage('slow-regex', { pattern }, locale),
    },
  ];
}
