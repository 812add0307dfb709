import type { Form, FormWarning } from '@schemaforms/core';
import type { nothing, PropertyValues, TemplateResult } from 'lit';
import { answersWithoutSecrets } from '../internal/answers.js';
import { fieldId } from '../internal/ids.js';
import type { ServerFieldError } from '../internal/submission.js';
import { DraftsController } from './drafts.controller.js';
import { ErrorSummarySlot, errorSummaryIn } from './error-summary-slot.js';
import { controlOf, elementById } from './field-controls.js';
import { FieldRenderer } from './field-renderer.js';
import { FocusAfterRenderController } from './focus-after-render.controller.js';
import { renderFormLayout } from './form-layout.js';
import { FormSessionController } from './form-session.controller.js';
import { FormValidityController } from './form-validity.controller.js';
import { FormValueController } from './form-value.controller.js';
import { LiveAnnouncer } from './live-announcer.js';
import { LocaleController } from './locale.controller.js';
import { SchemaLoaderController } from './schema-loader.controller.js';
import { SfFormProperties } from './sf-form.properties.js';
import { sfFormStyles } from './sf-form.styles.js';
import { SubmissionController } from './submission.controller.js';
import { TouchedStateController } from './touched-state.controller.js';

export type { SchemaInput } from './schema-loader.controller.js';

/**
 * A form generated from a JSON Schema: every field the core models, conditional fields and help, GOV.UK
 * error summary and inline errors, drafts, and a safe, idempotent submission. Form-associated: inside a
 * host `<form>` it contributes every active answer, named by JSON Pointer, and its validity.
 *
 * @summary A form generated from a JSON Schema, with accessible errors, drafts and safe submission.
 *
 * @fires input - An answer changed (native, bubbles and crosses shadow roots).
 * @fires change - An answer was committed (re-dispatched from the host: a native `change` stays in the shadow root).
 * @fires sf-submit - Valid answers are about to be sent; cancelable. `detail.value` is the payload.
 * @fires sf-submitted - The server accepted the submission. `detail.response` is its body (JSON parsed), `detail.status`.
 * @fires sf-error - Something failed: `detail.kind` is `schema`, `value`, `invalid-endpoint`, `network`, `timeout`, `server` or `rejected`.
 * @attr ref-origins - Space-separated origins (besides the schema's own) from which the `$ref`s of a `schema-src` may be fetched.
 * @fires sf-warning - The schema has a problem the element survived (an unknown keyword or format ignored…), once per problem: `detail.pointer`, `detail.message`, `detail.code`.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart title - The form's title (the root schema's `title`).
 * @csspart description - The form's description.
 * @csspart notice - A message about drafts or the last submission.
 * @csspart draft-theirs - In the notice about a draft open in another tab: use that tab's answers.
 * @csspart draft-mine - In that notice: save this tab's answers over the other tab's.
 * @csspart error-summary - The "There is a problem" box after a failed submit.
 * @csspart fields - The container of the fields (inert while sending).
 * @csspart field - One field: label, help, error and control.
 * @csspart label - A field's label or legend.
 * @csspart legend - The legend of a group (radio group, nested object, list).
 * @csspart required-mark - The "(obrigatório)" mark.
 * @csspart optional-mark - The "(opcional)" mark.
 * @csspart help-text - A field's help.
 * @csspart option-help - The help of the chosen option of a select (or an `x-context` choice), under the list.
 * @csspart option-hint - The hint under one radio option: that option's help, shown before anything is chosen.
 * @csspart error-text - A field's inline error.
 * @csspart input - A control: input, textarea, select, checkbox or radio.
 * @csspart option-label - The label of one radio option.
 * @csspart counter - The character counter of a long text.
 * @csspart fieldset - A group of fields or options.
 * @csspart item - One item of a list.
 * @csspart current - The current choice of an `x-context` field.
 * @csspart button - Every button (add, remove, move, show/hide, change, the draft choices, submit).
 * @csspart submit - The submit button.
 * @csspart actions - The row holding the submit button.
 * @csspart fallback - The message shown when the schema cannot be used.
 * @csspart loading - The message shown while the schema, or a field's widget, loads.
 * @csspart unsupported - The notice of a field that can't be displayed.
 *
 * @cssproperty --sf-color-scheme - `light`, `dark` or `light dark` (default: follow the system).
 * @cssproperty --sf-font-family - Font of the whole form.
 * @cssproperty --sf-font-size - Base font size.
 * @cssproperty --sf-line-height - Base line height.
 * @cssproperty --sf-color-text - Text colour.
 * @cssproperty --sf-color-text-muted - Help and counter colour.
 * @cssproperty --sf-color-surface - Background colour.
 * @cssproperty --sf-color-input-background - Background of controls.
 * @cssproperty --sf-color-border - Borders of controls (3:1 against the background).
 * @cssproperty --sf-color-primary - Links, buttons and the checked state.
 * @cssproperty --sf-color-on-primary - Text on the primary colour.
 * @cssproperty --sf-color-danger - Errors.
 * @cssproperty --sf-color-focus - The focus ring.
 * @cssproperty --sf-color-notice - Background of notices.
 * @cssproperty --sf-color-notice-border - Edge of notices.
 * @cssproperty --sf-radius - Corner radius.
 * @cssproperty --sf-border-width - Width of control borders.
 * @cssproperty --sf-focus-width - Width of the focus ring.
 * @cssproperty --sf-space-xs - Smallest spacing.
 * @cssproperty --sf-space-s - Small spacing.
 * @cssproperty --sf-space-m - Medium spacing.
 * @cssproperty --sf-space-l - Large spacing.
 * @cssproperty --sf-form-max-width - Maximum width of the form.
 * @cssproperty --sf-form-padding - Padding around the form.
 * @cssproperty --sf-form-background - Background of the form (defaults to --sf-color-surface).
 * @cssproperty --sf-form-gap - Space between fields.
 */
