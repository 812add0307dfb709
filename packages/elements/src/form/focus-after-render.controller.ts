import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus once the next render has finished: to the error summary after a failed submit, to a
 * field after a list edit or a draft choice. Only the latest request counts.
 */
export class FocusAfterRenderController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #find: (() => HTMLElement | null | undefined) | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses what `find` returns after the next render (nothing when it returns nothing). */
  request(find: () => HTMLElement | null | undefined): void {
    this.#find = find;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const find = this.#find;
    this.#find = undefined;
    find?.()?.focus();
  }
}
