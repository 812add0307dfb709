/** Type lints: unknown type names, unions a field cannot show, and nullable types shown as their non-null type. */
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { closest } from './did-you-mean.js';
import type { PointerAt, Reporter, SchemaObject } from './lint-context.js';

const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

/** Checks the `type` of one subschema. */
export function lintTypes(schema: SchemaObject, at: PointerAt, report: Reporter, locale: CheckLocale): void {
  const { type } = schema;
  const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
  if (!types) return;
  types.forEach((t, i) => {
    if (typeof t === 'string' && !JSON_TYPES.includes(t)) {
      const suggestion = closest(t, JSON_TYPES);
      const params = { type: t, types: JSON_TYPES, ...(suggestion ? { suggestion } : {}) };
      report(
        Array.isArray(type) ? at('type', i) : at('type'),
        'unknown-type',
        'error',
        checkMessage('unknown-type', params, locale),
      );
    }
  });
  const nonNull = types.filter((t) => t !== 'null');
  if (nonNull.length > 1) {
    report(at('type'), 'union-type', 'error', checkMessage('union-type', { types }, locale));
  } else if (Array.isArray(type) && types.length === 2 && nonNull.length === 1) {
    report(
      at('type'),
      'nullable-type',
      'warning',
      checkMessage('nullable-type', { types, shown: String(nonNull[0]) }, locale),
    );
  }
}
