// The seller portal's "Suporte" page: the button reveals <sf-ticket>, fed with the catalog of schemas/
// (precompiled validators, no eval) and the seller's stores as host context. The production server
// (`npm run serve`) names its live catalog in a <meta>: forms edited since the build, each a precompiled
// module from this origin. Anywhere else (static hosting, `vite preview`, `npm start`) the build-time
// catalog is used.
import '@schemaforms/elements';
import catalog from 'virtual:schemaforms/catalog';
import { sampleContext } from './sample-stores.js';

const ticket = document.querySelector('sf-ticket')!;
const panel = document.querySelector<HTMLElement>('#chamado')!;
const open = document.querySelector<HTMLButtonElement>('#abrir-chamado')!;
const currentStore = document.querySelector<HTMLElement>('#current-store')!;

const liveCatalog = document.querySelector<HTMLMetaElement>('meta[name="schemaforms-catalog"]')?.content;
if (liveCatalog) ticket.catalogSrc = liveCatalog;
else ticket.catalog = catalog;
ticket.context = sampleContext;
// Drafts per subject and per store: a reload or a crash keeps the answers (never the token).
ticket.draftKey = `portal-chamado/${sampleContext.store}`;
currentStore.textContent = sampleContext.stores.find((store) => store.value === sampleContext.store)?.label ?? '';

function reveal(): void {
  panel.hidden = false;
  open.setAttribute('aria-expanded', 'true');
}

open.addEventListener('click', () => {
  reveal();
  panel.scrollIntoView({ block: 'start' });
  panel.querySelector('h2')?.focus();
});
open.disabled = false;

// A link such as `?assunto=token/revogacao-de-token&…` (the prefilled Revogação link) opens the
// ticket directly, also when it was opened in a new tab.
if (new URLSearchParams(location.search).has('assunto')) reveal();
