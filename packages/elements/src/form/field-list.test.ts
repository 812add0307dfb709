import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import { fieldList, ListEntry, type FieldListOptions } from './field-list.js';

afterEach(cleanPage);

const options: FieldListOptions<string> = {
  key: (item) => item,
  deps: (item) => [item],
  create: () => new ListEntry(document.createElement('div')),
  render: (item, entry, renderOptions) => render(html`<p data-key=${item}>${item}</p>`, entry.element, renderOptions),
  epoch: () => 0,
  volatile: () => false,
};

/** Renders `items` into `container` and counts the elements inserted in the list (moved or new) meanwhile. */
function renderCountingMoves(items: readonly string[], container: HTMLElement): number {
  const insertBefore = Node.prototype.insertBefore;
  let moves = 0;
  Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    // Into the list's element (the `<div>` in `container`), not into an item's own element.
    if (this.parentNode === container && (node instanceof Element || node instanceof DocumentFragment)) moves++;
    return insertBefore.call(this, node, child) as T;
  };
  try {
    render(html`<div>${fieldList(items, options)}</div>`, container);
  } finally {
    Node.prototype.insertBefore = insertBefore;
  }
  return moves;
}

function keysOf(container: HTMLElement): string[] {
  return [...container.querySelectorAll('p')].map((p) => p.dataset.key!);
}

describe('fieldList', () => {
  it('inserts one item in the middle, and removes it again, without moving any other', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const before = Array.from({ length: 100 }, (_, i) => `k${i}`);
    renderCountingMoves(before, container);
    const kept = [...container.querySelectorAll('p')];
    const after = [...before.slice(0, 50), 'new', ...before.slice(50)];
    expect(renderCountingMoves(after, container)).toBe(1);
    expect(keysOf(container)).toEqual(after);
    expect(kept.every((p) => p.isConnected)).toBe(true);
    // And removing it again moves nothing.
    expect(renderCountingMoves(before, container)).toBe(0);
    expect(keysOf(container)).toEqual(before);
  });

  it('moves only the items whose relative order changed', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const before = Array.from({ length: 20 }, (_, i) => `k${i}`);
    renderCountingMoves(before, container);
    // k3 goes to the end; k10 leaves; two new items arrive.
    const after = before.filter((key) => key !== 'k3' && key !== 'k10');
    after.splice(5, 0, 'a');
    after.push('k3', 'b');
    expect(renderCountingMoves(after, container)).toBe(3);
    expect(keysOf(container)).toEqual(after);
    const reversed = [...after].reverse();
    renderCountingMoves(reversed, container);
    expect(keysOf(container)).toEqual(reversed);
  });
});

describe('<sf-form> when a condition opens one field in the middle', () => {
  it('inserts that field’s wrapper, removes it when it closes, and moves no other wrapper', async () => {
    const properties: Record<string, unknown> = {};
    for (let i = 0; i < 10; i++) properties[`a${i}`] = { type: 'string', title: `Antes ${i}` };
    properties.mostrar = { type: 'boolean', title: 'Mostrar extra' };
    for (let i = 0; i < 10; i++) properties[`b${i}`] = { type: 'string', title: `Depois ${i}` };
    const schema = {
      type: 'object',
      properties,
      if: { properties: { mostrar: { const: true } }, required: ['mostrar'] },
      then: { properties: { extra: { type: 'string', title: 'Extra' } } },
    };
    const element = await mountForm({ schema, locale: 'pt-BR' });
    const fields = shadowOf(element).querySelector('.fields')!;
    const pointers = (nodes: Iterable<Node>) =>
      [...nodes]
        .filter((node) => node instanceof Element && node.hasAttribute('data-pointer'))
        .map((node) => (node as Element).getAttribute('data-pointer'));
    expect(pointers(fields.children)).toHaveLength(21);
    const added: Node[] = [];
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        added.push(...record.addedNodes);
        removed.push(...record.removedNodes);
      }
    });
    observer.observe(fields, { childList: true });
    // Moving a node records it as removed and added again.
    await page.getByLabelText(/^Mostrar extra/).click();
    await element.updateComplete;
    expect(pointers(added)).toEqual(['/extra']);
    expect(pointers(removed)).toEqual([]);
    added.length = 0;
    await page.getByLabelText(/^Mostrar extra/).click();
    await element.updateComplete;
    observer.disconnect();
    expect(pointers(added)).toEqual([]);
    expect(pointers(removed)).toEqual(['/extra']);
  });
});
