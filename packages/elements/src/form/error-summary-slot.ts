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
const summaryCode: { module?: typeof import('./error-summary.js') | null; load?: Promise<void> } = {};

function loadSummaryCode(): Promise<void> {
  summaryCode.load ??= import('./error-summary.js').then(
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
 * Where `<sf-form>` shows its error summary. The summary's code (`error-summary.ts`) is a chunk fetched
 * in idle time after the first render (issue #18): the first field does not need it, and what shows a
 * summary — `validate()`, a failed submit — waits for it (`ready()`), as it waits for the words of
 * errors. A fetch that fails is said (`sf-error`); the errors then show on their fields only.
 */
export class ErrorSummarySlot implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #summary: ErrorSummary | undefined;
  /** This element's wait for the code; settled (also when it failed) once the summary can show or never will. */
  #load: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#load && summaryCode.module === undefined) whenIdle(() => void this.ready());
  }

  /** Resolves once the summary can show (or its code could not be fetched); `undefined` when it can now. */
  ready(): Promise<void> | undefined {
    if (this.#here() || summaryCode.module === null) return undefined;
    this.#load ??= loadSummaryCode().catch((error: unknown) => {
      fireError(this.#host, {
        kind: 'network',
        message: `The error summary could not be loaded; errors show on their fields only: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
    return this.#load;
  }

  /** Lists `errors` in the summary (see `ErrorSummary.show`); `controlOf` finds each one's field. */
  show(
    errors: readonly { readonly instancePath: string; readonly message: string }[],
    controlOf: (pointer: string) => Element | null,
  ): void {
    this.#here()?.show(errors, controlOf);
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
