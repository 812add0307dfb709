import {
  answerResolver,
  compileSchema,
  createForm,
  fromPrecompiled,
  isPrecompiledForm,
  MAX_HELP_LENGTH,
  parseHelp,
  SchemaError,
  type CompiledSchema,
  type FieldModel,
  type Form,
  type FormWarning,
  type HelpNode,
  type JsonSchemaObject,
  type PrecompiledForm,
} from '@schemaforms/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { renderHelp } from '../help/help-template.js';
import { isEmptyAnswer } from '../internal/empty-answer.js';
import { columnLayout, type ColumnLayout } from './column-layout.js';
import { resolveLocale, stringsFor, type ElementStrings, type ElementsLocale } from '../i18n/strings.js';
import { answersWithoutSecrets, secretPointers } from '../internal/answers.js';
import type { DraftStore } from '../internal/drafts.js';
import { checkEndpoint } from '../internal/endpoint.js';
import { payloadFormData } from '../internal/form-data.js';
import { fieldId } from '../internal/ids.js';
import { Submission, type ServerFieldError } from '../internal/submission.js';
import { validityFlags } from '../internal/validity.js';
import { LazyWidget } from '../widgets/lazy-widget.js';
import { selectWidget } from '../widgets/registry.js';
import { unsupportedWidget } from '../widgets/unsupported-widget.js';
import type { SfErrorDetail, SfErrorKind, SfSubmitDetail, SfSubmittedDetail } from './events.js';
import { FieldContext, type FieldHost } from './field-context.js';
import { fieldList, type FieldListOptions } from './field-list.js';
import { sfFormStyles } from './sf-form.styles.js';

/** What the `schema` property accepts: a plain JSON Schema, a precompiled form module, or a compiled schema. */
export type SchemaInput = JsonSchemaObject | PrecompiledForm | CompiledSchema;

type Status = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The drafts code (`drafts-feature.ts`), fetched the first time a form with a `draft-key` starts:
 * most forms keep no draft and never download it. `null` once fetching failed (offline): such forms
 * then start without drafts and say so.
 */
const drafts: { module?: typeof import('./drafts-feature.js') | null; load?: Promise<void> } = {};

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

function loadDrafts(): Promise<void> {
  drafts.load ??= import('./drafts-feature.js').then(
    (module) => {
      drafts.module = module;
    },
    () => {
      drafts.module = null;
    },
  );
  return drafts.load;
}

interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

interface SummaryEntry {
  readonly pointer: string;
  readonly message: string;
}

/** Input types where Enter submits, as implicit submission does in a native form. */
const IMPLICIT_SUBMIT = new Set(['text', 'email', 'url', 'tel', 'password', 'search', 'date', 'time', 'datetime-local']);
const FOCUSABLE =
  'input:not([disabled]),select:not([disabled]),textarea:not([disabled]),button:not([disabled]),a[href],[tabindex]';
/** Warning codes that mean a saved answer was not restored. */
const NOT_RESTORED = new Set(['unknown-property', 'wrong-type', 'poisoned-key']);
/** Help link templates (`{/loja}`) read other answers: those answers are part of the help's identity. */
const HELP_REFERENCE = /\{(\/[^}]*)\}/g;
/**
 * Help that `parseHelp` makes one paragraph of plain text: one line that starts with a letter (so no
 * list marker) and has no Markdown character. Up to `MAX_HELP_LENGTH` (UTF-16 units, where
 * `parseHelp` cuts) it renders as its trimmed text without being parsed (a form of a thousand fields
 * has a thousand such sentences).
 */
