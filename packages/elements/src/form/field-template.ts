import type { FieldModel } from '@schemaforms/core';
import { render } from 'lit';
import { warnOnce } from '../internal/dev-warning.js';
import { unsupportedWidget } from '../widgets/unsupported-widget.js';
import type { WidgetDefinition } from '../widgets/widget-types.js';
import type { FieldContext } from './field-context.js';

/**
 * The elements of a field's frame that `renderFieldFrame` keeps up to date itself (default `control`
 * layout), and what they show, so that an unchanged text is not set again.
 */
interface FrameState {
  layout: 'control' | 'field';
  invalid: boolean;
  columnStart: boolean;
  label?: HTMLLabelElement;
  labelText?: string;
  mark?: string;
  help?: HTMLDivElement;
  helpText?: unknown;
  /** Whether Lit draws the help (Markdown): from then on it always does, as it owns the help's nodes. */
  helpByLit?: boolean;
  error?: HTMLParagraphElement;
  errorText?: string;
}

const frames = new WeakMap<HTMLElement, FrameState>();

/** Prepared elements, cloned for each field: parsing their markup once is cheaper than building each. */
const prototypes = new Map<string, Element>();

/** A deep clone of the element `markup` describes (static markup only, never data). */
function clone<T extends Element>(markup: string): T {
  let prototype = prototypes.get(markup);
  if (!prototype) {
    const template = document.createElement('template');
    template.innerHTML = markup;
    // Imported into the page's document: a clone of the template's own (inert) document would be adopted
    // node by node when placed.
    prototypes.set(markup, (prototype = document.importNode(template.content.firstElementChild!, true)));
  }
  return prototype.cloneNode(true) as T;
}

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
    updateLabel(frame, state, field, context);
    updateHelp(frame, state, field, context);
    updateError(frame, state, context);
  }
  return content;
}

/** The label (`for` the control) with the field's title, isolated (`dir="auto"`), and its mark. */
function updateLabel(frame: HTMLElement, state: FrameState, field: FieldModel, context: FieldContext): void {
  let label = state.label;
  if (!label) {
    label = state.label = clone<HTMLLabelElement>(
      '<label class="label" part="label"><span dir="auto"></span><span class="mark"></span></label>',
    );
    label.htmlFor = context.id('control');
    frame.insertBefore(label, frame.firstChild);
  }
  if (state.labelText !== field.label) label.firstChild!.textContent = state.labelText = field.label;
  const { strings } = context;
  const mark = ` (${field.required ? strings.required : strings.optional})`;
  if (state.mark !== mark) {
    const markSpan = label.lastChild as HTMLElement;
    markSpan.setAttribute('part', field.required ? 'required-mark' : 'optional-mark');
    markSpan.textContent = state.mark = mark;
  }
}

/** The help under the label: plain text as it is; Markdown drawn by Lit (its chunk's template). */
function updateHelp(frame: HTMLElement, state: FrameState, field: FieldModel, context: FieldContext): void {
  const help = field.help ? context.helpText(field.help) : undefined;
  if (help === undefined) {
    state.help?.remove();
    state.help = state.helpText = state.helpByLit = undefined;
    return;
  }
  let helpElement = state.help;
  if (!helpElement) {
    helpElement = state.help = clone<HTMLDivElement>('<div class="help" part="help-text" dir="auto"></div>');
    helpElement.id = context.id('help');
    frame.insertBefore(helpElement, state.label!.nextSibling);
  }
  if (typeof help === 'string' && !state.helpByLit) {
    if (state.helpText !== help) helpElement.textContent = state.helpText = help;
    return;
  }
  if (!state.helpByLit) {
    helpElement.textContent = '';
    state.helpByLit = true;
  }
  render(help, helpElement);
}

/** The inline error above the control, made only while one shows (the control's `aria-describedby` names it then). */
function updateError(frame: HTMLElement, state: FrameState, context: FieldContext): void {
  const message = context.error;
  if (message === undefined) {
    state.error?.remove();
    state.error = state.errorText = undefined;
    return;
  }
  let error = state.error;
  if (!error) {
    error = state.error = clone<HTMLParagraphElement>(
      '<p class="error" part="error-text"><span class="visually-hidden"></span><span dir="auto"></span></p>',
    );
    error.id = context.id('error');
    frame.insertBefore(error, (state.help ?? state.label!).nextSibling);
  }
  const text = `${context.strings.errorPrefix} \u0000${message}`;
  if (state.errorText !== text) {
    state.errorText = text;
    error.firstChild!.textContent = `${context.strings.errorPrefix} `;
    error.lastChild!.textContent = message;
  }
}
