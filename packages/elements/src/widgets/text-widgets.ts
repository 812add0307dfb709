import type { FieldModel } from '@schemaforms/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { countCodePoints } from '../internal/text.js';
import type { WidgetContext, WidgetDefinition } from './widget-types.js';

const INPUT_TYPES: Readonly<Record<string, string>> = { text: 'text', email: 'email', url: 'url', tel: 'tel' };
const AUTOCOMPLETE: Readonly<Record<string, string>> = { email: 'email', tel: 'tel', url: 'url' };

/** The text an answer shows in a text control (`undefined` shows empty). */
export function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** An empty control clears the answer, so `required` reports it as missing rather than as too short. */
function answerOf(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/**
 * HTML `maxlength` counts UTF-16 units, JSON Schema counts code points: twice the schema's limit never
 * cuts a valid answer, yet still stops a multi-megabyte paste (RELIABILITY C6, C8).
 */
function pasteCap(field: FieldModel): number | undefined {
  const max = field.constraints.maxLength;
  return max === undefined ? undefined : max * 2;
}

function inputValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
}

/** What differs between the single-line inputs; ids, ARIA, read-only state and events are the same for all. */
interface InputOptions {
  readonly type: string;
  /** The text the control shows. */
  readonly text: string;
  /** What typed text does to the answer (and to the field's UI state). */
  readonly onInput: (text: string) => void;
  readonly inputmode?: string;
  readonly autocomplete?: string;
  readonly spellcheck?: 'false';
  readonly maxlength?: number;
  readonly placeholder?: string;
  /** A secret: no autocapitalisation, and password managers are asked to stay out (1Password, LastPass). */
  readonly secret?: boolean;
}

/** The `<input>` every single-line widget draws. */
function input(field: FieldModel, ctx: WidgetContext, options: InputOptions) {
  return html`
    <input
      class="input"
      part="input"
      id=${ctx.id('control')}
      type=${options.type}
      .value=${live(options.text)}
      inputmode=${options.inputmode ?? nothing}
      autocomplete=${options.autocomplete ?? nothing}
      autocapitalize=${options.secret ? 'off' : nothing}
      spellcheck=${options.spellcheck ?? nothing}
      ?data-1p-ignore=${options.secret}
      data-lpignore=${options.secret ? 'true' : nothing}
      maxlength=${options.maxlength ?? nothing}
      placeholder=${options.placeholder ?? nothing}
      ?readonly=${field.readOnly}
      aria-required=${field.required ? 'true' : nothing}
      aria-invalid=${ctx.error ? 'true' : nothing}
      aria-describedby=${ctx.describedBy || nothing}
      @input=${(event: Event) => options.onInput(inputValue(event))}
      @change=${() => ctx.commit()}
    />
  `;
}

/** Single-line text, e-mail, URL and phone answers. */
export const textWidget: WidgetDefinition = {
  name: 'text',
  rank: 1,
  tester: (field) => field.widget in INPUT_TYPES,
  render: (field, ctx) =>
    input(field, ctx, {
      type: INPUT_TYPES[field.widget] ?? 'text',
      text: textOf(field.value),
      onInput: (text) => ctx.setValue(answerOf(text)),
      autocomplete: AUTOCOMPLETE[field.widget],
      spellcheck: field.widget === 'text' ? undefined : 'false',
      maxlength: pasteCap(field),
      placeholder: field.placeholder,
    }),
};

/** Long text with a character counter that counts code points, as the validation does. */
export const textareaWidget: WidgetDefinition = {
  name: 'textarea',
  rank: 1,
  tester: (field) => field.widget === 'textarea',
  render: (field, ctx) => {
    const max = field.constraints.maxLength;
    const count = countCodePoints(textOf(field.value));
    const counterId = ctx.id('counter');
    return html`
      <textarea
        class="input"
        part="input"
        id=${ctx.id('control')}
        rows="5"
        .value=${live(textOf(field.value))}
        maxlength=${pasteCap(field) ?? nothing}
        placeholder=${field.placeholder ?? nothing}
        ?readonly=${field.readOnly}
        aria-required=${field.required ? 'true' : nothing}
        aria-invalid=${ctx.error ? 'true' : nothing}
        aria-describedby=${[ctx.describedBy, counterId].filter(Boolean).join(' ')}
        @input=${(event: Event) => ctx.setValue(answerOf(inputValue(event)))}
        @change=${() => ctx.commit()}
      ></textarea>
      <div class="counter" part="counter" id=${counterId} ?data-over=${max !== undefined && count > max}>
        ${max === undefined ? ctx.strings.characterCountNoMax(count) : ctx.strings.characterCount(count, max)}
      </div>
    `;
  },
};

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a typed number; a comma is a decimal separator (pt-BR). Text that is not a number is kept as
 * typed, so validation names the problem and nothing the person typed is lost.
 */
