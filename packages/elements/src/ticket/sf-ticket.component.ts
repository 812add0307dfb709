import { isPrecompiledForm, type Catalog, type CatalogSubject, type JsonSchemaObject } from '@schemaforms/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { SfForm } from '../form/sf-form.component.js';
import type { SfSubmitDetail, SfSubmittedDetail } from '../form/events.js';
import { followUps, receiptLines } from './receipt-summary.js';
import { copyNumber, renderReceipt, type Receipt } from './receipt-template.js';
import { parseTicketLink, prefillFor, withoutTicketParams, type TicketLink } from './ticket-link.js';
import { ticketStrings } from './ticket-strings.js';
import { styles } from './sf-ticket.styles.js';

/** The `<sf-form>` `<sf-ticket>` creates for each subject (registered by `sf-ticket.ts`). */
type FormElement = SfForm;

/** One subject's form, kept while the person moves between subjects so no answer is lost. */
interface OpenForm {
  readonly subject: CatalogSubject;
  readonly element: FormElement;
  status: 'loading' | 'ready' | 'failed';
  schema?: JsonSchemaObject;
  /** Answers from a link, applied once the schema is known. */
  pendingPrefill?: ReadonlyMap<string, string>;
  /** The payload of the submission in flight, for the receipt's summary; dropped once it is made. */
  sent?: unknown;
}

type Step = 'choose' | 'form' | 'receipt';

/** State `<sf-ticket>` keeps in `history.state` to find a subject again on Back/Forward. */
const HISTORY_KEY = 'sfTicketSubject';

/**
 * The seller portal's "Abrir chamado" flow from a catalog of ticket forms: Categoria → Assunto →
 * Continuar → the subject's `<sf-form>` → Enviar → a receipt with the ticket number. Nothing in it is
 * specific to a form: categories, subjects, fields and help all come from the catalog's schemas.
 *
 * Answers are kept in memory per subject, so Voltar and a change of subject lose nothing. A URL such as
 * `?assunto=token/revogacao-de-token&loja=10231` opens that subject with its top-level string fields
 * prefilled (never a `writeOnly` one), on load and when such a link inside a form's help is clicked
 * (the click is handled in-page with `history.pushState`).
 *
 * Each subject's form POSTs its answers as JSON to `{action}/{subject id}?locale={locale}` (for example
 * `/api/tickets/token/revogacao-de-token?locale=pt-BR`, plus `&revision={revision}` when the catalog
 * names the subject's revision), with `<sf-form>`'s single-request, idempotent submission;
 * the receipt reads the number from the response's `ticket.number`.
 *
 * @summary Opens a support ticket: category, subject, the subject's form, receipt.
 * @fires sf-error - The catalog or a subject's form could not be loaded; detail `{ kind, message }`.
 * @csspart base - The wrapper of every step.
 * @csspart choice - The category and subject step.
 * @csspart form - The step with the subject's form.
 * @csspart receipt - The receipt shown after a ticket is accepted.
 * @csspart button - Every button of the flow (Continuar, Voltar, Abrir outro chamado).
 * @cssproperty --sf-ticket-gap - Space between the parts of a step.
 */
export class SfTicket extends LitElement {
  static override styles = styles;

  // Reactive properties declared statically, not with decorators: the bundle then carries no
  // decorator helpers and no per-property decorator calls.
  static override properties = {
    catalogSrc: { attribute: 'catalog-src' },
    action: {},
    locale: {},
    draftKey: { attribute: 'draft-key' },
    catalog: { attribute: false },
    context: { attribute: false },
    _subjects: { state: true },
    _catalogStatus: { state: true },
    _step: { state: true },
    _category: { state: true },
    _subjectId: { state: true },
    _choiceError: { state: true },
    _receipt: { state: true },
    _copyStatus: { state: true },
  };

  /** URL of a JSON catalog `{ subjects: [{ id, category, title, schema }] }`; schemas compile at runtime. */
  catalogSrc?: string;

  /** Where tickets are POSTed: each subject's answers go to `{action}/{subject id}`. */
  action?: string;

  /**
   * Opt-in drafts: each subject's form keeps its answers (never a secret) in `localStorage` under
   * `{draftKey}/{subject id}`, so a reload or a crash loses nothing. Put the store in it (`portal/10231`).
   */
  draftKey?: string;

