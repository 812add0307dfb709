/** Label lints: fields, options or enum values of one subschema whose labels only look different. */
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import type { PointerAt, Reporter, SchemaObject } from './lint-context.js';
import { isObject } from './schema-walk.js';
import { labelKey } from './text-lint.js';

/** Reports the second and later of labels that read the same (case, accents and spaces aside). */
export function lintLabels(schema: SchemaObject, at: PointerAt, report: Reporter, locale: CheckLocale): void {
  const check = (entries: { label: string; pointer: string }[], kind: 'field' | 'option' | 'value'): void => {
    const seen = new Map<string, string>();
    for (const { label, pointer } of entries) {
      const key = labelKey(label);
      const first = seen.get(key);
      if (first !== undefined) {
        report(pointer, 'duplicate-label', 'warning', checkMessage('duplicate-label', { kind, label, first }, locale));
      } else seen.set(key, label);
    }
  };
  if (isObject(schema.properties)) {
    check(
      Object.entries(schema.properties).flatMap(([name, property]) =>
        isObject(property) && typeof property.title === 'string'
          ? [{ label: property.title, pointer: at('properties', name, 'title') }]
          : [],
      ),
      'field',
    );
  }
  for (const keyword of ['oneOf', 'anyOf']) {
    const options = schema[keyword];
    if (!Array.isArray(options)) continue;
    check(
      options.flatMap((option, i) =>
        isObject(option) && typeof option.title === 'string'
          ? [{ label: option.title, pointer: at(keyword, i, 'title') }]
          : [],
      ),
      'option',
    );
  }
  if (Array.isArray(schema.enum)) {
    check(
      schema.enum.flatMap((value, i) => (typeof value === 'string' ? [{ label: value, pointer: at('enum', i) }] : [])),
      'value',
    );
  }
}
