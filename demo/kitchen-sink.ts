// The kitchen-sink demo: <sf-form> with every widget kind, the live answers beside it, and the last
// sf-* event. The secret (writeOnly) answer is masked here too: only the submission carries it.
import { fromPrecompiled } from '@schemaforms/core';
import '@schemaforms/elements';
// Precompiled at build time by @schemaforms/tooling's Vite plugin: the page needs no eval, so it works
// under a strict Content-Security-Policy like the portal.
import kitchenSink from './samples/kitchen-sink.schema.json?precompiled';
import { sampleContext } from './src/sample-stores.js';

const form = document.querySelector('sf-form')!;
const answers = document.querySelector<HTMLElement>('#answers')!;
const last = document.querySelector<HTMLElement>('#event')!;

form.context = sampleContext;
form.schema = fromPrecompiled(kitchenSink);

const show = () => {
  answers.textContent = JSON.stringify(form.value, null, 2);
};
form.addEventListener('input', show);
form.addEventListener('change', show);
customElements.whenDefined('sf-form').then(() => requestAnimationFrame(show));

/** Shows an event's detail with every writeOnly answer masked (the demo page is a log, too). */
function masked(value: unknown): unknown {
  if (value && typeof value === 'object' && 'token' in value) return { ...value, token: '••••••' };
  return value;
}

form.addEventListener('sf-submit', (event) => {
  last.textContent = `sf-submit ${JSON.stringify(masked(event.detail.value), null, 2)}`;
});
form.addEventListener('sf-submitted', (event) => {
  last.textContent = `sf-submitted ${JSON.stringify(event.detail, null, 2)}`;
});
form.addEventListener('sf-error', (event) => {
  last.textContent = `sf-error ${JSON.stringify(event.detail, null, 2)}`;
});

document.querySelector<HTMLSelectElement>('#locale')!.addEventListener('change', (event) => {
  form.locale = (event.target as HTMLSelectElement).value;
});
document.querySelector<HTMLSelectElement>('#scheme')!.addEventListener('change', (event) => {
  const scheme = (event.target as HTMLSelectElement).value;
  if (scheme) form.setAttribute('color-scheme', scheme);
  else form.removeAttribute('color-scheme');
});
