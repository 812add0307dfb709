// A Vue 3 app that renders <sf-form> from the embed bundle with an h() render function: the runtime-only
// build, no template compiler (it would need eval). `.schema` binds the object as a DOM property;
// `onSfSubmitted` listens to `sf-submitted`.
import { createApp, h, ref } from 'vue';
import schema from '../shared/contact.schema.json';
import { ticketNumber } from '../shared/receipt.js';

const App = {
  setup() {
    const receipt = ref('');
    const onSubmitted = async (event) => {
      receipt.value = `Recebido: ${await ticketNumber(event.detail)}`;
    };
    return () => [
      h('h1', 'Loja Exemplo · contato (Vue)'),
      h('sf-form', { '.schema': schema, action: '/api/tickets', onSfSubmitted: onSubmitted }),
      h('p', { id: 'receipt', role: 'status' }, receipt.value),
    ];
  },
};

await customElements.whenDefined('sf-form');
createApp(App).mount('#app');
