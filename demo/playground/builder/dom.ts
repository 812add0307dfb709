/** A small element factory for the builder's views (text nodes only: nothing is parsed as HTML). */

type Child = Node | string | false | undefined | null;

/** An element with attributes (`on*` functions become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, unknown> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function')
      element.addEventListener(name.slice(2), value as EventListener);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  return append(element, ...children);
}

/** Appends the children that are there (`false`, `undefined` and `null` are left out). */
export function append<T extends HTMLElement>(parent: T, ...children: Child[]): T {
  for (const child of children) if (child !== false && child !== undefined && child !== null) parent.append(child);
  return parent;
}

/** Text read by screen readers only (the playground's `visually-hidden` class). */
export function hidden(text: string): HTMLSpanElement {
  return h('span', { class: 'visually-hidden' }, text);
}
