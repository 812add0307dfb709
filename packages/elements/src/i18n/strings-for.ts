import { en } from './strings-en.js';
import { DEFAULT_STRINGS, type ElementStrings, type ElementsLocale } from './strings.js';

/**
 * The strings of `locale`, at once: this module carries both languages (the elements themselves fetch
 * English only when a form speaks it, through `loadStrings`).
 */
export function stringsFor(locale: ElementsLocale): ElementStrings {
  return locale === 'en' ? en : DEFAULT_STRINGS;
}
