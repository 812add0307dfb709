/**
 * The error wording — the sentences of `messages.ts` and the placement of Ajv's errors on their fields
 * (`localize-errors.ts`) — is a chunk a browser fetches after the first render: errors show only once a
 * field is left or the form is sent, so the first field does not wait for their words (issue #18).
 * `errorWordingReady` fetches it; reading errors before it is here throws saying what to await, so an
 * error is never lost nor shown raw. Node registers it at once (`node.ts`), keeping the server synchronous.
 */
import type { formatMessage } from '../messages.js';
import type { illFormedErrors, localizeErrors } from './localize-errors.js';

/** What the error wording chunk brings. */
export interface ErrorWording {
  readonly localizeErrors: typeof localizeErrors;
  readonly illFormedErrors: typeof illFormedErrors;
  readonly formatMessage: typeof formatMessage;
}

let registered: ErrorWording | undefined;
/** The chunk on its way, so the forms of one page fetch it once. */
let loading: Promise<void> | undefined;
/** The chunk could not be fetched: not waited for again (as engine features), reading errors says why. */
let unavailable = false;

/** Makes the error wording available (the chunk's own module calls it when it runs). */
export function registerErrorWording(wording: ErrorWording): void {
  registered = wording;
}

/** Whether errors can be worded now. */
export function errorWordingLoaded(): boolean {
  return registered !== undefined;
}

/**
 * Fetches the error wording when it is not here yet; `undefined` when there is nothing to wait for.
 * Hosts await it before reading a form's errors (`<sf-form>` does). Never rejects: when the chunk cannot
 * be fetched, `errorWordingLoaded()` stays false and reading errors throws saying so; it is not fetched
 * again unless `retry` asks (`<sf-form>` does when the person sends the form).
 */
export function errorWordingReady(retry = false): Promise<void> | undefined {
  if (registered || (unavailable && !retry)) return undefined;
  if (unavailable) loading = undefined;
  unavailable = false;
  return (loading ??= import('./error-wording.js').then(
    () => undefined,
    () => void (unavailable = true),
  ));
}

/** The error wording; throws, saying what to await (or that it could not be fetched), before it is here. */
export function errorWording(): ErrorWording {
  if (registered) return registered;
  throw new Error(
    unavailable
      ? 'The error messages could not be fetched: errors cannot be shown'
      : 'The error messages are not loaded: await errorWordingReady() before reading errors',
  );
}
