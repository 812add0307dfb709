/**
 * `parseHelp`: help text (a safe Markdown subset) to an AST that renderers turn into text nodes.
 * Never produces HTML; link URLs pass a scheme allowlist (RELIABILITY.md B3/B4).
 */
import { MAX_HELP_LENGTH } from './help-limits.js';
import { parseUrl } from './url.js';
import type { HelpNode, JsonPointer } from './types.js';

export { MAX_HELP_LENGTH };
/** Emphasis nests at most this deep; deeper markers stay literal text. */
export const MAX_HELP_NESTING = 4;

/** Options of `parseHelp`. */
export interface ParseHelpOptions {
  /** The current answer at a pointer, for link templates `{/pointer}`. Return `undefined` for secrets. */
  readonly resolve?: (pointer: JsonPointer) => unknown;
}

const NAMED: Record<string, string> = {
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

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#\d{1,9}|[a-zA-Z]{2,8});?/g, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

// Control characters, whitespace and invisible format characters: browsers ignore some of them
// inside schemes (`java\tscript:`), so they are removed before the scheme is checked.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/**
 * The URL if it is safe to link to (https:, mailto: or relative to the page), else `undefined`.
 * Entities are decoded and invisible characters removed first, so `&#x6A;avascript:` and
 * `java\tscript:` are recognised and refused.
 */
export function safeHref(href: string): string | undefined {
  const h = decodeEntities(href).replace(INVISIBLE, '');
  if (h === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(h)) {
    const u = parseUrl(h);
    return u && (u.protocol === 'https:' || u.protocol === 'mailto:') ? h : undefined;
  }
  // Relative only to this site: no protocol-relative `//host` (backslashes count as slashes).
  if (/^[\\/]{2}/.test(h.replace(/\\/g, '/'))) return undefined;
  if (h.includes('\\') || (h.includes(':') && !/^[^:]*[/?#]/.test(h))) return undefined;
  return parseUrl(h, 'https://relative.invalid/') ? h : undefined;
}

function fillTemplate(href: string, resolve?: (pointer: JsonPointer) => unknown): string {
  return href.replace(/\{(\/[^{}]*)?\}/g, (_, pointer: string | undefined) => {
    let value: unknown;
    try {
      value = pointer && resolve ? resolve(pointer) : undefined;
    } catch {
      value = undefined;
    }
    return encodeURIComponent(value === undefined || value === null ? '' : String(value));
  });
}

/** The `)` closing a link destination that starts at `from`, allowing balanced parentheses inside. */
function closingParen(src: string, from: number, end: number): number {
  let depth = 1;
  for (let i = from; i < end; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    else if (c === '\n') return -1;
  }
  return -1;
}

/** A character that may start inline markup; text without any is a single text node. */
const INLINE_SYNTAX = /[\\`*_[]/;

class InlineParser {
  /** Misses of the string last searched (each paragraph and list item is a string of its own). */
  private readonly missing = new Map<string, number>();
  private searched: string | undefined;
  constructor(private readonly resolve?: (pointer: JsonPointer) => unknown) {}

  /** Index of `marker` at or after `from`, remembering misses so unclosed markers stay linear. */
  private find(src: string, marker: string, from: number, end: number): number {
    if (src !== this.searched) {
      this.searched = src;
      this.missing.clear();
    }
    const miss = this.missing.get(marker);
    if (miss !== undefined && from >= miss) return -1;
    let i = src.indexOf(marker, from);
    while (i >= 0 && i < end && src[i - 1] === '\\') i = src.indexOf(marker, i + 1);
    if (i < 0) this.missing.set(marker, Math.min(miss ?? Infinity, from));
    return i >= 0 && i < end ? i : -1;
  }

  parse(src: string, start: number, end: number, depth: number, inLink: boolean): HelpNode[] {
    if (start === 0 && end === src.length && !INLINE_SYNTAX.test(src)) return src ? [{ type: 'text', text: src }] : [];
    const out: HelpNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ type: 'text', text });
      text = '';
    };
    let i = start;
    while (i < end) {
      const c = src[i]!;
      if (c === '\\' && i + 1 < end && /[\\`*_[\]()#+\-.!{}]/.test(src[i + 1]!)) {
        text += src[i + 1];
        i += 2;
        continue;
      }
      if (c === '`') {
        const close = this.find(src, '`', i + 1, end);
        if (close > i) {
          flush();
          out.push({ type: 'code', text: src.slice(i + 1, close) });
          i = close + 1;
          continue;
        }
      }
      if (c === '[' && !inLink) {
        const close = this.find(src, '](', i + 1, end);
        const paren = close > i ? closingParen(src, close + 2, end) : -1;
        if (close > i && paren > close) {
          flush();
          const rawHref = src
            .slice(close + 2, paren)
            .trim()
            .replace(/^<(.*)>$/, '$1');
          const children = this.parse(src, i + 1, close, depth + 1, true);
          const template = safeHref(rawHref.replace(/\{(\/[^{}]*)?\}/g, 'x'));
          const href = template === undefined ? undefined : safeHref(fillTemplate(rawHref, this.resolve));
          if (href !== undefined) out.push({ type: 'link', href, children });
          else out.push(...children);
          i = paren + 1;
          continue;
        }
      }
      if ((c === '*' || c === '_') && depth < MAX_HELP_NESTING) {
        const strong = src[i + 1] === c;
        const marker = strong ? c + c : c;
        const wordy = c === '_' && /\w/.test(src[i - 1] ?? '');
        const close = wordy ? -1 : this.find(src, marker, i + marker.length, end);
        const inner = close - (i + marker.length);
        if (
          close > 0 &&
          inner > 0 &&
          !(c === '_' && /\w/.test(src[close + marker.length] ?? '')) &&
          !/\s/.test(src[i + marker.length]!)
        ) {
          flush();
          out.push({
            type: strong ? 'strong' : 'em',
            children: this.parse(src, i + marker.length, close, depth + 1, inLink),
          });
          i = close + marker.length;
          continue;
        }
        if (strong) {
          text += marker;
          i += 2;
          continue;
        }
      }
      text += c;
      i++;
    }
    flush();
    return out;
  }
}

const ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/;

/**
 * Parses help text: paragraphs (blank-line separated), `**strong**`, `*em*`/`_em_`, `` `code` ``,
 * `-`/`1.` lists and `[text](url)` links. Anything else, HTML included, stays literal text. Unsafe
 * link URLs (anything but https:, mailto: and relative) leave only the link text; `{/pointer}` in
 * a URL becomes the URL-encoded answer at that pointer.
 */
export function parseHelp(text: string, options: ParseHelpOptions = {}): HelpNode[] {
  const src = String(text ?? '')
    .slice(0, MAX_HELP_LENGTH)
    .replace(/\r\n?/g, '\n');
  const inline = new InlineParser(options.resolve);
  const parseInline = (text: string) => inline.parse(text, 0, text.length, 0, false);
  const blocks: HelpNode[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const endPara = () => {
    if (para.length) blocks.push({ type: 'paragraph', children: parseInline(para.join(' ')) });
    para = [];
  };
  const endList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((t) => parseInline(t)) });
    list = undefined;
  };
  for (const line of src.split('\n')) {
    if (line.trim() === '') {
      endPara();
      endList();
      continue;
    }
    const m = ITEM.exec(line);
    if (m) {
      endPara();
      const ordered = /\d/.test(m[1]!);
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(m[2]!.trim());
    } else if (list) list.items[list.items.length - 1] += ' ' + line.trim();
    else para.push(line.trim());
  }
  endPara();
  endList();
  return blocks;
}
