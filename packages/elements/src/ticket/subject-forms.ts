import { isPrecompiledForm, type CatalogSubject, type JsonSchemaObject } from '@schemaforms/core';
import type { SfForm } from '../form/sf-form.component.js';
import type { SfSubmitDetail, SfSubmittedDetail } from '../form/events.js';
import { prefillFor } from './ticket-link.js';

/** One subject's form, kept while the person moves between subjects so no answer is lost. */
export interface OpenForm {
  readonly subject: CatalogSubject;
  /** The `<sf-form>` created for the subject (registered by `sf-ticket.ts`). */
  readonly element: SfForm;
  status: 'loading' | 'ready' | 'failed';
  schema?: JsonSchemaObject;
  /** Answers from a link, applied once the schema is known. */
  pendingPrefill?: ReadonlyMap<string, string>;
  /** The payload of the submission in flight, for the receipt's summary; dropped once it is made. */
  sent?: unknown;
}

/** The `<sf-ticket>` properties every subject's form is configured from. */
export interface SubjectFormSettings {
  readonly locale: string;
  readonly context?: Record<string, unknown>;
  readonly draftKey?: string;
  readonly action?: string;
}

/** What `SubjectForms` tells `<sf-ticket>`. */
export interface SubjectFormsEvents {
  /** A form's schema arrived or failed: the step must be drawn again. */
  changed(): void;
  /** A subject's schema could not be loaded. */
  failed(error: unknown): void;
  /** A form's ticket was accepted. */
  submitted(open: OpenForm, event: CustomEvent<SfSubmittedDetail>): void;
  /** The parameters a link put into a form (so they can leave the address later). */
  prefilled(params: string[]): void;
}

/**
 * The `<sf-form>` of each subject opened: created (and its schema loaded) the first time, tried again
 * after a failure, configured from `<sf-ticket>`'s properties, prefilled from a link, and dropped once
 * its ticket is sent.
 */
export class SubjectForms {
  readonly #forms = new Map<string, OpenForm>();
  readonly #settings: SubjectFormSettings;
  readonly #events: SubjectFormsEvents;

  constructor(settings: SubjectFormSettings, events: SubjectFormsEvents) {
    this.#settings = settings;
    this.#events = events;
  }

  /** The form of subject `id`, when it has been opened. */
  get(id: string): OpenForm | undefined {
    return this.#forms.get(id);
  }

  /** The subject's form, created on first use (or after a failed load); `prefill` answers from a link. */
  open(subject: CatalogSubject, prefill?: ReadonlyMap<string, string>): void {
    let open = this.#forms.get(subject.id);
    // A form that failed to load is tried again each time it is opened.
    if (!open || open.status === 'failed') {
      open = this.#create(subject);
      this.#forms.set(subject.id, open);
    }
    if (prefill && prefill.size > 0) {
      if (open.schema) this.#prefill(open, prefill);
      else open.pendingPrefill = prefill;
    }
  }

  /** Drops a subject's form and its answers (its ticket was sent). */
  close(id: string): void {
    this.#forms.delete(id);
  }

  /** Configures every open form again (`locale`, `context` or `action` changed). */
  configureAll(): void {
    for (const open of this.#forms.values()) this.#configure(open.element, open.subject);
  }

  #create(subject: CatalogSubject): OpenForm {
    const element = document.createElement('sf-form') as unknown as SfForm;
    const open: OpenForm = { subject, element, status: 'loading' };
    this.#configure(element, subject);
    element.addEventListener('sf-submit', (event: CustomEvent<SfSubmitDetail>) => (open.sent = event.detail?.value));
    element.addEventListener('sf-submitted', (event) => this.#events.submitted(open, event));
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
        this.#events.failed(error);
      })
      .finally(() => this.#events.changed());
    return open;
  }

  #configure(element: SfForm, subject: CatalogSubject): void {
    const { locale, context, draftKey, action } = this.#settings;
    element.locale = locale;
    element.context = context;
    if (draftKey) element.draftKey = `${draftKey}/${subject.id}`;
    if (action) {
      const base = action.replace(/\/+$/, '');
      // The locale travels with the ticket so the server's 422 messages match the form's language.
      const path = subject.id.split('/').map(encodeURIComponent).join('/');
      // So does the form's revision, when the catalog has one: the server validates against that form.
      const revision = subject.revision ? `&revision=${encodeURIComponent(subject.revision)}` : '';
      element.action = `${base}/${path}?locale=${encodeURIComponent(locale)}${revision}`;
    }
  }

  #prefill(open: OpenForm, params: ReadonlyMap<string, string>): void {
    const answers = prefillFor(open.schema ?? {}, params);
    const keys = Object.keys(answers);
    this.#events.prefilled(keys);
    if (keys.length === 0) return;
    const current = open.element.value;
    const base = current !== null && typeof current === 'object' && !Array.isArray(current) ? current : {};
    open.element.value = { ...base, ...answers };
  }
}
