import type { Form } from '@schemaforms/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isEmptyAnswer } from '../internal/empty-answer.js';

/** What the touched state asks of its element. */
export interface TouchedStateOptions {
  /** The current form: its answers (an empty field is never marked as left) and its errors. */
  readonly form: () => Form | undefined;
  /**
   * Whether the form cannot tell its errors yet (its validator or the words of its errors are on their
   * way): until then no error shows, and none is read.
   */
  readonly errorsPending: () => boolean;
  /** Resolves once the form can tell its errors. */
  readonly errorsReady: () => Promise<void>;
  /** Draws the fields again: the errors of fields just left show. */
  readonly redraw: () => void;
  /** Reads a message in the polite live region. */
  readonly announce: (message: string) => void;
  /** What the field at `pointer` says when no error shows: the wrong-typed answer set aside there (C3). */
  readonly notice: (pointer: string) => string | undefined;
}

/**
 * Which fields show their errors (GOV.UK): a field after it was left with an answer, every field after
 * a submit was tried. Emptiness is an error on submit only: tabbing past an empty required field, or
 * across a radio group, marks nothing. Leaving a field with the pointer held down waits for the pointer
 * to come up, so an error appearing does not shift the layout under the click. The error of the field
 * just left is read in the live region (when it is left before the form can tell its errors: then).
 */
export class TouchedStateController implements ReactiveController {
  readonly #options: TouchedStateOptions;
  #touched = new Set<string>();
  #submitted = false;
  #pointerDown = false;
  /** Fields left while the pointer was down: touched once it comes up. */
  #deferred: string[] = [];

  constructor(host: ReactiveControllerHost, options: TouchedStateOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** Whether any error may show at all (a field was left, or a submit was tried). */
  get anyShown(): boolean {
    return (this.#submitted || this.#touched.size > 0) && !this.#options.errorsPending();
  }

  /** Whether the errors of the field at `pointer` may show (it was left with an answer, or a submit was tried). */
  shows(pointer: string): boolean {
    return this.#submitted || this.#touched.has(pointer);
  }

  /**
   * The inline error of the field at `pointer`, if it shows: after a submit was tried, or once the field
   * was left with an answer. Before a submit, a field emptied again shows none. Without one, the
   * field's notice, if it has one.
   */
  shownError(pointer: string): string | undefined {
    const shows =
      (this.#submitted || (this.#touched.has(pointer) && !this.#isEmpty(pointer))) && !this.#options.errorsPending();
    return (
      (shows ? this.#options.form()?.errors.get(pointer)?.[0]?.message : undefined) ?? this.#options.notice(pointer)
    );
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

  /** Marks fields as left with an answer: their errors show from now on. */
  #touch(pointers: readonly string[]): void {
    // A field left empty stays untouched, so leaving it again with a wrong answer still announces it.
    const fresh = pointers.filter((pointer) => !this.#touched.has(pointer) && !this.#isEmpty(pointer));
    if (fresh.length === 0) return;
    for (const pointer of fresh) this.#touched.add(pointer);
    const show = (): void => {
      this.#options.redraw();
      const message = this.shownError(fresh[0]!);
      if (message) this.#options.announce(message);
    };
    show();
    // Left before the validator or the words of errors arrived: the error shows, and is read, then.
    const { form: currentForm, errorsPending, errorsReady } = this.#options;
    const form = currentForm();
    if (errorsPending())
      void errorsReady().then(() => {
        if (currentForm() === form) show();
      });
  }

  /** Whether the field at `pointer` has no answer yet. */
  #isEmpty(pointer: string): boolean {
    const field = this.#options.form()?.field(pointer);
    return field !== undefined && isEmptyAnswer(field.value);
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
