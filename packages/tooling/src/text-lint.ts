import { safeHref } from '@schemaforms/core';
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { linkReasonText, type LinkReason } from './check-messages-text.js';

/**
 * Lints the human text of a form: invisible bidirectional controls (Trojan Source), oversized texts,
 * unsafe links and raw HTML in help Markdown, and labels that only look different.
 */

/** A problem in one piece of text. */
export interface TextProblem {
  readonly code: 'bidi-control' | 'unsafe-link' | 'raw-html' | 'text-too-long';
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** The longest title, description or other string a form may hold (RELIABILITY B10). */
export const MAX_TEXT_LENGTH = 10_000;

// U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates): CVE-2021-42574.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;

/** Problems of any string in a form (values and property names alike). */
export function lintText(text: string, locale: CheckLocale = 'en'): TextProblem[] {
  const problems: TextProblem[] = [];
  const bidi = BIDI.exec(text);
  if (bidi) {
    const code = bidi[0].codePointAt(0)!.toString(16).toUpperCase();
    problems.push({
      code: 'bidi-control',
      severity: 'error',
      message: checkMessage('bidi-control', { code, index: bidi.index + 1 }, locale),
    });
  }
  if (text.length > MAX_TEXT_LENGTH) {
    problems.push({
      code: 'text-too-long',
      severity: 'error',
      message: checkMessage('text-too-long', { length: text.length, max: MAX_TEXT_LENGTH }, locale),
    });
  }
  return problems;
}

/** URL schemes a help link may use; anything else is dropped at runtime (RELIABILITY B3/B4). */
export const ALLOWED_LINK_SCHEMES: readonly string[] = ['https:', 'mailto:'];

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
};

/** Decodes HTML character references the way Markdown does inside link destinations. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Why a link destination would be dropped, or `undefined` when it is allowed (https:, mailto:, or a
 * relative URL). Scheme tricks are normalised first: entities decoded, backslash escapes removed,
 * control characters and whitespace stripped the way the URL parser and browsers do.
 */
export function unsafeLinkReason(href: string): string | undefined {
  const reason = unsafeLink(href);
  return reason === undefined ? undefined : linkReasonText(reason, 'en');
}

/** Why a link destination would be dropped, as data (see `unsafeLinkReason`). */
function unsafeLink(href: string): LinkReason | undefined {
  const cleaned = decodeEntities(href.replace(/\\(.)/g, '$1'))
    .replace(/%([0-9a-f]{2})/gi, (whole, hex: string) => {
      const c = parseInt(hex, 16);
      // Only control characters are decoded: a percent-encoded scheme character stays opaque.
      return c < 0x21 || c === 0x7f ? String.fromCharCode(c) : whole;
    })
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0020\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (scheme) {
    const name = `${scheme[1]!.toLowerCase()}:`;
    if (!ALLOWED_LINK_SCHEMES.includes(name)) return { kind: 'scheme', scheme: name };
  }
  if (/^[\\/]{2}/.test(cleaned)) return { kind: 'protocol-relative' };
  // The runtime's own allowlist (core's parseHelp) has the last word: what it drops, CI reports.
  if (safeHref(href) === undefined) return { kind: 'dropped' };
  return undefined;
}

/** Problems of a help text (`description`): links with disallowed schemes and raw HTML. */
export function lintHelp(text: string, locale: CheckLocale = 'en'): TextProblem[] {
  const problems: TextProblem[] = [];
  // Inline links [text](destination "title") and autolinks <scheme:...>, as CommonMark writes them.
  // Tabs and line breaks are kept inside the destination: URL parsers strip them (java<TAB>script:).
  const inline = /\]\(\s*(<[^>]*>|(?:\\.|[^ ()\\]|\((?:\\.|[^ ()\\])*\))*)/g;
  for (const match of text.matchAll(inline)) {
    const raw = match[1] ?? '';
    const href = raw.startsWith('<') ? raw.slice(1, -1) : raw;
    const reason = unsafeLink(href);
    if (reason)
      problems.push({
        code: 'unsafe-link',
        severity: 'error',
        message: checkMessage('unsafe-link', { href, autolink: false, reason }, locale),
      });
  }
  for (const match of text.matchAll(/<([a-z][a-z0-9+.-]*:[^<>\s]*)>/gi)) {
    const href = match[1] ?? '';
    const reason = unsafeLink(href);
    if (reason)
      problems.push({
        code: 'unsafe-link',
        severity: 'error',
        message: checkMessage('unsafe-link', { href, autolink: true, reason }, locale),
      });
  }
  const html = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--/i.exec(text.replace(/<[a-z][a-z0-9+.-]*:[^<>\s]*>/gi, ''));
  if (html) {
    problems.push({
      code: 'raw-html',
      severity: 'warning',
      message: checkMessage('raw-html', { html: html[0].slice(0, 40) }, locale),
    });
  }
  return problems;
}

/**
 * How a label compares for "looks the same": NFKC, format characters (zero-width joiners, bidi marks)
 * removed, whitespace collapsed, case folded.
 */
export function labelKey(label: string): string {
  return label
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('pt-BR');
}
