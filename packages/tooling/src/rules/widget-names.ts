/**
 * `x-widget` must name a field kind that exists: an unknown name is silently ignored by the form.
 */
import { WIDGET_KINDS } from '@schemaforms/core';
import { checkMessage } from '../check-messages.js';
import { joinPointer } from '../json-pointer.js';
import { closest } from '../did-you-mean.js';
import { walkSchemas } from '../schema-walk.js';
import type { RuleContext } from './rule-context.js';

/**
 * The names `x-widget` accepts: core's field kinds but `unsupported`, and the built-in widgets of
 * `<sf-form>` that are not a field kind (packages/elements/src/widgets: `context`, `map`, `alternatives`,
 * `type-choice`). A test keeps this
 * list equal to both sources.
 */
export const WIDGET_NAMES: readonly string[] = Object.freeze([
  ...WIDGET_KINDS.filter((kind) => kind !== 'unsupported'),
  'context',
  'map',
  'alternatives',
  'type-choice',
]);

/** Reports every `x-widget` naming no field kind. */
export function lintWidgetNames(context: RuleContext): void {
  walkSchemas(context.root, context.dialect, ({ schema, pointer }) => {
    const value = schema['x-widget'];
    if (typeof value !== 'string' || value === '' || WIDGET_NAMES.includes(value)) return;
    const suggestion = closest(value.replace(/[-_\s]/g, ''), WIDGET_NAMES);
    context.report(
      joinPointer(pointer, 'x-widget'),
      'unknown-widget',
      'error',
      checkMessage(
        'unknown-widget',
        { value, names: WIDGET_NAMES, ...(suggestion ? { suggestion } : {}) },
        context.locale,
      ),
    );
  });
}
