import type { ChoiceOption } from '@schemaforms/core';

/**
 * Prepared options by their labels (joined): a form of a thousand fields has hundreds of selects, most
 * with the same few lists (issue #18). Cloning a prepared list is cheaper than building each option.
 */
const preparedOptions = new Map<string, DocumentFragment>();

/** How many distinct lists are kept: past that, the cache starts over (forms built from user data vary). */
const PREPARED_LISTS = 64;

/** What identifies a list of options for `optionsFor`: their labels, joined. */
export function labelsKey(options: readonly ChoiceOption[]): string {
  let key = '';
  for (const option of options) key += `\u0000${option.label}`;
  return key;
}

/**
 * A `<select>`'s options after its first (the placeholder, value `''`): one per option's label (value
 * its index, `dir="auto"`), as hand-written DOM does, as a fragment cloned from a prepared one (`key`
 * is `labelsKey(options)`). A template per option would add a Lit instance and three comment nodes to each.
 */
export function optionsFor(key: string, options: readonly ChoiceOption[]): DocumentFragment {
  let prepared = preparedOptions.get(key);
  if (!prepared) {
    prepared = document.createDocumentFragment();
    options.forEach((option, index) => {
      const element = new Option(option.label, String(index));
      element.dir = 'auto';
      prepared!.append(element);
    });
    if (preparedOptions.size >= PREPARED_LISTS) preparedOptions.clear();
    preparedOptions.set(key, prepared);
  }
  return prepared.cloneNode(true) as DocumentFragment;
}
