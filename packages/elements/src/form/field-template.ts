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
    return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid} ?data-column-start=${columnStart}>${content}</div>`;
  }
  // Frame, label and help in one template, text set as properties (`.textContent`): every `${}` between
  // elements is a comment node and every template a Lit instance, and a form of a thousand fields has a
  // thousand of each (issue #18: nodes per field close to hand-written DOM). Plain help, the common
  // case, and no help are static variants; help with Markdown goes through `context.help()`.
  const id = context.id('control');
  const markPart = field.required ? 'required-mark' : 'optional-mark';
  const mark = ` (${field.required ? strings.required : strings.optional})`;
  const help = field.help ? context.helpText(field.help) : undefined;
  if (typeof help === 'string') {
    return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid} ?data-column-start=${columnStart}><label class="label" part="label" for=${id}><span dir="auto" .textContent=${field.label}></span><span class="mark" part=${markPart} .textContent=${mark}></span></label><div class="help" part="help-text" id=${context.id('help')} dir="auto" .textContent=${help}></div>${context.errorText()}${content}</div>`;
  }
  if (help === undefined) {
    return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid} ?data-column-start=${columnStart}><label class="label" part="label" for=${id}><span dir="auto" .textContent=${field.label}></span><span class="mark" part=${markPart} .textContent=${mark}></span></label>${context.errorText()}${content}</div>`;
  }
  return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid} ?data-column-start=${columnStart}><label class="label" part="label" for=${id}><span dir="auto" .textContent=${field.label}></span><span class="mark" part=${markPart} .textContent=${mark}></span></label>${context.help()}${context.errorText()}${content}</div>`;
}
