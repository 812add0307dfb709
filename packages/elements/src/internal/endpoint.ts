/**
 * Checks a submission URL before any request: `https:` anywhere, `http:` only to the page's own origin
 * (local development), nothing else (`javascript:`, `data:`, empty…). Returns the resolved URL or
 * `undefined` when it must be refused.
 */
export function checkEndpoint(action: string, base: string = document.baseURI): URL | undefined {
  if (!action.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(action, base);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && url.origin === new URL(base).origin) return url;
  return undefined;
}
