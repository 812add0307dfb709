/**
 * What an answer reveals, drawn directly under that answer (GOV.UK conditional reveal): a container
 * indented with a left border holding the revealed fields, present (hidden while empty) for every
 * option that reveals something, so the option's `aria-controls` always points at it. No
 * `aria-expanded`: ARIA does not allow it on a radio (axe flags it; alphagov/govuk-frontend#979), so
 * the appearance is said once through the form's live region instead.
 */
import type { ChoiceOption } from '@schemaforms/core';
import { html, nothing } from 'lit';
import type { WidgetContext } from './widget-types.js';

/** The id of the container of what the option at `index` reveals, for its `aria-controls`. */
export function revealedId(context: WidgetContext, index: number): string {
  return context.id(`option-${index}-reveal`);
}

/**
 * The container of the fields `option` (at `index`) reveals, with them inside while it is `chosen`;
 * nothing for an option that reveals nothing.
 */
export function revealedFields(option: ChoiceOption, index: number, chosen: boolean, context: WidgetContext): unknown {
  if (!option.reveals) return nothing;
  const fields = chosen ? context.revealedFields(option) : [];
  // Always the list, even empty: it removes what it drew (`nothing` would not, as the list commits no value).
  return html`<div class="conditional" part="conditional" id=${revealedId(context, index)} ?hidden=${!fields.length}>
    ${context.renderFields(fields)}
  </div>`;
}

/** Says, once, what choosing `option` just revealed: "Nova pergunta abaixo de Sim: Quais pedidos?". */
export function announceRevealed(option: ChoiceOption, context: WidgetContext): void {
  const fields = context.revealedFields(option);
  if (fields.length)
    context.announce(
      context.strings.revealedStatus(
        option.label,
        fields.map((field) => field.label),
      ),
    );
}
