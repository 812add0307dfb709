/**
 * The code preset (`"x-widget": "code"` on a string): an order number, a Client ID, a voucher. Fetched
 * the first time a rendered field needs it, as most forms have none.
 */
import { html, nothing } from 'lit';
import type { ElementsLocale } from '../i18n/strings.js';
import type { WidgetCode } from './lazy-widget.js';
import { answerOf, pasteCap, textOf } from './text-widgets.js';

/** The widget's words: they come with its code, which most forms never fetch. */
const CODE_STRINGS = {
  'pt-BR': { example: (shape: string) => `Exemplo: ${shape}` },
  en: { example: (shape: string) => `Example: ${shape}` },
} satisfies Record<ElementsLocale, unknown>;

/**
 * Monospace, so that 0 and O or 1 and l differ; themable with `--sf-font-mono`. Set as a property,
 * which goes through the CSSOM (allowed under a strict CSP), and without the style-map directive,
 * whose code would be shared with the page's bundle.
 */
const MONOSPACE = "font-family: var(--sf-font-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace)";

/**
 * A one-line input for a code: monospace, and no keyboard help that would change it (capitals,
 * autocorrect, spelling). The schema's first `examples` entry shows as a visible hint of the shape
 * expected (a placeholder would vanish as the person types). The answer is trimmed by the core.
 */
export const codeWidget: WidgetCode = {
  render: (field, context) => {
    const hintId = context.id('hint');
    const example = field.placeholder;
    return html`
      ${
        example === undefined
          ? nothing
          : html`<p class="help" part="hint" id=${hintId}>${CODE_STRINGS[context.locale].example(example)}</p>`
      }
      <input
        class="input"
        part="input"
        id=${context.id('control')}
        type="text"
        .style=${MONOSPACE}
        .value=${textOf(field.value) /* no `live`: see money-widget.ts */}
        autocomplete="off"
        autocapitalize="off"
        autocorrect="off"
        spellcheck="false"
        maxlength=${pasteCap(field) ?? nothing}
        ?readonly=${field.readOnly}
        aria-required=${field.required ? 'true' : nothing}
        aria-invalid=${context.error ? 'true' : nothing}
        aria-describedby=${
          [context.describedBy, example === undefined ? '' : hintId].filter(Boolean).join(' ') || nothing
        }
        @input=${(event: Event) => context.setValue(answerOf((event.target as HTMLInputElement).value))}
        @change=${() => context.commit()}
      />
    `;
  },
};
