import { noChange } from 'lit';
import { directive } from 'lit/directive.js';
import { ControlElementDirective, type ControlState } from './control-element.js';
import { clone } from './field-parts.js';

/** A textarea and its character counter (`counter` its text, `over` past the limit). */
export interface TextareaFieldState extends ControlState {
  readonly counterId: string;
  readonly counter: string;
  readonly over: boolean;
}

/**
 * A textarea (see `controlElement`) and the counter after it, as plain DOM (issue #18): made once, then
 * only what changed is set, as the checkbox is (`checkbox-field.ts`).
 */
class TextareaFieldDirective extends ControlElementDirective {
  #counter: HTMLDivElement | undefined;
  #text = '';
  #over = false;

  override draw(state: TextareaFieldState): unknown {
    const textarea = super.draw(state) as HTMLTextAreaElement;
    let drawn: DocumentFragment | undefined;
    let counter = this.#counter;
    if (!counter) {
      // The first render hands Lit a fragment; later ones change the nodes it placed in the page.
      counter = this.#counter = clone<HTMLDivElement>('<div class="counter" part="counter"></div>');
      counter.id = state.counterId;
      (drawn = document.createDocumentFragment()).append(textarea, counter);
    }
    if (this.#text !== state.counter) counter.textContent = this.#text = state.counter;
    if (this.#over !== state.over) counter.toggleAttribute('data-over', (this.#over = state.over));
    return drawn ?? noChange;
  }
}

/** A textarea with its counter, kept as DOM and updated part by part (see `TextareaFieldDirective`). */
export const textareaField = directive(TextareaFieldDirective) as (state: TextareaFieldState) => unknown;
