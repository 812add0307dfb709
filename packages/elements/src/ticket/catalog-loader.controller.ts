import { isPrecompiledForm, type Catalog, type CatalogSubject } from '@schemaforms/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The chunk for catalogs of plain schemas (`json-catalog.ts`): a page handing over a precompiled catalog
 * never needs it. One loader for both uses, so the bundle has one import of it.
 */
const loadPlainCatalogs = () => import('./json-catalog.js');

/** Where the catalog stands: not asked for yet, being fetched, known, or unavailable. */
export type CatalogStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The subjects of `<sf-ticket>`'s catalog: taken from a catalog module as is, or fetched from a JSON
 * `catalog-src` (the reader is a lazy chunk). A newer catalog, or leaving the page, abandons a fetch.
 */
export class CatalogLoaderController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onSubjects: (subjects: readonly CatalogSubject[]) => void;
  readonly #onFailure: (error: unknown) => void;
  #fetchController?: AbortController;
  #status: CatalogStatus = 'idle';
  #subjects: readonly CatalogSubject[] = [];

  /**
   * @param onSubjects - called once the subjects are known (after `subjects` has them).
   * @param onFailure - called when `catalog-src` cannot be read.
   */
  constructor(
    host: ReactiveControllerHost,
    onSubjects: (subjects: readonly CatalogSubject[]) => void,
    onFailure: (error: unknown) => void,
  ) {
    this.#host = host;
    this.#onSubjects = onSubjects;
    this.#onFailure = onFailure;
    host.addController(this);
  }

  /** Where the catalog stands. */
  get status(): CatalogStatus {
    return this.#status;
  }

  /** The catalog's subjects (none before it is known). */
  get subjects(): readonly CatalogSubject[] {
    return this.#subjects;
  }

  hostDisconnected(): void {
    this.#fetchController?.abort();
  }

  /**
   * Uses a catalog handed over as a property; a fetch still running is abandoned. A subject's plain
   * schema whose `$ref`s name another document loads with the catalog's schemas embedded, as a JSON
   * catalog's does (by the JSON catalog's chunk, fetched only for a plain schema).
   */
  use(catalog: Catalog): void {
    this.#fetchController?.abort();
    this.#setSubjects(
      catalog.subjects.map((subject) => ({
        ...subject,
        load: () =>
          subject
            .load()
            .then((loaded) =>
              isPrecompiledForm(loaded)
                ? loaded
                : loadPlainCatalogs().then(({ withCatalogRefs }) => withCatalogRefs(loaded, catalog)),
            ),
      })),
    );
  }

  /** Fetches a JSON catalog from `src`. */
  async load(src: string): Promise<void> {
    this.#fetchController?.abort();
    const controller = new AbortController();
    this.#fetchController = controller;
    this.#status = 'loading';
    this.#host.requestUpdate();
    try {
      const { fetchCatalog } = await loadPlainCatalogs();
      const catalog = await fetchCatalog(src, controller.signal);
      if (controller.signal.aborted) return;
      this.#setSubjects(catalog.subjects);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#status = 'failed';
      this.#host.requestUpdate();
      this.#onFailure(error);
    }
  }

  #setSubjects(subjects: readonly CatalogSubject[]): void {
    this.#subjects = subjects;
    this.#status = 'ready';
    this.#host.requestUpdate();
    this.#onSubjects(subjects);
  }
}
