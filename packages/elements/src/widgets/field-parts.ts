import type { FieldModel } from '@schemaforms/core';
import { render } from 'lit';
import type { WidgetContext } from './widget-types.js';

/**
 * A field's label, help and inline error kept as plain DOM (issue #18: no Lit part or comment marker
 * per field), and what they show, so that an unchanged text is not set again. The field frame draws
 * them for `layout: 'control'` widgets (`form/field-template.ts`), the checkbox for itself.
 */
export interface FieldParts {
  label?: HTMLLabelElement | undefined;
  labelText?: string | undefined;
  /** The word of the mark ("obrigatório", "opcional"), '' for none. */
  mark?: string | undefined;
  help?: HTMLDivElement | undefined;
  helpText?: unknown;
  /** Whether Lit draws the help (Markdown): from then on it always does, as it owns the help's nodes. */
  helpByLit?: boolean | undefined;
  error?: HTMLParagraphElement | undefined;
  errorText?: string | undefined;
}

/** Where a new part goes (e.g. `(help) => label.after(help)`). */
export type PlacePart = (element: HTMLElement) => void;

/** Prepared elements, cloned for each field: parsing their markup once is cheaper than building each. */
const prototypes = new Map<string, Element>();

/** A deep clone of the element `markup` describes (static markup only, never data). */
export function clone<T extends Element>(markup: string): T {
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
 * The label (`for` the control) with the field's title, isolated (`dir="auto"`), and its "(obrigatório)"
 * or "(opcional)" mark; without `optionalMark` (a lone checkbox), only a required one.
 */
export function updateLabel(
  parts: FieldParts,
  field: FieldModel,
  context: WidgetContext,
  optionalMark: boolean,
  place: PlacePart,
): void {
  let label = parts.label;
  if (!label) {
    label = parts.label = clone<HTMLLabelElement>(
      '<label class="label" part="label"><span dir="auto"></span><span class="mark"></span></label>',
    );
    label.htmlFor = context.id('control');
    place(label);
  }
  if (parts.labelText !== field.label) label.firstChild!.textContent = parts.labelText = field.label;
  const { strings } = context;
  // The word itself (one string of the form's language) is kept, not a text made for each field.
  const mark = field.required ? strings.required : optionalMark ? strings.optional : '';
  if (parts.mark !== mark) {
    parts.mark = mark;
    // Not `children[1]`: that would keep a live collection per label.
    let markSpan = label.firstChild!.nextSibling as Element | null;
    if (!mark) markSpan?.remove();
    else {
      markSpan ??= label.appendChild(clone('<span class="mark"></span>'));
      markSpan.setAttribute('part', field.required ? 'required-mark' : 'optional-mark');
      markSpan.textContent = ` (${mark})`;
    }
  }
}

/** The help: plain text as it is; Markdown drawn by Lit (its chunk's template). */
export function updateHelp(parts: FieldParts, field: FieldModel, context: WidgetContext, place: PlacePart): void {
  const help = field.help ? context.helpText(field.help) : undefined;
  if (help === undefined) {
    parts.help?.remove();
    parts.help = parts.helpText = parts.helpByLit = undefined;
    return;
  }
  let helpElement = parts.help;
  if (!helpElement) {
    helpElement = parts.help = clone<HTMLDivElement>('<div class="help" part="help-text" dir="auto"></div>');
    helpElement.id = context.id('help');
    place(helpElement);
  }
  if (typeof help === 'string' && !parts.helpByLit) {
    if (parts.helpText !== help) helpElement.textContent = parts.helpText = help;
    return;
  }
  if (!parts.helpByLit) {
    helpElement.textContent = '';
    parts.helpByLit = true;
  }
  render(help, helpElement);
}

/** The inline error, made only while one shows (the control's `aria-describedby` names it then). */
export function updateError(parts: FieldParts, context: WidgetContext, place: PlacePart): void {
  const message = context.error;
  if (message === undefined) {
    parts.error?.remove();
    parts.error = parts.errorText = undefined;
    return;
  }
  let error = parts.error;
  if (!error) {
    error = parts.error = clone<HTMLParagraphElement>(
      '<p class="error" part="error-text"><span class="visually-hidden"></span><span dir="auto"></span></p>',
    );
    error.id = context.id('error');
    place(error);
  }
  const text = `${context.strings.errorPrefix} \u0000${message}`;
  if (parts.errorText !== text) {
    parts.errorText = text;
    error.firstChild!.textContent = `${context.strings.errorPrefix} `;
    error.lastChild!.textContent = message;
  }
}
