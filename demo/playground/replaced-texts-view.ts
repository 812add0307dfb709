/**
 * The list of texts the editor held before each replacement, as the options of a `<select>`: when it
 * was set aside and a short name (its `title`, else its first characters), newest first.
 */
import type { ReplacedText } from './saved-text.js';
import type { PlaygroundLocale, PlaygroundStrings } from './strings.js';

/** A short name for a text: its first `title`, else its first characters. */
export function summaryOf(text: string): string {
  const title = /"title"\s*:\s*"((?:[^"\\\n]|\\.){1,60})/.exec(text)?.[1];
  return title ?? text.replace(/\s+/g, ' ').trim().slice(0, 40);
}

/** Fills `select` with one option per text (its value the index in `list`); returns how many. */
export function renderReplacedTexts(
  select: HTMLSelectElement,
  list: readonly ReplacedText[],
  options: { readonly locale: PlaygroundLocale; readonly t: PlaygroundStrings },
): number {
  const time = new Intl.DateTimeFormat(options.locale, { dateStyle: 'short', timeStyle: 'medium' });
  select.replaceChildren(
    ...list.map(
      (entry, index) =>
        new Option(
          options.t.replacedOption(entry.at ? time.format(entry.at) : '—', summaryOf(entry.text)),
          String(index),
        ),
    ),
  );
  return list.length;
}
