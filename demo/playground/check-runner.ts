/**
 * Runs `schemaforms check` on the playground's text. One check builds a fresh Ajv instance and its
 * meta-schema (a few hundred milliseconds), so it runs in a worker that imports this very module by
 * its URL: the built demo then holds Ajv once, in the shared chunk the runtime compiler also uses,
 * and the worker script itself is a one-line loader. Loaded on the main thread too, as the fallback.
 */
import { checkSchemaText, type CheckLocale, type Diagnostic } from '@schemaforms/tooling/check';

/** A request to check `text`; `id` pairs the answer with it. */
export interface CheckRequest {
  readonly id: number;
  readonly text: string;
  /** `schemas/`-relative path, to also check the form-file conventions. */
  readonly path?: string;
  /** The page's language: the messages are the CLI's in it (`--locale`). */
  readonly locale: CheckLocale;
}

/** The answer to a `CheckRequest`. */
export interface CheckResponse {
  readonly id: number;
  readonly diagnostics?: readonly Diagnostic[];
  /** The check itself failed (a bug): its message. */
  readonly failure?: string;
}

/** The URL of this module, for the worker to import. */
export const runnerUrl: string = import.meta.url;

/** Checks one text; never throws. */
export function runCheck(request: CheckRequest): CheckResponse {
  try {
    const file = request.path ? `schemas/${request.path}` : 'playground.schema.json';
    const { locale } = request;
    const diagnostics = checkSchemaText(
      request.text,
      request.path ? { file, relativePath: request.path, locale } : { file, locale },
    );
    return { id: request.id, diagnostics };
  } catch (error) {
    return { id: request.id, failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

// Inside a worker, answer requests. (`WorkerGlobalScope` exists only there.)
const scope = globalThis as unknown as {
  WorkerGlobalScope?: unknown;
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
};
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  scope.onmessage = (event) => scope.postMessage(runCheck(event.data));
  scope.postMessage({ id: 0 });
}
