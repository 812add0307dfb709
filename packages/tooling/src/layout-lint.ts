/**
 * The `x-layout` rule of the check: the columns of an object list each of its properties exactly once,
 * and read left to right in the order of `properties`. The renderer keeps the properties' order in the
 * DOM (so keyboard and screen reader follow it) and only flows it into columns; a layout that named a
 * property twice, skipped one or reordered them would show one order and tab through another.
 */
import type { Reporter } from './lint-context.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reports `layout-mismatch` for the `x-layout` of `schema` (at `at('x-layout')`), if it has one. */
export function lintLayout(
  schema: Record<string, unknown>,
  at: (...tokens: (string | number)[]) => string,
  report: Reporter,
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
        report(
          where,
          'layout-mismatch',
          'error',
          `"x-layout" names "${name}", which is not in this object's "properties" — fix the name or add the property`,
        );
      } else if (listed.includes(name)) {
        report(where, 'layout-mismatch', 'error', `"x-layout" lists "${name}" twice — put each property in one column`);
      }
      listed.push(name);
    });
  });
  const missing = names.filter((name) => !listed.includes(name));
  if (missing.length > 0) {
    report(
      at('x-layout'),
      'layout-mismatch',
      'error',
      `"x-layout" leaves out ${missing.map((name) => `"${name}"`).join(', ')} — put every property in a column`,
    );
    return;
  }
  const inOrder = listed.filter((name, index) => names.includes(name) && listed.indexOf(name) === index);
  if (inOrder.join('\u0000') !== names.join('\u0000')) {
    report(
      at('x-layout'),
      'layout-mismatch',
      'error',
      `"x-layout" reads ${inOrder.join(', ')} but "properties" are in the order ${names.join(', ')} — the columns, left to right, must follow the properties' order (the tab order)`,
    );
  }
}
