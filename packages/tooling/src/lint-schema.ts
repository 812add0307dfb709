/**
 * Static lints of one schema document: what Ajv's strict mode would reject (with a precise pointer),
 * what it accepts but a form cannot use, and what makes a schema unsafe to run. Each concern has its
 * own file; this entry walks the subschemas once and calls them in a fixed order (the order of the report).
 */
import { checkMessage } from './check-messages.js';
import type { CheckLocale } from './check-locale.js';
import { lintAllTexts, lintDescription } from './document-text-lint.js';
import { lintCode, lintNames } from './field-name-lint.js';
import { lintFormatAndPatterns } from './format-pattern-lint.js';
import { joinPointer } from './json-pointer.js';
import { lintKeyword, lintStrictShapes, lintUnshownKeywords } from './keyword-lint.js';
import { lintLabels } from './label-lint.js';
import { lintLayout } from './layout-lint.js';
import type { LintContext, PointerAt, Reporter } from './lint-context.js';
import { lintNeverValid } from './never-valid-lint.js';
import type { FolderDocuments } from './folder-documents.js';
import { RefIndex } from './ref-index.js';
import { lintTranslations } from './translation-lint.js';
import { isObject, walkSchemas } from './schema-walk.js';
import { lintTypes } from './type-lint.js';

/** Caps of a form document (RELIABILITY A22). */
export const LIMITS = {
  maxProperties: 2_000,
  maxEnum: 1_000,
} as const;

/**
 * Runs every static lint on `root` and reports through `report`; `locale` words the messages that have
 * one. `documents`, the other files of the forms folder, are what `$ref`s to other files may name.
 */
export function lintSchema(
  root: unknown,
  context: LintContext,
  report: Reporter,
  locale: CheckLocale = 'en',
  documents?: FolderDocuments,
): void {
  lintAllTexts(root, report, locale);
  if (!isObject(root)) return;
  const refs = new RefIndex(root, context.dialect, documents);
  let propertyCount = 0;

  walkSchemas(root, context.dialect, ({ schema, pointer, base }) => {
    const at: PointerAt = (...tokens) => joinPointer(pointer, ...tokens);
    for (const key of Object.keys(schema)) lintKeyword(key, schema[key], at(key), context, report, locale);
    lintTypes(schema, at, report, locale);
    lintStrictShapes(schema, at, report, locale);
    lintFormatAndPatterns(schema, at, context, report, locale);
    lintNeverValid(schema, at, report, locale);
    lintNames(schema, at, report, locale);
    lintLabels(schema, at, report, locale);
    lintCode(schema, at, report, locale);
    lintLayout(schema, at, report, locale);

    if (isObject(schema.properties)) propertyCount += Object.keys(schema.properties).length;
    if (Array.isArray(schema.enum) && schema.enum.length > LIMITS.maxEnum) {
      report(
        at('enum'),
        'enum-too-large',
        'error',
        checkMessage('enum-too-large', { count: schema.enum.length, max: LIMITS.maxEnum }, locale),
      );
    }
    lintDescription(schema, at, report, locale);
    lintUnshownKeywords(schema, at, report, locale);
    if (typeof schema.$ref === 'string') refs.check(schema.$ref, base, at('$ref'), report, locale);
  });

  if (propertyCount > LIMITS.maxProperties) {
    report(
      '',
      'too-many-properties',
      'error',
      checkMessage('too-many-properties', { count: propertyCount, max: LIMITS.maxProperties }, locale),
    );
  }
  refs.reportCycles(report, locale);
  lintTranslations(root, context.dialect, report, locale);
}
