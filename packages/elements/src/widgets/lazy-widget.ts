import type { FieldModel } from '@schemaforms/core';
import { html } from 'lit';
import type { WidgetContext, WidgetDefinition } from './widget-types.js';

/** What a lazily loaded widget's module provides: how it draws a field. */
export type WidgetCode = Pick<WidgetDefinition, 'layout' | 'render' | 'onInput'>;

/** Where a lazy widget's code is: not asked for yet, on its way, arrived, or it could not be fetched. */
export type LazyWidgetStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/** What `LazyWidget` needs before its code is there: how the registry chooses it, and how to fetch it. */
export interface LazyWidgetOptions {
  readonly name: string;
  readonly rank: number;
  readonly tester: (field: FieldModel) => boolean;
  /** Fetches the code, usually `import('./x-widget.js')`, so that bundlers give it a chunk of its own. */
  readonly load: () => Promise<WidgetCode>;
}

/**
 * A widget most forms never need, whose code is fetched the first time a rendered field needs it. The
 * registry chooses it like any widget; `<sf-form>` calls `load()` when it renders such a field and
 * renders the field again once the load has settled. Until the code is there the field shows its
 * label and a loading notice; if the fetch fails, a sentence saying so in its place. The answer itself
 * lives in the form either way, so nothing is lost.
 */
export class LazyWidget implements WidgetDefinition {
  readonly name: string;
  readonly rank: number;
  readonly tester: (field: FieldModel) => boolean;
  readonly #fetch: () => Promise<WidgetCode>;
  #code: WidgetCode | undefined;
  #status: LazyWidgetStatus = 'idle';
  #loading: Promise<void> | undefined;

  constructor(options: LazyWidgetOptions) {
    this.name = options.name;
    this.rank = options.rank;
    this.tester = options.tester;
    this.#fetch = options.load;
  }

  get status(): LazyWidgetStatus {
    return this.#status;
  }

  /** The loaded widget's layout; the loading and failure notices draw the whole field. */
  get layout(): WidgetDefinition['layout'] {
    return this.#code ? this.#code.layout : 'field';
  }

  /** The loaded widget's `input` handler (delegated from the form), if it has one. */
  get onInput(): WidgetDefinition['onInput'] {
    return this.#code?.onInput;
  }

  /**
   * Fetches the code once; the promise settles when it has arrived or the fetch failed, and never
   * rejects. A failed fetch is not tried again: browsers today keep a failed module import for the page's life.
   */
  load(): Promise<void> {
    if (!this.#loading) {
      this.#status = 'loading';
      this.#loading = this.#fetch().then(
        (code) => {
          this.#code = code;
          this.#status = 'loaded';
        },
        () => {
          this.#status = 'failed';
        },
      );
    }
    return this.#loading;
  }

  render(field: FieldModel, context: WidgetContext): unknown {
    if (this.#code) return this.#code.render(field, context);
    const failed = this.#status === 'failed';
    // One status region for both notices, so the change from loading to failed is announced.
    return html`<p class="label" part="label"><span dir="auto">${field.label}</span></p>
      <p class=${failed ? 'error' : 'widget-loading'} part=${failed ? 'error-text' : 'loading'} role="status">
        ${failed ? context.strings.widgetUnavailable : context.strings.widgetLoading}
      </p>`;
  }
}
