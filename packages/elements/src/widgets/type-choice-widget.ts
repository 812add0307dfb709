/**
 * A field of a union type (`"type": ["object", "array"]`, issue #14 item 9): a labelled choice of type,
 * then the field as its chosen type draws it. The type shown is the answer's (the first type while
 * unanswered); switching keeps the answer of the type left, which comes back when it is chosen again.
 * Loaded lazily: only forms with such a union need it.
 */
import type { FieldModel, WidgetKind } from '@schemaforms/core';
import { html } from 'lit';
import type { ElementsLocale } from '../i18n/strings.js';
import type { WidgetCode } from './lazy-widget.js';
import type { WidgetContext } from './widget-types.js';

/** The words of the choice, kept here so forms without unions never load them. */
interface TypeWords {
  /** Labels the choice of type for the field labelled `label`. */
  readonly legend: (label: string) => string;
  readonly types: Readonly<Record<string, string>>;
  /** Said through the live region once a type is picked. */
  readonly chosen: (type: string) => string;
}

const WORDS: Record<ElementsLocale, TypeWords> = {
  'pt-BR': {
    legend: (label) => `Tipo de ${label}`,
    types: {
      object: 'Grupo de campos',
      array: 'Lista',
      boolean: 'Sim ou não',
      number: 'Número',
      integer: 'Número inteiro',
    },
    chosen: (type) => `${type} escolhido.`,
  },
  en: {
    legend: (label) => `Type of ${label}`,
    types: {
      object: 'Group of fields',
      array: 'List',
      boolean: 'Yes or no',
      number: 'Number',
      integer: 'Whole number',
    },
    chosen: (type) => `${type} chosen.`,
  },
};

/** The JSON type of an answer, as a union names it (`undefined` for no answer). */
function typeOfAnswer(value: unknown, types: readonly string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return types.includes('number') ? 'number' : 'integer';
  return typeof value;
}

/** The kind of field each type is drawn as. */
const KIND_OF_TYPE: Readonly<Record<string, WidgetKind>> = {
  object: 'object',
  array: 'array',
  boolean: 'checkbox',
  number: 'number',
  integer: 'integer',
};

/** An answer to start a type with: empty where the type has one; a number starts unanswered. */
function emptyOf(type: string): unknown {
  return type === 'object' ? {} : type === 'array' ? [] : type === 'boolean' ? false : undefined;
}

function renderChoice(field: FieldModel, context: WidgetContext, types: readonly string[], chosen: string) {
  const words = WORDS[context.locale] ?? WORDS.en;
  const labelOf = (type: string) => words.types[type] ?? type;
  const pick = (type: string): void => {
    if (type === chosen) return;
    // The answer of the type left is kept (UI state), so choosing it again brings it back.
    context.setState(`kept-${chosen}`, field.value);
    context.setState('chosen', type);
    const kept = context.getState<unknown>(`kept-${type}`);
    context.setValue(kept !== undefined ? kept : emptyOf(type));
    context.emitInput();
    context.commit();
    context.announce(words.chosen(labelOf(type)));
  };
  return html`<fieldset class="alternatives" part="alternatives">
    <legend class="label" part="choice-label" id=${context.id('type-choice')}>${words.legend(field.label)}</legend>
    <div class="choices">
      ${types.map((type) => {
        const id = context.id(`type-${type}`);
        return html`<div class="choice">
          <input
            type="radio"
            part="input"
            id=${id}
            name=${`${field.pointer}#type`}
            .checked=${type === chosen}
            ?disabled=${field.readOnly}
            @change=${() => pick(type)}
          />
          <label for=${id} part="option-label"><span dir="auto">${labelOf(type)}</span></label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/** The lazily loaded code of the `type-choice` widget (see `builtin-widgets.ts`). */
export const typeChoiceWidget: WidgetCode = {
  layout: 'field',
  render: (field, context) => {
    const types = field.types ?? [];
    // The answer's type; while unanswered, the type last picked (a number starts empty), else the first.
    const chosen = typeOfAnswer(field.value, types) ?? context.getState<string>('chosen') ?? types[0] ?? 'object';
    // The field as its type draws it: the same field without the union, so the registry picks that widget.
    const widget = field.value === undefined ? (KIND_OF_TYPE[chosen] ?? field.widget) : field.widget;
    const shown: FieldModel = { ...field, types: undefined, widget };
    return html`${renderChoice(field, context, types, chosen)}${context.renderField(shown)}`;
  },
};
