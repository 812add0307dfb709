import { compileSchema } from '@schemaforms/core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfForm } from './sf-form.component.js';

afterEach(cleanPage);

/** 150 optional fields and one required `nome` (minLength 3): a large form, past the first-render validation. */
async function largeForm(parent: HTMLElement): Promise<SfForm> {
  const properties: Record<string, unknown> = { nome: { type: 'string', title: 'Nome', minLength: 3 } };
  for (let i = 0; i < 150; i++) properties[`c${i}`] = { type: 'string', title: `Campo ${i}` };
  const element = document.createElement('sf-form');
  element.locale = 'pt-BR';
  element.schema = await compileSchema({ type: 'object', properties, required: ['nome'] });
  parent.append(element);
  await element.updateComplete;
  // The validity of a large form's first render comes in idle time.
  await until(() => element.matches(':invalid') && element.validity.valueMissing);
  return element;
}

describe('<sf-form> validity after a change in a large form', () => {
  it('outside a host form: asking the element sees the change at once; :valid follows in idle time', async () => {
    const element = await largeForm(document.body);
    await page.getByLabelText(/^Nome/).fill('Maria');
    // Not shown anywhere yet, but asked for: computed from the latest answers.
    expect(element.checkValidity()).toBe(true);
    expect(element.matches(':valid')).toBe(true);
    await page.getByLabelText(/^Nome/).fill('Ma');
    await until(() => element.matches(':invalid'));
    expect(element.validity.tooShort).toBe(true);
    // A question, not a submission: no error shows.
    expect(shadowOf(element).querySelector('.summary, .field .error')).toBeNull();
  });

  it('inside a host form: :invalid and :valid follow every change at once, before any idle time', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const element = await largeForm(form);
    await page.getByLabelText(/^Nome/).fill('Maria');
    await element.updateComplete;
    expect(element.matches(':valid')).toBe(true);
    expect(form.checkValidity()).toBe(true);
    await page.getByLabelText(/^Nome/).fill('Ma');
    await element.updateComplete;
    expect(element.matches(':invalid')).toBe(true);
    expect(form.checkValidity()).toBe(false);
  });

  it('shows a field’s error when it is left, and removes it once fixed, without asking the validity', async () => {
    const element = await largeForm(document.body);
    const nome = page.getByLabelText(/^Nome/);
    await nome.fill('Ma');
    await page.getByLabelText(/^Campo 0/).click();
    await element.updateComplete;
    const error = () => shadowOf(element).querySelector('.field .error')?.textContent ?? '';
    await until(() => error().includes('3'));
    await nome.fill('Maria');
    await element.updateComplete;
    expect(error()).toBe('');
  });
});
