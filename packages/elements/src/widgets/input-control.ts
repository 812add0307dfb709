import { nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * The attributes of an `<input>` that fields of one kind share and that seldom change for a field
 * (`readonly`, `aria-required` follow conditions): a value, `''` for a boolean attribute that is present,
 * or `undefined` for one that is absent, in the order of the kind's `names`.
 */
export type SharedAttributes = readonly (string | undefined)[];

/** The shared attributes' names of the single-line text inputs (`input()` in `text-widgets.ts`). */
export const TEXT_INPUT_NAMES = [
  'class',
  'type',
  'inputmode',
  'autocomplete',
  'autocapitalize',
  'spellcheck',
  'data-1p-ignore',
  'data-lpignore',
  'maxlength',
  'readonly',
  'aria-required',
] as const;

/** What one field's `<input>` shows: its kind's shared attributes and the field's own. */
export interface InputControlState {
  /** The names of `shared`: one constant array per kind of input. */
  readonly names: readonly string[];
  readonly shared: SharedAttributes;
  readonly id: string;
  /** The text the control shows (set only when the control shows something else, as Lit's `live`). */
  readonly text?: string;
  /** Whether a checkbox is checked (set only when it shows otherwise, as Lit's `live`). */
  readonly checked?: boolean;
  readonly placeholder?: string | undefined;
  readonly invalid: boolean;
  /** `aria-describedby` (`''` leaves it out). */
  readonly describedBy: string;
}

/**
 * Prepared inputs by kind (`names`) and shared attributes, cloned for each field: one `cloneNode` instead
 * of a dozen `setAttribute`s. Built with `setAttribute`, never from markup, so a value is never parsed as
 * HTML. A kind has a handful of keys (the `maxlength` values of a form's schemas at most).
 */
const prototypes = new Map<readonly string[], Map<string, HTMLInputElement>>();

function setOrRemove(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

function prototypeOf(names: readonly string[], shared: SharedAttributes, key: string): HTMLInputElement {
  let ofKind = prototypes.get(names);
  if (!ofKind) prototypes.set(names, (ofKind = new Map()));
  let prototype = ofKind.get(key);
  if (!prototype) {
    prototype = document.createElement('input');
    prototype.setAttribute('part', 'input');
    for (let i = 0; i < names.length; i++) {
      const value = shared[i];
      if (value !== undefined) prototype.setAttribute(names[i]!, value);
    }
    ofKind.set(key, prototype);
  }
  return prototype;
}

/**
 * One field's `<input>` as plain DOM (issue #18): cloned from a prepared input with the field kind's
 * attributes, then only what differs between fields (id, placeholder, text, `aria-invalid`,
 * `aria-describedby`) is set, and on a re-render only what changed. A template with a Lit part per
 * attribute held ~1 KB of heap per field; this keeps one small object.
 */
class InputControlDirective extends Directive {
  #input: HTMLInputElement | undefined;
  #key = '';
  #id = '';
  #placeholder: string | undefined;
  #invalid = false;
  #describedBy = '';

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('inputControl() can only be used in child expressions');
  }

  render(_state: InputControlState): unknown {
    // Only `update` draws: the input is made and kept here (no server rendering here).
    return nothing;
  }

  override update(_part: ChildPart, [state]: [InputControlState]): unknown {
    const key = state.shared.join('\u0001');
    let input = this.#input;
    if (!input) {
      input = this.#input = prototypeOf(state.names, state.shared, key).cloneNode() as HTMLInputElement;
      this.#key = key;
      input.id = this.#id = state.id;
      this.#placeholder = state.placeholder;
      this.#invalid = state.invalid;
      this.#describedBy = state.describedBy;
      if (state.placeholder !== undefined) input.placeholder = state.placeholder;
      if (state.invalid) input.setAttribute('aria-invalid', 'true');
      if (state.describedBy) input.setAttribute('aria-describedby', state.describedBy);
      if (state.text) input.value = state.text;
      if (state.checked) input.checked = true;
      return input;
    }
    if (this.#key !== key) {
      this.#key = key;
      for (let i = 0; i < state.names.length; i++) setOrRemove(input, state.names[i]!, state.shared[i]);
    }
    if (this.#id !== state.id) input.id = this.#id = state.id;
    if (this.#placeholder !== state.placeholder) {
      this.#placeholder = state.placeholder;
      setOrRemove(input, 'placeholder', state.placeholder);
    }
    if (this.#invalid !== state.invalid) {
      this.#invalid = state.invalid;
      setOrRemove(input, 'aria-invalid', state.invalid ? 'true' : undefined);
    }
    if (this.#describedBy !== state.describedBy) {
      this.#describedBy = state.describedBy;
      setOrRemove(input, 'aria-describedby', state.describedBy || undefined);
    }
    // As Lit's `live`: compared with what the control shows now, which typing changes.
    if (state.text !== undefined && input.value !== state.text) input.value = state.text;
    if (state.checked !== undefined && input.checked !== state.checked) input.checked = state.checked;
    return input;
  }
}

/** A field's single-line `<input>`, kept as DOM and updated attribute by attribute (see `InputControlDirective`). */
export const inputControl = directive(InputControlDirective) as (state: InputControlState) => unknown;
