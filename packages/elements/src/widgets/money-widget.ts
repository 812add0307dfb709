/**
 * The money preset (`"x-widget": "money"` on a number with `"multipleOf": 0.01`): an amount in reais
 * typed as people write it ("1.234,56", "1234.56", "R$ 10"), shown "1.234,56" (en: "1,234.56") once the
 * field is left. Few forms ask for money, so `<sf-form>` fetches this module the first time it renders
 * such a field.
 */
import type { FieldModel } from '@schemaforms/core';
import { formatMoney, MONEY_PREFIX, parseMoney } from '@schemaforms/core/money';

import type { ElementsLocale } from '../i18n/strings.js';
import { html, nothing } from 'lit';
import type { WidgetCode } from './lazy-widget.js';
import type { WidgetContext } from './widget-types.js';

/** The widget's words: they come with its code, which most forms never fetch. */
const MONEY_STRINGS = {
  'pt-BR': { currency: 'Valor em reais (R$), como 1.234,56' },
  en: { currency: 'Amount in Brazilian reais (R$), like 1,234.56' },
} satisfies Record<ElementsLocale, unknown>;

/** The answer typed text gives: an amount, nothing, or the text itself when it is not an amount. */
export function moneyAnswer(text: string, locale: ElementsLocale): number | string | undefined {
  const reading = parseMoney(text, locale);
  return reading.kind === 'amount' ? reading.value : reading.kind === 'invalid' ? reading.text : undefined;
}

/** How an answer shows when the person is not typing it: formatted amounts, kept text as it was typed. */
export function moneyText(value: unknown, locale: ElementsLocale): string {
  if (typeof value === 'number' && Number.isFinite(value)) return formatMoney(value, locale);
  return value === undefined || value === null ? '' : String(value);
}

/*
 * The input's `.value` is bound without Lit's `live` directive: every keystroke re-renders the field with
 * the text typed, so the last value Lit set is what the input holds. (A lazy chunk importing `live` made
 * the bundler split all of Lit out of the page's bundle, 0.6 KB of gzip more: scripts/size.mjs.)
 */

/** What the input shows: the text being typed while it still means the answer, else the answer formatted. */
function shownText(field: FieldModel, context: WidgetContext): string {
  const typed = context.getState<string>('typed');
  if (typed !== undefined && Object.is(moneyAnswer(typed, context.locale), field.value)) return typed;
  return moneyText(field.value, context.locale);
}

/**
 * A text input with a numeric keyboard (`inputmode="decimal"`, not `type=number`, which drops what it
 * cannot read) after a visible "R$" that is no part of the answer. Text that is not an amount stays as
 * typed and is the answer, so validation shows an error and nothing is silently dropped or rounded.
 */
export const moneyWidget: WidgetCode = {
  render: (field, context) => {
    const currencyId = context.id('currency');
    return html`
      <div class="row">
        <span class="money-prefix" part="prefix" aria-hidden="true">${MONEY_PREFIX}</span>
        <input
          class="input"
          part="input"
          id=${context.id('control')}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          .value=${shownText(field, context)}
          ?readonly=${field.readOnly}
          aria-required=${field.required ? 'true' : nothing}
          aria-invalid=${context.error ? 'true' : nothing}
          aria-describedby=${[context.describedBy, currencyId].filter(Boolean).join(' ')}
          @input=${(event: Event) => {
            const text = (event.target as HTMLInputElement).value;
            context.setState('typed', text);
            context.setValue(moneyAnswer(text, context.locale));
          }}
          @change=${(event: Event) => {
            // Leaving the field shows an amount the way it is written; text that is not one stays as typed.
            const text = (event.target as HTMLInputElement).value;
            if (typeof moneyAnswer(text, context.locale) !== 'string') context.setState('typed', undefined);
            context.commit();
          }}
        />
        <span class="visually-hidden" id=${currencyId}>${MONEY_STRINGS[context.locale].currency}</span>
      </div>
    `;
  },
};
