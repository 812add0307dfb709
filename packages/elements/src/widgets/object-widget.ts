import { html, nothing } from 'lit';
import type { WidgetDefinition } from './widget-types.js';

/** A nested object as a fieldset whose legend is its title. */
export const objectWidget: WidgetDefinition = {
  name: 'object',
  rank: 1,
  layout: 'field',
  tester: (field) => field.widget === 'object',
  render: (field, context) => html`
    <fieldset class="group" part="fieldset" aria-describedby=${context.describedBy || nothing}>
      ${context.legend()}${context.help()}${context.errorText()}
      ${context.renderFields(field.children ?? [])}
    </fieldset>
  `,
};
