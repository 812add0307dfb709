import {
  createForm,
  engineFeaturesReady,
  errorWordingLoaded,
  errorWordingReady,
  translationsReady,
  type CompiledSchema,
  type Form,
} from '@schemaforms/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { answersWithoutSecrets, secretPointers } from '../internal/answers.js';
import { whenIdle } from '../internal/when-idle.js';
import type { DraftsController } from './drafts.controller.js';
import { fireError } from './events.js';
import type { LocaleController } from './locale.controller.js';
import type { SchemaLoaderController } from './schema-loader.controller.js';

/** How a form starts: from a draft, from given answers, and with secrets typed in again. */
export interface StartOptions {
  /** Whether a saved draft's answers replace the host's `value`. */
  readonly restoreDraft: boolean;
  /** The answers to start from (default: the host's `value`). */
  readonly value?: unknown;
  /** Secrets (`writeOnly` answers) to type in again, by pointer. */
  readonly keep?: ReadonlyMap<string, unknown>;
  /** Wrong-typed answers an earlier form set aside (RELIABILITY C3): set aside again, never answers. */
  readonly unrecognised?: ReadonlyMap<string, unknown> | undefined;
}

/** What the form session asks of its element. */
export interface FormSessionOptions {
  readonly loader: SchemaLoaderController;
  readonly drafts: DraftsController;
  /** The element's `context` and `draft-key`: a change to either starts the form again, keeping the answers. */
  readonly inputs: () => {
    readonly context: Readonly<Record<string, unknown>> | undefined;
    readonly draftKey: string | undefined;
  };
  /** The form's language. */
  readonly language: LocaleController;
  /** A new form has started: everything shown about the last one starts over. */
  readonly started: () => void;
  /** An answer of the form changed. */
  readonly changed: () => void;
}

/**
 * The core `Form` the element shows, from start to stop: started from the loader's compiled schema
 * with the draft's answers or the host's `value` (a draft the form cannot take is deleted as corrupt),
 * started again keeping every answer and typed secret when `context` or `draft-key` changes, switched
 * to a new language in place, and stopped when a new schema loads.
 */
