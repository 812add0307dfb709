/**
 * A plain schema shows its fields before Ajv arrives (issue #18); when Ajv's code cannot be fetched
 * (the network dropped), the form and its answers stay, `sf-error` says it, sending is refused with the
 * network message, and the next submit fetches the code again and, once it is here, validates and
 * sends. Core's `ajv.ts` is mocked so that its first two compiles fail as a chunk fetch does (`compilePrepared`
 * loads the Ajv class with an `import()`); from then on it is the module itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfErrorDetail } from './events.js';
import './sf-form.js';
import type { SfForm } from './sf-form.component.js';

const compiles = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../core/src/ajv.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/src/ajv.js')>();
  return {
    ...real,
    compilePrepared: (...args: Parameters<typeof real.compilePrepared>) =>
      compiles.count++ < 2
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: ajv-class.js'))
        : real.compilePrepared(...args),
  };
});

afterEach(() => cleanPage());

const schema = {
  type: 'object',
  required: ['codigo'],
  properties: { codigo: { type: 'string', title: 'Código', pattern: '^\\d{3}$', maxLength: 3 } },
};

describe("<sf-form> whose validator's code cannot be fetched", () => {
  it('keeps the answers, refuses to send saying why, and fetches the code again on the next submit', async () => {
    const errors: SfErrorDetail[] = [];
    document.addEventListener('sf-error', (event) => errors.push((event as CustomEvent<SfErrorDetail>).detail));
    const element = document.createElement('sf-form') as SfForm;
    element.locale = 'pt-BR';
    element.schema = schema;
    const submitted: unknown[] = [];
    element.addEventListener('sf-submit', (event) => {
      event.preventDefault();
      submitted.push((event as CustomEvent<{ value: unknown }>).detail.value);
    });
    document.body.append(element);
    await until(() => errors.length > 0);
    expect(errors[0]!.kind).toBe('network');
    expect(errors[0]!.message).toMatch(/Failed to fetch/);
    await element.updateComplete;
    expect(shadowOf(element).querySelector('.fallback')).toBeNull();
    await page.getByLabelText(/^Código/).fill('12');
    expect(element.checkValidity()).toBe(false);

    // A submit fetches the code again: still offline, it is refused saying so, the answer kept.
    await page.getByRole('button', { name: 'Enviar' }).click();
    await until(() => compiles.count === 2 && shadowOf(element).querySelector('.notice[data-kind="error"]'));
    await element.updateComplete;
    expect(submitted).toEqual([]);
    const alert = shadowOf(element).querySelector('.actions')!.previousElementSibling!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Não foi possível enviar: verifique sua conexão');
    await expect.element(page.getByLabelText(/^Código/)).toHaveValue('12');
    expect(errors.map((error) => error.kind)).toEqual(['network', 'network']);

    // The next submit fetches it again; it arrives this time.
    await element.requestSubmit();
    await element.updateComplete;
    expect(compiles.count).toBe(3);
    // The validator is here: the short code is an error, nothing was sent, nothing lost.
    expect(submitted).toEqual([]);
    await expect.element(page.getByText(/Código/).first()).toBeInTheDocument();
    expect(shadowOf(element).querySelector('[data-pointer="/codigo"] .error')).not.toBeNull();
    await expect.element(page.getByLabelText(/^Código/)).toHaveValue('12');
    await page.getByLabelText(/^Código/).fill('123');
    expect(element.checkValidity()).toBe(true);
    await element.requestSubmit();
    expect(submitted).toEqual([{ codigo: '123' }]);
  });
});
