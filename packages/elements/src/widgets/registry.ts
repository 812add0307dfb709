import type { FieldModel } from '@schemaforms/core';
import { builtinWidgets } from './builtin-widgets.js';
import { unsupportedWidget as unsupportedFallback } from './unsupported-widget.js';
import type { WidgetDefinition } from './widget-types.js';

const registered: WidgetDefinition[] = [];
let ranked: readonly WidgetDefinition[] | undefined;
/** With only built-ins, the choice depends on the widget kind, `x-context` and alternatives alone: remembered per kind. */
const byKind = new Map<string, WidgetDefinition>();

/**
 * Adds a widget for every `<sf-form>` on the page: among the widgets whose tester accepts a field the
 * highest rank wins (a later registration wins a tie), so a host replaces a built-in by registering with
 * a higher rank, without forking. Returns a function that removes it again.
 *
 * @example
 * registerWidget({ rank: 5, tester: (field) => field.widget === 'integer' && field.pointer === '/nota', render: stars });
 */
export function registerWidget(widget: WidgetDefinition): () => void {
  registered.push(widget);
  ranked = undefined;
  byKind.clear();
  return () => {
    const index = registered.indexOf(widget);
    if (index >= 0) registered.splice(index, 1);
    ranked = undefined;
    byKind.clear();
  };
}

/**
 * The widget that draws `field`: the one named by the field's `x-widget` when registered (a built-in
 * only when it accepts the field), else the highest-ranked widget whose tester accepts it, else the
 * neutral "can't be displayed" one.
 */
export function selectWidget(field: FieldModel): WidgetDefinition {
  ranked ??= [...builtinWidgets, ...registered]
    .map((widget, order) => ({ widget, order }))
    .sort((a, b) => b.widget.rank - a.widget.rank || b.order - a.order)
    .map(({ widget }) => widget);
  const forced = field.schema['x-widget'];
  if (typeof forced === 'string') {
    const named = ranked.find((widget) => widget.name === forced);
    // A built-in draws only what it accepts: the core turns its name into the field's kind when the name
    // fits the field ("money" on a number), and keeps the kind of the type otherwise. A host's widget wins by name.
    if (named && (!builtinWidgets.includes(named) || named.tester(field))) return named;
  }
  const kind =
    registered.length === 0
      ? `${field.widget}${field.context ? '+context' : ''}${field.alternatives ? '+alternatives' : ''}${field.map ? '+map' : ''}${field.types ? '+types' : ''}`
      : undefined;
  const known = kind === undefined ? undefined : byKind.get(kind);
  if (known) return known;
  const chosen = ranked.find((widget) => widget.tester(field)) ?? unsupportedFallback;
  if (kind !== undefined) byKind.set(kind, chosen);
  return chosen;
}
