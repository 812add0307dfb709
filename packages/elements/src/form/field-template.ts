import type { FieldModel } from '@schemaforms/core';
import { warnOnce } from '../internal/dev-warning.js';
import { clone, updateError, updateHelp, updateLabel, type FieldParts } from '../widgets/field-parts.js';
import { unsupportedWidget } from '../widgets/unsupported-widget.js';
import type { WidgetDefinition } from '../widgets/widget-types.js';
import type { FieldContext } from './field-context.js';

/** What `renderFieldFrame` keeps of a frame: its layout, attributes, and (`control` layout) label, help and error. */
interface FrameState extends FieldParts {
  layout: 'control' | 'field';
  invalid: boolean;
  columnStart: boolean;
}

const frames = new WeakMap<HTMLElement, FrameState>();

/**
 * The element a field is drawn in (`part="field"`, `data-pointer`): a clone of one prepared element,
 * made once per field and kept while the field stays in the form.
 */
export function fieldFrame(field: FieldModel): HTMLElement {
  const frame = clone<HTMLElement>('<div class="field" part="field"></div>');
  frame.setAttribute('data-pointer', field.pointer);
  return frame;
}

/**
 * Draws one field as `widget` draws it into its `frame` (see `fieldFrame`) and returns what Lit renders
 * after the frame's own children: with the default `layout: 'control'`, the frame holds the label with
 * its required or optional mark, the help and the inline error (made only while one shows) before the
 * widget's control; with `layout: 'field'` the widget draws all of it. The frame's own children are
 * plain DOM kept up to date here, not a template: no Lit part or comment marker for the label, help and
 * error slot (issue #18: nodes and heap per field close to hand-written DOM). A widget that throws does
 * not take the page down: the field shows the neutral "can't be displayed" notice, and a development
 * build says why in the console.
 *
 * @param columnStart - whether the field starts a column of the form's `x-layout` (`data-column-start`).
 */
export function renderFieldFrame(
  frame: HTMLElement,
  field: FieldModel,
  widget: WidgetDefinition,
  context: FieldContext,
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
  const layout = widget.layout ?? 'control';
  let state = frames.get(frame);
  if (!state) {
    state = { layout, invalid: false, columnStart: false };
    frames.set(frame, state);
  } else if (state.layout !== layout) {
    // The field's widget changed (a lazy one arrived, its type changed): the frame starts over.
    state.label?.remove();
    state.help?.remove();
    state.error?.remove();
    state = { layout, invalid: state.invalid, columnStart: state.columnStart };
    frames.set(frame, state);
  }
  const invalid = context.error !== undefined;
  if (state.invalid !== invalid) frame.toggleAttribute('data-invalid', (state.invalid = invalid));
  if (state.columnStart !== columnStart) frame.toggleAttribute('data-column-start', (state.columnStart = columnStart));
  if (layout === 'control') {
    const parts = state;
    updateLabel(parts, field, context, true, (label) => frame.prepend(label));
    updateHelp(parts, field, context, (help) => parts.label!.after(help));
    updateError(parts, context, (error) => (parts.help ?? parts.label!).after(error));
  }
  return content;
}
