/**
 * `pattern` for core's condition evaluator, on the same linear-time engine the validators run
 * (`pattern-keyword.ts` with Ajv's `unicodeRegExp`: flag `u`). The engine is a chunk of its own,
 * loaded with `loadConditionPatterns` once a schema is read whose conditions test a pattern
 * (`pattern-conditions.ts`), so other forms never fetch it; until it is here a pattern is undecided.
 */
import type { LinearRegExp } from '../linear-regexp.js';

/** Compiled patterns (null: the engine refuses it, so the validator decides) — few per page. */
const compiled = new Map<string, LinearRegExp | null>();
/** At most this many patterns are kept compiled. */
const MAX_COMPILED = 500;

let engine: typeof LinearRegExp | undefined;
let loading: Promise<void> | undefined;

/** Loads the linear-time engine (once); patterns are decided from then on. */
export function loadConditionPatterns(): Promise<void> {
  loading ??= import('../linear-regexp.js').then(
    (module) => {
      engine = module.LinearRegExp;
    },
    (error: unknown) => {
      // Tried again by the next schema that needs it; meanwhile its patterns go to the validator.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Whether `text` matches `pattern` as the validators decide it, or `undefined` when that cannot be
 * told here: the engine has not loaded yet, or it refuses the pattern (Ajv refuses the schema then).
 */
export function patternMatches(pattern: string, text: string): boolean | undefined {
  if (!engine) return undefined;
  let regExp = compiled.get(pattern);
  if (regExp === undefined) {
    try {
      regExp = new engine(pattern, 'u');
    } catch {
      regExp = null;
    }
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(pattern, regExp);
  }
  return regExp ? regExp.test(text) : undefined;
}
