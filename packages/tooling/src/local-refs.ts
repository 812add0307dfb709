/**
 * A bundle whose `$ref`s are all pointers into itself, for the generated types: json-schema-to-ts
 * resolves `#/…` against the root and reads no `$id`, so a ref to an embedded file
 * (`../_shared/address.schema.json#/$defs/cep`) becomes `#/$defs/sf-remote-0/$defs/cep`, and the refs
 * inside an embedded file are made relative to the root the same way. The embedded files' `$id`s go
 * (they would make `#/…` refs under them mean the embedded file again), so the result still validates
 * the same with any validator.
 */
import { documentUrl } from './folder-documents.js';
import { isObject } from './schema-walk.js';

/** `bundle` with every `$ref` to itself or to a file embedded under its `$defs` written as a root pointer. */
export function withLocalRefs(bundle: Record<string, unknown>): Record<string, unknown> {
  const prefixes = new Map<string, string>();
  const rootUrl = documentUrl(bundle.$id);
  if (rootUrl) prefixes.set(rootUrl, '');
  const defs = isObject(bundle.$defs) ? bundle.$defs : {};
  for (const [key, entry] of Object.entries(defs)) {
    const url = isObject(entry) ? documentUrl(entry.$id) : undefined;
    if (url && !prefixes.has(url)) prefixes.set(url, `/$defs/${escapeToken(key)}`);
  }
  const rewrite = (value: unknown, base: string | undefined, embeddedRoot: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => rewrite(item, base, false));
    if (!isObject(value)) return value;
    const here = embeddedRoot ? (documentUrl(value.$id) ?? base) : base;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === '$id' && embeddedRoot) continue;
      if (key === '$ref' && typeof child === 'string') copy[key] = localRef(child, here, prefixes);
      // `enum`, `const`, `default` and `examples` are data, not schemas: copied as they are.
      else if (['enum', 'const', 'default', 'examples'].includes(key)) copy[key] = child;
      else copy[key] = rewrite(child, here, value === defs && prefixes.size > 0 && isEmbedded(child, prefixes));
    }
    return copy;
  };
  return rewrite(bundle, rootUrl, false) as Record<string, unknown>;
}

function isEmbedded(entry: unknown, prefixes: ReadonlyMap<string, string>): boolean {
  const url = isObject(entry) ? documentUrl(entry.$id) : undefined;
  return url !== undefined && (prefixes.get(url) ?? '') !== '';
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `ref` as a root pointer when it names a known document by a pointer, else unchanged. */
function localRef(ref: string, base: string | undefined, prefixes: ReadonlyMap<string, string>): string {
  let url: URL;
  try {
    url = base === undefined ? new URL(ref) : new URL(ref, base);
  } catch {
    return ref;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  url.hash = '';
  const prefix = prefixes.get(url.href);
  if (prefix === undefined || !(fragment === '' || fragment.startsWith('/'))) return ref;
  return `#${prefix}${fragment}`;
}
