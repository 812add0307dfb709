import type { ChoiceOption, FieldModel } from '@schemaforms/core';
import { html, nothing } from 'lit';
import { sameValue } from '../internal/text.js';
import { announceRevealed, revealedFields, revealedId } from './revealed-fields.js';
import { checkboxField } from './checkbox-field.js';
import { controlElement } from './control-element.js';
import { textWidget, typedText } from './text-widgets.js';
import type { WidgetContext, WidgetDefinition } from './widget-types.js';

function options(field: FieldModel): readonly ChoiceOption[] {
  return field.options ?? [];
}

function chosenIndex(field: FieldModel): number {
  return options(field).findIndex((option) => sameValue(option.value, field.value));
}

/** The shared attributes' names of a checkbox (see `controlElement`). */
const CHECKBOX_NAMES = ['type', 'disabled'] as const;

/** A boolean as one checkbox; its help sits under the label, as GOV.UK does. */
export const checkboxWidget: WidgetDefinition = {
  name: 'checkbox',
  rank: 1,
  layout: 'field',
  tester: (field) => field.widget === 'checkbox',
  render: (field, ctx) =>
    checkboxField({
      names: CHECKBOX_NAMES,
      shared: ['checkbox', field.readOnly ? '' : undefined],
      id: ctx.id('control'),
      checked: field.value === true,
      invalid: Boolean(ctx.error),
      describedBy: ctx.describedBy,
      field,
      context: ctx,
    }),
  onInput: (event, _field, ctx) => ctx.setValue((event.target as HTMLInputElement).checked),
};

/**
 * A short list of choices (yes/no included) as a radio group (GOV.UK radios with hints): a fieldset with
 * a legend, native arrow keys (one `name` per group), and each option's help as a hint directly under
 * that option, readable before choosing. A radio is described by its own hint, so a screen reader says
 * it once, with the option, instead of from a live region elsewhere. The fields an answer reveals sit
 * directly under that answer (GOV.UK conditional reveal, see `revealed-fields.ts`).
 *
 * `.checked` is bound without Lit's `live` (its code stays out of the page's bundle): a radio is checked
 * only by the person, whose choice becomes the answer (`onInput`) and renders the group again with it,
 * or by a render; so the last state Lit set is the state the radios show.
 */
export const radioWidget: WidgetDefinition = {
  name: 'radio',
  rank: 1,
  layout: 'field',
  reveals: true,
  tester: (field) => field.widget === 'radio',
  render: (field, ctx) => {
    const chosen = chosenIndex(field);
    // The hints replace the chosen-option live region, so the group is not described by it.
    const optionHelpId = ctx.id('option-help');
    const describedBy = ctx.describedBy
      .split(' ')
      .filter((id) => id !== optionHelpId)
      .join(' ');
    return html`<fieldset part="fieldset" aria-describedby=${describedBy || nothing}>${ctx.legend()}${ctx.help()}${ctx.errorText()}<div class="choices">${options(
      field,
    ).map((option, index) => {
      // The first radio carries the field's control id: error summary links land there (GOV.UK).
      const id = index === 0 ? ctx.id('control') : ctx.id(`option-${index}`);
      const hintId = ctx.id(`option-${index}-hint`);
      return html`<div class="choice"><input
            type="radio"
            part="input"
            id=${id}
            name=${field.pointer}
            value=${index}
            .checked=${index === chosen}
            ?disabled=${field.readOnly}
            aria-invalid=${ctx.error ? 'true' : nothing}
            aria-describedby=${option.help ? hintId : nothing}
            aria-controls=${option.reveals ? revealedId(ctx, index) : nothing}
          /><label for=${id} part="option-label"><span dir="auto" .textContent=${option.label}></span></label>${
            option.help
              ? html`<div class="hint" part="option-hint" id=${hintId} dir="auto">${ctx.helpText(option.help)}</div>`
              : nothing
          }</div>${revealedFields(option, index, index === chosen, ctx)}`;
    })}</div></fieldset>`;
  },
  onInput: (event, field, ctx) => {
    const option = options(field)[Number((event.target as HTMLInputElement).value)];
    if (!option) return;
    ctx.setValue(option.value);
    announceRevealed(option, ctx);
  },
};

/** The shared attributes' names of a select (see `controlElement`). */
const SELECT_NAMES = ['class', 'disabled', 'aria-required'] as const;

