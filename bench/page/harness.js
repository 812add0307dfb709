// The in-page half of the benchmark, served as is (never bundled, so no contender's size includes it).
// A contender bundle sets `window.__adapter`; Playwright drives `window.__bench`.
//
// Completion is checked without requestAnimationFrame: after the operation, the adapter's own settle
// step (Lit: `updateComplete`; React: the work runs inside `flushSync`) and then a predicate on the DOM,
// checked at once, then after microtasks, then after MessageChannel tasks. The time taken is the time
// just before the check that passed, so the last (successful) check is not counted.

const container = document.getElementById('app');
let workload;
let input;

function channelTick() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
}

/** The time just before `predicate()` first held. */
async function waitFor(predicate, timeoutMs = 20000) {
  const start = performance.now();
  let t = start;
  if (predicate()) return t;
  for (let i = 0; i < 50; i++) {
    await null;
    t = performance.now();
    if (predicate()) return t;
  }
  for (;;) {
    await channelTick();
    t = performance.now();
    if (predicate()) return t;
    if (t - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for the DOM`);
  }
}

function adapter() {
  const a = window.__adapter;
  if (!a) throw new Error('the contender bundle did not register window.__adapter');
  return a;
}

async function settle() {
  const s = adapter().settle?.();
  if (s && typeof s.then === 'function') await s;
}

const valueSetters = new Map(
  [HTMLInputElement, HTMLSelectElement, HTMLTextAreaElement].map((c) => [
    c,
    Object.getOwnPropertyDescriptor(c.prototype, 'value').set,
  ]),
);

/** Sets a control's value the way typing does (through the native setter, so React notices) and fires `input`. */
function typeInto(el, value, data) {
  const setter = valueSetters.get(el.constructor) ?? valueSetters.get(HTMLInputElement);
  setter.call(el, value);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }));
}

function control(key) {
  const el = adapter().control(key);
  if (!el) throw new Error(`no control for ${key}`);
  return el;
}

window.__bench = {
  get ready() {
    return Boolean(window.__adapter);
  },

  /** Fetches the workload and lets the adapter prepare its input (untimed: a host has the schema already). */
  async load(name) {
    const res = await fetch(`/work/${name}.json`);
    workload = await res.json();
    input = await adapter().load(workload);
    return { contender: adapter().name, mode: adapter().mode ?? null, compileMs: adapter().compileMs ?? null };
  },

  /** Mount: from handing over the schema to every control in the DOM; then forced style + layout. */
  async mount() {
    const a = adapter();
    const t0 = performance.now();
    const r = a.mount(container, input);
    if (r && typeof r.then === 'function') await r;
    await settle();
    const tDom = await waitFor(() => a.count() >= workload.controls);
    void document.body.offsetHeight;
    const tLayout = performance.now();
    return { mount: tDom - t0, mountLayout: tLayout - t0, controls: a.count() };
  },

  /**
   * The first mount in this page of a plain schema (bench/lib/first-mount.mjs): from handing it over,
   * prepared as the contender prepares a JSON Schema (`loadPlain`, else `load`), until every control
   * is in the DOM. Only the workload's fetch is untimed.
   */
  async firstMount(name) {
    const res = await fetch(`/work/${name}.json`);
    workload = await res.json();
    const a = adapter();
    const t0 = performance.now();
    input = await (a.loadPlain ?? a.load).call(a, workload);
    const r = a.mount(container, input);
    if (r && typeof r.then === 'function') await r;
    await settle();
    const tDom = await waitFor(() => a.count() >= workload.controls);
    return { firstMount: tDom - t0, controls: a.count() };
  },

  /** Untimed: focus the middle field, type "ab" (below minLength 3), blur it, focus it again. */
  async prepareKeystroke() {
    const a = adapter();
    const key = workload.keystrokeKey;
    let el = control(key);
    a.run(() => el.focus());
    await settle();
    for (const ch of ['a', 'b']) {
      el = control(key);
      a.run(() => typeInto(el, el.value + ch, ch));
      await settle();
    }
    el = control(key);
    a.run(() => el.dispatchEvent(new Event('change', { bubbles: true })));
    a.run(() => el.blur());
    await settle();
    await channelTick();
    await settle();
    const before = a.state(key);
    el = control(key);
    a.run(() => el.focus());
    await settle();
    return { value: before.value, invalidShown: before.invalid };
  },

  /** One keystroke at the end of the middle field, until the DOM shows the value and its validation state. */
  async keystroke(ch, expectValid) {
    const a = adapter();
    const key = workload.keystrokeKey;
    const el = control(key);
    const expected = el.value + ch;
    const t0 = performance.now();
    a.run(() => typeInto(el, expected, ch));
    await settle();
    const t1 = await waitFor(() => {
      const s = a.state(key);
      return s.value === expected && (!expectValid || !s.invalid);
    });
    return t1 - t0;
  },

  /**
   * Untimed, before the toggles: what a contender does after its mount (code fetched in idle time) ends
   * first, as it has long ended when a person flips a switch; the keystrokes' preparation does the same.
   */
  async prepareToggles() {
    await settle();
    await channelTick();
    await settle();
  },

  /** Flips a switch (a click), until the fields it governs are shown and the others gone; then layout. */
  async toggle(index, on) {
    const a = adapter();
    const t = workload.toggles[index];
    const el = control(t.key);
    const shown = on ? t.on : t.off;
    const hidden = on ? t.off : t.on;
    const t0 = performance.now();
    a.run(() => el.click());
    await settle();
    const t1 = await waitFor(() => shown.every((k) => a.isShown(k)) && hidden.every((k) => !a.isShown(k)));
    void document.body.offsetHeight;
    const t2 = performance.now();
    return { toggle: t1 - t0, toggleLayout: t2 - t0, checked: control(t.key).checked };
  },
};
