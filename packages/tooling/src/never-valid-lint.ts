/** Never-valid lints: bounds that contradict each other (`minLength` > `maxLength`, …) and empty `enum`/`type`. */
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import type { PointerAt, Reporter, SchemaObject } from './lint-context.js';

const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** [lower bound, upper bound, whether the pair admits no value, the sign the message shows]. */
const BOUND_PAIRS: [string, string, (lo: number, hi: number) => boolean, string][] = [
  ['minLength', 'maxLength', (lo, hi) => lo > hi, '>'],
  ['minItems', 'maxItems', (lo, hi) => lo > hi, '>'],
  ['minProperties', 'maxProperties', (lo, hi) => lo > hi, '>'],
  ['minContains', 'maxContains', (lo, hi) => lo > hi, '>'],
  ['minimum', 'maximum', (lo, hi) => lo > hi, '>'],
  ['exclusiveMinimum', 'exclusiveMaximum', (lo, hi) => lo >= hi, '≥'],
  ['minimum', 'exclusiveMaximum', (lo, hi) => lo >= hi, '≥'],
  ['exclusiveMinimum', 'maximum', (lo, hi) => lo >= hi, '≥'],
];

/** Reports keywords of one subschema that no value can ever satisfy. */
export function lintNeverValid(schema: SchemaObject, at: PointerAt, report: Reporter, locale: CheckLocale): void {
  const never = (keyword: string, why: string): void =>
    report(at(keyword), 'never-valid', 'error', checkMessage('never-valid', { why }, locale));
  for (const [low, high, bad, sign] of BOUND_PAIRS) {
    const lo = numberOf(schema[low]);
    const hi = numberOf(schema[high]);
    if (lo !== undefined && hi !== undefined && bad(lo, hi)) never(low, `"${low}" (${lo}) ${sign} "${high}" (${hi})`);
  }
  const empty = locale === 'en' ? 'is empty' : 'está vazio';
  if (Array.isArray(schema.enum) && schema.enum.length === 0) never('enum', `"enum" ${empty}`);
  if (Array.isArray(schema.type) && schema.type.length === 0) never('type', `"type" ${empty}`);
}
