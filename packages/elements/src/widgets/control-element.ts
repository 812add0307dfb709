import { nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { ChoiceOption } from '@schemaforms/core';
import { labelsKey, optionsFor } from './select-options.js';

/**
 * The attributes of a control that fields of one kind share and that seldom change for a field
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

/** A select's options (after its placeholder) and which one is chosen. */
export interface ControlChoices {
  readonly options: readonly ChoiceOption[];
  /** The index of the chosen option; -1 for the placeholder. */
  readonly chosen: number;
}

/** What one field's control shows: its kind's shared attributes and the field's own. */
export interface ControlState {
  /** An `<input>` (the default), a `<select>` or a `<textarea>`. */
  readonly tag?: 'input' | 'select' | 'textarea';
  /** The names of `shared`: one constant array per kind of control. */
  readonly names: readonly string[];
  readonly shared: SharedAttributes;
  readonly id: string;
  /** The text an input shows (set only when the control shows something else, as Lit's `live`). */
  readonly text?: string;
  /** Whether a checkbox is checked (set only when it shows otherwise, as Lit's `live`). */
  readonly checked?: boolean;
  /** A select's options. */
  readonly choices?: ControlChoices;
  /** An input's `placeholder`, or the text of a select's placeholder option (value `''`: no answer). */
  readonly placeholder?: string | undefined;
  readonly invalid: boolean;
  /** `aria-describedby` (`''` leaves it out). */
  readonly describedBy: string;
  /** `aria-controls`: what the control reveals. */
  readonly controls?: string | undefined;
}

/**
 * Prepared controls by kind (`names`) and shared attributes, cloned for each field: one `cloneNode`
 * instead of a dozen `setAttribute`s. Built with `setAttribute`, never from markup, so a value is never
 * parsed as HTML. A form has a handful of keys per kind (its schemas' `maxlength` values at most), but a
 * page that mounts many generated schemas would add keys without end: each kind keeps the
 * `PREPARED_CONTROLS_PER_KIND` prepared last (a hit costs no bookkeeping on the mount path).
 */
const prototypes = new Map<readonly string[], Map<string, HTMLElement>>();

/** How many prepared controls one kind keeps; the one prepared first goes first. */
export const PREPARED_CONTROLS_PER_KIND = 32;

/** How many prepared controls are kept for the kind `names` (for tests of the bound). */
export function preparedControlCount(names: readonly string[]): number {
  return prototypes.get(names)?.size ?? 0;
}

/**
 * What identifies a kind's shared values among its prepared controls: an absent attribute and an empty
 * one (`readonly=""`) differ (`join` would make both '', and a read-only field's prepared control would
 * be cloned for an editable one).
 */
function sharedKey(shared: SharedAttributes): string {
  return shared.map((value) => value ?? '\u0002').join('\u0001');
}

function setOrRemove(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

function prototypeOf(state: ControlState, key: string): HTMLElement {
  const { names, shared } = state;
  let ofKind = prototypes.get(names);
  if (!ofKind) prototypes.set(names, (ofKind = new Map()));
  let prototype = ofKind.get(key);
  if (!prototype) {
    // The oldest goes (a Map keeps insertion order): rebuilding it later costs one control's attributes.
    if (ofKind.size >= PREPARED_CONTROLS_PER_KIND) ofKind.delete(ofKind.keys().next().value!);
    prototype = document.createElement(state.tag ?? 'input');
    prototype.setAttribute('part', 'input');
    for (let i = 0; i < names.length; i++) {
      const value = shared[i];
      if (value !== undefined) prototype.setAttribute(names[i]!, value);
    }
    // A select's placeholder option, its text set per field (it follows the form's language).
    if (state.tag === 'select') prototype.append(new Option('', ''));
    ofKind.set(key, prototype);
  }
  return prototype;
}

/**
 * One field's control (`<input>` or `<select>`) as plain DOM (issue #18): cloned from a prepared one
 * with the field kind's attributes, then only what differs between fields (id, placeholder, text,
 * options, ARIA state) is set, and on a re-render only what changed. A template with a Lit part per
 * attribute held ~1 KB of heap per field; this keeps one small object.
 */
export class ControlElementDirective extends Directive {
  #element: HTMLElement | undefined;
  #names: readonly string[] | undefined;
  /** The prepared control of the field's shared attributes (shared by fields: no key string kept per field). */
  #prototype: HTMLElement | undefined;
  #placeholder: string | undefined;
  #invalid = false;
  #controls: string | undefined;
  #options: readonly ChoiceOption[] | undefined;
  #labels = '';

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('controlElement() can only be used in child expressions');
  }

  render(_state: ControlState): unknown {
    // Only `update` draws: the control is made and kept here (no server rendering here).
    return nothing;
  }

  override update(_part: ChildPart, [state]: [ControlState]): unknown {
    return this.draw(state);
  }

  /**
   * Makes or updates the control and returns what to place: the control, the same one again while it
   * stays, or (in subclasses) a fragment on the first draw and `noChange` after. A field frame calls it
   * directly, without a Lit part (`form/field-template.ts`).
   */
  draw(state: ControlState): unknown {
    const prototype = prototypeOf(state, sharedKey(state.shared));
    let element = this.#element;
    if (!element || this.#names !== state.names) {
      // The first render, or the field's widget changed (a text field became a select): a new control.
      element = this.#element = prototype.cloneNode(true) as HTMLElement;
      this.#names = state.names;
      this.#placeholder = this.#controls = this.#options = undefined;
      this.#invalid = false;
      this.#labels = '';
    } else if (this.#prototype !== prototype) {
      for (let i = 0; i < state.names.length; i++) setOrRemove(element, state.names[i]!, state.shared[i]);
    }
    this.#prototype = prototype;
    // The id and description are compared with the control's own, not kept here: two strings less per field.
    if (element.id !== state.id) element.id = state.id;
    if (this.#placeholder !== state.placeholder) {
      this.#placeholder = state.placeholder;
      if (state.choices) (element as HTMLSelectElement).options[0]!.textContent = state.placeholder ?? '';
      else setOrRemove(element, 'placeholder', state.placeholder);
    }
    if (this.#invalid !== state.invalid) {
      this.#invalid = state.invalid;
      setOrRemove(element, 'aria-invalid', state.invalid ? 'true' : undefined);
    }
    if ((element.getAttribute('aria-describedby') ?? '') !== state.describedBy)
      setOrRemove(element, 'aria-describedby', state.describedBy || undefined);
    if (this.#controls !== state.controls) {
      this.#controls = state.controls;
      setOrRemove(element, 'aria-controls', state.controls);
    }
    if (state.choices) this.#updateOptions(element as HTMLSelectElement, state.choices);
    // As Lit's `live`: compared with what the control shows now, which the person changes.
    const input = element as HTMLInputElement;
    if (state.text !== undefined && input.value !== state.text) input.value = state.text;
    if (state.checked !== undefined && input.checked !== state.checked) input.checked = state.checked;
    return element;
  }

  /**
   * Rebuilds the options only when their labels change; selects the chosen one on every render, as
   * `live` would: what the person picked is read from the DOM, not from the last render.
   */
  #updateOptions(select: HTMLSelectElement, { options, chosen }: ControlChoices): void {
    if (options !== this.#options) {
      this.#options = options;
      const key = labelsKey(options);
      if (key !== this.#labels) {
        this.#labels = key;
        select.replaceChildren(select.options[0]!, optionsFor(key, options));
      }
    }
    select.selectedIndex = chosen + 1;
  }
}

/** A field's `<input>` or `<select>`, kept as DOM and updated attribute by attribute (see `ControlElementDirective`). */
export const controlElement = directive(ControlElementDirective) as (state: ControlState) => unknown;
