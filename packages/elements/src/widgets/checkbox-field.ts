import type { FieldModel } from '@schemaforms/core';
import { noChange } from 'lit';
import { directive } from 'lit/directive.js';
import { ControlElementDirective, type ControlState } from './control-element.js';
import { clone, updateError, updateHelp, updateLabel, type FieldParts } from './field-parts.js';
import type { WidgetContext } from './widget-types.js';

/** A checkbox field: its input's state, and the field and context its label, help and error come from. */
export interface CheckboxFieldState extends ControlState {
  readonly field: FieldModel;
  readonly context: WidgetContext;
}

/**
 * A lone checkbox's whole field as plain DOM (issue #18): the inline error, then the input (see
 * `controlElement`) with its label after it, then the help, as GOV.UK draws a checkbox. Made once,
 * then only what changed is set: no template instance, Lit part or comment marker per checkbox.
 */
class CheckboxFieldDirective extends ControlElementDirective {
  readonly #parts: FieldParts = {};
  #choice: HTMLDivElement | undefined;

  override draw(state: CheckboxFieldState): unknown {
    const input = super.draw(state) as HTMLInputElement;
    let drawn: DocumentFragment | undefined;
    let choice = this.#choice;
    if (!choice) {
      // The first render hands Lit a fragment; later ones change the nodes it placed in the page.
      choice = this.#choice = clone<HTMLDivElement>('<div class="choice"></div>');
      choice.append(input);
      (drawn = document.createDocumentFragment()).append(choice);
    }
    const { field, context } = state;
    const parts = this.#parts;
    updateError(parts, context, (error) => choice.before(error));
    updateLabel(parts, field, context, false, (label) => choice.append(label));
    updateHelp(parts, field, context, (help) => choice.after(help));
    return drawn ?? noChange;
  }
}

/** A checkbox's error, input, label and help, kept as DOM and updated part by part (see `CheckboxFieldDirective`). */
export const checkboxField = directive(CheckboxFieldDirective) as (state: CheckboxFieldState) => unknown;
