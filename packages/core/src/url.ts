/**
 * WHATWG `URL` parsing for a DOM-free package: the core's tsconfig has no DOM lib, but every
 * runtime it supports (browsers, Node ≥ 20) has a global `URL`.
 */

/** The parts of a parsed URL the core reads. */
export interface ParsedUrl {
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly origin: string;
  readonly hash: string;
}

type UrlConstructor = new (input: string, base?: string) => ParsedUrl;

/** Parses `input` against `base`; `undefined` when it is not a valid URL. */
export function parseUrl(input: string, base?: string): ParsedUrl | undefined {
  try {
    return new (globalThis as unknown as { URL: UrlConstructor }).URL(input, base);
  } catch {
    return undefined;
  }
}
