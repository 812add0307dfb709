// rjsf 6 (@rjsf/core + @rjsf/validator-ajv8, React 19), default theme; `?live` turns liveValidate on.
// React work is made synchronous with flushSync (mount, and around each dispatched event), so the
// completion check sees the committed DOM.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';

const live = new URLSearchParams(location.search).has('live');
let host;

window.__adapter = {
  name: live ? 'rjsf-live' : 'rjsf',
  mode: live ? 'liveValidate on' : 'liveValidate off',
  load: (w) => w.schema,
  mount(container, schema) {
    host = container;
    const root = createRoot(container);
    flushSync(() => root.render(createElement(Form, { schema, validator, liveValidate: live })));
  },
  run: (fn) => flushSync(fn),
  count: () => host.querySelectorAll('input, select, textarea').length,
  control: (key) => document.getElementById(`root_${key}`),
  isShown: (key) => document.getElementById(`root_${key}`) !== null,
  state(key) {
    const el = document.getElementById(`root_${key}`);
    return { value: el?.value, invalid: Boolean(el?.closest('.form-group')?.classList.contains('has-error')) };
  },
};
