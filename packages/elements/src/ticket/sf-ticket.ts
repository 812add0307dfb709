import { SfTicket } from './sf-ticket.component.js';
// <sf-ticket> renders one <sf-form> per subject: make sure it is registered.
import '../form/sf-form.js';

export * from './sf-ticket.component.js';
export { parseTicketLink, prefillFor, SUBJECT_PARAM, type TicketLink } from './ticket-link.js';

// A page may load the elements twice (an embed and a bundle): define once.
if (!customElements.get('sf-ticket')) customElements.define('sf-ticket', SfTicket);

declare global {
  interface HTMLElementTagNameMap {
    'sf-ticket': SfTicket;
  }
}
