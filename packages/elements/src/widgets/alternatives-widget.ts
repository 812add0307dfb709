/**
 * An object with alternatives (`oneOf`/`anyOf` of object subschemas, issue #14 item 1): its legend
 * (the property's own title), a labelled choice of branch, then the chosen branch's fields. Few
 * branches are radios (arrow keys move between them), many a select; each option is labelled by the
 * branch's `title`, else "Opção 2"/"Option 2". Loaded lazily: only forms with alternatives need it.
 */
import type { AlternativeChoice, FieldModel } from '@schemaforms/core';
import { html, nothing } from 'lit';
import type { ElementsLocale } from '../i18n/strings.js';
import type { WidgetCode } from './lazy-widget.js';
import type { WidgetContext } from './widget-types.js';

/**
 * Up to this many branches, radios; more make a select. The core's `RADIO_MAX_OPTIONS` says the same
 * for choices of answers; it is not imported, so this chunk takes nothing from the core at run time.
 */
const RADIO_MAX_BRANCHES = 5;

/** The words of the choice, kept here so forms without alternatives never load them. */
interface ChoiceWords {
  /** Labels the choice of branch. */
  readonly legend: string;
  /** A branch without a `title`, by its number from 1. */
  readonly option: (number: number) => string;
  /** Said through the live region once a branch is picked. */
  readonly chosen: (title: string) => string;
}

const WORDS: Record<ElementsLocale, ChoiceWords> = {
  'pt-BR': {
    legend: 'Escolha uma opção',
    option: (number) => `Opção ${number}`,
    chosen: (title) => `Mostrando os campos de ${title}.`,
  },
  en: {
    legend: 'Choose one',
    option: (number) => `Option ${number}`,
    chosen: (title) => `Showing the fields of ${title}.`,
  },
};

/** The label of each branch: its title, else its number in the locale's words. */
function optionLabels(choice: AlternativeChoice, words: ChoiceWords): string[] {
  return choice.options.map((option, index) => option.title ?? words.option(index + 1));
}

/** Whether the choice is read-only: a `"type": "null"` branch chosen is read-only as a field, not as a choice. */
function locked(field: FieldModel): boolean {
  return field.readOnly && field.schema.type !== 'null';
}

function renderChoice(field: FieldModel, context: WidgetContext, choice: AlternativeChoice, position: number) {
  const words = WORDS[context.locale] ?? WORDS.en;
  const labels = optionLabels(choice, words);
  const pick = (index: number): void => {
    if (index === choice.chosen) return;
    context.chooseAlternative(choice.list, index);
    context.announce(words.chosen(labels[index]!));
  };
  const legendId = context.id(`alternatives-${position}`);
  if (labels.length > RADIO_MAX_BRANCHES) {
    const id = context.id(`alternatives-${position}-control`);
    return html`<div class="alternatives" part="alternatives">
      <label class="label" part="choice-label" for=${id} id=${legendId}>${words.legend}</label>
      <select
        class="input"
        part="input"
        id=${id}
        ?disabled=${locked(field)}
        @change=${(event: Event) => pick(Number((event.target as HTMLSelectElement).value))}
      >
        ${labels.map(
          (label, index) =>
            html`<option value=${index} dir="auto" .selected=${index === choice.chosen}>${label}</option>`,
        )}
      </select>
    </div>`;
  }
  return html`<fieldset class="alternatives" part="alternatives">
    <legend class="label" part="choice-label" id=${legendId}>${words.legend}</legend>
    <div class="choices">
      ${labels.map((label, index) => {
        const id = context.id(`alternatives-${position}-${index}`);
        return html`<div class="choice">
          <input
            type="radio"
            part="input"
            id=${id}
            name=${`${field.pointer}#${choice.list}`}
            .checked=${index === choice.chosen}
            ?disabled=${locked(field)}
            @change=${() => pick(index)}
          />
          <label for=${id} part="option-label"><span dir="auto">${label}</span></label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/** The choices of an object's alternatives, outermost first, each changing which fields follow. */
function renderChoices(field: FieldModel, context: WidgetContext) {
  return (field.alternatives ?? []).map((choice, position) => renderChoice(field, context, choice, position));
}

/** The lazily loaded code of the `alternatives` widget (see `builtin-widgets.ts`). */
export const alternativesWidget: WidgetCode = {
  layout: 'field',
  render: (field, context) =>
    // The form's root has its title above the fields already: no fieldset around it.
    field.pointer === ''
      ? html`${context.errorText()}${renderChoices(field, context)}${context.renderFields(field.children ?? [])}`
      : html`<fieldset class="group" part="fieldset" aria-describedby=${context.describedBy || nothing}>
          ${context.legend()}${context.help()}${context.errorText()}${renderChoices(field, context)}
          ${context.renderFields(field.children ?? [])}
        </fieldset>`,
};
