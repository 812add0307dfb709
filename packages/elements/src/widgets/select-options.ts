import type { ChoiceOption } from '@schemaforms/core';
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Prepared options by their labels (joined): a form of a thousand fields has hundreds of selects, most
 * with the same few lists (issue #18). Cloning a prepared list is cheaper than building each option.
 */
const preparedOptions = new Map<string, DocumentFragment>();

/** How many distinct lists are kept: past that, the cache starts over (forms built from user data vary). */
const PREPARED_LISTS = 64;

/** One option per label (value its index, `dir="auto"`), as a fragment cloned from a prepared one. */
function optionsFor(key: string, options: readonly ChoiceOption[]): DocumentFragment {
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

/**
 * A `<select>`'s options after its first (the placeholder, value `''`): one per option's label (value
 * its index), as hand-written DOM does, and the one at `chosen` (-1: the placeholder) selected. A
 * template per option would add a Lit instance and three comment nodes to each. The options are
 * rebuilt only when the labels change; the selection is set on every render, as `live` would: what the
 * person picked is read from the DOM, not from the last render.
 */
class SelectOptionsDirective extends Directive {
  #options: readonly ChoiceOption[] | undefined;
  #labels: string | undefined;

  render(_options: readonly ChoiceOption[], _chosen: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [options, chosen]: [readonly ChoiceOption[], number]): unknown {
    const select = part.element as HTMLSelectElement;
    if (options !== this.#options) {
      this.#options = options;
      let key = '';
      for (const option of options) key += `\u0000${option.label}`;
      if (key !== this.#labels) {
        this.#labels = key;
        select.replaceChildren(select.options[0]!, optionsFor(key, options));
      }
    }
    select.selectedIndex = chosen + 1;
    return noChange;
  }
}

/** Fills a `<select>` holding its placeholder option with one option per choice, the one at `chosen` selected. */
export const selectOptions = directive(SelectOptionsDirective);
