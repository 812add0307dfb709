import type { Catalog, CatalogSubject } from '@schemaforms/core';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { SfSubmittedDetail } from '../form/events.js';
import { FocusAfterRenderController } from '../form/focus-after-render.controller.js';
import { CatalogLoaderController } from './catalog-loader.controller.js';
import { copyNumber, renderReceipt, ticketNumberIn, type Receipt } from './receipt-template.js';
import { renderSubjectChoice } from './subject-choice-template.js';
import { SubjectForms, type OpenForm } from './subject-forms.js';
import { TicketLinksController } from './ticket-links.controller.js';
import { ticketStrings } from './ticket-strings.js';
import { styles } from './sf-ticket.styles.js';

type Step = 'choose' | 'form' | 'receipt';

/**
 * The receipt's summary (what was sent, the follow-ups) is a chunk of its own: only a sent ticket needs
 * it, and it is fetched while the form is being filled in.
 */
const loadReceiptSummary = () => import('./receipt-summary.js');

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

  /**
   * The catalog (for example the default export of `virtual:schemaforms/catalog`); wins over `catalog-src`.
   * A subject's plain schema may `$ref` another subject's, or one of the catalog's shared `schemas`, by `$id`.
   */
  catalog?: Catalog;

  /** Host data handed to every form (for example `{ stores: [...], store: '10231' }`). */
  context?: Record<string, unknown>;

  private _step: Step = 'choose';
  private _category = '';
  private _subjectId = '';
  private _choiceError = false;
  private _receipt?: Receipt;
  private _copyStatus = '';

  #catalog = new CatalogLoaderController(
    this,
    (subjects) => this.#onSubjects(subjects),
    (error) => this.#emitError('catalog', error),
  );
  #links = new TicketLinksController(this, {
    hasSubject: (id) => this.#subject(id) !== undefined,
    shownSubject: () => (this._step === 'form' ? this._subjectId : ''),
    open: (id, params) => this.#open(id, params),
    showChoice: () => (this._step = 'choose'),
  });
  #forms = new SubjectForms(this, {
    changed: () => this.requestUpdate(),
    failed: (error) => this.#emitError('schema', error),
    submitted: (open, event) => void this.#onSubmitted(open, event),
    prefilled: (params) => this.#links.rememberPrefilled(params),
  });
  #focus = new FocusAfterRenderController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalog') && this.catalog) this.#catalog.use(this.catalog);
    else if (changed.has('catalogSrc') && this.catalogSrc && !this.catalog) void this.#catalog.load(this.catalogSrc);
    if (changed.has('context') || changed.has('locale') || changed.has('action')) this.#forms.configureAll();
  }

  override render(): TemplateResult {
    const t = ticketStrings(this.locale);
    const status = this.#catalog.status;
    let body: TemplateResult;
    if (status === 'loading') body = html`<p role="status">${t.loadingCatalog}</p>`;
    else if (status === 'failed') body = html`<p class="error" role="alert">${t.catalogUnavailable}</p>`;
    else if (this._step === 'form') body = this.#renderForm();
    else if (this._step === 'receipt') {
      body = renderReceipt(this._receipt, t, {
        copyStatus: this._copyStatus,
        copy: (number) =>
          void copyNumber(this.renderRoot, number, ticketStrings(this.locale)).then(
            (copyStatus) => (this._copyStatus = copyStatus),
          ),
        another: () => this.#onAnother(),
      });
    } else if (status === 'ready' && this.#catalog.subjects.length === 0) body = html`<p>${t.noSubjects}</p>`;
    else {
      body = renderSubjectChoice(
        {
          subjects: this.#catalog.subjects,
          category: this._category,
          subjectId: this._subjectId,
          missingChoice: this._choiceError,
        },
        t,
        {
          category: (event) => this.#onCategory(event),
          subject: (event) => this.#onSubject(event),
          continue: () => this.#onContinue(),
        },
      );
    }
    return html`<div part="base" class="ticket" lang=${this.locale}>${body}</div>`;
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

  #subject(id: string): CatalogSubject | undefined {
    return this.#catalog.subjects.find((subject) => subject.id === id);
  }

  #onSubjects(subjects: readonly CatalogSubject[]): void {
    if (this._subjectId && !subjects.some((subject) => subject.id === this._subjectId)) {
      this._subjectId = '';
      if (this._step === 'form') this._step = 'choose';
    }
    this.#links.openFromAddressOnce();
  }

  #focusAfterRender(selector: string): void {
    this.#focus.request(() => this.renderRoot.querySelector<HTMLElement>(selector));
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
      this.#focusAfterRender(this._category ? '#subject' : '#category');
      return;
    }
    this.#open(this._subjectId);
  }

  #onBack(): void {
    this._step = 'choose';
    this.#links.leaveLinkUrl();
    this.#focusAfterRender('#subject');
  }

  #onAnother(): void {
    this._receipt = undefined;
    this._category = '';
    this._subjectId = '';
    this._step = 'choose';
    this.#focusAfterRender('#category');
  }

  /** Shows a subject's form, creating it (and loading its schema) the first time. */
  #open(id: string, prefill?: ReadonlyMap<string, string>): boolean {
    const subject = this.#subject(id);
    if (!subject) return false;
    this.#forms.open(subject, prefill);
    // Ready before the ticket is sent; if it cannot be fetched, the receipt goes without its summary.
    loadReceiptSummary().catch(() => undefined);
    this._category = subject.category;
    this._subjectId = id;
    this._choiceError = false;
    this._step = 'form';
    this.#focusAfterRender('#step-heading');
    return true;
  }

  async #onSubmitted(open: OpenForm, event: CustomEvent<SfSubmittedDetail>): Promise<void> {
    const t = ticketStrings(this.locale);
    const number = ticketNumberIn(event.detail?.response);
    const sent = open.sent;
    open.sent = undefined;
    // The ticket is accepted whatever happens next: without the summary's chunk the receipt still
    // shows its number, with nothing listed.
    const summary = await loadReceiptSummary().then(
      (module) => module.receiptSummary(open.schema, sent, this.context, t),
      () => ({ lines: [], followUps: [] }),
    );
    this._receipt = { title: open.subject.title, ...(number === undefined ? {} : { number }), ...summary };
    this._copyStatus = '';
    // The submitted ticket is done: its answers (and any secret) go; other subjects keep theirs.
    this.#forms.close(open.subject.id);
    this._step = 'receipt';
    this.#links.leaveLinkUrl();
    this.#focusAfterRender('#receipt-heading');
  }

  #emitError(kind: 'catalog' | 'schema', error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.dispatchEvent(new CustomEvent('sf-error', { detail: { kind, message }, bubbles: true, composed: true }));
  }
}
