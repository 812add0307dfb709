/**
 * `@schemaforms/core/money` (a module of its own, not in the barrel, so that only the money widget's
 * lazy chunk carries it): amounts in Brazilian reais as people type and read them: the money preset
 * (`{"type":"number","multipleOf":0.01,"minimum":0,"x-widget":"money"}`). The answer is a JSON number
 * (1234.56); the decimal-exact `multipleOf` (decimal-multiple-of.ts) then accepts every amount with
 * two decimals and refuses a third. Reading never rounds: "10,005" becomes 10.005, which validation
 * refuses with the step, rather than a silent 10.01.
 */
import type { Locale } from './types.js';

/** What typed money text means: nothing typed, an amount, or text that is not an amount. */
export type MoneyReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'amount'; readonly value: number }
  | { readonly kind: 'invalid'; readonly text: string };

/** The currency sign shown before the amount; never part of the answer. */
export const MONEY_PREFIX = 'R$';

const GROUPING: Readonly<Record<Locale, string>> = { 'pt-BR': '.', en: ',' };
const DIGITS = /^\d+$/;
/** The significant digits a double always holds exactly (`Number.MAX_SAFE_INTEGER` has 16). */
const MAX_DIGITS = 15;
/** Digits in groups of three after a first group of one to three: "1.234.567". */
const GROUPED = (separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`);

/** The integer part without its thousands separators, or `undefined` when the grouping is wrong. */
function integerPart(text: string, separator: string | undefined): string | undefined {
  if (text === '') return '0';
  if (DIGITS.test(text)) return text;
  if (separator !== undefined && GROUPED(separator).test(text)) return text.split(separator).join('');
  return undefined;
}

/**
 * Where the decimals start: with both separators, the last one; with one kind used several times,
 * none (they group thousands); with one used once, it is decimal unless it is the locale's thousands
 * separator followed by exactly three digits ("1.234" in pt-BR is one thousand two hundred and
 * thirty-four, "1,234" in en too; "1,234" in pt-BR is 1.234 and refused for its third decimal).
 */
function splitAmount(body: string, locale: Locale): { integer: string; fraction: string } | undefined {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) {
    const integer = integerPart(body, undefined);
    return integer === undefined ? undefined : { integer, fraction: '' };
  }
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const grouping = decimalAt === lastDot ? ',' : '.';
    const integer = integerPart(body.slice(0, decimalAt), grouping);
    return integer === undefined ? undefined : { integer, fraction: body.slice(decimalAt + 1) };
  }
  const separator = lastDot >= 0 ? '.' : ',';
  const at = Math.max(lastDot, lastComma);
  const usedOnce = body.indexOf(separator) === at;
  const groupsThousands =
    !usedOnce ||
    (separator === GROUPING[locale] && /^\d{1,3}$/.test(body.slice(0, at)) && /^\d{3}$/.test(body.slice(at + 1)));
  if (groupsThousands) {
    const integer = integerPart(body, separator);
    return integer === undefined ? undefined : { integer, fraction: '' };
  }
  const integer = integerPart(body.slice(0, at), undefined);
  return integer === undefined ? undefined : { integer, fraction: body.slice(at + 1) };
}

/**
 * Reads an amount as typed: "1.234,56", "1234,56", "1234.56", "R$ 10", "1,234.56" (en) all read;
 * spaces and the "R$" sign are ignored. Anything else is `invalid`, carrying the text as typed so
 * that nothing the person wrote is lost.
 */
export function parseMoney(text: string, locale: Locale = 'pt-BR'): MoneyReading {
  let body = text.replace(/[\s\u00a0\u202f]/g, '');
  if (body.startsWith(MONEY_PREFIX)) body = body.slice(MONEY_PREFIX.length);
  if (body === '') return text.trim() === '' ? { kind: 'empty' } : { kind: 'invalid', text };
  const negative = body.startsWith('-');
  if (negative) body = body.slice(1);
  const parts = /\d/.test(body) ? splitAmount(body, locale) : undefined;
  if (!parts || !(parts.fraction === '' || DIGITS.test(parts.fraction))) return { kind: 'invalid', text };
  const digits = `${parts.integer}${parts.fraction}`.replace(/^0+/, '');
  // Beyond 15 significant digits a double no longer holds the amount typed: refuse rather than round.
  if (digits.length > MAX_DIGITS) return { kind: 'invalid', text };
  // `Number` of the plain decimal text is the nearest double, which the decimal-exact multipleOf reads exactly.
  const value = Number(`${parts.integer}${parts.fraction === '' ? '' : `.${parts.fraction}`}`);
  return { kind: 'amount', value: negative && value !== 0 ? -value : value };
}

/**
 * Writes an amount for people, without the sign (shown apart): "1.234,56" in pt-BR, "1,234.56" in en,
 * always at least two decimals and never fewer than the amount has ("10,005" stays visible as such).
 */
export function formatMoney(value: number, locale: Locale = 'pt-BR'): string {
  let format = FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 20, useGrouping: true });
    FORMATS.set(locale, format);
  }
  return format.format(value);
}

const FORMATS = new Map<Locale, Intl.NumberFormat>();
