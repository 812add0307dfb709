// A React 19 app that renders <sf-form> from the embed bundle. No JSX, so no compiler plugin:
// React 19 sets object props on custom elements as properties and `on<event-name>` props as listeners.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import schema from '../shared/contact.schema.json';
import { ticketNumber } from '../shared/receipt.js';

function App() {
  const [receipt, setReceipt] = useState('');
  return h(
    'main',
    null,
    h('h1', null, 'Loja Exemplo · contato (React)'),
    h('sf-form', {
      schema,
      action: '/api/tickets',
      'onsf-submitted': async (event) => setReceipt(`Recebido: ${await ticketNumber(event.detail)}`),
    }),
    h('p', { id: 'receipt', role: 'status' }, receipt),
  );
}

// The embed script is a module too and runs first; waiting keeps the first render's `schema` a property.
await customElements.whenDefined('sf-form');
createRoot(document.getElementById('root')).render(h(App));
