import { html, nothing } from 'lit';
import type { WidgetDefinition } from './widget-types.js';

/** A nested object as a fieldset whose legend is its title. */
export const objectWidget: WidgetDefinition = {
  name: 'object',
  rank: 1,
  layout: 'field',
  tester: (field) => field.widget === 'object',
  render: (field, ctx) => html`
    <fieldset class="group" part="fieldset" aria-describedby=${ctx.describedBy || nothing}>
      ${ctx.legend()}${ctx.help()}${ctx.errorText()}
      ${ctx.renderFields(field.children ?? [])}
    </fieldset>
  `,
};
