import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import type { SfForm } from '../form/sf-form.component.js';

afterEach(cleanPage);

const SCHEMA = {
  type: 'object',
  properties: {
    message: {
      type: 'string',
      title: 'Message',
      description: 'What happened.',
      maxLength: 300,
      'x-widget': 'textarea',
    },
    notes: { type: 'string', title: 'Notes', 'x-widget': 'textarea', readOnly: true },
  },
  required: ['message'],
};

function textareaOf(element: SfForm, pointer: string): HTMLTextAreaElement {
  return shadowOf(element).querySelector<HTMLTextAreaElement>(`[data-pointer="${pointer}"] textarea`)!;
}

function type(textarea: HTMLTextAreaElement, text: string): void {
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

// Issue #18: a textarea and its counter are plain DOM (no template instance or Lit part of their own).
describe('textarea field', () => {
  it('draws the textarea and its counter, described by the help and the counter', async () => {
    const element = await mountForm({ schema: SCHEMA, locale: 'en' });
    const textarea = textareaOf(element, '/message');
    const counter = textarea.nextElementSibling as HTMLElement;
    expect(counter.className).toBe('counter');
    expect(counter.getAttribute('part')).toBe('counter');
    expect(counter.id).toBe('sf_2f_message--counter');
    expect(counter.textContent).toBe('0 of 300 characters');
    expect(textarea.id).toBe('sf_2f_message--control');
    expect(textarea.rows).toBe(5);
    expect(textarea.getAttribute('part')).toBe('input');
    expect(textarea.getAttribute('aria-required')).toBe('true');
    expect(textarea.getAttribute('aria-describedby')).toBe('sf_2f_message--help sf_2f_message--counter');
    expect(textarea.maxLength).toBe(300 * 2 + 64);
    const comments = [...textarea.parentNode!.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE);
    expect(comments.length).toBe(0);
    const notes = textareaOf(element, '/notes');
    expect(notes.readOnly).toBe(true);
    expect(notes.getAttribute('aria-describedby')).toBe('sf_2f_notes--counter');
    expect(notes.nextElementSibling!.textContent).toBe('0 characters');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('counts what is typed, marks a text over the limit, and never overwrites the typed text', async () => {
    const element = await mountForm({ schema: SCHEMA, locale: 'en' });
    const textarea = textareaOf(element, '/message');
    const counter = textarea.nextElementSibling as HTMLElement;
    textarea.focus();
    type(textarea, 'Olá 😀\nlinha');
    await element.updateComplete;
    expect(element.value).toEqual({ message: 'Olá 😀\nlinha' });
    expect(counter.textContent).toBe('11 of 300 characters');
    expect(counter.hasAttribute('data-over')).toBe(false);
    type(textarea, 'x'.repeat(301));
    await element.updateComplete;
    expect(counter.hasAttribute('data-over')).toBe(true);
    textarea.blur();
    await element.updateComplete;
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(textarea.getAttribute('aria-describedby')).toBe(
      'sf_2f_message--help sf_2f_message--error sf_2f_message--counter',
    );
    // A render with the value the control shows leaves it alone (as Lit's `live`): the caret stays put.
    textarea.focus();
    textarea.setSelectionRange(3, 3);
    element.locale = 'pt-BR';
    await element.updateComplete;
    expect(textarea.value).toBe('x'.repeat(301));
    expect(textarea.selectionStart).toBe(3);
    expect(counter.textContent).toBe('301 de 300 caracteres');
    expect(textareaOf(element, '/message')).toBe(textarea);
  });
});
