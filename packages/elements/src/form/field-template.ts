import type { FieldModel } from '@schemaforms/core';
import { html } from 'lit';
import type { ElementStrings } from '../i18n/strings.js';
import { warnOnce } from '../internal/dev-warning.js';
import { unsupportedWidget } from '../widgets/unsupported-widget.js';
import type { WidgetDefinition } from '../widgets/widget-types.js';
import type { FieldContext } from './field-context.js';

/**
 * One field as `widget` draws it: with the default `layout: 'control'`, the frame (`part="field"`,
 * `data-pointer`), the label with its required or optional mark, help and inline error around the
 * widget's control; with `layout: 'field'` the widget draws all of it inside the frame. A widget that
 * throws does not take the page down: the field shows the neutral "can't be displayed" notice, and a
 * development build says why in the console.
 *
 * @param columnStart - whether the field starts a column of the form's `x-layout` (`data-column-start`).
 */
export function fieldTemplate(
  field: FieldModel,
  widget: WidgetDefinition,
  context: FieldContext,
  strings: ElementStrings,
  columnStart: boolean,
): unknown {
  let content: unknown;
  try {
    content = widget.render(field, context);
  } catch (error) {
    warnOnce(
      'widget-render-failed',
      `The widget ${widget.name ? `"${widget.name}" ` : ''}threw while rendering ${field.pointer || '/'}; the field shows "can't be displayed" instead: ${String(error)}`,
    );
    widget = unsupportedWidget;
    content = unsupportedWidget.render(field, context);
  }
  const pointer = field.pointer;
  const invalid = context.error !== undefined;
  if (widget.layout === 'field') {
    return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid}
      ?data-column-start=${columnStart}
    >${content}</div>`;
  }
  // One template for frame and label (three static variants rather than a nested label template):
  // with a thousand fields, every template instance counts (PERFORMANCE.md).
  const id = context.id('control');
  if (field.required) {
    return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid}
      ?data-column-start=${columnStart}
      ><label class="label" part="label" for=${id}
        ><span dir="auto">${field.label}</span><span class="mark" part="required-mark"> (${strings.required})</span></label
      >${context.help()}${context.errorText()}${content}</div
    >`;
  }
  return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid}
    ?data-column-start=${columnStart}
    ><label class="label" part="label" for=${id}
      ><span dir="auto">${field.label}</span><span class="mark" part="optional-mark"> (${strings.optional})</span></label
    >${context.help()}${context.errorText()}${content}</div
  >`;
}
