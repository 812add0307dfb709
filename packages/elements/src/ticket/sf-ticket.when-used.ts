import { defineWhenUsed } from '../internal/define-when-used.js';

/**
 * Registers `<sf-ticket>` the first time the page contains one, fetching its code then (the embed's
 * way: most pages that embed a form never open the ticket flow, and its code is a sixth of the bundle).
 * Importing `./sf-ticket.js` instead registers it at once, as the portal's bundle does.
 */
export const ticketDefinition = defineWhenUsed(
  'sf-ticket',
  () => import('./sf-ticket.js'),
  (locale) =>
    locale.toLowerCase().startsWith('en')
      ? { loading: 'Loading the ticket form…', failed: 'The ticket form could not be loaded. Please try again later.' }
      : {
          loading: 'Carregando o formulário de chamado…',
          failed: 'Não foi possível carregar o formulário de chamado. Tente novamente mais tarde.',
        },
);
