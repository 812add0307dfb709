/**
 * The sentence a file field shows before anything is picked ("PDF ou imagem, até 2 MB"), and the
 * sentences that refuse a picked file by name.
 */
import type { Locale } from '../types.js';
import { acceptWords } from './accept-list.js';
import { formatFileSize } from './file-size-words.js';

/** What a file field accepts, as its field model has it (`FieldConstraints.accept`, `.maxSize`). */
export interface FileLimits {
  readonly accept?: readonly string[];
  /** Bytes. */
  readonly maxSize?: number;
}

/** "PDF ou imagem, até 2 MB" / "PDF or image, up to 2 MB"; empty when the field states no limit. */
export function fileRequirements(limits: FileLimits, locale: Locale = 'pt-BR'): string {
  const parts: string[] = [];
  if (limits.accept && limits.accept.length > 0) parts.push(acceptWords(limits.accept, locale));
  if (limits.maxSize !== undefined)
    parts.push(`${locale === 'en' ? 'up to' : 'até'} ${formatFileSize(limits.maxSize, locale)}`);
  const text = parts.join(', ');
  return text && text[0]!.toUpperCase() + text.slice(1);
}

/** Why a picked file is refused: "O arquivo “nota.txt” não é PDF ou imagem." */
export function wrongTypeMessage(name: string, accept: readonly string[], locale: Locale = 'pt-BR'): string {
  const words = acceptWords(accept, locale);
  return locale === 'en'
    ? `The file “${name}” is not ${words}. Choose another file.`
    : `O arquivo “${name}” não é ${words}. Escolha outro arquivo.`;
}

/** Why a picked file is refused: "O arquivo “scan.pdf” tem 3,1 MB; o limite é 2 MB." */
export function tooLargeMessage(name: string, size: number, maxSize: number, locale: Locale = 'pt-BR'): string {
  return locale === 'en'
    ? `The file “${name}” is ${formatFileSize(size, locale)}; it must be ${formatFileSize(maxSize, locale)} or smaller.`
    : `O arquivo “${name}” tem ${formatFileSize(size, locale)}; o limite é ${formatFileSize(maxSize, locale)}.`;
}
