import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import type { SfForm } from '../form/sf-form.component.js';

afterEach(cleanPage);

const SCHEMA = {
  type: 'object',
  properties: {
    agree: { type: 'boolean', title: 'Agree', description: 'Read the terms.' },
    terms: { type: 'boolean', title: 'Accept the terms' },
    locked: { type: 'boolean', title: 'Locked', readOnly: true },
  },
  required: ['terms'],
};

function fieldOf(element: SfForm, pointer: string): Element {
  return shadowOf(element).querySelector(`[data-pointer="${pointer}"]`)!;
}

/** The field's elements in order, as `tag.class`, and how many comment nodes it holds. */
function shape(field: Element): { elements: string[]; comments: number } {
  const elements: string[] = [];
  let comments = 0;
  const walker = document.createTreeWalker(field, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) comments++;
    else
      elements.push(
        `${(node as Element).localName}${(node as Element).className ? `.${(node as Element).className}` : ''}`,
      );
  }
  return { elements, comments };
}

function click(element: SfForm, pointer: string): HTMLInputElement {
  const checkbox = fieldOf(element, pointer).querySelector('input')!;
  checkbox.focus();
  checkbox.click();
  return checkbox;
}

// Issue #18: a lone checkbox is plain DOM (no template instance, Lit part or marker of its own).
describe('checkbox field', () => {
  it('draws the input with its label after it, then the help, without any Lit marker', async () => {
    const element = await mountForm({ schema: SCHEMA, locale: 'en' });
    const field = fieldOf(element, '/agree');
    expect(shape(field)).toEqual({
      elements: ['div.choice', 'input', 'label.label', 'span', 'div.help'],
      comments: 0,
    });
    const input = field.querySelector('input')!;
    expect(input.type).toBe('checkbox');
    expect(input.id).toBe('sf_2f_agree--control');
    expect(field.querySelector('label')!.htmlFor).toBe(input.id);
    // A lone checkbox carries no "(optional)": unticked is an answer.
    expect(field.querySelector('label')!.textContent).toBe('Agree');
    expect(field.querySelector('.help')!.id).toBe('sf_2f_agree--help');
    expect(input.getAttribute('aria-describedby')).toBe('sf_2f_agree--help');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(fieldOf(element, '/terms').querySelector('label')!.textContent).toBe('Accept the terms (required)');
    expect(fieldOf(element, '/terms').querySelector('[part="required-mark"]')).not.toBeNull();
    expect((fieldOf(element, '/locked').querySelector('input') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows its error above the choice once reported, describes the input by it, and removes it when fixed', async () => {
    const element = await mountForm({ schema: SCHEMA, locale: 'en' });
    const field = fieldOf(element, '/terms');
    // Never answered: the required answer is missing.
    const input = field.querySelector('input')!;
    expect(element.reportValidity()).toBe(false);
    await element.updateComplete;
    expect(shape(field).elements).toEqual([
      'p.error',
      'span.visually-hidden',
      'span',
      'div.choice',
      'input',
      'label.label',
      'span',
      'span.mark',
    ]);
    const error = field.querySelector('.error')!;
    expect(error.id).toBe('sf_2f_terms--error');
    expect(error.textContent).toMatch(/^Error: ./);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('sf_2f_terms--error');
    expect(await axeViolations(element)).toEqual([]);
    click(element, '/terms');
    await element.updateComplete;
    expect(field.querySelector('.error')).toBeNull();
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.checked).toBe(true);
  });

  it('follows the answer set from outside and its language, keeping the same input', async () => {
    const element = await mountForm({ schema: SCHEMA, locale: 'en' });
    const input = fieldOf(element, '/terms').querySelector('input')!;
    element.value = { terms: true, agree: true };
    await element.updateComplete;
    expect(input.checked).toBe(true);
    expect(fieldOf(element, '/agree').querySelector('input')!.checked).toBe(true);
    element.locale = 'pt-BR';
    await element.updateComplete;
    expect(fieldOf(element, '/terms').querySelector('label')!.textContent).toBe('Accept the terms (obrigatório)');
    expect(fieldOf(element, '/terms').querySelector('input')).toBe(input);
  });
});