  /** Language of the flow and its forms: `pt-BR` (default) or `en`. */
  locale: string = 'pt-BR';

  /** The catalog (for example the default export of `virtual:schemaforms/catalog`); wins over `catalog-src`. */
  catalog?: Catalog;

  /** Host data handed to every form (for example `{ stores: [...], store: '10231' }`). */
  context?: Record<string, unknown>;

  private _subjects: readonly CatalogSubject[] = [];
  private _catalogStatus: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  private _step: Step = 'choose';
  private _category = '';
  private _subjectId = '';
  private _choiceError = false;
  private _receipt?: Receipt;
  private _copyStatus = '';

  #forms = new Map<string, OpenForm>();
  #fetchController?: AbortController;
  #readLocation = false;
  #prefilledParams: string[] = [];
  #pushed = false;
  #focusAfterRender?: string;

  constructor() {
    super();
    this.addEventListener('click', (event) => this.#onClick(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#fetchController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalog') && this.catalog) {
      this.#fetchController?.abort();
      this.#setSubjects(this.catalog.subjects);
    } else if (changed.has('catalogSrc') && this.catalogSrc && !this.catalog) {
      void this.#loadCatalogSrc(this.catalogSrc);
    }
    if (changed.has('context') || changed.has('locale') || changed.has('action')) {
      for (const open of this.#forms.values()) this.#configure(open.element, open.subject);
    }
  }

  protected override updated(): void {
    if (this.#focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender)?.focus();
      this.#focusAfterRender = undefined;
    }
  }

  override render(): TemplateResult {
    const t = ticketStrings(this.locale);
    let body: TemplateResult | typeof nothing;
    if (this._catalogStatus === 'loading') body = html`<p role="status">${t.loadingCatalog}</p>`;
    else if (this._catalogStatus === 'failed') body = html`<p class="error" role="alert">${t.catalogUnavailable}</p>`;
    else if (this._step === 'form') body = this.#renderForm();
    else if (this._step === 'receipt') {
      body = renderReceipt(this._receipt, ticketStrings(this.locale), {
        copyStatus: this._copyStatus,
        copy: (number) =>
          void copyNumber(this.renderRoot, number, ticketStrings(this.locale)).then(
            (status) => (this._copyStatus = status),
          ),
        another: () => this.#onAnother(),
      });
    } else body = this.#renderChoice();
    return html`<div part="base" class="ticket" lang=${this.locale}>${body}</div>`;
  }

  #renderChoice(): TemplateResult {
    const t = ticketStrings(this.locale);
    if (this._catalogStatus === 'ready' && this._subjects.length === 0) return html`<p>${t.noSubjects}</p>`;
    const categories = [...new Set(this._subjects.map((subject) => subject.category))];
    const subjects = this._subjects.filter((subject) => subject.category === this._category);
    return html`
      <div part="choice" class="choice">
        <div class="field">
          <label for="category">${t.category}</label>
          <select
            id="category"
            aria-describedby=${this._choiceError ? 'choice-error' : nothing}
            @change=${this.#onCategory}
          >
            <option value="" ?selected=${this._category === ''}>${t.choose}</option>
            ${categories.map(
              (category) =>
                html`<option value=${category} ?selected=${category === this._category}>${category}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="subject">${t.subject}</label>
          <select
            id="subject"
            ?disabled=${this._category === ''}
            aria-describedby=${this._choiceError ? 'choice-error' : nothing}
            @change=${this.#onSubject}
          >
            <option value="" ?selected=${this._subjectId === ''}>
              ${this._category === '' ? t.chooseCategoryFirst : t.choose}
            </option>
            ${subjects.map(
              (subject) =>
                html`<option value=${subject.id} ?selected=${subject.id === this._subjectId}>${subject.title}</option>`,
            )}
          </select>
        </div>
        ${this._choiceError ? html`<p id="choice-error" class="error" role="alert">${t.missingChoice}</p>` : nothing}
        <div class="actions">
          <button part="button" type="button" class="primary" @click=${this.#onContinue}>${t.continue}</button>
        </div>
      </div>
    `;
  }

  #renderForm(): TemplateResult {
    const t = ticketStrings(this.locale);
    const open = this.#forms.get(this._subjectId);
    if (!open) return html``;
    let content: unknown;
    if (open.status === 'loading') content = html`<p role="status">${t.loadingForm}</p>`;
    else if (open.status === 'failed') content = html`<p class="error" role="alert">${t.formUnavailable}</p>`;
    else content = open.element;
    // The form shows the subject's title and notes itself; the step names the category above it and
    // takes the focus after Continuar, so a screen reader starts at the top of the new step.
    return html`
      <div part="form" class="form-step">
        <div class="actions back">
          <button part="button" type="button" class="secondary" @click=${this.#onBack}>${t.back}</button>
        </div>
        <p class="crumb" id="step-heading" tabindex="-1">${open.subject.category} › ${open.subject.title}</p>
        ${content}
      </div>
    `;
  }

  async #loadCatalogSrc(src: string): Promise<void> {
    this.#fetchController?.abort();
    const controller = new AbortController();
    this.#fetchController = controller;
    this._catalogStatus = 'loading';
    try {
      // Loaded on demand: a page handing over a catalog module never needs the JSON reader.
      const { fetchCatalog } = await import('./json-catalog.js');
      const catalog = await fetchCatalog(src, controller.signal);
      if (controller.signal.aborted) return;
      this.#setSubjects(catalog.subjects);
    } catch (error) {
      if (controller.signal.aborted) return;
      this._catalogStatus = 'failed';
      this.#emitError('catalog', error);
    }
  }

  #setSubjects(subjects: readonly CatalogSubject[]): void {
    this._subjects = subjects;
    this._catalogStatus = 'ready';
    if (this._subjectId && !subjects.some((subject) => subject.id === this._subjectId)) {
      this._subjectId = '';
      if (this._step === 'form') this._step = 'choose';
    }
    if (!this.#readLocation) {
      this.#readLocation = true;
      const link = parseTicketLink(new URL(location.href));
      if (link) this.#openLink(link);
    }
  }

  #onCategory(event: Event): void {
    this._category = (event.target as HTMLSelectElement).value;
    this._subjectId = '';
    this._choiceError = false;
  }

  #onSubject(event: Event): void {
    this._subjectId = (event.target as HTMLSelectElement).value;
    this._choiceError = false;
  }

  #onContinue(): void {
    if (!this._subjectId) {
      this._choiceError = true;
      this.#focusAfterRender = this._category ? '#subject' : '#category';
      return;
    }
    this.#open(this._subjectId);
  }

  #onBack(): void {
    this._step = 'choose';
    this.#leaveLinkUrl();
    this.#focusAfterRender = '#subject';
  }

  #onAnother(): void {
    this._receipt = undefined;
    this._category = '';
    this._subjectId = '';
    this._step = 'choose';
    this.#focusAfterRender = '#category';
  }

  /** Shows a subject's form, creating it (and loading its schema) the first time. */
  #open(id: string, prefill?: ReadonlyMap<string, string>): boolean {
    const subject = this._subjects.find((candidate) => candidate.id === id);
    if (!subject) return false;
    let open = this.#forms.get(id);
    // A form that failed to load is tried again each time it is opened.
    if (!open || open.status === 'failed') {
      open = this.#create(subject);
      this.#forms.set(id, open);
    }
    if (prefill && prefill.size > 0) {
      if (open.schema) this.#prefill(open, prefill);
      else open.pendingPrefill = prefill;
    }
    this._category = subject.category;
    this._subjectId = id;
    this._choiceError = false;
    this._step = 'form';
    this.#focusAfterRender = '#step-heading';
    return true;
  }

  #create(subject: CatalogSubject): OpenForm {
    const element = document.createElement('sf-form') as unknown as FormElement;
    const open: OpenForm = { subject, element, status: 'loading' };
    this.#configure(element, subject);
    element.addEventListener('sf-submit', (event: CustomEvent<SfSubmitDetail>) => (open.sent = event.detail?.value));
    element.addEventListener('sf-submitted', (event) => this.#onSubmitted(open, event));
    subject
      .load()
      .then((loaded) => {
        open.schema = isPrecompiledForm(loaded) ? loaded.schema : loaded;
        element.schema = loaded;
        open.status = 'ready';
        if (open.pendingPrefill) {
          this.#prefill(open, open.pendingPrefill);
          open.pendingPrefill = undefined;
        }
      })
      .catch((error: unknown) => {
        open.status = 'failed';
        this.#emitError('schema', error);
      })
      .finally(() => this.requestUpdate());
    return open;
  }

  #configure(element: FormElement, subject: CatalogSubject): void {
    element.locale = this.locale;
    element.context = this.context;
    if (this.draftKey) element.draftKey = `${this.draftKey}/${subject.id}`;
    if (this.action) {
      const base = this.action.replace(/\/+$/, '');
      // The locale travels with the ticket so the server's 422 messages match the form's language.
      const path = subject.id.split('/').map(encodeURIComponent).join('/');
      // So does the form's revision, when the catalog has one: the server validates against that form.
      const revision = subject.revision ? `&revision=${encodeURIComponent(subject.revision)}` : '';
      element.action = `${base}/${path}?locale=${encodeURIComponent(this.locale)}${revision}`;
    }
  }

  #prefill(open: OpenForm, params: ReadonlyMap<string, string>): void {
    const answers = prefillFor(open.schema ?? {}, params);
    this.#prefilledParams = Object.keys(answers);
    if (this.#prefilledParams.length === 0) return;
    const current = open.element.value;
    const base = current !== null && typeof current === 'object' && !Array.isArray(current) ? current : {};
    open.element.value = { ...base, ...answers };
  }

  #onSubmitted(open: OpenForm, event: CustomEvent<SfSubmittedDetail>): void {
    const response = event.detail?.response as { ticket?: { number?: unknown }; number?: unknown } | undefined;
    const number = response?.ticket?.number ?? response?.number;
    const t = ticketStrings(this.locale);
    this._receipt = {
      title: open.subject.title,
      ...(typeof number === 'string' ? { number } : {}),
      lines: receiptLines(open.schema, open.sent, this.context, t),
      followUps: followUps(open.schema, open.sent),
    };
    this._copyStatus = '';
    open.sent = undefined;
    // The submitted ticket is done: its answers (and any secret) go; other subjects keep theirs.
    this.#forms.delete(open.subject.id);
    this._step = 'receipt';
    this.#leaveLinkUrl();
    this.#focusAfterRender = '#receipt-heading';
  }

  #openLink(link: TicketLink): boolean {
    return this.#open(link.subject, link.params);
  }

  /** Follows an in-page link with `?assunto=` without leaving the page (answers stay in memory). */
  #onClick(event: MouseEvent): void {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    // A link that opens a new tab (help inside a form) leaves this page and its unsent answers alone.
    if (!anchor || anchor.target === '_blank') return;
    let url: URL;
    try {
      url = new URL(anchor.href, location.href);
    } catch {
      return;
    }
    if (url.origin !== location.origin || url.pathname !== location.pathname) return;
    const link = parseTicketLink(url);
    if (!link || !this._subjects.some((subject) => subject.id === link.subject)) return;
    event.preventDefault();
    history.replaceState({ ...(history.state ?? {}), [HISTORY_KEY]: this._step === 'form' ? this._subjectId : '' }, '');
    history.pushState({ [HISTORY_KEY]: link.subject }, '', url);
    this.#pushed = true;
    this.#openLink(link);
  }

  #onPopState = (event: PopStateEvent): void => {
    if (!this.#pushed) return;
    const remembered = (event.state as Record<string, unknown> | null)?.[HISTORY_KEY];
    if (typeof remembered === 'string') {
      if (remembered === '' || !this.#open(remembered)) this._step = 'choose';
      return;
    }
    const link = parseTicketLink(new URL(location.href));
    if (!link || !this.#openLink(link)) this._step = 'choose';
  };

  /** Drops `assunto` and the prefilled parameters from the address, so a reload starts at the choice. */
  #leaveLinkUrl(): void {
    const here = new URL(location.href);
    if (!parseTicketLink(here)) return;
    const next = withoutTicketParams(here, this.#prefilledParams);
    history.replaceState(history.state, '', next);
    this.#prefilledParams = [];
  }

  #emitError(kind: 'catalog' | 'schema', error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.dispatchEvent(new CustomEvent('sf-error', { detail: { kind, message }, bubbles: true, composed: true }));
  }
}