export function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : text;
}

/**
 * Shows what the person typed while it still means the current answer ("1,50" stays "1,50"); a
 * value set from outside shows formatted.
 */
function displayedText(field: FieldModel, ctx: WidgetContext, parse: (text: string) => unknown, format: (value: unknown) => string): string {
  const typed = ctx.getState<string>('typed');
  if (typed !== undefined && Object.is(parse(typed), field.value)) return typed;
  return format(field.value);
}

/**
 * Numbers and integers as text inputs with a numeric keyboard (GOV.UK's advice over `type=number`,
 * which silently drops what it cannot parse and changes on scroll).
 */
export const numberWidget: WidgetDefinition = {
  name: 'number',
  rank: 1,
  tester: (field) => field.widget === 'number' || field.widget === 'integer',
  render: (field, ctx) =>
    input(field, ctx, {
      type: 'text',
      text: displayedText(field, ctx, parseNumber, textOf),
      onInput: (text) => {
        ctx.setState('typed', text);
        ctx.setValue(parseNumber(text));
      },
      inputmode: field.widget === 'integer' ? 'numeric' : 'decimal',
      spellcheck: 'false',
      autocomplete: 'off',
      placeholder: field.placeholder,
    }),
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local UTC offset at `date` in RFC 3339 form (`-03:00`). */
function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * JSON Schema's `time` and `date-time` need seconds and a UTC offset (RFC 3339); the browser's pickers
 * give local `HH:MM` and `YYYY-MM-DDTHH:MM`. These convert both ways with the person's own offset.
 */
export const temporal = {
  timeToAnswer(text: string): string | undefined {
    if (!text) return undefined;
    const seconds = text.length === 5 ? `${text}:00` : text;
    return `${seconds}${offsetOf(new Date())}`;
  },
  timeToText(value: unknown): string {
    return typeof value === 'string' && /^\d{2}:\d{2}/.test(value) ? value.slice(0, 5) : '';
  },
  dateTimeToAnswer(text: string): string | undefined {
    if (!text) return undefined;
    const local = new Date(text);
    if (Number.isNaN(local.getTime())) return text;
    const seconds = text.length === 16 ? `${text}:00` : text;
    return `${seconds}${offsetOf(local)}`;
  },
  dateTimeToText(value: unknown): string {
    if (typeof value !== 'string') return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  },
};

const TEMPORAL_TYPES: Readonly<Record<string, string>> = { date: 'date', time: 'time', 'date-time': 'datetime-local' };

/** Dates, times and date-times with the browser's native pickers. */
export const temporalWidget: WidgetDefinition = {
  name: 'date',
  rank: 1,
  tester: (field) => field.widget in TEMPORAL_TYPES,
  render: (field, ctx) => {
    const toAnswer =
      field.widget === 'time'
        ? temporal.timeToAnswer
        : field.widget === 'date-time'
          ? temporal.dateTimeToAnswer
          : (text: string) => answerOf(text);
    const toText =
      field.widget === 'time' ? temporal.timeToText : field.widget === 'date-time' ? temporal.dateTimeToText : textOf;
    return input(field, ctx, {
      type: TEMPORAL_TYPES[field.widget] ?? 'date',
      text: displayedText(field, ctx, toAnswer, toText),
      onInput: (text) => {
        ctx.setState('typed', text);
        ctx.setValue(toAnswer(text));
      },
    });
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
  render: (field, ctx) => {
    const shown = ctx.getState<boolean>('shown') === true;
    const controlId = ctx.id('control');
    return html`
      <div class="row">
        ${input(field, ctx, {
          type: shown ? 'text' : 'password',
          text: textOf(field.value),
          onInput: (text) => ctx.setValue(answerOf(text)),
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
            ctx.setState('shown', !shown);
            ctx.announce(shown ? ctx.strings.hiddenStatus(field.label) : ctx.strings.shownStatus(field.label));
          }}
        >
          ${shown ? ctx.strings.hide : ctx.strings.show}<span class="visually-hidden"> ${field.label}</span>
        </button>
      </div>
    `;
  },
};
