/**
 * Runs `schemaforms check` on the playground's text. One check builds a fresh Ajv instance and its
 * meta-schema (a few hundred milliseconds), so it runs in a worker that imports this very module by
 * its URL: the built demo then holds Ajv once, in the shared chunk the runtime compiler also uses,
 * and the worker script itself is a one-line loader. Loaded on the main thread too, as the fallback.
 */
import {
  checkSchemaText,
  type CheckLocale,
  type CheckSchemaTextOptions,
  type Diagnostic,
} from '@schemaforms/tooling/check';

/** A request to check `text`; `id` pairs the answer with it. */
export interface CheckRequest {
  readonly id: number;
  readonly text: string;
  /** `schemas/`-relative path, to also check the form-file conventions. */
  readonly path?: string;
  /** The page's language: the messages are the CLI's in it (`--locale`). */
  readonly locale: CheckLocale;
  /** The forms folder's shared files (each with its `$id`), which the text's `$ref`s may name. */
  readonly documents?: readonly Readonly<Record<string, unknown>>[];
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

type FolderDocuments = NonNullable<CheckSchemaTextOptions['documents']>;

/**
 * The shared files as the check's folder documents (`schemaforms check` reads the folder's files the
 * same way): by the URL their `$id` names, without its fragment; a problem in one is shown under that `$id`.
 */
function folderDocumentsOf(schemas: readonly Readonly<Record<string, unknown>>[]): FolderDocuments {
  const documents = new Map<string, { schema: Readonly<Record<string, unknown>>; displayFile: string }>();
  for (const schema of schemas) {
    if (typeof schema.$id !== 'string') continue;
    let url: URL;
    try {
      url = new URL(schema.$id);
    } catch {
      continue; // Not an absolute URI: no form can name it (the check of that file says so).
    }
    url.hash = '';
    if (!documents.has(url.href)) documents.set(url.href, { schema, displayFile: schema.$id });
  }
  return documents;
}

/** Checks one text; never throws. */
export function runCheck(request: CheckRequest): CheckResponse {
  try {
    const file = request.path ? `schemas/${request.path}` : 'playground.schema.json';
    const { locale } = request;
    const documents = request.documents?.length ? { documents: folderDocumentsOf(request.documents) } : {};
    const diagnostics = checkSchemaText(
      request.text,
      request.path ? { file, relativePath: request.path, locale, ...documents } : { file, locale, ...documents },
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