const PLAIN_HELP = /^\p{L}[^\n\r\\`*_[]*$/u;

function isCompiledSchema(input: object): input is CompiledSchema {
  const validator = (input as Partial<CompiledSchema>).validator;
  return (
    typeof validator === 'object' &&
    validator !== null &&
    typeof validator.validate === 'function' &&
    typeof validator.matches === 'function'
  );
}

/** A developer-facing description of why a schema could not be used (never contains answers). */
function describeFailure(error: unknown): { message: string; code?: string; pointer?: string } {
  if (error instanceof SchemaError) {
    const where = [error.source, error.line !== undefined ? `${error.line}:${error.column ?? 0}` : undefined]
      .filter(Boolean)
      .join(':');
    const at = error.pointer ? ` at ${error.pointer}` : '';
    // The error's own message starts with its source already; say the file once, in front.
    const text = error.source ? error.message.replace(`${error.source}: `, '') : error.message;
    return {
      message: `${where ? `${where}: ` : ''}${error.code}${at}: ${text}`,
      code: error.code,
      pointer: error.pointer,
    };
  }
  if (error instanceof Error) return { message: `${error.name}: ${error.message}` };
  return { message: String(error) };
}

const langWatchers = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/**
 * One observer for the whole page tells every connected form when a `lang` attribute changes, so a
 * render never has to walk up the tree to find its language.
 */
function watchLang(onChange: () => void): void {
  langWatchers.add(onChange);
  if (!langObserver) {
    langObserver = new MutationObserver(() => {
      for (const watcher of langWatchers) watcher();
    });
    langObserver.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
  }
}

function unwatchLang(onChange: () => void): void {
  langWatchers.delete(onChange);
  if (langWatchers.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
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
 * @csspart option-help - The help of the chosen option of a choice.
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
export class SfForm extends LitElement {
  static override styles = sfFormStyles;
  /** `<sf-form>` itself is the form-associated element: there is no inner `<form>` (PERFORMANCE.md). */
  static formAssociated = true;

  // Reactive properties declared statically, not with decorators: the bundle then carries no
  // decorator helpers and no per-property decorator calls.
  static override properties = {
    schema: { attribute: false },
    schemaSrc: { attribute: 'schema-src' },
    context: { attribute: false },
    locale: {},
    action: {},
    draftKey: { attribute: 'draft-key' },
    noSubmit: { type: Boolean, attribute: 'no-submit' },
    noTitle: { type: Boolean, attribute: 'no-title' },
    timeout: { type: Number },
    name: { reflect: true },
  };

  /**
   * The form's schema: a plain JSON Schema object (compiled at runtime; Ajv loads lazily), a
   * `PrecompiledForm` module from tooling (no compiler, CSP-safe) or a `CompiledSchema`.
   */
  schema: SchemaInput | undefined;

  /** URL of a JSON Schema to fetch and compile, when `schema` is not set. */
  schemaSrc: string | undefined;

  /** Host data read by `x-context` fields (for example `{ stores: [...], store: 'id' }`). */
  context: Readonly<Record<string, unknown>> | undefined;

  /** `pt-BR` or `en`; when unset, the nearest `lang` ancestor decides, else pt-BR. */
  locale: string | undefined;

  /**
   * Where valid answers are POSTed as JSON (with an `Idempotency-Key`): `https:`, or `http:` on the page's
   * own origin. Without it, `sf-submit` is the whole submission (or the host `<form>` submits).
   */
  action: string | undefined;

  /** Opt-in drafts: answers (never `writeOnly` ones) are kept in `localStorage` under this key. */
  draftKey: string | undefined;

  /** Hides the submit button, for a host `<form>` that owns submission. */
  noSubmit = false;

  /** Hides the title and description of the root schema, for hosts that show their own. */
  noTitle = false;

  /** Milliseconds before a submission is abandoned as a `timeout`. */
  timeout = 30_000;

  /** The name of the element in its host form (the entries themselves are named by JSON Pointer). */
  name: string | undefined;

  readonly #internals: ElementInternals = this.attachInternals();
  readonly #submission = new Submission();
  #status: Status = 'idle';
  #failure: string | undefined;
  #loadToken = 0;
  #compiled: CompiledSchema | undefined;
  #form: Form | undefined;
  #unsubscribe: (() => void) | undefined;
  #hostValue: unknown;
  #resolvedLocale: ElementsLocale = 'pt-BR';
  #strings: ElementStrings = stringsFor('pt-BR');
  #touched = new Set<string>();
  /** The form's `x-layout` columns, read on each render of the form. */
  #columns: ColumnLayout = columnLayout(undefined);
  #submitted = false;
  #summary: readonly SummaryEntry[] | undefined;
  #ui = new Map<string, Map<string, unknown>>();
  #uiVersion = new Map<string, number>();
  #announcement = '';
  #notices: Notice[] = [];
  #sendError: string | undefined;
  #sending = false;
  /** The one resend waiting for the window's `online` event after an offline failure. */
  #onlineRetry: (() => void) | undefined;
  #disabled = false;
  #drafts: DraftStore | undefined;
  /** Fetching the drafts code for this element's first start with a `draft-key`. */
  #draftsLoad: Promise<void> | undefined;
  #pendingFocus: (() => void) | undefined;
  #helpCache = new Map<string, readonly HelpNode[]>();
  #validityKey: string | undefined;
  #validityAnchor: HTMLElement | undefined;
  #formValueDirty = true;
  #pointerDown = false;
  /** Whether the language must be looked up again (on connect, and when a `lang` attribute changes). */
  #langDirty = true;
  #quietValidity = false;
  /**
   * Whether the element's validity reflects the current form. A new form's whole-form validation is
   * not paid at mount: it runs when someone asks (validity, checkValidity, a host form's submit, a
   * change) or once the browser is idle after the first render (see `#scheduleValidity`).
   */
  #validityCurrent = false;
  #validityTimer: number | undefined;
  #deferredTouch: string[] = [];
  /** Fields waiting for their widget's code, by pointer: they render again when it has arrived. */
  readonly #widgetLoads = new Map<string, Promise<void>>();

  #groupErrors = new Map<string, string>();
  /** Bumped whenever something besides a field object changes how fields render (see `fieldList`). */
  #epoch = 0;
  readonly #listOptions: FieldListOptions<FieldModel> = {
    key: (field) => field.pointer,
    deps: (field) => this.#fieldDeps(field),
    render: (field) => this.#fieldTemplate(field),
    epoch: () => this.#epoch,
    // Errors can change while a field object does not: fields whose errors show are always compared,
    // as are groups and fields whose help reads other answers.
    volatile: (field) =>
      this.#submitted ||
      this.#touched.has(field.pointer) ||
      field.children !== undefined ||
      this.#helpInputs(field) !== '',
  };

  readonly #host: FieldHost = {
    setValue: (pointer, value) => this.#form?.setValue(pointer, value),
    emit: (type) => this.dispatchEvent(new Event(type, { bubbles: true, composed: true })),
    getState: (pointer, key) => this.#ui.get(pointer)?.get(key),
    setState: (pointer, key, value) => {
      let state = this.#ui.get(pointer);
      if (!state) this.#ui.set(pointer, (state = new Map()));
      state.set(key, value);
      this.#rerenderField(pointer);
    },
    // One field is a list of one: the same memo as a group's fields, without a second directive.
    renderField: (field) => fieldList([field], this.#listOptions),
    renderFields: (fields) => fieldList(fields, this.#listOptions),
    renderHelp: (text) =>
      text.length <= MAX_HELP_LENGTH && PLAIN_HELP.test(text) ? text.trim() : renderHelp(this.#parseHelp(text), { newTabText: this.#strings.newTab }),
    addItem: (pointer) => this.#editArray(() => this.#form?.addItem(pointer)),
    removeItem: (pointer, index) => this.#editArray(() => this.#form?.removeItem(pointer, index)),
    moveItem: (pointer, from, to) => this.#editArray(() => this.#form?.moveItem(pointer, from, to)),
    announce: (message) => this.#announce(message),
    focusAfterRender: (id) => this.#focusAfterRender(() => this.#byId(id)),
    focusFieldAfterRender: (pointer) => this.#focusAfterRender(() => this.#controlOf(pointer)),
  };

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      // A host form's submit (or reportValidity) found this element invalid: show what is wrong where
      // the person looks. Our own checkValidity() is a question, not a submission: it stays quiet.
      if (!this.#quietValidity) this.validate();
      this.#syncValidity();
    });
  }

  /**
   * The answers of the active fields, without `writeOnly` ones (a secret leaves the form only in the
   * submission). Setting it starts the form again from these answers.
   */
  get value(): unknown {
    return this.#form ? answersWithoutSecrets(this.#form.root) : this.#hostValue;
  }

  set value(value: unknown) {
    this.#hostValue = value;
    if (this.#compiled) this.#start(this.#compiled, { restoreDraft: false });
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
    this.#flush();
    this.#syncValidity();
    return this.#internals.validity;
  }

  /** The message of the first error, as for a native control. */
  get validationMessage(): string {
    this.#flush();
    this.#syncValidity();
    return this.#internals.validationMessage;
  }

  /** Whether a host form validates this element. */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Whether every active answer is valid; fires `invalid` when not, as a native control does. */
  checkValidity(): boolean {
    this.#flush();
    this.#syncValidity();
    this.#quietValidity = true;
    try {
      return this.#internals.checkValidity();
    } finally {
      this.#quietValidity = false;
    }
  }

  /** Like `checkValidity`, and shows the errors and focuses the first invalid field when invalid. */
  reportValidity(): boolean {
    this.#flush();
    this.#syncValidity();
    return this.#internals.reportValidity();
  }

  /** Validates every active field and shows the errors (inline and in the summary); true when valid. */
  validate(): boolean {
    const form = this.#form;
    if (!form) return false;
    const errors = form.validate();
    this.#showErrors(errors);
    return errors.length === 0;
  }

  /** Back to the initial answers (the `value` the host set); deletes the draft and every message. */
  reset(): void {
    this.#drafts?.clear();
    this.#notices = [];
    this.#sendError = undefined;
    this.#cancelOnlineRetry();
    if (this.#compiled) this.#start(this.#compiled, { restoreDraft: false });
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=file]')) input.value = '';
  }

  /**
   * Submits as the built-in button does: validates (on failure: summary, inline errors, focus on the
   * summary), fires `sf-submit`, then POSTs to `action` — or, without one, submits the host `<form>`.
   */
  async requestSubmit(): Promise<void> {
    const form = this.#form;
    if (!form || this.#sending) return;
    const strings = this.#strings;
    this.#sendError = undefined;
    if (!this.validate()) {
      this.#focusAfterRender(() => this.renderRoot.querySelector<HTMLElement>('.summary'));
      return;
    }
    this.#summary = undefined;
    const payload = form.payload();
    const submit = new CustomEvent<SfSubmitDetail>('sf-submit', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { value: payload },
    });
    if (!this.dispatchEvent(submit)) return;
    if (this.action === undefined || this.action === null) {
      this.#internals.form?.requestSubmit();
      return;
    }
    const url = checkEndpoint(this.action);
    if (!url) {
      this.#sendError = strings.invalidEndpoint;
      this.#error({ kind: 'invalid-endpoint', message: `Refused to submit to "${this.action}": use https: or a same-origin URL.` });
      this.requestUpdate();
      return;
    }
    await this.#post(url, payload);
  }

  /**
   * POSTs the `payload` snapshot and shows how it ended. Offline (D8), one resend of the same snapshot —
   * same `Idempotency-Key` — waits for the window's `online` event.
   */
  async #post(url: URL, payload: unknown): Promise<void> {
    const strings = this.#strings;
    this.#cancelOnlineRetry();
    this.#sending = true;
    this.#announce(strings.sending);
    let outcome: Awaited<ReturnType<Submission['send']>>;
    try {
      outcome = await this.#submission.send(url, payload, { timeout: this.timeout, locale: this.#resolvedLocale });
    } catch {
      outcome = { kind: 'network' };
    } finally {
      this.#sending = false;
    }
    switch (outcome.kind) {
      case 'busy':
        return;
      case 'ok':
        this.#sendError = undefined;
        this.#drafts?.clear();
        this.#announce(strings.sent);
        this.dispatchEvent(
          new CustomEvent<SfSubmittedDetail>('sf-submitted', {
            bubbles: true,
            composed: true,
            detail: { response: outcome.response, status: outcome.status },
          }),
        );
        break;
      case 'invalid':
        this.#sendError = undefined;
        this.#showServerErrors(outcome.errors);
        break;
      case 'offline': {
        this.#sendError = strings.sendOffline;
        this.#error({ kind: 'network', message: 'The browser is offline; the request is sent again once it is back online.' });
        const retry = (): void => {
          this.#onlineRetry = undefined;
          if (!this.#sending) void this.#post(url, payload);
        };
        this.#onlineRetry = retry;
        window.addEventListener('online', retry, { once: true });
        break;
      }
      default: {
        const [kind, message, detail] = this.#sendFailure(outcome);
        this.#sendError = message;
        this.#error({ kind, message: detail, ...('status' in outcome ? { status: outcome.status } : {}) });
      }
    }
    this.requestUpdate();
  }

  /** Forgets a pending resend on `online` (a new submit, a reset, or leaving the page supersedes it). */
  #cancelOnlineRetry(): void {
    if (this.#onlineRetry) window.removeEventListener('online', this.#onlineRetry);
    this.#onlineRetry = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#langDirty = true;
    watchLang(this.#langChanged);
    window.addEventListener('pagehide', this.#flushDraft);
    window.addEventListener('storage', this.#onStorage);
    document.addEventListener('pointerdown', this.#onPointerDown, true);
    document.addEventListener('pointerup', this.#onPointerUp, true);
    document.addEventListener('pointercancel', this.#onPointerUp, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this.#langChanged);
    window.removeEventListener('pagehide', this.#flushDraft);
    window.removeEventListener('storage', this.#onStorage);
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    document.removeEventListener('pointerup', this.#onPointerUp, true);
    document.removeEventListener('pointercancel', this.#onPointerUp, true);
    this.#cancelOnlineRetry();
    this.#drafts?.flush();
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
    this.#formValueDirty = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#langDirty || changed.has('locale')) {
      this.#langDirty = false;
      const locale = resolveLocale(this, this.locale);
      if (locale !== this.#resolvedLocale) {
        this.#resolvedLocale = locale;
        this.#strings = stringsFor(locale);
        this.#epoch++;
      }
    }
    const locale = this.#resolvedLocale;
    if (changed.has('schema') || changed.has('schemaSrc')) {
      this.#load();
    } else if (this.#compiled && (changed.has('context') || changed.has('draftKey'))) {
      this.#restartKeepingAnswers();
    }
    if (this.#form && this.#form.locale !== locale) this.#form.setLocale(locale);
  }

  protected override render(): TemplateResult | typeof nothing {
    const strings = this.#strings;
    switch (this.#status) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<p class="loading" part="base loading" role="status">${strings.loading}</p>`;
      case 'failed':
        return html`<div class="fallback" part="base fallback">
          <p>${strings.unavailable}</p>
          <details>
            <summary>${strings.developerDetails}</summary>
            <pre>${this.#failure}</pre>
          </details>
        </div>`;
      default:
        return this.#renderForm(this.#form!);
    }
  }

  /** Also waits for widget code that rendered fields are fetching, so hosts and tests see the final fields. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#widgetLoads.size > 0 || this.#draftsLoad) {
      await Promise.all([...this.#widgetLoads.values(), this.#draftsLoad]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    // A small form validates at once, so it never matches :invalid while it is valid; a large one waits
    // for idle time rather than make its first paint pay a whole-form validation.
    if (this.#validityCurrent || !this.#form || isSmall(this.#form.root)) this.#syncValidity();
    else this.#scheduleValidity();
    if (this.#formValueDirty && this.#form && this.#internals.form) {
      this.#formValueDirty = false;
      // No restore state: the browser would otherwise keep the entries, secrets included, in session
      // history for back/forward restoration.
      this.#internals.setFormValue(payloadFormData(this.#form.payload()), null);
    }
    const focus = this.#pendingFocus;
    this.#pendingFocus = undefined;
    focus?.();
  }

  #renderForm(form: Form): TemplateResult {
    const strings = this.#strings;
    this.#collectGroupErrors(form);
    const root = form.root;
    this.#columns = columnLayout(root.schema);
    const title = !this.noTitle && typeof this.#compiled?.schema.title === 'string' ? root.label : '';
    return html`<div class="form" part="base">
      ${title ? html`<h2 class="title" part="title" dir="auto">${title}</h2>` : nothing}
      ${!this.noTitle && root.help
        ? html`<div class="description" part="description" dir="auto">${this.#host.renderHelp(root.help)}</div>`
        : nothing}
      ${this.#notices.map(
        (notice) => html`<p class="notice" part="notice" data-kind=${notice.kind}>${notice.text}</p>`,
      )}
      ${this.#renderDraftConflict()}
      ${this.#renderSummary(form)}
      <div
        class="fields"
        part="fields"
        data-columns=${this.#columns.count || nothing}
        ?inert=${this.#sending || this.#disabled}
        @focusout=${this.#onFocusOut}
        @keydown=${this.#onKeyDown}
      >
        ${fieldList(root.children ?? [], this.#listOptions)}
      </div>
      <div role="alert">
        ${this.#sendError
          ? html`<p class="notice" part="notice" data-kind="error">${this.#sendError}</p>`
          : nothing}
      </div>
      ${this.noSubmit
        ? nothing
        : html`<div class="actions" part="actions">
            <button
              type="button"
              class="submit"
              part="button submit"
              aria-disabled=${this.#sending || this.#disabled ? 'true' : 'false'}
              @click=${() => void this.requestSubmit()}
            >
              ${this.#sending ? strings.sending : strings.submit}
            </button>
          </div>`}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
    </div>`;
  }

  #renderSummary(form: Form): unknown {
    if (!this.#summary) return nothing;
    const entries: { pointer: string; message: string; linked: boolean }[] = [];
    const seen = new Set<string>();
    for (const entry of this.#summary) {
      if (seen.has(entry.pointer)) continue;
      seen.add(entry.pointer);
      const current = form.errors.get(entry.pointer)?.[0]?.message;
      const active = form.field(entry.pointer) !== undefined;
      // A fixed field leaves the list; an error with no field to link to stays as plain text.
      if (current !== undefined) entries.push({ pointer: entry.pointer, message: current, linked: active });
      else if (!active) entries.push({ ...entry, linked: false });
    }
    if (entries.length === 0) return nothing;
    const headingId = fieldId('', 'summary-heading');
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${this.#strings.summaryHeading}</h2>
      <ul>
        ${entries.map((entry) =>
          entry.linked
            ? html`<li>
                <a
                  href=${`#${fieldId(entry.pointer, 'control')}`}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    this.#controlOf(entry.pointer)?.focus();
                  }}
                  ><span dir="auto">${entry.message}</span></a
                >
              </li>`
            : html`<li><span dir="auto">${entry.message}</span></li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * What a field's template depends on. A group (object, array) also depends on the errors shown and
   * the UI state inside it: those can change while the group's own field object stays the same.
   */
  #fieldDeps(field: FieldModel): unknown[] {
    const pointer = field.pointer;
    return [
      field,
      this.#shownError(pointer),
      this.#resolvedLocale,
      this.#uiVersion.get(pointer) ?? 0,
      this.#helpInputs(field),
      this.#groupErrors.get(pointer),
    ];
  }

  #fieldTemplate(field: FieldModel): unknown {
    const error = this.#shownError(field.pointer);
    const context = new FieldContext(this.#host, field, error, this.#strings, this.#resolvedLocale);
    let widget = selectWidget(field);
    if (widget instanceof LazyWidget) this.#awaitWidget(widget, field.pointer);
    let content: unknown;
    try {
      content = widget.render(field, context);
    } catch {
      // A host widget that throws must not take the page down: the field shows the neutral notice.
      widget = unsupportedWidget;
      content = unsupportedWidget.render(field, context);
    }
    const pointer = field.pointer;
    const invalid = error !== undefined;
    if (widget.layout === 'field') {
      return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid} ?data-column-start=${this.#columns.starts.has(pointer)}>${content}</div>`;
    }
    // One template for frame and label (three static variants rather than a nested label template):
    // with a thousand fields, every template instance counts (PERFORMANCE.md).
    const id = context.id('control');
    const strings = this.#strings;
    if (field.required) {
      return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid} ?data-column-start=${this.#columns.starts.has(pointer)}
        ><label class="label" part="label" for=${id}
          ><span dir="auto">${field.label}</span><span class="mark" part="required-mark"> (${strings.required})</span></label
        >${context.help()}${context.errorText()}${content}</div
      >`;
    }
    return html`<div class="field" part="field" data-pointer=${pointer} ?data-invalid=${invalid} ?data-column-start=${this.#columns.starts.has(pointer)}
      ><label class="label" part="label" for=${id}
        ><span dir="auto">${field.label}</span><span class="mark" part="optional-mark"> (${strings.optional})</span></label
      >${context.help()}${context.errorText()}${content}</div
    >`;
  }

  /** Renders the field at `pointer` again, and every group around it, even where no field object changed. */
  #rerenderField(pointer: string): void {
    for (let at = pointer; at !== ''; at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
      this.#uiVersion.set(at, (this.#uiVersion.get(at) ?? 0) + 1);
    }
    this.#epoch++;
    this.requestUpdate();
  }

  /** Fetches a lazy widget's code for the field at `pointer`, which renders again once the fetch has settled. */
  #awaitWidget(widget: LazyWidget, pointer: string): void {
    if (widget.status === 'loaded' || widget.status === 'failed' || this.#widgetLoads.has(pointer)) return;
    this.#widgetLoads.set(
      pointer,
      widget.load().then(() => {
        this.#widgetLoads.delete(pointer);
        this.#rerenderField(pointer);
      }),
    );
  }

  /**
   * For every group, the errors shown anywhere inside it, as one comparable string: computed once per
   * render from the (usually short) error map, so a nested error appearing re-renders its groups.
   */
  #collectGroupErrors(form: Form): void {
    const groups = new Map<string, string>();
    // Nothing shows yet: reading `form.errors` would run the whole-form validation for nothing.
    if (!this.#submitted && this.#touched.size === 0) {
      this.#groupErrors = groups;
      return;
    }
    for (const [pointer, errors] of form.errors) {
      if (!this.#submitted && this.#shownError(pointer) === undefined) continue;
      const message = errors[0]?.message ?? '';
      for (let cut = pointer.lastIndexOf('/'); cut > 0; cut = pointer.lastIndexOf('/', cut - 1)) {
        const group = pointer.slice(0, cut);
        groups.set(group, `${groups.get(group) ?? ''}\u0000${pointer}\u0000${message}`);
      }
    }
    this.#groupErrors = groups;
  }

  /** The inline error of a field: after a submit was tried, or once it was left with an answer (GOV.UK). */
  #shownError(pointer: string): string | undefined {
    if (!this.#submitted && !this.#touched.has(pointer)) return undefined;
    if (!this.#submitted && this.#isEmpty(pointer)) return undefined;
    return this.#form?.errors.get(pointer)?.[0]?.message;
  }

  /** The answers a field's help links read, as one comparable string ('' when none). */
  #helpInputs(field: FieldModel): string {
    // Every option's help counts: radios show each option's help as a hint, chosen or not.
    const linkedOptions = field.options?.filter((option) => option.help?.includes('{/')) ?? [];
    if (!field.help?.includes('{/') && linkedOptions.length === 0) return '';
    const text = `${field.help ?? ''}${linkedOptions.map((option) => option.help).join('')}`;
    const resolve = answerResolver(this.#form!);
    let inputs = '';
    for (const [, pointer] of text.matchAll(HELP_REFERENCE)) inputs += `\u0000${String(resolve(pointer!))}`;
    return inputs;
  }

  #parseHelp(text: string): readonly HelpNode[] {
    try {
      // Link templates read the answers as they would be submitted, never a secret (RELIABILITY, principle 7).
      if (text.includes('{/')) return parseHelp(text, { resolve: answerResolver(this.#form!) });
      let nodes = this.#helpCache.get(text);
      if (!nodes) {
        nodes = parseHelp(text);
        this.#helpCache.set(text, nodes);
      }
      return nodes;
    } catch {
      // Help that cannot be parsed is still worth reading: as plain text, never as markup.
      return [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    }
  }

  #onFocusOut = (event: FocusEvent): void => {
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
    if (this.#pointerDown) this.#deferredTouch.push(...left);
    else this.#touch(left);
  };

  /** Whether the field at `pointer` has no answer yet: emptiness is an error only on submit (GOV.UK). */
  #isEmpty(pointer: string): boolean {
    const field = this.#form?.field(pointer);
    return field !== undefined && isEmptyAnswer(field.value);
  }

  /** Marks fields as left with an answer: their errors show from now on, and the first one is announced. */
  #touch(pointers: readonly string[]): void {
    // A field left empty stays untouched, so leaving it again with a wrong answer still announces it.
    const fresh = pointers.filter((pointer) => !this.#touched.has(pointer) && !this.#isEmpty(pointer));
    if (fresh.length === 0) return;
    for (const pointer of fresh) this.#touched.add(pointer);
    this.#epoch++;
    const message = this.#shownError(fresh[0]!);
    if (message) this.#announce(message);
    this.requestUpdate();
  }

  #onPointerDown = (): void => {
    this.#pointerDown = true;
  };

  #onPointerUp = (): void => {
    this.#pointerDown = false;
    if (this.#deferredTouch.length === 0) return;
    const pointers = this.#deferredTouch.splice(0);
    // After the click that follows this pointerup has been dispatched.
    setTimeout(() => this.#touch(pointers));
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement && IMPLICIT_SUBMIT.has(target.type)) {
      event.preventDefault();
      void this.requestSubmit();
    }
  };

  #langChanged = (): void => {
    if (this.locale) return;
    this.#langDirty = true;
    this.requestUpdate();
  };

  #onStorage = (event: StorageEvent): void => {
    this.#drafts?.storageChanged(event);
  };

  /** Settles a draft conflict: this tab's answers are saved over the other tab's, or replaced by them. */
  #settleDraftConflict(keep: 'mine' | 'theirs'): void {
    const drafts = this.#drafts;
    const form = this.#form;
    if (!drafts || !form) return;
    const theirs = keep === 'theirs' ? drafts.takeTheirs() : undefined;
    // The other tab's draft holds no secrets: a secret typed here stays.
    if (theirs?.kind === 'found') this.#restartKeepingAnswers(theirs.value);
    else {
      // This tab's answers, also when the other tab's draft is gone meanwhile (it was sent there).
      drafts.keepMine(() => answersWithoutSecrets(form.root));
      this.requestUpdate();
    }
    this.#focusAfterRender(() => this.renderRoot.querySelector<HTMLElement>('.fields :is(input, select, textarea)'));
  }

  /** What the form says about drafts, in its language (the words come with the drafts code). */
  #draftWords() {
    return drafts.module?.DRAFT_STRINGS[this.#resolvedLocale];
  }

  #renderDraftConflict(): unknown {
    const words = this.#draftWords();
    if (!this.#drafts?.conflict || !words) return nothing;
    return drafts.module!.conflictNotice(words, (keep) => this.#settleDraftConflict(keep));
  }

  #flushDraft = (): void => {
    this.#drafts?.flush();
  };

  /** Loads `schema` or `schema-src`; compiled and precompiled schemas start synchronously (no flash). */
  #load(): void {
    const token = ++this.#loadToken;
    const input = this.schema;
    const src = this.schemaSrc;
    this.#stop();
    if (input !== undefined && input !== null && typeof input === 'object') {
      if (isCompiledSchema(input)) return this.#startOrFail(() => input);
      if (isPrecompiledForm(input)) return this.#startOrFail(() => fromPrecompiled(input));
    }
    if ((input === undefined || input === null) && !src) {
      this.#status = 'idle';
      return;
    }
    this.#status = 'loading';
    const compiled =
      input !== undefined && input !== null ? compileSchema(input) : this.#fetchSchema(src!);
    compiled.then(
      (result) => {
        if (token === this.#loadToken) this.#startOrFail(() => result);
      },
      (error: unknown) => {
        if (token === this.#loadToken) this.#fail('schema', error);
      },
    );
  }

  async #fetchSchema(src: string): Promise<CompiledSchema> {
    const response = await fetch(new URL(src, document.baseURI));
    if (!response.ok) throw new Error(`GET ${src} answered HTTP ${response.status}`);
    // As text: the compiler caps its size and names the line and column of a JSON syntax error.
    return compileSchema(await response.text(), { source: src });
  }

  #startOrFail(compile: () => CompiledSchema): void {
    let compiled: CompiledSchema;
    try {
      compiled = compile();
    } catch (error) {
      this.#fail('schema', error);
      return;
    }
    this.#start(compiled, { restoreDraft: true });
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#form = undefined;
    this.#compiled = undefined;
    this.#failure = undefined;
    this.#notices = [];
  }

  #fail(kind: SfErrorKind, error: unknown): void {
    this.#stop();
    const { message, code, pointer } = describeFailure(error);
    this.#status = 'failed';
    this.#failure = message;
    this.requestUpdate();
    this.#error({ kind, message, ...(code ? { code } : {}), ...(pointer !== undefined ? { pointer } : {}) });
  }

  /** Makes a new form from `compiled`: the draft's answers when asked and present, else the host's `value`. */
  #start(
    compiled: CompiledSchema,
    options: { restoreDraft: boolean; value?: unknown; keep?: Map<string, unknown> },
  ): void {
    if (this.draftKey && drafts.module === undefined) {
      // The drafts code comes on first use (most forms keep no draft): start once it is here.
      const token = this.#loadToken;
      this.#status = 'loading';
      this.requestUpdate();
      const load: Promise<void> = loadDrafts().then(() => {
        if (this.#draftsLoad === load) this.#draftsLoad = undefined;
        if (token === this.#loadToken) this.#start(compiled, options);
      });
      this.#draftsLoad = load;
      return;
    }
    this.#unsubscribe?.();
    this.#compiled = compiled;
    this.#notices = [];
    // The same key keeps its store: it knows which saved draft is this tab's own (RELIABILITY D14).
    if (this.#drafts?.name !== this.draftKey) this.#drafts = this.#openDrafts();
    // A kept store whose writes failed still cannot save: the restart says so again.
    else if (this.#drafts?.failed) this.#noteDraftsUnavailable();
    let value = 'value' in options ? options.value : this.#hostValue;
    let restored = false;
    if (options.restoreDraft && this.#drafts) {
      const draft = this.#drafts.read();
      if (draft.kind === 'found') {
        value = draft.value;
        restored = true;
      } else if (draft.kind === 'unavailable') {
        this.#noteDraftsUnavailable();
      }
    }
    let form: Form;
    try {
      form = createForm(compiled, { value, context: this.context, locale: this.#resolvedLocale });
    } catch (error) {
      if (!restored) {
        this.#fail('value', error);
        return;
      }
      // A draft the form cannot take is as good as corrupt: start from the host's answers instead.
      this.#drafts?.clear();
      restored = false;
      try {
        form = createForm(compiled, { value: this.#hostValue, context: this.context, locale: this.#resolvedLocale });
      } catch (retryError) {
        this.#fail('value', retryError);
        return;
      }
    }
    for (const [pointer, secret] of options.keep ?? []) form.setValue(pointer, secret);
    if (restored) {
      const words = this.#draftWords()!;
      this.#notices.push({ kind: 'info', text: words.restored });
      const lost = form.warnings.filter((warning) => NOT_RESTORED.has(warning.code)).length;
      if (lost > 0) this.#notices.push({ kind: 'info', text: words.partlyRestored(lost) });
    }
    this.#form = form;
    this.#status = 'ready';
    this.#failure = undefined;
    this.#touched = new Set();
    this.#submitted = false;
    this.#epoch++;
    this.#summary = undefined;
    this.#ui = new Map();
    this.#uiVersion = new Map();
    this.#formValueDirty = true;
    // Until the new form's validity is computed, the element keeps the invalid "loading" state it had:
    // a host form submitted in that instant is held back rather than sent unvalidated.
    this.#validityCurrent = false;
    this.#setValidity(this.#strings.loading, { customError: true }, this.#strings.loading);
    this.#unsubscribe = form.subscribe(() => this.#changed());
    this.requestUpdate();
  }

  /** Says that drafts cannot be kept here: storage refused them, or their code could not be fetched. */
  #noteDraftsUnavailable(): void {
    this.#notices.push({ kind: 'info', text: this.#strings.draftUnavailable });
    this.requestUpdate();
  }

  /** The store for `draft-key`: none without a key, nor when the drafts code could not be fetched (said in a notice). */
  #openDrafts(): DraftStore | undefined {
    const key = this.draftKey;
    if (!key) return undefined;
    if (!drafts.module) {
      this.#noteDraftsUnavailable();
      return undefined;
    }
    return new drafts.module.DraftStore(key, {
      onFail: () => this.#noteDraftsUnavailable(),
      onConflict: () => {
        this.#announce(this.#draftWords()!.conflict);
        this.requestUpdate();
      },
    });
  }

  /**
   * A new form with `value` (by default the same answers: a new `context` or draft key) and this
   * form's secrets typed in again.
   */
  #restartKeepingAnswers(value?: unknown): void {
    const form = this.#form;
    if (!form || !this.#compiled) return;
    const keep = new Map<string, unknown>();
    for (const pointer of secretPointers(form.root)) keep.set(pointer, form.getValue(pointer));
    this.#start(this.#compiled, { restoreDraft: false, value: value ?? form.value, keep });
  }

  #changed(): void {
    this.#formValueDirty = true;
    const form = this.#form;
    if (form && this.#drafts) this.#drafts.schedule(() => answersWithoutSecrets(form.root));
    // Validity follows at once, so a host calling checkValidity() right after a change sees it.
    this.#syncValidity();
    this.requestUpdate();
  }

  #editArray(edit: () => void): void {
    edit();
    this.#host.emit('input');
    this.#host.emit('change');
  }

  /** Shows every field's error from now on, and `errors` in the summary. */
  #showErrors(errors: readonly { instancePath: string; message: string }[]): void {
    this.#submitted = true;
    this.#epoch++;
    this.#summary = errors.map(({ instancePath, message }) => ({ pointer: instancePath, message }));
    this.requestUpdate();
  }

  #showServerErrors(errors: readonly ServerFieldError[]): void {
    this.#form?.setServerErrors(errors);
    this.#showErrors(errors);
    this.#focusAfterRender(() => this.renderRoot.querySelector<HTMLElement>('.summary'));
  }

  #sendFailure(outcome: { kind: string; status?: number }): [SfErrorKind, string, string] {
    const strings = this.#strings;
    switch (outcome.kind) {
      case 'timeout':
        return ['timeout', strings.sendTimeout, `No response within ${this.timeout} ms.`];
      case 'network':
        return ['network', strings.sendNetwork, 'The request failed before any response (offline or blocked).'];
      case 'server':
        return ['server', strings.sendServer, `The server answered HTTP ${outcome.status}.`];
      default:
        return ['rejected', strings.sendRejected(outcome.status ?? 0), `The server answered HTTP ${outcome.status}.`];
    }
  }

  #error(detail: SfErrorDetail): void {
    this.dispatchEvent(new CustomEvent<SfErrorDetail>('sf-error', { bubbles: true, composed: true, detail }));
  }

  #announce(message: string): void {
    // The same sentence twice must still be spoken: alternate a trailing no-break space.
    this.#announcement = this.#announcement === message ? `${message}\u00a0` : message;
    this.requestUpdate();
  }

  #focusAfterRender(find: () => HTMLElement | null | undefined): void {
    this.#pendingFocus = () => find()?.focus();
    this.requestUpdate();
  }

  #byId(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.getElementById(id) ?? null;
  }

  /** The control of the field at `pointer`, or the first focusable element of its field. */
  #controlOf(pointer: string): HTMLElement | null {
    if (!this.renderRoot) return null;
    const control = this.#byId(fieldId(pointer, 'control'));
    if (control?.matches(FOCUSABLE)) return control;
    const wrapper = this.renderRoot.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
    return wrapper?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
  }

  /** Renders now if a render is pending, so validity reflects the latest answers and anchors exist. */
  #flush(): void {
    if (this.isUpdatePending && this.isConnected) this.performUpdate();
  }

  /**
   * Computes the validity of a new form after the first render has been painted (an idle callback, or
   * a timeout where there is none), so mounting does not pay a whole-form validation.
   */
  #scheduleValidity(): void {
    if (this.#validityTimer !== undefined) return;
    const run = (): void => {
      this.#validityTimer = undefined;
      if (this.#form && !this.#validityCurrent) this.#syncValidity();
    };
    this.#validityTimer =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 100 })
        : (setTimeout(run, 0) as unknown as number);
  }

  #syncValidity(): void {
    const form = this.#form;
    if (!form) {
      const message = this.#status === 'failed' ? this.#strings.unavailable : this.#status === 'loading' ? this.#strings.loading : '';
      this.#setValidity(message, message ? { customError: true } : {}, message);
      return;
    }
    this.#validityCurrent = true;
    // The first error in field order, so the browser focuses the first invalid field (map order is Ajv's).
    const pointer = form.errors.size > 0 ? (firstErrorPointer(form.root, form.errors) ?? form.errors.keys().next().value) : undefined;
    const error = pointer === undefined ? undefined : form.errors.get(pointer)?.[0];
    // No pointer, no error.
    if (!error) {
      this.#setValidity('', {}, '');
      return;
    }
    const key = `${pointer}\u0000${error.keyword}\u0000${error.message}`;
    this.#setValidity(key, validityFlags(error.keyword), error.message, this.#controlOf(pointer!) ?? undefined);
  }

  /** Hands a validity to the browser unless it is the one handed last (`key` names it). */
  #setValidity(key: string, flags: ValidityStateFlags, message: string, anchor?: HTMLElement): void {
    if (key === this.#validityKey && anchor === this.#validityAnchor) return;
    this.#validityKey = key;
    this.#validityAnchor = anchor;
    this.#internals.setValidity(flags, message, anchor);
  }
}
