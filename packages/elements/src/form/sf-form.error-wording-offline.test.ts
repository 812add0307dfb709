/**
 * The words of errors are a chunk fetched after the first render (issue #18). When they cannot be had
 * (the network dropped: the chunk never registers its words), the form and its answers stay, `sf-error`
 * says it, no error is invented or shown raw, and sending is refused with the network message: nothing
 * is sent unvalidated. Core's `error-wording.ts` is mocked as a module that registers nothing, the
 * state a failed fetch leaves (core's own test covers the fetch failing and being retried).
 */
import { compileSchema } from '@schemaforms/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, mountForm, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfErrorDetail } from './events.js';

vi.mock('../../../core/src/engine/error-wording.js', () => ({}));

afterEach(cleanPage);

const schema = {
  type: 'object',
  required: ['nome'],
  properties: { nome: { type: 'string', title: 'Nome', minLength: 3 } },
};

describe('<sf-form> whose error wording cannot be fetched', () => {
  it('keeps the form and its answers, and refuses to send saying why', async () => {
    const errors: SfErrorDetail[] = [];
    document.addEventListener('sf-error', (event) => errors.push((event as CustomEvent<SfErrorDetail>).detail));
    const element = await mountForm({ schema: await compileSchema(schema), locale: 'en' });
    const submitted: unknown[] = [];
    element.addEventListener('sf-submit', (event) => submitted.push(event));
    await until(() => errors.length > 0);
    expect(errors[0]!.kind).toBe('network');
    expect(errors[0]!.message).toBe('The error messages could not be fetched');
    expect(shadowOf(element).querySelector('.fallback')).toBeNull();

    await page.getByLabelText(/^Nome/).fill('Al');
    await page.getByRole('button', { name: 'Submit' }).click();
    await element.updateComplete;
    expect(submitted).toEqual([]);
    const alert = shadowOf(element).querySelector('.actions')!.previousElementSibling!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain("We couldn't send your answers: check your connection");
    await expect.element(page.getByLabelText(/^Nome/)).toHaveValue('Al');
    expect(element.value).toEqual({ nome: 'Al' });
    expect(element.checkValidity()).toBe(false);
  });
});
