import { html, nothing } from 'lit';
import type { WidgetDefinition } from './widget-types.js';

/**
 * What a field the renderer cannot draw shows: its title and a neutral sentence, as text (never the
 * schema as markup). The reason is kept in `data-reason` for developers inspecting the page.
 */
export const unsupportedWidget: WidgetDefinition = {
  name: 'unsupported',
  rank: 0,
  layout: 'field',
  tester: (field) => field.widget === 'unsupported',
  render: (field, context) => html`
    <p class="label" part="label"><span dir="auto">${field.label}</span></p>
    <p class="unsupported" part="unsupported" data-reason=${field.unsupportedReason ?? nothing}>
      ${context.strings.unsupported}
    </p>
  `,
};
