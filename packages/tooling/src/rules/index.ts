/**
 * The logic rules of `schemaforms check`: mistakes a schema validator accepts but that reach people
 * as broken forms. Each rule is a file of its own; this runs them all.
 */
import { lintChoiceOptions } from './choice-options.js';
import { lintConditionalFields } from './conditional-fields.js';
import { lintPatternWords } from './pattern-words.js';
import { lintPresets } from './presets.js';
import type { RuleContext } from './rule-context.js';
import { lintWidgetNames } from './widget-names.js';

export type { RuleContext } from './rule-context.js';
export { PATTERN_CODES } from './pattern-words.js';

/**
 * Runs every logic rule; returns the pointers another rule already explained better (an option's
 * `label`, which the generic "unknown keyword" message must not repeat).
 */
export function lintLogic(context: RuleContext): Set<string> {
  const explained = lintChoiceOptions(context);
  lintConditionalFields(context);
  lintWidgetNames(context);
  lintPatternWords(context);
  lintPresets(context);
  return explained;
}
