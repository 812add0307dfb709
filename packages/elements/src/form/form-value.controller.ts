import type { Form } from '@schemaforms/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { payloadFormData } from '../internal/form-data.js';

/**
 * The entries `<sf-form>` gives its host `<form>` through `ElementInternals`: one per answered leaf of
 * the payload, named by JSON Pointer, handed over after a render when the answers changed.
 */
export class FormValueController implements ReactiveController {
  readonly #internals: ElementInternals;
  readonly #form: () => Form | undefined;
  #stale = true;

  constructor(host: ReactiveControllerHost, internals: ElementInternals, form: () => Form | undefined) {
    this.#internals = internals;
    this.#form = form;
    host.addController(this);
  }

  /** The answers changed, or the element joined a form: the entries are handed over after the next render. */
  markStale(): void {
    this.#stale = true;
  }

  hostUpdated(): void {
    const form = this.#form();
    if (!this.#stale || !form || !this.#internals.form) return;
    this.#stale = false;
    // No restore state: the browser would otherwise keep the entries, secrets included, in session
    // history for back/forward restoration.
    this.#internals.setFormValue(payloadFormData(form.payload()), null);
  }
}
