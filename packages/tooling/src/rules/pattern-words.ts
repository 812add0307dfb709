/**
 * `pattern` mistakes in plain words, with the repair the author meant; the engine's own wording goes
 * to the details. Replaces the generic wording of `invalid-regex` and `regex-not-unicode`.
 */
import { checkMessage } from '../check-messages.js';
import { joinPointer } from '../json-pointer.js';
import { explainRegexError, intendedPattern, unicodeModeError } from '../regex-explain.js';
import { unicodeSpelling } from '../regex-lint.js';
import { isObject, walkSchemas } from '../schema-walk.js';
import type { RuleContext } from './rule-context.js';

/** The codes this rule words; the generic lint's messages for them are left out. */
export const PATTERN_CODES: ReadonlySet<string> = new Set(['invalid-regex', 'regex-not-unicode']);

/** Reports every `pattern` (and `patternProperties` name) that Ajv's Unicode mode refuses. */
export function lintPatternWords(context: RuleContext): void {
  walkSchemas(context.root, context.dialect, ({ schema, pointer }) => {
    if (typeof schema.pattern === 'string') check(schema.pattern, joinPointer(pointer, 'pattern'), false, context);
    if (isObject(schema.patternProperties)) {
      for (const key of Object.keys(schema.patternProperties))
        check(key, joinPointer(pointer, 'patternProperties', key), true, context);
    }
  });
}

function check(pattern: string, pointer: string, key: boolean, context: RuleContext): void {
  const reason = unicodeModeError(pattern);
  if (reason === undefined) return;
  let legacyOk = true;
  try {
    new RegExp(pattern);
  } catch {
    legacyOk = false;
  }
  const meant = intendedPattern(pattern);
  const fix = meant ?? (legacyOk ? unicodeSpelling(pattern) : undefined);
  const code = legacyOk && meant === undefined ? 'regex-not-unicode' : 'invalid-regex';
  const params = {
    pattern,
    reason: explainRegexError(reason, context.locale),
    engine: `JavaScript: ${reason}`,
    ...(fix === undefined ? {} : { fix }),
  };
  context.report(pointer, code, 'error', checkMessage(code, params, context.locale), { key });
}