export class SfForm extends SfFormProperties {
  static override styles = sfFormStyles;
  /** `<sf-form>` itself is the form-associated element: there is no inner `<form>` (PERFORMANCE.md). */
  static formAssociated = true;

  readonly #internals: ElementInternals = this.attachInternals();
  readonly #summary = new ErrorSummarySlot(this);
  /** Whether a disabled `<fieldset>` or form disables the element. */
  #disabled = false;

  // The behaviours, each in its own file. Controllers' hooks run in the order they are made here: the
  // loader before the form session (a new schema loads before a new context could restart the old
  // form), and after a render, validity and entries are current before focus moves.
  readonly #announcer = new LiveAnnouncer(this);
  readonly #language = new LocaleController(this, () => this.locale);
  readonly #loader = new SchemaLoaderController(this, {
    source: () => ({ schema: this.schema, schemaSrc: this.schemaSrc, refs: this.refs }),
    start: (compiled) => this.#session.start(compiled, { restoreDraft: true }),
    useValidator: (compiled) => this.#session.useValidator(compiled),
    validatorFailed: (retry) => this.#session.validatorFailed(retry),
    answered: () => this.#session.edited,
    stop: () => this.#session.stop(),
  });
  readonly #touched: TouchedStateController = new TouchedStateController(this, {
    form: () => this.#form,
    errorsPending: () => this.#session.errorsPending,
    errorsReady: () => this.#session.errorsReady(),
    notice: (pointer) => this.#session.unrecognisedNotice(pointer),
    redraw: () => {
      this.#fields.invalidate();
      this.requestUpdate();
    },
    announce: (message) => this.#announcer.announce(message),
  });
  readonly #validity = new FormValidityController(this, {
    internals: this.#internals,
    form: () => this.#form,
    errorsPending: () => this.#session.errorsPending,
    loader: this.#loader,
    language: this.#language,
    controlOf: (pointer) => controlOf(this.renderRoot, pointer),
    flush: () => {
      // Renders now if a render is pending, so validity reflects the latest answers and anchors exist.
      if (this.isUpdatePending && this.isConnected) this.performUpdate();
    },
    // A host form's submit the person asked for before the validator arrived is made once it can be.
    showErrors: () =>
      this.#session.errorsPending && navigator.userActivation?.isActive ? void this.requestSubmit() : this.validate(),
  });
  readonly #formValue = new FormValueController(this, this.#internals, () => this.#form);
  readonly #focus = new FocusAfterRenderController(this);
  readonly #fields = new FieldRenderer(this, {
    form: () => this.#form,
    touched: this.#touched,
    language: this.#language,
    announce: this.#announcer.announce,
    emit: (type) => this.dispatchEvent(new Event(type, { bubbles: true, composed: true })),
    focusAfterRender: (id) => this.#focus.request(() => elementById(this.renderRoot, id)),
    focusFieldAfterRender: (pointer) => this.#focus.request(() => controlOf(this.renderRoot, pointer)),
  });
  readonly #drafts: DraftsController = new DraftsController(this, {
    draftKey: () => this.draftKey,
    language: this.#language,
    answers: () => (this.#form ? answersWithoutSecrets(this.#form.root) : undefined),
    restart: (value, unrecognised) => this.#session.restartKeepingAnswers(value, unrecognised),
    announce: this.#announcer.announce,
    focusFirstField: () =>
      this.#focus.request(() => this.renderRoot.querySelector<HTMLElement>('.fields :is(input, select, textarea)')),
  });
  readonly #session: FormSessionController = new FormSessionController(this, {
    loader: this.#loader,
    drafts: this.#drafts,
    inputs: () => ({ context: this.context, draftKey: this.draftKey }),
    language: this.#language,
    started: () => {
      this.#touched.clear();
      this.#fields.reset();
      this.#summary.hide();
      this.#formValue.markStale();
      this.#validity.formStarted();
      this.requestUpdate();
    },
    changed: () => {
      this.#submission.answersEdited();
      this.#formValue.markStale();
      // In a host form, validity follows at once, so a host's submit right after a change sees it.
      this.#validity.changed();
      this.requestUpdate();
    },
  });
  readonly #submission = new SubmissionController(this, {
    form: () => this.#form,
    internals: this.#internals,
    action: () => this.action,
    timeout: () => this.timeout,
    language: this.#language,
    drafts: this.#drafts,
    validate: () => this.validate(),
    errorsReady: () => this.#errorsReady(),
    refusal: () => this.#session.refusal,
    showServerErrors: (errors) => this.#showServerErrors(errors),
    hideSummary: () => this.#summary.hide(),
    focusErrorSummary: () => this.#focus.request(() => errorSummaryIn(this.renderRoot)),
    announce: this.#announcer.announce,
    withdrawAnnouncement: (message) => this.#announcer.withdraw(message),
  });

  /**
   * The answers of the active fields, without `writeOnly` ones (a secret leaves the form only in the
   * submission). Setting it starts the form again from these answers.
   */
  get value(): unknown {
    const form = this.#form;
    // The payload the validator judges (untouched groups and empty answers left out), so a host reading
    // the value sees exactly what `validate()` and the server check (issue #14, item 10).
    return form ? form.payload({ withoutSecrets: true }) : this.#session.hostValue;
  }

  set value(value: unknown) {
    this.#session.hostValue = value;
    this.#session.startOver();
  }

  /** Warnings about the initial value (unknown keys, wrong types, dropped secrets); never contain values. */
  get warnings(): readonly FormWarning[] {
    return this.#form?.warnings ?? [];
  }

  /** The host `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The element's validity, as for a native control. */
  get validity(): ValidityState {
    return this.#validity.validity;
  }

  /** The message of the first error, as for a native control. */
  get validationMessage(): string {
    return this.#validity.validationMessage;
  }

  /** Whether a host form validates this element. */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Whether every active answer is valid; fires `invalid` when not, as a native control does. */
  checkValidity(): boolean {
    return this.#validity.checkValidity();
  }

  /** Like `checkValidity`, and shows the errors and focuses the first invalid field when invalid. */
  reportValidity(): boolean {
    return this.#validity.reportValidity();
  }

  /**
   * Validates every active field and shows the errors (inline and in the summary); true when valid.
   * Before the form can show its errors (a plain schema shows its fields before its validator; the
   * words of errors and the summary come after the first render) nothing can be called valid: false,
   * and the errors show as soon as it can.
   */
  validate(): boolean {
    const form = this.#form;
    if (!form) return false;
    const ready = this.#errorsReady();
    if (ready) {
      // Unless the validator could not be had: then nothing is valid until a submit fetches it again.
      if (!this.#session.refusal)
        void ready.then(() => {
          if (this.#form === form) this.validate();
        });
      return false;
    }
    const errors = form.validate();
    this.#showErrors(errors);
    return errors.length === 0;
  }

  /** Back to the initial answers (the `value` the host set); deletes the draft and every message. */
  reset(): void {
    this.#drafts.clear();
    this.#drafts.clearNotices();
    this.#submission.reset();
    this.#session.startOver();
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=file]')) input.value = '';
  }

  /**
   * Submits as the built-in button does: validates (on failure: summary, inline errors, focus on the
   * summary), fires `sf-submit`, then POSTs to `action` — or, without one, submits the host `<form>`.
   */
  requestSubmit(): Promise<void> {
    return this.#submission.requestSubmit();
  }

  /** @internal Called by the browser when the host form resets. */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal Called by the browser when a disabled fieldset or form disables this element. */
  formDisabledCallback(disabled: boolean): void {
    this.#disabled = disabled;
    this.requestUpdate();
  }

  /** @internal Called by the browser when the element joins or leaves a form. */
  formAssociatedCallback(): void {
    this.#formValue.markStale();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new schema, context or draft-key is taken by the loader and the form session, after this.
    if (this.#language.refresh(changed.has('locale'))) this.#fields.invalidate();
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.#loader.status === 'ready') {
      const form = this.#form!;
      return renderFormLayout({
        form,
        title: !this.noTitle && typeof this.#session.compiled?.schema.title === 'string' ? form.root.label : '',
        description: !this.noTitle,
        strings: this.#language.strings,
        disabled: this.#disabled,
        noSubmit: this.noSubmit,
        fields: this.#fields,
        touched: this.#touched,
        drafts: this.#drafts,
        loader: this.#loader,
        summary: () =>
          this.#summary.render(form, this.#language.strings.summaryHeading, (pointer) =>
            controlOf(this.renderRoot, pointer)?.focus(),
          ),
        submission: this.#submission,
        announcer: this.#announcer,
      });
    }
    return this.#loader.render(this.#language.strings);
  }

  /**
   * Also waits for widget, drafts and language code being fetched and for the real validator (a plain
   * schema shows its fields before it), so hosts and tests see the final fields and their errors.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const session = this.#session;
    const loads = () => [
      ...this.#fields.widgetLoads.values(),
      this.#drafts.codeLoad,
      session.startLoad,
      this.#language.stringsLoad,
      this.#form ? this.#errorsLoad() : undefined,
    ];
    while (loads().some((load) => load !== undefined)) {
      await Promise.all(loads());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  get #form(): Form | undefined {
    return this.#session.form;
  }

  /**
   * While the form cannot show its errors yet — the real validator, the words of errors or the error
   * summary's code are on their way (all after the first render) — what resolves when it can.
   */
  #errorsReady(): Promise<void> | undefined {
    return this.#session.errorsPending ? this.#session.errorsReady() : this.#summary.ready();
  }

  /**
   * What `updateComplete` waits for of `#errorsReady`: nothing more once the validator or the words of
   * errors could not be had (the form stays as it is; a submit fetches them again).
   */
  #errorsLoad(): Promise<void> | undefined {
    return this.#session.errorsPending ? this.#session.errorsLoad : this.#summary.ready();
  }

  /** Shows every field's error from now on, and `errors` in the summary. */
  #showErrors(errors: readonly ServerFieldError[]): void {
    this.#touched.showAll();
    this.#fields.invalidate();
    this.#summary.show(errors, (pointer) => this.renderRoot.querySelector(`[id="${fieldId(pointer, 'control')}"]`));
    this.requestUpdate();
  }

  #showServerErrors(errors: readonly ServerFieldError[]): void {
    this.#form?.setServerErrors(errors);
    this.#showErrors(errors);
  }
}
