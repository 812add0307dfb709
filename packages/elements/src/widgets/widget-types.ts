import type { ChoiceOption, FieldModel } from '@schemaforms/core';
import type { TemplateResult } from 'lit';
import type { ElementStrings, ElementsLocale } from '../i18n/strings.js';

/**
 * What a widget's `render` receives besides its field: ids, the error to show, the built-in strings,
 * and the actions that change the answers. A new context is made each time the field re-renders.
 */
export interface WidgetContext {
  /** The language of the form. */
  readonly locale: ElementsLocale;
  /** The built-in strings in that language. */
  readonly strings: ElementStrings;
  /** The inline error to show now (after the field was left or a submit was tried), if any. */
  readonly error: string | undefined;
  /** `aria-describedby` for the field's control: its help, option help and error, when present. */
  readonly describedBy: string;
  /**
   * A stable id for one part of the field in the form's shadow root: `control` (what the label points
   * at and error links focus), `help`, `option-help`, `error`, or any name of the widget's own.
   */
  id(part: string): string;
  /** Sets the answer of this field; `undefined` clears it. Call it on `input`. */
  setValue(value: unknown): void;
  /**
   * Fires `change` from `<sf-form>`: a native `change` does not leave a shadow root, so call this
   * from the control's own `change` handler.
   */
  commit(): void;
  /**
   * Fires `input` from `<sf-form>` for a change that did not come from a native `input` event of a
   * control (a file read, an array edit). Native `input` events cross the shadow root by themselves.
   */
  emitInput(): void;
  /** UI state of this field that is not an answer (what was typed before parsing, a toggle). */
  getState<T>(key: string): T | undefined;
  /** Changes UI state of this field and re-renders it. */
  setState(key: string, value: unknown): void;
  /** Renders a child field (an object's property or an array's item) with the registry. */
  renderField(child: FieldModel): unknown;
  /** Renders a list of child fields, keyed by pointer, re-rendering only those that changed. */
  renderFields(children: readonly FieldModel[]): unknown;
  /**
   * The active fields `option` of this choice reveals (`ChoiceOption.reveals`), in the form's current
   * state: what a widget with `reveals: true` draws under that option.
   */
  revealedFields(option: ChoiceOption): readonly FieldModel[];
  /** The field's `<label for>` with its required/optional mark. */
  label(): TemplateResult;
  /** The field's label as the `<legend>` of a fieldset, with its mark. */
  legend(): TemplateResult;
  /** The help text (the active branch's `description`), or nothing. */
  help(): unknown;
  /** The chosen option's help in a polite live region (present while any option has help), or nothing. */
  optionHelp(): unknown;
  /**
   * Schema help text (an option's `description`) rendered like `help()`: safe Markdown, links resolved;
   * plain text comes back as a string (so it can be set as `textContent`).
   */
  helpText(text: string): unknown;
  /** The inline error message, or nothing. */
  errorText(): unknown;
  /**
   * Shows the branch `index` of this object's alternatives `list` (an `AlternativeChoice.list`) and
   * fires `input` and `change`; the other branches' answers stay in memory, left out of the payload.
   */
  chooseAlternative(list: string, index: number): void;
  /** Adds an item to this array field and focuses it. */
  addItem(): void;
  /** Removes the item at `index` of this array field. */
  removeItem(index: number): void;
  /** Moves an item of this array field. */
  moveItem(from: number, to: number): void;
  /** Says `message` through the form's polite live region. */
  announce(message: string): void;
  /** Focuses the element with `id` in the form's shadow root once the next render is done. */
  focusAfterRender(id: string): void;
  /** Focuses the control of the field at `pointer` (or its first focusable element) after the next render. */
  focusFieldAfterRender(pointer: string): void;
}

/** How a widget reads an `input` event of its field's controls (see `WidgetDefinition.onInput`). */
export type WidgetInputHandler = (event: Event, field: FieldModel, context: WidgetContext) => void;

/** How a widget draws one field. Return Lit templates; never build HTML strings. */
export type WidgetRender = (field: FieldModel, context: WidgetContext) => unknown;

/** A widget the registry can choose. */
export interface WidgetDefinition {
  /** A name `x-widget` can force (`"x-widget": "stars"`); built-ins use the core's widget kinds. */
  readonly name?: string;
  /** Higher wins among widgets whose tester accepts the field; built-ins rank 1 (x-context 2). */
  readonly rank: number;
  /** Whether this widget can draw `field`. */
  readonly tester: (field: FieldModel) => boolean;
  /**
   * `control` (the default): `render` returns the control, and `<sf-form>` draws the label (pointing at
   * `context.id('control')`), the help and the error above it. `field`: `render` draws all of it, with
   * `context.label()`/`legend()`, `help()` and `errorText()` — for checkboxes, fieldsets and the like.
   */
  readonly layout?: 'control' | 'field';
  /**
   * Whether `render` draws the fields an answer reveals under that answer (`context.revealedFields`).
   * Then `<sf-form>` leaves them out of the list around the choice; otherwise they keep their place.
   */
  readonly reveals?: boolean;
  readonly render: WidgetRender;
  /**
   * Handles an `input` event from one of this widget's controls. `<sf-form>` listens once, at the form,
   * and hands each `input` to the widget of the innermost field around its target, so the controls
   * `render` draws need no listeners of their own; a `change` from them then fires `change` from
   * `<sf-form>` (as `context.commit()` would). A widget without it binds its own listeners.
   */
  readonly onInput?: WidgetInputHandler;
}
