import type { JsonSchemaObject } from '@schemaforms/core';

/** The URL parameter naming the subject to open: `?assunto=token/revogacao-de-token`. */
export const SUBJECT_PARAM = 'assunto';

/** A link into a ticket: the subject id and the other query parameters as candidate answers. */
export interface TicketLink {
  readonly subject: string;
  readonly params: ReadonlyMap<string, string>;
}

/** Reads `?assunto=<id>&<prop>=<value>…`; `undefined` when the URL names no subject. */
export function parseTicketLink(url: URL): TicketLink | undefined {
  const subject = url.searchParams.get(SUBJECT_PARAM);
  if (!subject) return undefined;
  const params = new Map<string, string>();
  for (const [key, value] of url.searchParams) if (key !== SUBJECT_PARAM && !params.has(key)) params.set(key, value);
  return { subject, params };
}

/**
 * The answers a link may prefill in `schema`: top-level properties whose type is `string` and that are
 * not `writeOnly` (a secret never comes from a URL). Other parameters are ignored; the form validates
 * what is kept like anything typed.
 */
export function prefillFor(schema: JsonSchemaObject, params: ReadonlyMap<string, string>): Record<string, string> {
  const properties = schema.properties;
  if (properties === null || typeof properties !== 'object') return {};
  const entries: [string, string][] = [];
  for (const [key, value] of params) {
    if (!Object.hasOwn(properties, key)) continue;
    const property = (properties as Record<string, unknown>)[key];
    if (property === null || typeof property !== 'object') continue;
    const { type, writeOnly } = property as { type?: unknown; writeOnly?: unknown };
    if (type !== 'string' || writeOnly === true) continue;
    entries.push([key, value]);
  }
  // `fromEntries` defines own data properties: a `__proto__` parameter cannot reach the prototype.
  return Object.fromEntries(entries);
}

/** The URL without `assunto` and the given prefill parameters, for leaving a ticket; others stay. */
export function withoutTicketParams(url: URL, prefilled: Iterable<string> = []): URL {
  const next = new URL(url.href);
  next.searchParams.delete(SUBJECT_PARAM);
  for (const key of prefilled) next.searchParams.delete(key);
  return next;
}