/** A native select; with `drawsReveals`, its `aria-controls` points at what the chosen answer reveals. */
function renderSelect(field: FieldModel, ctx: WidgetContext, drawsReveals = false): unknown {
  const chosen = chosenIndex(field);
  const list = options(field);
  return controlElement({
    tag: 'select',
    names: SELECT_NAMES,
    shared: ['input', field.readOnly ? '' : undefined, field.required ? 'true' : undefined],
    id: ctx.id('control'),
    placeholder: ctx.strings.selectPlaceholder,
    invalid: Boolean(ctx.error),
    describedBy: ctx.describedBy,
    controls: drawsReveals && list[chosen]?.reveals ? revealedId(ctx, chosen) : undefined,
    choices: { options: list, chosen },
  });
}

/** The `input` of a select: the option at the chosen index (the placeholder clears the answer). */
function pickOption(event: Event, field: FieldModel, ctx: WidgetContext, drawsReveals: boolean): void {
  const index = (event.target as HTMLSelectElement).value;
  const option = index === '' ? undefined : options(field)[Number(index)];
  ctx.setValue(option?.value);
  if (option && drawsReveals) announceRevealed(option, ctx);
}

/** A long list of choices as a native select; what the chosen answer reveals follows it. */
export const selectWidget: WidgetDefinition = {
  name: 'select',
  rank: 1,
  reveals: true,
  tester: (field) => field.widget === 'select',
  render: (field, ctx) => {
    // Only the select where no option has help or reveals fields: two comment nodes less (issue #18).
    if (!options(field).some((option) => option.help || option.reveals)) return renderSelect(field, ctx, true);
    const chosen = chosenIndex(field);
    const option = options(field)[chosen];
    return html`${renderSelect(field, ctx, true)}${ctx.optionHelp()}${option ? revealedFields(option, chosen, true, ctx) : nothing}`;
  },
  onInput: (event, field, ctx) => pickOption(event, field, ctx, true),
};

/**
 * An `x-context` field (the seller's store): the current choice as text with a button labelled by the
 * schema's `changeLabel` ("Trocar de loja") that reveals the list, and a Cancelar that returns to the
 * choice shown before. With no answer yet, the list shows at once. When the host's context has no list,
 * the answer is typed. A choice shown as text cannot be left empty, so it carries no "(obrigatório)".
 */
export const contextWidget: WidgetDefinition = {
  name: 'context',
  rank: 2,
  layout: 'field',
  tester: (field) => field.context !== undefined,
  render: (field, ctx) => {
    if (options(field).length === 0) {
      return html`${ctx.label()}${ctx.help()}${ctx.errorText()}${textWidget.render(field, ctx)}`;
    }
    const chosen = chosenIndex(field);
    if (ctx.getState<boolean>('revealed') === true || chosen < 0) {
      const before = ctx.getState<{ value: unknown }>('before');
      const cancel = before
        ? html`<button
            type="button"
            part="button cancel"
            class="cancel"
            @click=${() => {
              ctx.setValue(before.value);
              ctx.setState('before', undefined);
              ctx.setState('revealed', false);
              ctx.focusAfterRender(ctx.id('change'));
            }}
          >
            ${ctx.strings.cancel}
          </button>`
        : nothing;
      return html`${ctx.label()}${ctx.help()}${ctx.errorText()}
        <div class="row">${renderSelect(field, ctx)}${cancel}</div>
        ${ctx.optionHelp()}`;
    }
    const currentId = ctx.id('control');
    return html`
      <label class="label" part="label" for=${currentId}><span dir="auto">${field.label}</span></label>${ctx.help()}${ctx.errorText()}
      <div class="row">
        <output class="current" part="current" id=${currentId} aria-describedby=${ctx.describedBy || nothing}
          ><span dir="auto">${options(field)[chosen]?.label}</span></output
        >
        <button
          type="button"
          part="button change"
          id=${ctx.id('change')}
          aria-describedby=${currentId}
          ?disabled=${field.readOnly}
          @click=${() => {
            ctx.setState('before', { value: field.value });
            ctx.setState('revealed', true);
            ctx.focusAfterRender(ctx.id('control'));
          }}
        >
          <span dir="auto">${field.context?.changeLabel ?? ctx.strings.change}</span>
        </button>
      </div>
    `;
  },
  // The text fallback (no list in the host's context) or the select.
  onInput: (event, field, ctx) =>
    event.target instanceof HTMLSelectElement ? pickOption(event, field, ctx, false) : typedText(event, field, ctx),
};
