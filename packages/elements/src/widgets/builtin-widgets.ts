import { checkboxWidget, contextWidget, radioWidget, selectWidget } from './choice-widgets.js';
import { LazyWidget } from './lazy-widget.js';
import { objectWidget } from './object-widget.js';
import { numberWidget, secretWidget, temporalWidget, textareaWidget, textWidget } from './text-widgets.js';
import { unsupportedWidget } from './unsupported-widget.js';
import type { WidgetDefinition } from './widget-types.js';

/** Attachments: few forms have one, so the picker's code is fetched when a rendered field needs it. */
export const fileWidget = new LazyWidget({
  name: 'file',
  rank: 1,
  tester: (field) => field.widget === 'file',
  load: async () => (await import('./file-widget.js')).fileWidget,
});

/** Lists the person edits (add, remove, move): fetched when a rendered field needs them, as attachments are. */
export const arrayWidget = new LazyWidget({
  name: 'array',
  rank: 1,
  tester: (field) => field.widget === 'array',
  load: async () => (await import('./array-widget.js')).arrayWidget,
});

/** The widgets every `<sf-form>` knows, one per widget kind of the core (x-context fields rank higher). */
export const builtinWidgets: readonly WidgetDefinition[] = [
  textWidget,
  textareaWidget,
  numberWidget,
  temporalWidget,
  secretWidget,
  checkboxWidget,
  radioWidget,
  selectWidget,
  contextWidget,
  fileWidget,
  objectWidget,
  arrayWidget,
  unsupportedWidget,
];
