/**
 * Reads a form's `x-layout` (`{ "columns": [["loja", …], ["urlCallback", …]] }`): how many columns, and
 * which fields start a new one. The fields stay in the DOM in the properties' order — the check makes
 * the columns follow it — so CSS only flows them into columns and the tab order is the reading order.
 */
import type { JsonSchemaObject } from '@schemaforms/core';

/** The columns of a form: their count (0 without `x-layout`) and the pointers of fields that start one. */
export interface ColumnLayout {
  readonly count: number;
  readonly starts: ReadonlySet<string>;
}

const NO_COLUMNS: ColumnLayout = Object.freeze({ count: 0, starts: new Set<string>() });

/** The column layout of the root schema; anything malformed (the runtime is lenient) means none. */
export function columnLayout(schema: JsonSchemaObject | undefined): ColumnLayout {
  const layout = schema?.['x-layout'] as { columns?: unknown } | undefined;
  const columns = layout?.columns;
  if (!Array.isArray(columns) || columns.length < 2) return NO_COLUMNS;
  const starts = new Set<string>();
  for (const column of columns.slice(1)) {
    const first: unknown = Array.isArray(column) ? column[0] : undefined;
    if (typeof first !== 'string') return NO_COLUMNS;
    starts.add(`/${first.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  }
  return { count: columns.length, starts };
}
