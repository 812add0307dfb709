/**
 * The words of `schemaforms check` for the texts people read (titles, help, names): invisible
 * direction characters, oversized texts, unsafe links and raw HTML, in pt-BR and en; merged into the
 * catalogue of `check-messages.ts`.
 */
import type { Wording } from './check-messages.js';

const q = (value: unknown): string => JSON.stringify(value);

/** Why a link is dropped, in each language. */
export type LinkReason =
  | { readonly kind: 'scheme'; readonly scheme: string }
  | { readonly kind: 'protocol-relative' }
  | { readonly kind: 'dropped' };

const reasonPt = (r: LinkReason): string =>
  r.kind === 'scheme'
    ? `o esquema "${r.scheme}" não é permitido`
    : r.kind === 'protocol-relative'
      ? 'um endereço "//host" sai do portal'
      : 'o formulário descartaria o link';
const reasonEn = (r: LinkReason): string =>
  r.kind === 'scheme'
    ? `the "${r.scheme}" scheme is not allowed`
    : r.kind === 'protocol-relative'
      ? 'a protocol-relative URL ("//host") leaves the portal'
      : 'the help renderer would drop it';

/** Why a link is dropped, in words. */
export function linkReasonText(reason: LinkReason, locale: 'pt-BR' | 'en'): string {
  return locale === 'en' ? reasonEn(reason) : reasonPt(reason);
}

/** Text messages by key; each has a pt-BR and an en wording. */
export const TEXT_MESSAGES = {
  'bidi-control': {
    'pt-BR': (p: { code: string; index: number }): Wording => ({
      text: `há um caractere invisível de direção do texto (U+${p.code}) na posição ${p.index}, que faz o texto aparecer diferente do que diz`,
      fix: 'apague-o',
      details: 'Trojan Source',
    }),
    en: (p: { code: string; index: number }): Wording => ({
      text: `contains the invisible bidirectional control U+${p.code} at character ${p.index}, which can make text display differently from what it says`,
      fix: 'delete it',
      details: 'Trojan Source',
    }),
  },
  'text-too-long': {
    'pt-BR': (p: { length: number; max: number }): Wording => ({
      text: `texto de ${p.length} caracteres, mais que ${p.max}`,
      fix: 'encurte-o ou aponte para uma página de ajuda',
    }),
    en: (p: { length: number; max: number }): Wording => ({
      text: `text of ${p.length} characters is longer than ${p.max}`,
      fix: 'shorten it or link to a help page',
    }),
  },
  'unsafe-link': {
    'pt-BR': (p: { href: string; autolink: boolean; reason: LinkReason }): Wording => ({
      text: `o link ${q(p.href)} da ajuda não é seguro: ${linkReasonText(p.reason, 'pt-BR')}`,
      fix: 'use só links https:, mailto: ou endereços do próprio site',
    }),
    en: (p: { href: string; autolink: boolean; reason: LinkReason }): Wording => ({
      text: `help ${p.autolink ? 'autolink' : 'link'} ${q(p.href)} is unsafe: ${linkReasonText(p.reason, 'en')}`,
      fix: 'link only to https:, mailto: or relative URLs',
    }),
  },
  'raw-html': {
    'pt-BR': (p: { html: string }): Wording => ({
      text: `a ajuda contém HTML ${q(p.html)}, que nunca é desenhado (aparece como texto ou some)`,
      fix: 'use o Markdown simples: **negrito**, *itálico*, listas e [links](https://…)',
    }),
    en: (p: { html: string }): Wording => ({
      text: `help contains HTML ${q(p.html)}, which is never rendered (it shows as text or is dropped)`,
      fix: 'use the Markdown subset: **bold**, *italic*, lists and [links](https://…)',
    }),
  },
};
