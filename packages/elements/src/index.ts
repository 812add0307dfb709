/**
 * `@schemaforms/elements`: Lit custom elements that render and validate any JSON Schema form.
 * Importing this module registers every element.
 */
export { SfForm, type SchemaInput } from './form/sf-form.js';
export type { SfErrorDetail, SfErrorKind, SfSubmitDetail, SfSubmittedDetail } from './form/events.js';
export { registerWidget } from './widgets/registry.js';
export type { WidgetContext, WidgetDefinition, WidgetRender } from './widgets/widget-types.js';
export { renderHelp, type RenderHelpOptions } from './help/help-template.js';
export { normalizeLocale, resolveLocale, type ElementStrings, type ElementsLocale } from './i18n/strings.js';
export { stringsFor } from './i18n/strings-for.js';
export { tokens } from './styles/tokens.js';

// <sf-ticket> (src/ticket/) is exported below by its owner.
export { SfTicket, parseTicketLink, prefillFor, type TicketLink } from './ticket/sf-ticket.js';
