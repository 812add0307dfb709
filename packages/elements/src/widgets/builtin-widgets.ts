import { checkboxWidget, contextWidget, radioWidget, selectWidget } from './choice-widgets.js';
import { LazyWidget } from './lazy-widget.js';
import { objectWidget } from './object-widget.js';
import { secretWidget, textareaWidget, textWidget } from './text-widgets.js';
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

/** Numbers: fetched when a rendered field needs them, with dates and times (one module). */
export const numberWidget = new LazyWidget({
  name: 'number',
  rank: 1,
  tester: (field) => field.widget === 'number' || field.widget === 'integer',
  load: async () => (await import('./typed-widgets.js')).numberWidget,
});

/** Dates, times and date-times with the browser's pickers, fetched like numbers. */
export const temporalWidget = new LazyWidget({
  name: 'date',
  rank: 1,
  tester: (field) => field.widget === 'date' || field.widget === 'time' || field.widget === 'date-time',
  load: async () => (await import('./typed-widgets.js')).temporalWidget,
});

/** Money (`"x-widget": "money"`): reading and writing amounts in reais, fetched when a rendered field needs it. */
export const moneyWidget = new LazyWidget({
  name: 'money',
  rank: 1,
  tester: (field) => field.widget === 'money',
  load: async () => (await import('./preset-widgets.js')).moneyWidget,
});

/** Codes (`"x-widget": "code"`): a monospace input without keyboard help, fetched with money (one chunk). */
export const codeWidget = new LazyWidget({
  name: 'code',
  rank: 1,
  tester: (field) => field.widget === 'code',
  load: async () => (await import('./preset-widgets.js')).codeWidget,
});

/**
 * Objects with alternatives (a choice of branch, issue #14): fetched when a rendered field has some.
 * It ranks above the plain object widget, which has no choice to offer. A `"type": "null"` branch
 * chosen ("none" beside an object) has no fields: the choice alone, to pick the object again.
 */
export const alternativesWidget = new LazyWidget({
  name: 'alternatives',
  rank: 2,
  tester: (field) =>
    (field.widget === 'object' || field.schema.type === 'null') && (field.alternatives?.length ?? 0) > 0,
  load: async () => (await import('./alternatives-widget.js')).alternativesWidget,
});

/**
 * Maps (an object taking entries: key and value), as few forms have one: fetched when a rendered field
 * needs it. An object with alternatives too is the alternatives widget's, which shows its entries as
 * fields labelled by their keys.
 */
export const mapWidget = new LazyWidget({
  name: 'map',
  rank: 2,
  tester: (field) => field.widget === 'object' && !!field.map && !field.alternatives?.length,
  load: async () => (await import('./map-widget.js')).mapWidget,
});

/**
 * Union types (`"type": ["object", "array"]`): a choice of type above the field as that type draws it,
 * fetched when a rendered field has one. It ranks above every widget its field could otherwise get.
 */
export const typeChoiceWidget = new LazyWidget({
  name: 'type-choice',
  rank: 3,
  tester: (field) => (field.types?.length ?? 0) > 1,
  load: async () => (await import('./type-choice-widget.js')).typeChoiceWidget,
});

/** The widgets every `<sf-form>` knows, one per widget kind of the core (x-context fields rank higher). */
export const builtinWidgets: readonly WidgetDefinition[] = [
  textWidget,
  textareaWidget,
  numberWidget,
  temporalWidget,
  moneyWidget,
  codeWidget,
  secretWidget,
  checkboxWidget,
  radioWidget,
  selectWidget,
  contextWidget,
  fileWidget,
  objectWidget,
  alternativesWidget,
  mapWidget,
  typeChoiceWidget,
  arrayWidget,
  unsupportedWidget,
];
