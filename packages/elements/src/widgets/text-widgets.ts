import { trimCode, type FieldModel } from '@schemaforms/core';
import { html } from 'lit';
import { countCodePoints } from '../internal/text.js';
import { controlElement, TEXT_INPUT_NAMES, type SharedAttributes } from './control-element.js';
import { textareaField } from './textarea-field.js';
import type { WidgetContext, WidgetDefinition, WidgetInputHandler } from './widget-types.js';

const INPUT_TYPES: Readonly<Record<string, string>> = { text: 'text', email: 'email', url: 'url', tel: 'tel' };
const AUTOCOMPLETE: Readonly<Record<string, string>> = { email: 'email', tel: 'tel', url: 'url' };

/** The text an answer shows in a text control (`undefined` shows empty). */
export function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** An empty control clears the answer, so `required` reports it as missing rather than as too short. */
export function answerOf(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/**
 * HTML `maxlength` counts UTF-16 units, JSON Schema counts code points: twice the schema's limit, plus
 * room for the spaces a pasted code carries around it (trimmed before it is checked), never cuts a
 * valid answer, yet still stops a multi-megabyte paste (RELIABILITY C6, C8, C17).
 */
export function pasteCap(field: FieldModel): number | undefined {
  const max = field.constraints.maxLength;
  return max === undefined ? undefined : max * 2 + 64;
}

/** The text of the control an `input` event came from. */
export function inputValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
}

/** Typed text becomes the answer as it is (an empty control clears it): the text and secret widgets' `onInput`. */
export const typedText: WidgetInputHandler = (event, _field, context) => context.setValue(answerOf(inputValue(event)));

/** What differs between the single-line inputs; ids, ARIA and read-only state are the same for all. */
interface InputOptions {
  readonly type: string;
  /** The text the control shows. */
  readonly text: string;
  readonly inputmode?: string;
  readonly autocomplete?: string;
  readonly spellcheck?: 'false';
  readonly maxlength?: number;
  readonly placeholder?: string;
  /** A secret: no autocapitalisation (as for any code), and password managers are asked to stay out (1Password, LastPass). */
  readonly secret?: boolean;
}

/**
 * The `<input>` every single-line widget draws, kept as plain DOM (see `controlElement`). It carries no
 * listener: the form hands its `input` events to the widget's `onInput` (event delegation, issue #18).
 */
export function input(field: FieldModel, context: WidgetContext, options: InputOptions): unknown {
  const { secret } = options;
  // In `TEXT_INPUT_NAMES` order.
  const shared: SharedAttributes = [
    'input',
    options.type,
    options.inputmode,
    options.autocomplete,
    secret || field.code ? 'off' : undefined,
    options.spellcheck,
    secret ? '' : undefined,
    secret ? 'true' : undefined,
    options.maxlength === undefined ? undefined : String(options.maxlength),
    field.readOnly ? '' : undefined,
    field.required ? 'true' : undefined,
  ];
  return controlElement({
    names: TEXT_INPUT_NAMES,
    shared,
    id: context.id('control'),
    text: options.text,
    placeholder: options.placeholder,
    invalid: Boolean(context.error),
    describedBy: context.describedBy,
  });
}

/** The shared attributes' names of a textarea (see `controlElement`). */
const TEXTAREA_NAMES = [
  'class',
  'rows',
  'maxlength',
  'autocapitalize',
  'spellcheck',
  'readonly',
  'aria-required',
] as const;

/** Single-line text, e-mail, URL and phone answers. */
export const textWidget: WidgetDefinition = {
  name: 'text',
  rank: 1,
  tester: (field) => field.widget in INPUT_TYPES,
  render: (field, context) =>
    // Text that showed in a textarea (it held a line break) stays in one while edited: no swap under the cursor.
    field.widget === 'text' && context.getState<boolean>('multiLine')
      ? textareaWidget.render(field, context)
      : input(field, context, {
          type: INPUT_TYPES[field.widget] ?? 'text',
          text: textOf(field.value),
          autocomplete: AUTOCOMPLETE[field.widget],
          spellcheck: field.widget === 'text' && !field.code ? undefined : 'false',
          maxlength: pasteCap(field),
          placeholder: field.placeholder,
        }),
  onInput: (event, field, context) =>
    event.target instanceof HTMLTextAreaElement
      ? textareaWidget.onInput!(event, field, context)
      : typedText(event, field, context),
};

/** Long text with a character counter that counts code points, as the validation does. */
export const textareaWidget: WidgetDefinition = {
  name: 'textarea',
  rank: 1,
  tester: (field) => field.widget === 'textarea',
  render: (field, context) => {
    const max = field.constraints.maxLength;
    // Counted as validated: a code without the spaces around it.
    const text = textOf(field.value);
    const count = countCodePoints(field.code ? (trimCode(text) ?? '') : text);
    const counterId = context.id('counter');
    const maxlength = pasteCap(field);
    return textareaField({
      tag: 'textarea',
      names: TEXTAREA_NAMES,
      // In `TEXTAREA_NAMES` order.
      shared: [
        'input',
        '5',
        maxlength === undefined ? undefined : String(maxlength),
        field.code ? 'off' : undefined,
        field.code ? 'false' : undefined,
        field.readOnly ? '' : undefined,
        field.required ? 'true' : undefined,
      ],
      id: context.id('control'),
      text,
      placeholder: field.placeholder,
      invalid: Boolean(context.error),
      describedBy: context.describedBy ? `${context.describedBy} ${counterId}` : counterId,
      counterId,
      counter:
        max === undefined ? context.strings.characterCountNoMax(count) : context.strings.characterCount(count, max),
      over: max !== undefined && count > max,
    });
  },
  onInput: (event, field, context) => {
    if (!context.getState('multiLine')) context.setState('multiLine', true);
    typedText(event, field, context);
  },
};

/**
 * A `writeOnly` answer (an API token): masked, never autofilled (`new-password`), paste allowed, with a
 * show/hide toggle. Its value never reaches drafts, `value` or events; only the submission.
 */
export const secretWidget: WidgetDefinition = {
  name: 'secret',
  rank: 1,
  tester: (field) => field.widget === 'secret',
  render: (field, context) => {
    const shown = context.getState<boolean>('shown') === true;
    const controlId = context.id('control');
    return html`<div class="row">${input(field, context, {
      type: shown ? 'text' : 'password',
      text: textOf(field.value),
      autocomplete: shown ? 'off' : 'new-password',
      spellcheck: 'false',
      maxlength: pasteCap(field),
      secret: true,
    })}
        <button
          type="button"
          part="button secret-toggle"
          aria-controls=${controlId}
          @click=${() => {
            context.setState('shown', !shown);
            context.announce(
              shown ? context.strings.hiddenStatus(field.label) : context.strings.shownStatus(field.label),
            );
          }}
        >
          ${shown ? context.strings.hide : context.strings.show}<span class="visually-hidden"> ${field.label}</span>
        </button>
      </div>
    `;
  },
  onInput: typedText,
};
