/**
 * Warnings for the developer of a page, in development builds only: a failure the element survives
 * on its own (a host widget that throws, help that cannot be parsed) would otherwise pass unnoticed.
 * Each message is printed once per page, as Lit's `issueWarning` does, so a form of a thousand fields
 * does not print it a thousand times.
 */

/** The messages printed so far, by code. */
const issued = new Set<string>();

/**
 * Whether this is a development build. Vite replaces `import.meta.env.DEV` statically (`false` in a
 * production build, whose minifier then drops every warning with its message); where nothing defines
 * it (a plain ES module served as is), there are no warnings.
 */
export const DEVELOPMENT = (import.meta as ImportMeta & { env?: { DEV?: boolean } }).env?.DEV === true;

/**
 * Prints `message` with `console.warn` once per page, in development builds only. `code` names the
 * kind of failure (`widget-render-failed`); the message says where. Never put an answer in it.
 */
export function warnOnce(code: string, message: string): void {
  if (!DEVELOPMENT) return;
  const text = `[schemaforms] ${code}: ${message}`;
  if (issued.has(text)) return;
  issued.add(text);
  console.warn(text);
}
