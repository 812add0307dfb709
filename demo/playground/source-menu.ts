// The "start from" menu: the catalog's forms and the samples, grouped, in the page's language.
import { BLANK_SCHEMA, playgroundSources, type PlaygroundSource } from './sources.js';
import type { PlaygroundStrings } from './strings.js';

/** The texts to start from; only the blank schema when the catalog cannot be read (said in the console). */
export function loadSources(): PlaygroundSource[] {
  try {
    return playgroundSources();
  } catch (error) {
    console.error('The catalog could not be read', error);
    return [{ key: 'blank', group: { kind: 'blank' }, label: '', text: async () => BLANK_SCHEMA }];
  }
}

/** The name a source is shown with. */
export function sourceName(source: PlaygroundSource, t: PlaygroundStrings): string {
  return source.group.kind === 'blank' ? t.blank : source.label;
}

/** Fills the menu with `sources` in groups (catalog categories, samples), keeping the choice made. */
export function renderSourceMenu(
  select: HTMLSelectElement,
  sources: readonly PlaygroundSource[],
  t: PlaygroundStrings,
): void {
  const selected = select.value;
  const groups = new Map<string, HTMLOptGroupElement>();
  const options: (HTMLOptionElement | HTMLOptGroupElement)[] = [];
  for (const source of sources) {
    const option = new Option(sourceName(source, t), source.key);
    if (source.group.kind === 'blank') {
      options.push(option);
      continue;
    }
    const label = source.group.kind === 'catalog' ? t.catalogGroup(source.group.category) : t.samplesGroup;
    let group = groups.get(label);
    if (!group) {
      group = document.createElement('optgroup');
      group.label = label;
      groups.set(label, group);
      options.push(group);
    }
    group.append(option);
  }
  select.replaceChildren(...options);
  if (selected) select.value = selected;
}