export class FormSessionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FormSessionOptions;
  #compiled: CompiledSchema | undefined;
  /** The real validator's compiled schema, once it has arrived for a form started on a provisional one. */
  #arrived: CompiledSchema | undefined;
  /** Who waits for the real validator (`errorsReady`). */
  #waiting: (() => void)[] = [];
  /**
   * The form's validator cannot be had (`validatorFailed`): `true` when Ajv refused the schema, else
   * what fetches its code again. The form stays; nothing is validated nor sent.
   */
  #validatorFailure: true | (() => Promise<void>) | undefined;
  /** The words of errors could not be fetched: asked for again when errors are needed. */
  #wordingFailed = false;
  #form: Form | undefined;
  /** Whether an answer changed since the form started (what a failure must not discard). */
  #edited = false;
  #unsubscribe: (() => void) | undefined;
  /** The `context` and `draft-key` the form started with. */
  #startedWith: ReturnType<FormSessionOptions['inputs']> | undefined;
  /** The host's `value`: the answers a form starts from when no draft replaces them. */
  hostValue: unknown;
  /**
   * While the form's start waits for code (translated texts of `x-i18n`, engine features the schema
   * uses): `updateComplete` waits for it.
   */
  startLoad: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FormSessionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The form shown, once one has started. */
  get form(): Form | undefined {
    return this.#form;
  }

  /** The compiled schema of that form. */
  get compiled(): CompiledSchema | undefined {
    return this.#compiled;
  }

  hostUpdate(): void {
    const inputs = this.#options.inputs();
    const startedWith = this.#startedWith;
    if (
      this.#form &&
      startedWith &&
      (startedWith.context !== inputs.context || startedWith.draftKey !== inputs.draftKey)
    ) {
      this.restartKeepingAnswers();
    }
    const locale = this.#options.language.locale;
    if (this.#form && this.#form.locale !== locale) this.#form.setLocale(locale);
  }

  /** Makes a new form from `compiled`: the draft's answers when asked and present, else the host's `value`. */
  start(compiled: CompiledSchema, options: StartOptions): void {
    const { loader, drafts } = this.#options;
    // A restart after the real validator arrived (or one that waited for code meanwhile) takes it.
    if (this.#arrived?.schema === compiled.schema) compiled = this.#arrived;
    // Recorded before any wait, so an update meanwhile does not restart the form once more.
    this.#startedWith = this.#options.inputs();
    // The drafts code comes on first use (most forms keep no draft): start once it is here.
    const generation = loader.generation;
    const restart = () => {
      if (generation === loader.generation) this.start(compiled, options);
    };
    // A form with texts in other languages shows none until they are here: never a flash of another language.
    // The engine code for alternatives, reveals or tuples comes when the schema uses them (a chunk that
    // cannot be fetched makes `createForm` say so, shown as the form's failure).
    const features = engineFeaturesReady(compiled);
    const texts = features ? Promise.all([translationsReady(compiled), features]) : translationsReady(compiled);
    if (texts) this.startLoad = texts.then(restart);
    if (texts || drafts.startAfterCode(restart)) return loader.waiting();
    this.startLoad = undefined;
    this.#unsubscribe?.();
    this.#compiled = compiled;
    const draft = drafts.open(options.restoreDraft);
    const value = draft ? draft.value : 'value' in options ? options.value : this.hostValue;
    const form = this.#create(compiled, value, draft ? draft.unrecognised : options.unrecognised, draft !== undefined);
    if (!form) return;
    for (const [pointer, secret] of options.keep ?? []) form.setValue(pointer, secret);
    this.#form = form;
    loader.ready();
    this.#options.started();
    this.#edited = false;
    this.#unsubscribe = form.subscribe(() => {
      this.#edited = true;
      drafts.schedule(() => answersWithoutSecrets(form.root), form.unrecognised);
      this.#options.changed();
    });
    // The words of errors come in idle time after the first render (no error shows before a field is left).
    if (!errorWordingLoaded()) whenIdle(() => void this.#errorWordingReady());
  }

  /**
   * The real validator of the schema the form started on provisionally (Ajv has compiled it): the form
   * takes it in place, keeping every answer, and whoever waited for it goes on.
   */
  useValidator(compiled: CompiledSchema): void {
    if (this.#compiled && this.#compiled.schema !== compiled.schema) return;
    this.#validatorFailure = undefined;
    this.#arrived = compiled;
    if (this.#compiled) this.#compiled = compiled;
    this.#form?.useValidator(compiled);
    this.#release();
  }

  /**
   * Resolves once the form can tell its errors: at once, or when the real validator and the words of
   * errors have arrived, or when they could not be had (`refusal` then says why): what could not be
   * fetched is fetched again first.
   */
  errorsReady(): Promise<void> {
    const words = this.#errorWordingReady(true);
    const failure = this.#validatorFailure;
    if (!this.#compiled?.validator.provisional || failure === true) return words ?? Promise.resolve();
    const validator = failure ? failure() : new Promise<void>((resolve) => this.#waiting.push(resolve));
    return words ? Promise.all([validator, words]).then(() => undefined) : validator;
  }

  /** While the validator or the words of errors are on their way: what resolves when they are here. */
  get errorsLoad(): Promise<void> | undefined {
    return this.errorsPending && !this.#validatorFailure && !this.#wordingFailed ? this.errorsReady() : undefined;
  }

  /**
   * Whether errors wait: for the real validator (the form started before Ajv compiled) or for the words
   * of errors (a chunk fetched after the first render), or cannot be told (see `refusal`).
   */
  get errorsPending(): boolean {
    if (!this.#compiled) return false;
    return this.#compiled.validator.provisional === true || !errorWordingLoaded();
  }

  /**
   * Why the form can neither tell its errors nor be sent, its answers kept: Ajv refused its schema
   * ("unavailable"), or the validator or the words of errors could not be fetched (a network failure:
   * the next submit fetches them again).
   */
  get refusal(): string | undefined {
    const strings = this.#options.language.strings;
    if (this.#validatorFailure === true) return strings.unavailable;
    return this.#validatorFailure || this.#wordingFailed ? strings.sendNetwork : undefined;
  }

  /** The form's validator cannot be had (see `SchemaLoaderOptions.validatorFailed`): whoever waits goes on. */
  validatorFailed(retry?: () => Promise<void>): void {
    this.#validatorFailure = retry ?? true;
    this.#release();
  }

  /**
   * Fetches the words of errors if they are not here (`retry`: again after a failure): on arrival the
   * element renders again (the errors of fields already left show); a chunk that cannot be fetched
   * leaves the form as it is, says so (`sf-error`), and makes sending refused (`refusal`).
   */
  #errorWordingReady(retry = false): Promise<void> | undefined {
    if (errorWordingLoaded() || (this.#wordingFailed && !retry)) return undefined;
    return (errorWordingReady(retry) ?? Promise.resolve()).then(() => {
      this.#wordingFailed = !errorWordingLoaded();
      if (!this.#wordingFailed) this.#host.requestUpdate();
      else if (this.#form)
        fireError(this.#host, {
          kind: 'network',
          message: 'The error messages could not be fetched',
        });
    });
  }

  #release(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }

  /**
   * What the field at `pointer` says about the wrong-typed initial answer set aside there (C3): what was
   * given, as JSON (the first 60 characters), until the person answers it.
   */
  unrecognisedNotice(pointer: string): string | undefined {
    const form = this.#form;
    if (!form?.unrecognised.has(pointer)) return undefined;
    const given = JSON.stringify(form.unrecognised.get(pointer)) ?? '';
    return this.#options.language.strings.unrecognisedAnswer(given.length > 60 ? `${given.slice(0, 59)}…` : given);
  }

  /** Starts the same schema again from the host's `value` (a new `value`, or a reset). */
  startOver(): void {
    if (this.#compiled) this.start(this.#compiled, { restoreDraft: false });
  }

  /**
   * A new form with `value` and the wrong-typed answers set aside with it (by default this form's: a
   * new `context` or draft key) and this form's secrets typed in again.
   */
  restartKeepingAnswers(value?: unknown, unrecognised?: ReadonlyMap<string, unknown>): void {
    const form = this.#form;
    if (!form || !this.#compiled) return;
    const keep = new Map<string, unknown>();
    for (const pointer of secretPointers(form.root)) keep.set(pointer, form.getValue(pointer));
    const carried = value === undefined ? form.unrecognised : unrecognised;
    this.start(this.#compiled, { restoreDraft: false, value: value ?? form.value, unrecognised: carried, keep });
  }

  /** Whether an answer of the form shown changed since it started: typed here, held nowhere else. */
  get edited(): boolean {
    return this.#form !== undefined && this.#edited;
  }

  /** Drops the current form: a new schema is loading, or it failed. */
  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#form = undefined;
    this.#compiled = undefined;
    this.#arrived = this.#validatorFailure = undefined;
    this.#release();
    this.#options.drafts.clearNotices();
  }

  /**
   * The form for `value`; a restored draft the form cannot take is as good as corrupt: it is deleted
   * and the host's answers are used instead. Nothing usable: the fallback, and `undefined`.
   */
  #create(
    compiled: CompiledSchema,
    value: unknown,
    unrecognised: ReadonlyMap<string, unknown> | undefined,
    fromDraft: boolean,
  ): Form | undefined {
    const { loader, drafts } = this.#options;
    const options = { context: this.#startedWith?.context, locale: this.#options.language.locale };
    try {
      const form = createForm(compiled, { ...options, value, unrecognised });
      if (fromDraft) drafts.noteRestored(form);
      return form;
    } catch (error) {
      if (!fromDraft) {
        loader.fail('value', error);
        return undefined;
      }
    }
    drafts.discardRestored();
    try {
      return createForm(compiled, { ...options, value: this.hostValue });
    } catch (error) {
      loader.fail('value', error);
      return undefined;
    }
  }
}
