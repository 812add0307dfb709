import { checkboxWidget, contextWidget, radioWidget, selectWidget } from './choice-widgets.js';
import { fileWidget } from './file-widget.js';
import { arrayWidget, objectWidget } from './group-widgets.js';
import { numberWidget, secretWidget, temporalWidget, textareaWidget, textWidget } from './text-widgets.js';
import { unsupportedWidget } from './unsupported-widget.js';
import type { WidgetDefinition } from './widget-types.js';

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
