/**
 * Which `pattern`s and `format`s are proven to run in linear time on strings of any length, so a
 * missing `maxLength` is only a warning there (issue #14): a pattern with no ambiguous repetition
 * (the ReDoS analysis of `regex-lint.ts`; every pattern also runs on core's linear-time engine), and a
 * format whose ajv-formats check is such a regular expression, or one of the few checks audited below.
 */
import addFormatsModule from 'ajv-formats/dist/formats.js';
import { lintPattern } from './regex-lint.js';

// ajv-formats is CommonJS; the named export sits on the module object under Node ESM.
const { fullFormats } = addFormatsModule as unknown as {
  fullFormats: Record<string, unknown>;
};

/**
 * Formats checked by code rather than by one regular expression, read and found linear: anchored
 * fixed-shape regexes (`^(\d\d\d\d)-(\d\d)-(\d\d)$` and the like) plus arithmetic on the parts.
 */
const AUDITED_LINEAR_FORMATS: ReadonlySet<string> = new Set(['date', 'time', 'date-time', 'iso-time', 'iso-date-time']);

const verdicts = new Map<string, boolean>();

/** Whether `pattern` is proven linear-time: valid, runnable on the linear engine, and not ambiguous. */
export function isProvenLinearPattern(pattern: string): boolean {
  let verdict = verdicts.get(pattern);
  if (verdict === undefined) verdicts.set(pattern, (verdict = lintPattern(pattern).length === 0));
  return verdict;
}

/** Whether the check of `format` is proven linear-time (unknown and host-registered formats are not). */
export function isProvenLinearFormat(format: string): boolean {
  if (AUDITED_LINEAR_FORMATS.has(format)) return true;
  if (!Object.hasOwn(fullFormats, format)) return false;
  const definition = fullFormats[format];
  const regex =
    definition instanceof RegExp
      ? definition
      : typeof definition === 'object' && definition !== null && (definition as { validate?: unknown }).validate;
  return regex instanceof RegExp && isProvenLinearPattern(regex.source);
}
