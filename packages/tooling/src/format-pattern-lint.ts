/**
 * Format and pattern lints: unknown formats, unsafe or unsupported regexes (`pattern`, `patternProperties`
 * names), and strings matched against a regex or format without a `maxLength` to bound the work.
 */
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { closest } from './did-you-mean.js';
import type { LintContext, PointerAt, Reporter, SchemaObject } from './lint-context.js';
import { isProvenLinearFormat, isProvenLinearPattern } from './linear-string-checks.js';
import { lintPattern } from './regex-lint.js';
import { isObject } from './schema-walk.js';

/** Checks `format`, `pattern` and `patternProperties` of one subschema. */
export function lintFormatAndPatterns(
  schema: SchemaObject,
  at: PointerAt,
  context: LintContext,
  report: Reporter,
  locale: CheckLocale,
): void {
  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type : undefined;
  const maybeString = !types || types.includes('string');
  if (typeof schema.format === 'string' && !context.formats.has(schema.format)) {
    const suggestion = closest(schema.format, context.formats);
    const params = { format: schema.format, formats: [...context.formats], ...(suggestion ? { suggestion } : {}) };
    report(at('format'), 'unknown-format', 'error', checkMessage('unknown-format', params, locale));
  }
  if (typeof schema.pattern === 'string') {
    for (const problem of lintPattern(schema.pattern, locale))
      report(at('pattern'), problem.code, problem.severity, problem.message);
  }
  if (isObject(schema.patternProperties)) {
    for (const key of Object.keys(schema.patternProperties)) {
      for (const problem of lintPattern(key, locale))
        report(at('patternProperties', key), problem.code, problem.severity, problem.message, { key: true });
    }
    const names = schema.propertyNames;
    if (!isObject(names) || typeof names.maxLength !== 'number') {
      report(
        at('patternProperties'),
        'unbounded-string',
        'error',
        checkMessage('pattern-properties-unbounded', {}, locale),
        { key: true },
      );
    }
  }
  // An attachment (`format: data-url`) is bounded by its `x-maxSize` ("2 MB"), which editors write instead.
  const sizedAttachment = schema.format === 'data-url' && typeof schema['x-maxSize'] === 'string';
  if (maybeString && typeof schema.maxLength !== 'number' && !sizedAttachment) {
    for (const keyword of ['pattern', 'format'] as const) {
      const value = schema[keyword];
      if (typeof value !== 'string') continue;
      // An error only where the work could grow faster than the text (issue #14); a warning otherwise.
      const linear = keyword === 'pattern' ? isProvenLinearPattern(value) : isProvenLinearFormat(value);
      report(
        at(keyword),
        linear ? 'unbounded-string-linear' : 'unbounded-string',
        linear ? 'warning' : 'error',
        checkMessage('unbounded-string', { keyword }, locale),
        { key: true },
      );
    }
  }
}
