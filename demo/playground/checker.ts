/**
 * The page side of the check: one worker (falling back to the main thread when workers cannot load
 * modules), at most one check in flight, and only the latest text checked after it.
 */
import type { CheckLocale, Diagnostic } from '@schemaforms/tooling/check';
import type { CheckRequest, CheckResponse } from './check-runner.js';

/** What a finished check reports. */
export interface CheckOutcome {
  readonly text: string;
  readonly path?: string;
  /** The language the messages are in. */
  readonly locale: CheckLocale;
  readonly diagnostics: readonly Diagnostic[];
  readonly failure?: string;
  /** Where the check ran: in a worker, or on the main thread when no worker could start. */
  readonly mode: 'worker' | 'main-thread';
  /** How long it took, in milliseconds. */
  readonly ms: number;
}

type Runner = ((request: CheckRequest) => Promise<CheckResponse>) & { readonly mode: 'worker' | 'main-thread' };

/** How long a worker may take to start before the main thread does the checks. */
const WORKER_START_MS = 15_000;

async function workerRunner(): Promise<Runner> {
  const { runnerUrl, runCheck } = await import('./check-runner.js');
  const fallback: Runner = Object.assign(async (request: CheckRequest) => runCheck(request), {
    mode: 'main-thread' as const,
  });
  let worker: Worker;
  try {
    // The worker only imports the runner module by URL; the module answers messages itself. In a
    // production build the runner's chunk may share a chunk with page code (the elements), which
    // cannot run in a worker: the import then fails, is reported, and the page checks on its own.
    const loader = `import(${JSON.stringify(new URL(runnerUrl, location.href).href)}).catch((e) => postMessage({ id: -1, failure: String(e) }));`;
    const blobUrl = URL.createObjectURL(new Blob([loader], { type: 'text/javascript' }));
    worker = new Worker(blobUrl, { type: 'module', name: 'schemaforms-check' });
    URL.revokeObjectURL(blobUrl);
  } catch {
    return fallback;
  }
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), WORKER_START_MS);
    worker.onmessage = (event: MessageEvent<CheckResponse>) => {
      if (event.data.id === 0 || event.data.id === -1) {
        clearTimeout(timer);
        resolve(event.data.id === 0);
      }
    };
    worker.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
  });
  if (!ready) {
    worker.terminate();
    return fallback;
  }
  const pending = new Map<number, (response: CheckResponse) => void>();
  worker.onmessage = (event: MessageEvent<CheckResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const [id, resolve] of pending) resolve({ id, failure: event.message || 'the check worker crashed' });
    pending.clear();
  };
  const run = (request: CheckRequest) =>
    new Promise<CheckResponse>((resolve) => {
      pending.set(request.id, resolve);
      worker.postMessage(request);
    });
  return Object.assign(run, { mode: 'worker' as const });
}

/** Checks texts one at a time, skipping texts that were replaced while a check ran. */
export class Checker {
  #runner: Promise<Runner> | undefined;
  #busy = false;
  #next: { text: string; path?: string; locale: CheckLocale } | undefined;
  #id = 0;
  readonly #onResult: (outcome: CheckOutcome) => void;
  /** The language the messages are in: the page's, once `useLocale` says where to read it. */
  #locale: () => CheckLocale = () => 'pt-BR';
  /** The forms folder's shared files, sent with every check (`useDocuments`). */
  #documents: readonly Readonly<Record<string, unknown>>[] = [];

  constructor(onResult: (outcome: CheckOutcome) => void) {
    this.#onResult = onResult;
  }

  /** Words every later check in `locale()`, the page's language (as the CLI's `--locale`). */
  useLocale(locale: () => CheckLocale): void {
    this.#locale = locale;
  }

  /**
   * Checks every later text with the forms folder's shared files (each with its `$id`): a `$ref` to one
   * is checked in it, as `schemaforms check` does, instead of being reported as a remote ref.
   */
  useDocuments(documents: readonly Readonly<Record<string, unknown>>[]): void {
    this.#documents = documents;
  }

  /** Asks for a check of `text`; the result arrives through `onResult` unless a newer text came. */
  request(text: string, path?: string): void {
    const locale = this.#locale();
    this.#next = path ? { text, path, locale } : { text, locale };
    void this.#pump();
  }

  async #pump(): Promise<void> {
    if (this.#busy || !this.#next) return;
    this.#busy = true;
    const job = this.#next;
    this.#next = undefined;
    try {
      this.#runner ??= workerRunner();
      const run = await this.#runner;
      const started = performance.now();
      const documents = this.#documents.length > 0 ? { documents: this.#documents } : {};
      const response = await run({ id: ++this.#id, ...job, ...documents });
      // The page changed language meanwhile: the same text again, in the new one.
      if (!this.#next && job.locale !== this.#locale()) this.#next = { ...job, locale: this.#locale() };
      if (!this.#next) {
        this.#onResult({
          ...job,
          mode: run.mode,
          ms: Math.round(performance.now() - started),
          diagnostics: response.diagnostics ?? [],
          ...(response.failure ? { failure: response.failure } : {}),
        });
      }
    } catch (error) {
      if (!this.#next) this.#onResult({ ...job, mode: 'main-thread', ms: 0, diagnostics: [], failure: String(error) });
    } finally {
      this.#busy = false;
      void this.#pump();
    }
  }
}
