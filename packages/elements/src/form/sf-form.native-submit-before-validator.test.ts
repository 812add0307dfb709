/**
 * A host `<form>` submitted natively (its own submit button) before Ajv has arrived: a native submit
 * cannot wait, and the element is invalid while it cannot tell its errors, so the browser blocks it.
 * The person must not be left with nothing happening: the element says it is still loading and, once
 * the validator is here and the answers are valid, submits the host form; nothing is lost meanwhile.
 * The Ajv module is held by a gate (`vi.mock` of core's `ajv.ts`: the module itself, delayed).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { ajvGate } from '../internal/ajv-gate.test-support.js';
import { cleanPage, shadowOf, until } from '../internal/fixtures.test-support.js';
import './sf-form.js';
import type { SfForm } from './sf-form.component.js';

// Core imports its Ajv module lazily (`import('./ajv.js')`): it arrives only once the gate opens.
vi.mock('../../../core/src/ajv.js', async (importOriginal) =>
  (await import('../internal/ajv-gate.test-support.js')).ajvWhenOpen(importOriginal),
);

afterEach(() => cleanPage());

const schema = {
  type: 'object',
  required: ['codigo'],
  properties: { codigo: { type: 'string', title: 'Código', pattern: '^\\d{3}$', maxLength: 3 } },
};

describe('<sf-form> in a host form submitted before its validator arrived', () => {
  it('says it is still loading, then submits the host form once the answers are known valid', async () => {
    const form = document.createElement('form');
    form.innerHTML = '<button type="submit">Abrir chamado</button>';
    const submits: FormData[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits.push(new FormData(form));
    });
    document.body.append(form);
    const element = document.createElement('sf-form') as SfForm;
    element.locale = 'pt-BR';
    element.noSubmit = true;
    element.schema = schema;
    form.prepend(element);
    await until(() => shadowOf(element).querySelector('.fields'));
    await page.getByLabelText(/^Código/).fill('123');

    await page.getByRole('button', { name: 'Abrir chamado' }).click();
    // Blocked (nothing validated yet), but said: the alert region says the form is still loading.
    expect(submits).toEqual([]);
    const alert = await until(() => shadowOf(element).querySelector('[role="alert"] .notice'), 15_000);
    expect(alert.textContent).toContain('Carregando formulário…');

    ajvGate.open();
    await until(() => submits.length > 0, 15_000);
    expect(submits).toHaveLength(1);
    expect(submits[0]!.get('/codigo')).toBe('123');
    await expect.element(page.getByLabelText(/^Código/)).toHaveValue('123');
    expect(shadowOf(element).querySelector('[role="alert"] .notice')).toBeNull();
  });
});
