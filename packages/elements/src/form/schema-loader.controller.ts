import {
  fromPrecompiled,
  isPrecompiledForm,
  schemaReadingReady,
  SchemaError,
  startSchema,
  type CompiledSchema,
  type JsonSchemaObject,
  type PrecompiledForm,
  type StartedSchema,
} from '@schemaforms/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ElementStrings } from '../i18n/strings.js';
import { warnOnce } from '../internal/dev-warning.js';
import { whenIdle } from '../internal/when-idle.js';
import { fireError, fireWarning, type SfErrorKind } from './events.js';

/** What the `schema` property accepts: a plain JSON Schema, a precompiled form module, or a compiled schema. */
export type SchemaInput = JsonSchemaObject | PrecompiledForm | CompiledSchema;

/** Where the element is: nothing to show, fetching or compiling, a form, or the fallback message. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

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
export function describeFailure(error: unknown): { message: string; code?: string; pointer?: string } {
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

/** What the loader asks of its element. */
export interface SchemaLoaderOptions {
  /** The element's `schema` and `schema-src`: a change to either loads again, before the next render. */
  readonly source: () => {
    readonly schema: SchemaInput | undefined;
    readonly schemaSrc: string | undefined;
    /** Schemas the host registers for `$ref`s to other documents (the `refs` property). */
    readonly refs?: readonly object[] | undefined;
  };
  /** Starts a form from a compiled schema (the loader has said `loading` or nothing before). */
  readonly start: (compiled: CompiledSchema) => void;
  /** Ajv has compiled the schema a form started on provisionally: the form takes the real validator. */
  readonly useValidator: (compiled: CompiledSchema) => void;
  /**
   * Ajv refused the schema of the form shown, or its code could not be fetched (then `retry` tries
   * again): the form and its answers stay, but nothing can be validated nor sent.
   */
  readonly validatorFailed: (retry?: () => Promise<void>) => void;
  /**
   * Whether the person changed an answer of the form shown: only then does a schema Ajv refuses keep
   * the form (otherwise the fallback shows, as for any schema that cannot be used: nothing is lost).
   */
  readonly answered: () => boolean;
  /** Drops the current form: a new schema is coming, or the last one failed. */
  readonly stop: () => void;
}

/**
 * Turns `schema` or `schema-src` into a compiled schema: compiled and precompiled schemas start
 * synchronously (no loading flash); a plain schema (given, or fetched from a URL with a loading
 * message) starts as soon as it is read and checked, on a provisional validator, while Ajv loads
 * beside it; when Ajv has compiled it the form takes the real validator (`useValidator`), and when Ajv
 * refuses it after an answer was typed (or its code cannot be fetched) the form and its answers stay under a notice, unsendable
 * (`validatorFailed`). Only the latest load may start a form. A schema that cannot be used leaves the
 * fallback message and an `sf-error` naming where and what. Loads before the render that follows a
 * change of `schema` or `schema-src`, and draws the loading message and the fallback. What the lenient
 * runtime compiler survived is reported as `sf-warning` (and on the console in development builds).
 */
