// <sf-form> from @schemaforms/elements. The bundle entry (.gen/sf-form-entry.js, written by
// lib/sf-form.mjs) calls `register` with one loader per workload: a module precompiled by
// @schemaforms/tooling, or none (then the schema is compiled at runtime in `load`, before the timed mount).
// Completion: after a mount, the DOM predicate alone (see `mount`); after other steps, `await el.updateComplete`,
// then the DOM predicate (which looks through shadow roots).
// Only <sf-form> (not <sf-ticket>), as a consumer that embeds one form imports it.
import '@schemaforms/elements/sf-form.js';
import { compileSchema } from '@schemaforms/core';

let el;

/** Every element under `root`, shadow roots included, depth first. */
function* deep(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === 1) yield n;
    if (n.shadowRoot) yield* deep(n.shadowRoot);
  }
}

const isControl = (n) => n.localName === 'input' || n.localName === 'select' || n.localName === 'textarea';

/** The control of `key`: the element gives it the id `sf<pointer, escaped>--control` (elements/src/internal/ids.ts). */
function control(key) {
  return el?.shadowRoot?.getElementById(`sf_2f_${key}--control`) ?? null;
}

function countControls() {
  const root = el?.shadowRoot;
  if (!root) return 0;
  const n = root.querySelectorAll('input, select, textarea').length;
  if (n > 0) return n;
  // Only if widgets ever get shadow roots of their own: look through them.
  let deepCount = 0;
  for (const x of deep(root)) if (isControl(x)) deepCount++;
  return deepCount;
}

/** Whether the next `settle` follows a mount (see `mount`). */
let mounting = false;

export function register(loaders, mode) {
  window.__adapter = {
    name: 'sf-form',
    mode,
    async load(w) {
      const loader = loaders[w.name];
      if (loader) {
        // The PrecompiledForm module itself is the schema: whatever <sf-form> derives from it is timed.
        const mod = await loader();
        return mod.default ?? mod.form ?? mod;
      }
      const t0 = performance.now();
      const compiled = await compileSchema(w.schema);
      this.compileMs = performance.now() - t0;
      return compiled;
    },
    /** A plain JSON Schema as a site hands it over: <sf-form> reads and compiles it itself. */
    loadPlain: (w) => w.schema,
    mount(container, schema) {
      el = document.createElement('sf-form');
      el.schema = schema;
      container.append(el);
      // Mount ends when the controls are in the DOM (the harness's predicate; Lit renders in a microtask).
      // `updateComplete` also waits for what comes after the first render — Ajv for a plain schema, the
      // error wording and the sending code in idle time (issue #18) — so the settle after mount skips it.
      mounting = true;
      return undefined;
    },
    run: (fn) => fn(),
    settle() {
      if (mounting) {
        mounting = false;
        return undefined;
      }
      return el?.updateComplete;
    },
    count: countControls,
    control,
    isShown(key) {
      const c = control(key);
      // Inactive fields leave the DOM (the core models active fields only); no style query needed.
      return c !== null && c.closest('[hidden]') === null;
    },
    state(key) {
      const c = control(key);
      return { value: c?.value, invalid: c?.getAttribute('aria-invalid') === 'true' };
    },
  };
}
