/**
 * Keyword lints: unknown keywords (with a suggestion), invalid x- annotations, keywords Ajv's strict
 * mode rejects without their partner (`if` without a branch, `minContains` without `contains`), and
 * keywords the form accepts but does not show.
 */
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { closest } from './did-you-mean.js';
import type { LintContext, PointerAt, Reporter, SchemaObject } from './lint-context.js';

/** Keywords of 2019-09/2020-12 that a draft-07 validator does not know. */
const NEWER_THAN_DRAFT_07 = [
  '$defs',
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
];

/** Checks one keyword of a subschema: a known keyword, or an x- annotation with a valid value. */
export function lintKeyword(
  key: string,
  value: unknown,
  pointer: string,
  context: LintContext,
  report: Reporter,
  locale: CheckLocale,
): void {
  const annotation = context.annotations.get(key);
  if (annotation) {
    const problem = annotation(value);
    if (problem)
      report(
        pointer,
        'invalid-annotation',
        'error',
        checkMessage('invalid-annotation', { key, problem: `${key} ${problem}` }, locale),
      );
    return;
  }
  if (context.keywords.has(key)) return;
  const suggestion = closest(key, [...context.keywords, ...context.annotations.keys()]);
  const draft07 = context.dialect === 'draft-07' && NEWER_THAN_DRAFT_07.includes(key);
  const params = {
    key,
    annotation: key.startsWith('x-'),
    vocabulary: [...context.annotations.keys()],
    draft07,
    ...(suggestion ? { suggestion } : {}),
  };
  report(pointer, 'unknown-keyword', 'error', checkMessage('unknown-keyword', params, locale), { key: true });
}

/** Keywords that strict mode rejects without their partner keyword. */
export function lintStrictShapes(schema: SchemaObject, at: PointerAt, report: Reporter, locale: CheckLocale): void {
  if ('if' in schema && !('then' in schema) && !('else' in schema)) {
    report(at('if'), 'if-without-branch', 'error', checkMessage('if-without-branch', {}, locale), { key: true });
  }
  for (const branch of ['then', 'else']) {
    if (branch in schema && !('if' in schema)) {
      report(at(branch), 'branch-without-if', 'error', checkMessage('branch-without-if', { branch }, locale), {
        key: true,
      });
    }
  }
  for (const keyword of ['minContains', 'maxContains']) {
    if (keyword in schema && !('contains' in schema)) {
      report(at(keyword), 'contains-missing', 'error', checkMessage('contains-missing', { keyword }, locale), {
        key: true,
      });
    }
  }
}

/** Keywords the validator runs but the form does not show (dynamic references, `patternProperties`). */
export function lintUnshownKeywords(schema: SchemaObject, at: PointerAt, report: Reporter, locale: CheckLocale): void {
  for (const keyword of ['$dynamicRef', '$recursiveRef', '$dynamicAnchor']) {
    if (keyword in schema) {
      report(
        at(keyword),
        'unsupported-feature',
        'warning',
        checkMessage('dynamic-ref-not-shown', { keyword }, locale),
        { key: true },
      );
    }
  }
  if ('patternProperties' in schema) {
    report(
      at('patternProperties'),
      'unsupported-feature',
      'warning',
      checkMessage('pattern-properties-not-shown', {}, locale),
      { key: true },
    );
  }
}
