import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The polite live region of `<sf-form>`: "Enviando…", "Enviado.", the first error of a field just
 * left, a list edit, a draft conflict.
 */
export class LiveAnnouncer {
  readonly #host: ReactiveControllerHost;
  #text = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Says `message` through the live region (a bound function, handed to controllers as it is). */
  readonly announce = (message: string): void => {
    // The same sentence twice must still be spoken: alternate a trailing no-break space.
    this.#text = this.#text === message ? `${message}\u00a0` : message;
    this.#host.requestUpdate();
  };

  /** The live region itself. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#text}</div>`;
  }
}
