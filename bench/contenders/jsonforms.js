// JSON Forms 3.8 (@jsonforms/react + vanilla renderers, React 19), default (generated) UI schema for the
// flat forms; for the conditional form, SHOW/HIDE rules (JSON Forms does not render if/then/else).
// React work is made synchronous with flushSync, as for rjsf.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';

let host;
const data = {};

function controlOf(key) {
  return document.getElementById(`#/properties/${key}-input`);
}

window.__adapter = {
  name: 'jsonforms',
  load: (w) => w.jsonforms ?? { schema: w.schema },
  mount(container, { schema, uischema }) {
    host = container;
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        createElement(JsonForms, { schema, uischema, data, renderers: vanillaRenderers, cells: vanillaCells }),
      ),
    );
  },
  run: (fn) => flushSync(fn),
  count: () => host.querySelectorAll('input, select, textarea').length,
  control: controlOf,
  isShown: (key) => {
    const el = controlOf(key);
    return el !== null && el.closest('[hidden]') === null;
  },
  state(key) {
    const el = controlOf(key);
    const wrapper = el?.closest('.control');
    return { value: el?.value, invalid: Boolean(wrapper?.querySelector('.validation_error')) };
  },
};
