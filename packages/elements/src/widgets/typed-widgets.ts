/**
 * Numbers, dates and times: typed text with a reading (`1,50` → 1.5) and a writing of the answer. Few
 * forms ask for them, so `<sf-form>` fetches this module the first time it renders such a field.
 */
import type { FieldModel } from '@schemaforms/core';
import { answerOf, input, inputValue, textOf } from './text-widgets.js';
import type { WidgetContext, WidgetDefinition } from './widget-types.js';

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
function displayedText(
  field: FieldModel,
  context: WidgetContext,
  parse: (text: string) => unknown,
  format: (value: unknown) => string,
): string {
  const typed = context.getState<string>('typed');
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
  render: (field, context) =>
    input(field, context, {
      type: 'text',
      text: displayedText(field, context, parseNumber, textOf),
      inputmode: field.widget === 'integer' ? 'numeric' : 'decimal',
      spellcheck: 'false',
      autocomplete: 'off',
      placeholder: field.placeholder,
    }),
  onInput: (event, _field, context) => {
    const text = inputValue(event);
    context.setState('typed', text);
    context.setValue(parseNumber(text));
  },
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
  render: (field, context) => {
    const toText =
      field.widget === 'time' ? temporal.timeToText : field.widget === 'date-time' ? temporal.dateTimeToText : textOf;
    return input(field, context, {
      type: TEMPORAL_TYPES[field.widget] ?? 'date',
      text: displayedText(field, context, temporalAnswer(field), toText),
    });
  },
  onInput: (event, field, context) => {
    const text = inputValue(event);
    context.setState('typed', text);
    context.setValue(temporalAnswer(field)(text));
  },
};

/** How the text of a date, time or date-time control becomes the answer. */
function temporalAnswer(field: FieldModel): (text: string) => string | undefined {
  if (field.widget === 'time') return temporal.timeToAnswer;
  if (field.widget === 'date-time') return temporal.dateTimeToAnswer;
  return answerOf;
}
