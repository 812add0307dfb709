/**
 * The embed bundle's entry (`dist/schemaforms.embed.js`, built by `vite.embed.config.ts`): registers
 * `<sf-form>` at once and `<sf-ticket>` the first time the page contains one, so a page with a plain
 * form loads only what its first field needs (issue #18). It exports what the package's main entry does,
 * except the ticket element's class and helpers (they arrive with the element:
 * `await customElements.whenDefined('sf-ticket')` gives the class), `renderHelp`, whose input only
 * core's `parseHelp` makes (widgets render help through their context's `renderHelp(text)`), and
 * `stringsFor`, which carries both languages (widgets get their form's strings from their context).
 */
// Every schema an embed reads is plain JSON (inline, `schema-src` or a catalog: nobody precompiles for a
// script tag), so the code that reads one rides in the entry rather than in chunks fetched one round
// trip after it, before the first field (issue #18).
import './plain-schemas.js';
export { SfForm, type SchemaInput } from './form/sf-form.js';
export type { SfErrorDetail, SfErrorKind, SfSubmitDetail, SfSubmittedDetail } from './form/events.js';
export { registerWidget } from './widgets/registry.js';
export type { WidgetContext, WidgetDefinition, WidgetRender } from './widgets/widget-types.js';
export { normalizeLocale, resolveLocale, type ElementStrings, type ElementsLocale } from './i18n/strings.js';
export { tokens } from './styles/tokens.js';
export { ticketDefinition } from './ticket/sf-ticket.when-used.js';
