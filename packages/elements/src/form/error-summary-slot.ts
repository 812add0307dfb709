import type { Form } from '@schemaforms/core';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { whenIdle } from '../internal/when-idle.js';
import type { ErrorSummary } from './error-summary.js';
import { fireError } from './events.js';

/**
 * The rendered error summary in `root`, to focus after a failed submit (GOV.UK: focus moves to the
 * summary, which is announced, and its links lead to the fields).
 */
export function errorSummaryIn(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('.summary');
}

/**
 * The summary's code, fetched once for the page: `null` once its fetch failed (a browser keeps a failed
 * dynamic import failed, so it is not tried again). Once here, every later form has its summary at once.
 */
const summaryCode: { module?: typeof import('./after-first-render.js') | null; load?: Promise<void> } = {};

function loadSummaryCode(): Promise<void> {
  summaryCode.load ??= import('./after-first-render.js').then(
    (module) => {
      summaryCode.module = module;
    },
    (error: unknown) => {
      summaryCode.module = null;
      throw error;
    },
  );
  return summaryCode.load;
}

/**
 * Where `<sf-form>` shows its error summary. The summary's code (`error-summary.ts`) comes in the chunk
 * fetched in idle time after the first render (`after-first-render.ts`, issue #18): the first field
 * does not need it, and what shows a summary — `validate()`, a failed submit — waits for it (`ready()`), as it waits for the words of
 * errors. When its fetch failed, the first summary that should show says so (`sf-error`), and the
 * errors show on their fields only.
 */
export class ErrorSummarySlot implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #summary: ErrorSummary | undefined;
  /** This element's wait for the code; settled (also when it failed) once the summary can show or never will. */
  #load: Promise<void> | undefined;
  /** Whether this element said that the summary's code could not be fetched (once). */
  #failureReported = false;
  #prefetchScheduled = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#prefetchScheduled || summaryCode.module !== undefined) return;
    this.#prefetchScheduled = true;
    whenIdle(() => void this.ready());
  }

  /** Resolves once the summary can show (or its code could not be fetched); `undefined` when it can now. */
  ready(): Promise<void> | undefined {
    if (this.#here() || summaryCode.module === null) return undefined;
    // A failed fetch is said when a summary should show (see `show`), not here: a submit says it too.
    this.#load ??= loadSummaryCode().catch(() => {});
    return this.#load;
  }

  /** Lists `errors` in the summary (see `ErrorSummary.show`); `controlOf` finds each one's field. */
  show(
    errors: readonly { readonly instancePath: string; readonly message: string }[],
    controlOf: (pointer: string) => Element | null,
  ): void {
    const summary = this.#here();
    if (summary) summary.show(errors, controlOf);
    else if (summaryCode.module === null && !this.#failureReported) {
      this.#failureReported = true;
      fireError(this.#host, {
        kind: 'network',
        message: 'The error summary could not be loaded; the errors show on their fields only.',
      });
    }
  }

  /** Hides the summary (valid answers are being sent, or a new form started). */
  hide(): void {
    this.#summary?.hide();
  }

  /** The summary (see `ErrorSummary.render`), or nothing while none shows. */
  render(form: Form, heading: string, focusField: (pointer: string) => void): TemplateResult | typeof nothing {
    return this.#summary ? this.#summary.render(form, heading, focusField) : nothing;
  }

  /** This element's summary, made once the code is here. */
  #here(): ErrorSummary | undefined {
    const module = summaryCode.module;
    if (module) this.#summary ??= new module.ErrorSummary();
    return this.#summary;
  }
}
