import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * A `<select>`'s options after its first (the placeholder, value `''`): one per label (value its
 * index), built with `new Option` as hand-written DOM does, and the one at `chosen` (-1: the
 * placeholder) selected. A template per option would add a Lit instance and three comment nodes to each
 * (issue #18: a form of a thousand fields has hundreds of selects). The options are rebuilt only when
 * the labels change; the selection is set on every render, as `live` would: what the person picked is
 * read from the DOM, not from the last render.
 */
class SelectOptionsDirective extends Directive {
  #labels: string | undefined;

  render(_labels: readonly string[], _chosen: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [labels, chosen]: [readonly string[], number]): unknown {
    const select = part.element as HTMLSelectElement;
    const key = labels.join('\u0000');
    if (key !== this.#labels) {
      this.#labels = key;
      const options = labels.map((label, index) => new Option(label, String(index)));
      for (const option of options) option.dir = 'auto';
      select.replaceChildren(select.options[0]!, ...options);
    }
    select.selectedIndex = chosen + 1;
    return noChange;
  }
}

/** Fills a `<select>` holding its placeholder option with one option per label, the one at `chosen` selected. */
export const selectOptions = directive(SelectOptionsDirective);
