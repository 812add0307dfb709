import type { FieldModel } from '@schemaforms/core';
import { nothing, render, type RenderOptions, type RootPart } from 'lit';
import { PartType } from 'lit/directive.js';
import { getDirectiveClass } from 'lit/directive-helpers.js';
import { warnOnce } from '../internal/dev-warning.js';
import { ControlElementDirective, type ControlState } from '../widgets/control-element.js';
import { clone, updateError, updateHelp, updateLabel, type FieldParts } from '../widgets/field-parts.js';
import { unsupportedWidget } from '../widgets/unsupported-widget.js';
import type { WidgetDefinition } from '../widgets/widget-types.js';
import type { FieldContext } from './field-context.js';
import { ListEntry } from './field-list.js';

/**
 * A field's frame (`part="field"`, `data-pointer`) and what `renderFieldFrame` keeps of it: its layout,
 * attributes, its own label, help and error (`control` layout), and what draws the widget's content. One
 * object per field, which is also the field list's entry (issue #18: heap per field).
 */
export class FieldFrame extends ListEntry implements FieldParts {
  // Declared only (set by the first render, in the same order for every field: one shape for all).
  declare layout: 'control' | 'field' | undefined;
  declare invalid: boolean | undefined;
  declare columnStart: boolean | undefined;
  declare label: HTMLLabelElement | undefined;
  declare labelText: string | undefined;
  declare mark: string | undefined;
  declare help: HTMLDivElement | undefined;
  declare helpText: unknown;
  declare helpByLit: boolean | undefined;
  declare error: HTMLParagraphElement | undefined;
  declare errorText: string | undefined;
  /** The plain-DOM control drawn without Lit (see `drawContent`), while the content is one. */
  declare control: ControlElementDirective | undefined;
  /** Lit's root in the frame, once some content was drawn with Lit. */
  declare root: RootPart | undefined;

  override leave(): void {
    this.root?.setConnected(false);
  }
}

/**
 * The frame of a field: a clone of one prepared element, made once per field and kept while the field
 * stays in the form.
 */
export function fieldFrame(field: FieldModel): FieldFrame {
  const element = clone<HTMLElement>('<div class="field" part="field"></div>');
  element.setAttribute('data-pointer', field.pointer);
  return new FieldFrame(element);
}

/**
 * Draws one field as `widget` draws it into its `frame` (see `fieldFrame`): with the default
 * `layout: 'control'`, the frame holds the label with its required or optional mark, the help and the
 * inline error (made only while one shows) before the widget's control; with `layout: 'field'` the
 * widget draws all of it. The frame's own children are plain DOM kept up to date here, not a template:
 * no Lit part or comment marker for the label, help and error slot (issue #18: nodes and heap per field
 * close to hand-written DOM). A widget that throws does not take the page down: the field shows the
 * neutral "can't be displayed" notice, and a development build says why in the console.
 *
 * @param columnStart - whether the field starts a column of the form's `x-layout` (`data-column-start`).
 * @param options - Lit's options for what the widget draws with Lit.
 */
export function renderFieldFrame(
  frame: FieldFrame,
  field: FieldModel,
  widget: WidgetDefinition,
  context: FieldContext,
  columnStart: boolean,
  options: RenderOptions,
): void {
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
  const element = frame.element;
  if (frame.layout !== layout) {
    // The first render, or the field's widget changed (a lazy one arrived, its type changed): the
    // frame's own parts start over.
    frame.label?.remove();
    frame.help?.remove();
    frame.error?.remove();
    frame.layout = layout;
    frame.label = frame.labelText = frame.mark = frame.help = frame.helpText = frame.helpByLit = undefined;
    frame.error = frame.errorText = undefined;
  }
  const invalid = context.error !== undefined;
  // Unset before the first render: the new frame has neither attribute.
  if (!frame.invalid !== !invalid) element.toggleAttribute('data-invalid', (frame.invalid = invalid));
  if (!frame.columnStart !== !columnStart)
    element.toggleAttribute('data-column-start', (frame.columnStart = columnStart));
  if (layout === 'control') {
    updateLabel(frame, field, context, true, (label) => element.prepend(label));
    updateHelp(frame, field, context, (help) => frame.label!.after(help));
    updateError(frame, context, (error) => (frame.help ?? frame.label!).after(error));
  }
  drawContent(frame, content, options);
}

/**
 * Draws what the widget returned after the frame's own parts. A plain-DOM control (`controlElement` and
 * the fields built on it, the common case) is drawn by its directive's `draw` directly, without a Lit
 * root: no Lit part, comment marker or template per field. Anything else is rendered by Lit.
 */
function drawContent(frame: FieldFrame, content: unknown, options: RenderOptions): void {
  const type = getDirectiveClass(content) as typeof ControlElementDirective | undefined;
  if (type === ControlElementDirective || type?.prototype instanceof ControlElementDirective) {
    if (frame.control?.constructor !== type) {
      clearContent(frame, options);
      frame.control = new type!({ type: PartType.CHILD });
    }
    // A directive's result carries its arguments as `values` (Lit's `DirectiveResult`).
    const drawn = frame.control.draw((content as { values: [ControlState] }).values[0]);
    if (drawn instanceof Node && drawn.parentNode !== frame.element) {
      // The first draw, or a new control (its kind changed): it replaces what was drawn.
      clearContent(frame, options);
      frame.element.append(drawn);
    }
    return;
  }
  if (frame.control) {
    clearContent(frame, options);
    frame.control = undefined;
  }
  frame.root = render(content, frame.element, options);
}

/** Removes the frame's content: a plain-DOM control's nodes, or what Lit drew (its async directives hear so). */
function clearContent(frame: FieldFrame, options: RenderOptions): void {
  const element = frame.element;
  if (!frame.control) {
    if (frame.root) render(nothing, element, options);
    return;
  }
  // The control's nodes follow the frame's own parts, and Lit's marker when Lit drew here before.
  const start = frame.root?.startNode ?? frame.error ?? frame.help ?? frame.label;
  for (let node; (node = start ? start.nextSibling : element.firstChild);) node.remove();
}
