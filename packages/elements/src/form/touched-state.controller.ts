import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which fields show their errors (GOV.UK): a field after it was left, every field after a submit was
 * tried. Leaving a field with the pointer held down waits for the pointer to come up, so an error
 * appearing does not shift the layout under the click.
 */
export class TouchedStateController implements ReactiveController {
  readonly #onTouched: (pointers: readonly string[]) => void;
  #touched = new Set<string>();
  #submitted = false;
  #pointerDown = false;
  /** Fields left while the pointer was down: touched once it comes up. */
  #deferred: string[] = [];

  /** @param onTouched - called with the fields just marked as left (never empty). */
  constructor(host: ReactiveControllerHost, onTouched: (pointers: readonly string[]) => void) {
    this.#onTouched = onTouched;
    host.addController(this);
  }

  /** Whether any error may show at all (a field was left, or a submit was tried). */
  get anyShown(): boolean {
    return this.#submitted || this.#touched.size > 0;
  }

  /** Whether the errors of the field at `pointer` show. */
  shows(pointer: string): boolean {
    return this.#submitted || this.#touched.has(pointer);
  }

  /** Shows every field's errors from now on (a submit was tried). */
  showAll(): void {
    this.#submitted = true;
  }

  /** Forgets everything: a new form starts with no error showing. */
  clear(): void {
    this.#touched = new Set();
    this.#submitted = false;
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onPointerDown, true);
    document.addEventListener('pointerup', this.#onPointerUp, true);
    document.addEventListener('pointercancel', this.#onPointerUp, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    document.removeEventListener('pointerup', this.#onPointerUp, true);
    document.removeEventListener('pointercancel', this.#onPointerUp, true);
  }

  /** The `focusout` listener of the fields' container: every field focus left is touched. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    let wrapper = (event.target as Element).closest('[data-pointer]');
    const left: string[] = [];
    while (wrapper) {
      if (to && wrapper.contains(to)) break;
      left.push(wrapper.getAttribute('data-pointer')!);
      wrapper = wrapper.parentElement?.closest('[data-pointer]') ?? null;
    }
    if (left.length === 0) return;
    // Focus moves on pointerdown: an error appearing now would shift the layout under the pointer
    // before pointerup, and the click would miss the radio or button the person aimed at.
    if (this.#pointerDown) this.#deferred.push(...left);
    else this.#touch(left);
  };

  /** Marks fields as left: their errors show from now on. */
  #touch(pointers: readonly string[]): void {
    const fresh = pointers.filter((pointer) => !this.#touched.has(pointer));
    if (fresh.length === 0) return;
    for (const pointer of fresh) this.#touched.add(pointer);
    this.#onTouched(fresh);
  }

  #onPointerDown = (): void => {
    this.#pointerDown = true;
  };

  #onPointerUp = (): void => {
    this.#pointerDown = false;
    if (this.#deferred.length === 0) return;
    const pointers = this.#deferred.splice(0);
    // After the click that follows this pointerup has been dispatched.
    setTimeout(() => this.#touch(pointers));
  };
}
