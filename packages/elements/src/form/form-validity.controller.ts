import type { FieldModel, Form } from '@schemaforms/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validityFlags } from '../internal/validity.js';
import type { LocaleController } from './locale.controller.js';
import type { SchemaLoaderController } from './schema-loader.controller.js';

/** Forms up to this many fields get their validity on their first render (about a millisecond at most). */
const SMALL_FORM_FIELDS = 100;

/** Whether the form has at most `SMALL_FORM_FIELDS` fields (counting stops there). */
function isSmall(root: FieldModel): boolean {
  let count = 0;
  const stack = [root];
  for (let field = stack.pop(); field; field = stack.pop()) {
    if (++count > SMALL_FORM_FIELDS) return false;
    if (field.children) stack.push(...field.children);
  }
  return true;
}

/** The pointer of the first field, in display order, that has an error. */
function firstErrorPointer(field: FieldModel, errors: ReadonlyMap<string, unknown>): string | undefined {
  if (errors.has(field.pointer)) return field.pointer;
  for (const child of field.children ?? []) {
    const found = firstErrorPointer(child, errors);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What the validity controller reads from its element. */
export interface FormValidityOptions {
  /** The element's `ElementInternals`. */
  readonly internals: ElementInternals;
  /** The current form, if one has started. */
  readonly form: () => Form | undefined;
  /** Whether the form cannot tell its errors yet (the real validator or the words of errors are on their way). */
  readonly errorsPending: () => boolean;
  /** Where the schema is: without a form, the element is invalid while it loads or after it failed. */
  readonly loader: SchemaLoaderController;
  /** The language of the validation message while loading or unavailable. */
  readonly language: LocaleController;
  /** The control the browser's validation bubble points at for the field at `pointer`. */
  readonly controlOf: (pointer: string) => HTMLElement | null;
  /** Renders now if a render is pending, so validity reflects the latest answers and anchors exist. */
  readonly flush: () => void;
  /** Shows the errors inline and in the summary (a host form's submit found the element invalid). */
  readonly showErrors: () => void;
}

/**
 * The element's validity, as a native control has one, through `ElementInternals`: `:invalid` while
 * any active answer is invalid, the first invalid field (in display order) as the anchor of the
 * browser's message, and `checkValidity()`/`reportValidity()`. A large new form's whole-form validation
 * is not paid at mount: it runs when someone asks, on a change, or once the browser is idle.
 */
export class FormValidityController implements ReactiveController {
  readonly #options: FormValidityOptions;
  /** The validity handed to the browser last (see `#set`). */
  #key: string | undefined;
  #anchor: HTMLElement | undefined;
  /** Whether the validity reflects the current form (see `#schedule`). */
  #current = false;
  #idleTimer: number | undefined;
  /** True during our own `checkValidity()`: a question, not a submission, so no errors are shown. */
  #quiet = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FormValidityOptions) {
    this.#options = options;
    host.addController(this);
    host.addEventListener('invalid', () => {
      // A host form's submit (or reportValidity) found this element invalid: show what is wrong where
      // the person looks. Our own checkValidity() is a question, not a submission: it stays quiet.
      if (!this.#quiet) options.showErrors();
      this.sync();
    });
  }

  /** The element's validity, as for a native control. */
  get validity(): ValidityState {
    this.#flushAndSync();
    return this.#options.internals.validity;
  }

  /** The message of the first error, as for a native control. */
  get validationMessage(): string {
    this.#flushAndSync();
    return this.#options.internals.validationMessage;
  }

  /** Whether every active answer is valid; fires `invalid` when not, as a native control does. */
  checkValidity(): boolean {
    this.#flushAndSync();
    this.#quiet = true;
    try {
      return this.#options.internals.checkValidity();
    } finally {
      this.#quiet = false;
    }
  }

  /** Like `checkValidity`, and shows the errors and focuses the first invalid field when invalid. */
  reportValidity(): boolean {
    this.#flushAndSync();
    return this.#options.internals.reportValidity();
  }

  /**
   * A new form started: until its validity is computed, the element keeps an invalid "loading" state,
   * so a host form submitted in that instant is held back rather than sent unvalidated.
   */
  formStarted(): void {
    const loading = this.#options.language.strings.loading;
    this.#current = false;
    this.#set(loading, { customError: true }, loading);
  }

  hostUpdated(): void {
    this.#syncNowOrWhenIdle();
  }

  /**
   * An answer changed. In a host `<form>`, or in a small form, the validity follows at once (the host's
   * submit reads it without asking us first). A large form outside any host form is validated in idle
   * time, as after its first render, so a change pays no whole-form validation (issue #18: a toggle):
   * nothing but `:invalid` styling reads the validity meanwhile, and reading it through the element
   * (`validity`, `checkValidity()`…) computes it first.
   */
  changed(): void {
    this.#current = false;
    this.#syncNowOrWhenIdle();
  }

  /**
   * Hands the validity over at once, or in idle time for a large form outside any host form whose
   * validity is not current: it never matches :invalid while valid when small, and a large one's first
   * paint or change pays no whole-form validation.
   */
  #syncNowOrWhenIdle(): void {
    const form = this.#options.form();
    if (this.#current || !form || isSmall(form.root) || this.#inHostForm) this.sync();
    else this.#schedule();
  }

  /** Whether a host `<form>` holds the element (its submit checks our validity without asking). */
  get #inHostForm(): boolean {
    return this.#options.internals.form !== null;
  }

  /** Hands the current form's validity to the browser (at once: a host may ask right after a change). */
  sync(): void {
    const form = this.#options.form();
    if (!form) {
      const { loader, language } = this.#options;
      const message =
        loader.status === 'failed'
          ? language.strings.unavailable
          : loader.status === 'loading'
            ? language.strings.loading
            : '';
      this.#set(message, message ? { customError: true } : {}, message);
      return;
    }
    if (this.#options.errorsPending()) {
      // No error can be told yet: held back as while loading, so nothing is sent unvalidated.
      const loading = this.#options.language.strings.loading;
      this.#set(loading, { customError: true }, loading);
      return;
    }
    this.#current = true;
    // The first error in field order, so the browser focuses the first invalid field (map order is Ajv's).
    const pointer =
      form.errors.size > 0 ? (firstErrorPointer(form.root, form.errors) ?? form.errors.keys().next().value) : undefined;
    const error = pointer === undefined ? undefined : form.errors.get(pointer)?.[0];
    // No pointer, no error.
    if (!error) {
      this.#set('', {}, '');
      return;
    }
    const key = `${pointer}\u0000${error.keyword}\u0000${error.message}`;
    this.#set(key, validityFlags(error.keyword), error.message, this.#options.controlOf(pointer!) ?? undefined);
  }

  #flushAndSync(): void {
    this.#options.flush();
    this.sync();
  }

  /**
   * Computes the validity of a new form after the first render has been painted (an idle callback, or
   * a timeout where there is none), so mounting does not pay a whole-form validation.
   */
  #schedule(): void {
    if (this.#idleTimer !== undefined) return;
    const run = (): void => {
      this.#idleTimer = undefined;
      if (this.#options.form() && !this.#current) this.sync();
    };
    this.#idleTimer =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 100 })
        : (setTimeout(run, 0) as unknown as number);
  }

  /** Hands a validity to the browser unless it is the one handed last (`key` names it). */
  #set(key: string, flags: ValidityStateFlags, message: string, anchor?: HTMLElement): void {
    if (key === this.#key && anchor === this.#anchor) return;
    this.#key = key;
    this.#anchor = anchor;
    this.#options.internals.setValidity(flags, message, anchor);
  }
}
