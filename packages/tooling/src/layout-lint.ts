/**
 * The `x-layout` rule of the check: the columns of an object list each of its properties exactly once,
 * and read left to right in the order of `properties`. The renderer keeps the properties' order in the
 * DOM (so keyboard and screen reader follow it) and only flows it into columns; a layout that named a
 * property twice, skipped one or reordered them would show one order and tab through another.
 */
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import type { Reporter } from './lint-context.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reports `layout-mismatch` for the `x-layout` of `schema` (at `at('x-layout')`), if it has one. */
export function lintLayout(
  schema: Record<string, unknown>,
  at: (...tokens: (string | number)[]) => string,
  report: Reporter,
  locale: CheckLocale,
): void {
  const layout = schema['x-layout'];
  if (!isObject(layout) || !Array.isArray(layout.columns)) return;
  const names = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const listed: string[] = [];
  layout.columns.forEach((column, columnIndex) => {
    if (!Array.isArray(column)) return;
    column.forEach((name, index) => {
      if (typeof name !== 'string') return;
      const where = at('x-layout', 'columns', columnIndex, index);
      if (!names.includes(name)) {
        report(where, 'layout-mismatch', 'error', checkMessage('layout-unknown-name', { name }, locale));
      } else if (listed.includes(name)) {
        report(where, 'layout-mismatch', 'error', checkMessage('layout-twice', { name }, locale));
      }
      listed.push(name);
    });
  });
  const missing = names.filter((name) => !listed.includes(name));
  if (missing.length > 0) {
    report(at('x-layout'), 'layout-mismatch', 'error', checkMessage('layout-missing', { missing }, locale));
    return;
  }
  const inOrder = listed.filter((name, index) => names.includes(name) && listed.indexOf(name) === index);
  if (inOrder.join('\u0000') !== names.join('\u0000')) {
    report(
      at('x-layout'),
      'layout-mismatch',
      'error',
      checkMessage('layout-order', { read: inOrder, order: names }, locale),
    );
  }
}
