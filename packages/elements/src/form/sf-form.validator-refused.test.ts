/**
 * A plain schema shows its fields before Ajv arrives (issue #18); when Ajv then refuses the schema,
 * the answers typed meanwhile must not be lost (RELIABILITY: failures never discard user data). The
 * form stays with its answers under an alert naming what Ajv refused and where, `sf-error` says it,
 * and sending is refused with that message: nothing is sent unvalidated. The Ajv module is held by a
 * gate (`vi.mock` of core's `ajv.ts`: the module itself, delayed — nothing about it is faked).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { ajvGate } from '../internal/ajv-gate.test-support.js';
import { cleanPage, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfErrorDetail } from './events.js';
import './sf-form.js';
import type { SfForm } from './sf-form.component.js';

// Core imports its Ajv module lazily (`import('./ajv.js')`): it arrives only once the gate opens.
vi.mock('../../../core/src/ajv.js', async (importOriginal) =>
  (await import('../internal/ajv-gate.test-support.js')).ajvWhenOpen(importOriginal),
);

afterEach(() => cleanPage());

/** The shape check accepts it; Ajv's meta-schema refuses `minLength: -1`. */
const refused = {
  type: 'object',
  properties: {
    nome: { type: 'string', title: 'Nome' },
    apelido: { type: 'string', title: 'Apelido', minLength: -1 },
  },
};

describe('<sf-form> whose schema Ajv refuses after its fields showed', () => {
  it('keeps the form and the answers typed, says what Ajv refused, and refuses to send', async () => {
    const errors: SfErrorDetail[] = [];
    document.addEventListener('sf-error', (event) => errors.push((event as CustomEvent<SfErrorDetail>).detail));
    const element = document.createElement('sf-form') as SfForm;
    element.locale = 'pt-BR';
    element.schema = refused;
    const submitted: unknown[] = [];
    element.addEventListener('sf-submit', (event) => submitted.push((event as CustomEvent).detail));
    document.body.append(element);
    await until(() => shadowOf(element).querySelector('.fields'));
    await page.getByLabelText(/^Nome/).fill('Ana Souza');

    ajvGate.open();
    // The alert above the fields, read at once; its details name the keyword and the schema location.
    const alert = await until(() => shadowOf(element).querySelector('.notice[role="alert"]'));
    expect(alert.textContent).toContain('Este formulário está temporariamente indisponível.');
    expect(alert.querySelector('pre')!.textContent).toMatch(/minLength/);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.kind).toBe('schema');
    expect(errors[0]!.message).toMatch(/minLength/);
    expect(errors[0]!.pointer).toMatch(/apelido/);
    await element.updateComplete;

    // Nothing was lost: no fallback, the answer is in its field and in the element's value.
    expect(shadowOf(element).querySelector('.fallback')).toBeNull();
    await expect.element(page.getByLabelText(/^Nome/)).toHaveValue('Ana Souza');
    expect(element.value).toEqual({ nome: 'Ana Souza' });

    // Sending is refused, with the reason in the alert under the fields; nothing valid, nothing sent.
    await page.getByRole('button', { name: 'Enviar' }).click();
    await element.updateComplete;
    expect(submitted).toEqual([]);
    expect(element.validate()).toBe(false);
    expect(element.checkValidity()).toBe(false);
    const under = shadowOf(element).querySelector('.actions')!.previousElementSibling!;
    expect(under.getAttribute('role')).toBe('alert');
    expect(under.textContent).toContain('Este formulário está temporariamente indisponível.');
    // The answers can still be edited and copied.
    await page.getByLabelText(/^Nome/).fill('Ana Souza Lima');
    expect(element.value).toEqual({ nome: 'Ana Souza Lima' });
  });
});
