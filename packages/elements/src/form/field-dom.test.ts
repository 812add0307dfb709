import { afterEach, describe, expect, it } from 'vitest';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import type { SfForm } from './sf-form.component.js';

afterEach(cleanPage);

/** The nodes of `node`'s subtree (itself included), by kind. */
function nodesOf(node: Node): { all: number; comments: number; blankTexts: number } {
  const counts = { all: 0, comments: 0, blankTexts: 0 };
  const visit = (current: Node): void => {
    counts.all++;
    if (current.nodeType === Node.COMMENT_NODE) counts.comments++;
    if (current.nodeType === Node.TEXT_NODE && !current.textContent!.trim()) counts.blankTexts++;
    for (let child = current.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(node);
  return counts;
}

function fieldOf(element: SfForm, pointer: string): Element {
  return shadowOf(element).querySelector(`[data-pointer="${pointer}"]`)!;
}

const SCHEMA = {
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Name', description: 'As on the document.', minLength: 3 },
    plain: { type: 'string', title: 'Plain' },
    region: {
      type: 'string',
      title: 'Region',
      description: 'Where.',
      enum: ['Norte', 'Nordeste', 'Centro-Oeste', 'Sudeste', 'Sul', 'Exterior'],
    },
    agree: { type: 'boolean', title: 'Agree', description: 'Read the terms.' },
  },
};

// Issue #18: at a thousand fields every node counts. A text field is the hand-written baseline's nodes
// (frame, label, help, control) plus the label's two spans (its isolated text, the required/optional
// mark); no comment marker at all: none between fields, for the error slot, nor for the control (the
// frame draws a plain-DOM control without a Lit root).
describe('<sf-form> field DOM', () => {
  it('draws a text field with help as frame, label, help and control, without blank text nodes', async () => {
    const element = await mountForm({ schema: SCHEMA, locale: 'en' });
    const field = fieldOf(element, '/name');
    expect(nodesOf(field)).toEqual({ all: 9, comments: 0, blankTexts: 0 });
    expect(nodesOf(fieldOf(element, '/plain'))).toEqual({ all: 7, comments: 0, blankTexts: 0 });
    const between = [...field.parentNode!.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE);
    expect(between.length).toBeLessThanOrEqual(1);
    expect(field.querySelector('input')!.parentNode).toBe(field);
    expect(field.querySelector('label')!.textContent).toBe('Name (optional)');
  });

  it('draws a select as its options only, one text each, the placeholder first', async () => {
    const element = await mountForm({ schema: SCHEMA, locale: 'en' });
    const select = fieldOf(element, '/region').querySelector('select')!;
    expect(nodesOf(select)).toEqual({ all: 1 + 7 * 2, comments: 0, blankTexts: 0 });
    expect([...select.options].map((option) => [option.value, option.text])).toEqual([
      ['', 'Select…'],
      ['0', 'Norte'],
      ['1', 'Nordeste'],
      ['2', 'Centro-Oeste'],
      ['3', 'Sudeste'],
      ['4', 'Sul'],
      ['5', 'Exterior'],
    ]);
  });

  it('creates the error only when one shows, and describes the control by it then', async () => {
    const element = await mountForm({ schema: SCHEMA, locale: 'en' });
    const field = fieldOf(element, '/name');
    const control = field.querySelector('input')!;
    expect(field.querySelector('.error')).toBeNull();
    expect(control.getAttribute('aria-describedby')).toBe('sf_2f_name--help');
    control.focus();
    control.value = 'ab';
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    control.blur();
    await element.updateComplete;
    const error = field.querySelector('.error')!;
    expect(error.id).toBe('sf_2f_name--error');
    expect(control.getAttribute('aria-describedby')).toBe('sf_2f_name--help sf_2f_name--error');
    expect(nodesOf(field)).toEqual({ all: 14, comments: 0, blankTexts: 0 });
    // And it goes when the answer is fixed.
    control.value = 'abc';
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(field.querySelector('.error')).toBeNull();
    expect(control.getAttribute('aria-describedby')).toBe('sf_2f_name--help');
    expect(control.hasAttribute('aria-invalid')).toBe(false);
    expect(nodesOf(field)).toEqual({ all: 9, comments: 0, blankTexts: 0 });
  });

  it('reads input from controls without listeners of their own (delegated at the form)', async () => {
    const element = await mountForm({ schema: SCHEMA, locale: 'en' });
    const changes: string[] = [];
    element.addEventListener('change', () => changes.push('change'));
    const select = fieldOf(element, '/region').querySelector('select')!;
    select.value = '1';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const checkbox = fieldOf(element, '/agree').querySelector('input')!;
    checkbox.click();
    await element.updateComplete;
    expect(element.value).toEqual({ region: 'Nordeste', agree: true });
    expect(changes).toEqual(['change', 'change']);
  });
});