export class SchemaLoaderController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SchemaLoaderOptions;
  #status: LoadStatus = 'idle';
  /** For developers: why the schema (or the initial value) could not be used. */
  #failure: string | undefined;
  /** Why Ajv refused the schema of the form shown (the form stays, under a notice). */
  #refused: string | undefined;
  /** Bumped by every load: a slower earlier load finds it changed and starts nothing. */
  #generation = 0;
  /** Whether the load under way is a fetch (`schema-src`): only a fetch shows the loading message. */
  #fetching = false;
  /** What was loaded last (nothing yet: the first update loads). */
  #loaded: ReturnType<SchemaLoaderOptions['source']> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SchemaLoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Where the element is. */
  get status(): LoadStatus {
    return this.#status;
  }

  /** What shows while there is no form: the loading message, the fallback with its developer details, or nothing. */
  render(strings: ElementStrings): TemplateResult | typeof nothing {
    switch (this.#status) {
      case 'loading':
        // Reading a given schema takes a moment at most: no message flashes for it.
        if (!this.#fetching) return nothing;
        return html`<p class="loading" part="base loading" role="status">${strings.loading}</p>`;
      case 'failed':
        return html`<div class="fallback" part="base fallback">
          <p>${strings.unavailable}</p>
          <details>
            <summary>${strings.developerDetails}</summary>
            <pre>${this.#failure}</pre>
          </details>
        </div>`;
      case 'idle':
      case 'ready':
        return nothing;
    }
  }

  /** Above a form shown: the notice that Ajv refused its schema, with what and where for developers. */
  renderNotice(strings: ElementStrings): TemplateResult | typeof nothing {
    return this.#refused
      ? html`<div class="notice" part="notice" data-kind="error" role="alert">
          <p>${strings.unavailable}</p>
          <details>
            <summary>${strings.developerDetails}</summary>
            <pre>${this.#refused}</pre>
          </details>
        </div>`
      : nothing;
  }

  /** Identifies the latest load; compare it later to know whether a newer load has begun. */
  get generation(): number {
    return this.#generation;
  }

  hostUpdate(): void {
    const source = this.#options.source();
    const loaded = this.#loaded;
    if (
      loaded &&
      loaded.schema === source.schema &&
      loaded.schemaSrc === source.schemaSrc &&
      loaded.refs === source.refs
    )
      return;
    this.#loaded = source;
    this.#load(source.schema, source.schemaSrc, source.refs);
  }

  /** Loads `schema`, else `schemaSrc`; with neither, the element shows nothing. */
  #load(schema: SchemaInput | undefined, schemaSrc: string | undefined, refs?: readonly object[]): void {
    const generation = ++this.#generation;
    this.#options.stop();
    this.#failure = this.#refused = undefined;
    if (schema !== undefined && schema !== null && typeof schema === 'object') {
      if (isCompiledSchema(schema)) {
        formsComeCompiled = true;
        return this.#startOrFail(() => schema);
      }
      if (isPrecompiledForm(schema)) {
        formsComeCompiled = true;
        return this.#startOrFail(() => fromPrecompiled(schema));
      }
    }
    if ((schema === undefined || schema === null) && !schemaSrc) {
      this.#status = 'idle';
      return;
    }
    this.#status = 'loading';
    this.#fetching = schema === undefined || schema === null;
    const started = this.#fetching
      ? fetchSchema(schemaSrc!, this.#host)
      : refs?.length
        ? // With registered `refs`, through the lazy chunk that embeds the ones the schema's `$ref`s name.
          import('./remote-schema.js').then(async (chunk) =>
            startedWhole(await chunk.compileWithRegisteredRefs(schema, refs)),
          )
        : startSchema(schema);
    const failed = (error: unknown): void => {
      if (generation === this.#generation) this.fail('schema', error);
    };
    started.then(({ provisional, compiled }) => {
      if (generation !== this.#generation) return;
      this.#fetching = false;
      this.#startOrFail(() => provisional, false);
      const arrived = (result: CompiledSchema): void => {
        if (generation !== this.#generation) return;
        this.#options.useValidator(result);
        this.#warn(result);
      };
      // Once the fields show, a validator that cannot be had leaves the form and its answers in place.
      const failedAfterFields = (error: unknown): void => {
        if (generation !== this.#generation) return;
        if (this.#status !== 'ready' || (error instanceof SchemaError && !this.#options.answered()))
          return failed(error);
        const { message, code, pointer } = describeFailure(error);
        if (error instanceof SchemaError) {
          this.#refused = message;
          this.#options.validatorFailed();
        } else {
          // Ajv's code could not be fetched: sending fetches it again (the same prepared schema), once at a time.
          let retrying: Promise<void> | undefined;
          this.#options.validatorFailed(
            () =>
              (retrying ??= startSchema(provisional.schema)
                .then((again) => again.compiled)
                .then(arrived, failedAfterFields)
                .finally(() => (retrying = undefined))),
          );
        }
        this.#host.requestUpdate();
        fireError(this.#host, {
          kind: this.#refused ? 'schema' : 'network',
          message,
          ...(code ? { code } : {}),
          ...(pointer !== undefined ? { pointer } : {}),
        });
      };
      compiled.then(arrived, failedAfterFields);
    }, failed);
  }

  /** Something the form needs is still being fetched (the drafts code): the loading message shows. */
  waiting(): void {
    this.#status = 'loading';
    this.#host.requestUpdate();
  }

  /** A form has started. */
  ready(): void {
    this.#status = 'ready';
    this.#failure = undefined;
  }

  /** Shows the fallback message and fires `sf-error` with where and what (`schema` or `value`). */
  fail(kind: SfErrorKind, error: unknown): void {
    this.#options.stop();
    const { message, code, pointer } = describeFailure(error);
    this.#status = 'failed';
    this.#failure = message;
    this.#host.requestUpdate();
    fireError(this.#host, { kind, message, ...(code ? { code } : {}), ...(pointer !== undefined ? { pointer } : {}) });
  }

  #startOrFail(compile: () => CompiledSchema, warn = true): void {
    let compiled: CompiledSchema;
    try {
      compiled = compile();
    } catch (error) {
      this.fail('schema', error);
      return;
    }
    this.#options.start(compiled);
    if (warn) this.#warn(compiled);
  }

  /**
   * Reports each problem the runtime compiler survived (the check refuses them): once per page on the
   * console in development builds, and as an `sf-warning` event for every load.
   */
  #warn(compiled: CompiledSchema): void {
    for (const { code, pointer, message } of compiled.warnings ?? []) {
      warnOnce(code, `${pointer}: ${message}`);
      fireWarning(this.#host, { code, pointer, message });
    }
  }
}

/** Whether a form of this page started on a compiled or precompiled schema: its forms need no reading code. */
let formsComeCompiled = false;

/**
 * Once the page has loaded, in idle time, fetches the code that reads a plain schema (≈9 KB), unless
 * a form of the page came compiled or the page has an `<sf-ticket>` (its catalog's forms load what
 * they need when a subject is picked; the portal's come precompiled): the first plain schema a page
 * hands over later (a single-page app opening a form) then waits for no chunk before its fields show
 * (issue #18). Ajv is not fetched here.
 */
export function prefetchSchemaReading(): void {
  const prefetch = (): void =>
    whenIdle(() => {
      if (!formsComeCompiled && !document.querySelector('sf-ticket')) schemaReadingReady().catch(() => undefined);
    });
  if (document.readyState === 'complete') prefetch();
  else addEventListener('load', prefetch, { once: true });
}

/** A `$ref` to another document (not only a fragment of this one). */
const OTHER_DOCUMENT_REF = /"\$ref"\s*:\s*"(?!#)/;

/** A schema compiled whole before it starts: it starts with its real validator. */
function startedWhole(compiled: CompiledSchema): StartedSchema {
  return { provisional: compiled, compiled: Promise.resolve(compiled) };
}

async function fetchSchema(src: string, host: HTMLElement): Promise<StartedSchema> {
  // The code that reads the schema loads beside the file, not one round trip after it (a failure to
  // fetch it is reported by `startSchema`).
  schemaReadingReady().catch(() => undefined);
  const response = await fetch(new URL(src, document.baseURI));
  if (!response.ok) throw new Error(`GET ${src} answered HTTP ${response.status}`);
  const text = await response.text();
  // Most schemas name no other file: the code that fetches them is a chunk loaded only for those that do.
  if (OTHER_DOCUMENT_REF.test(text)) {
    // Those are compiled whole (their refs fetched first), then start with their real validator.
    return startedWhole(await (await import('./remote-schema.js')).compileWithRemoteRefs(text, src, host));
  }
  // As text: the reader caps its size and names the line and column of a JSON syntax error.
  return startSchema(text, { source: src });
}
