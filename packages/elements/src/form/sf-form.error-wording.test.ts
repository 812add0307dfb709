/**
 * The words of errors (core's `messages.ts` and `engine/localize-errors.ts`) are a chunk fetched after the
 * first render (issue #18): the first fields show without them, validation asked for before they arrive
 * waits for them, and the errors then show worded, in pt-BR and in English.
 */
import { compileSchema, errorWordingLoaded } from '@schemaforms/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { SfForm } from './sf-form.component.js';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

afterEach(cleanPage);

const schema = {
  type: 'object',
  required: ['nome', 'email'],
  properties: {
    nome: { type: 'string', title: 'Nome', minLength: 3 },
    email: { type: 'string', title: 'E-mail', format: 'email' },
  },
};

/** Whether the page has fetched the module of the error wording's chunk. */
function wordingFetched(): boolean {
  return performance.getEntriesByType('resource').some((entry) => /engine\/error-wording\.[jt]s/.test(entry.name));
}

/** The inline error's message, without its visually hidden "Erro:"/"Error:" prefix. */
const inlineError = (element: SfForm, pointer: string) =>
  shadowOf(element)
    .querySelector(`[data-pointer="${pointer}"] .error`)
    ?.textContent?.trim()
    .replace(/^(Erro|Error):\s*/, '');

describe('<sf-form> error wording fetched after the first render', () => {
  it('shows its fields before the words arrive, and validation asked for meanwhile waits for them', async () => {
    performance.setResourceTimingBufferSize(100_000);
    // Importing the element and compiling a schema (its validator is here) fetch no words of errors.
    const compiled = await compileSchema(schema);
    expect(errorWordingLoaded()).toBe(false);
    expect(wordingFetched()).toBe(false);

    const element = document.createElement('sf-form');
    element.locale = 'pt-BR';
    element.value = { nome: 'ab', email: 'x' };
    element.schema = compiled;
    const parent = document.createElement('main');
    document.body.append(parent);
    // The moment the first fields are in the DOM (a microtask after the render, before any fetch can end).
    const firstRender = new Promise<{ wordsLoaded: boolean; valid: boolean }>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!element.shadowRoot?.querySelector('[data-pointer="/nome"] input')) return;
        observer.disconnect();
        resolve({ wordsLoaded: errorWordingLoaded(), valid: element.validate() });
      });
      observer.observe(element, { childList: true });
      parent.append(element);
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    });
    const atFirstRender = await firstRender;
    expect(atFirstRender.wordsLoaded).toBe(false);
    // Nothing can be called valid before the errors can be told.
    expect(atFirstRender.valid).toBe(false);

    await element.updateComplete;
    expect(errorWordingLoaded()).toBe(true);
    expect(wordingFetched()).toBe(true);
    // The validation asked for before the words arrived has shown its errors, worded, once they came.
    expect(inlineError(element, '/nome')).toBe('Nome deve ter pelo menos 3 caracteres');
    expect(inlineError(element, '/email')).toBe('Informe um e-mail válido, como nome@exemplo.com');
    expect(shadowOf(element).querySelector('.summary')?.textContent).toContain('Nome deve ter pelo menos 3 caracteres');
    expect(element.checkValidity()).toBe(false);
    expect(element.validationMessage).toBe('Nome deve ter pelo menos 3 caracteres');
  });

  it('words the errors of an English form in English', async () => {
    const element = await mountForm({ schema, locale: 'en', value: { nome: 'ab', email: 'x' } });
    expect(element.validate()).toBe(false);
    await element.updateComplete;
    expect(inlineError(element, '/nome')).toBe('Nome must be 3 characters or more');
    expect(inlineError(element, '/email')).toBe('Enter an email address in the correct format, like name@example.com');
  });
});
