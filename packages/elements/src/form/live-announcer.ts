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

  /**
   * Empties the live region if it still says `message` (e.g. "Enviando…" once the sending failed), so
   * a screen-reader user browsing to it later does not hear a sentence that is no longer true. Emptying
   * a polite region is not announced.
   */
  withdraw(message: string): void {
    if (this.#text !== message && this.#text !== `${message}\u00a0`) return;
    this.#text = '';
    this.#host.requestUpdate();
  }

  /** The live region itself. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#text}</div>`;
  }
}
