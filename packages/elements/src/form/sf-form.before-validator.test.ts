/**
 * Fields before the validator (issue #18): a plain schema shows its fields, and toggles its
 * conditions, while the Ajv chunk is still held back; errors, validity and submission wait for it and
 * lose nothing; a schema Ajv then refuses keeps the form under an alert (sf-form.validator-refused.test.ts). The Ajv module is held by a gate this
 * file opens (`vi.mock` of core's `ajv.ts`: the module itself, delayed — nothing about it is faked).
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

/** A form whose `detalhe` field shows only for "outro", and a code that must be 3 digits. */
const schema = {
  type: 'object',
  title: 'Chamado',
  properties: {
    motivo: { type: 'string', title: 'Motivo', enum: ['atraso', 'outro'] },
    codigo: { type: 'string', title: 'Código', pattern: '^\\d{3}$' },
  },
  required: ['motivo', 'codigo'],
  if: { properties: { motivo: { const: 'outro' } }, required: ['motivo'] },
  then: { properties: { detalhe: { type: 'string', title: 'Detalhe' } }, required: ['detalhe'] },
};

function mount(properties: Partial<SfForm>): SfForm {
  const element = document.createElement('sf-form');
  Object.assign(element, { locale: 'en', ...properties });
  const parent = document.createElement('main');
  document.body.append(parent);
  parent.append(element);
  return element;
}

describe('<sf-form> before Ajv has arrived (gated until the last tests)', () => {
  it('shows the fields and toggles a condition while the Ajv chunk is held back', async () => {
    const element = mount({ schema });
    await until(() => shadowOf(element).querySelector('.fields'));
    expect(ajvGate.opened).toBe(false);
    expect(shadowOf(element).querySelector('.loading')).toBeNull();
    await expect.element(page.getByRole('radio', { name: 'atraso' })).toBeInTheDocument();
    expect(shadowOf(element).querySelector('[data-pointer="/detalhe"]')).toBeNull();
    await page.getByRole('radio', { name: 'outro' }).click();
    await expect.element(page.getByLabelText(/^Detalhe/)).toBeInTheDocument();
    await page.getByRole('radio', { name: 'atraso' }).click();
    await until(() => !shadowOf(element).querySelector('[data-pointer="/detalhe"]'));
    expect(ajvGate.opened).toBe(false);
  });

  it('holds validity and a submission until the validator arrives, then shows errors and sends', async () => {
    // A condition the evaluator leaves to Ajv (`format`): neither branch applies until Ajv decides.
    const undecided = mount({
      schema: {
        type: 'object',
        properties: { contato: { type: 'string', title: 'Contato' } },
        if: { properties: { contato: { format: 'email' } } },
        then: { properties: { copia: { type: 'boolean', title: 'Copia' } } },
        else: { properties: { telefone: { type: 'string', title: 'Telefone' } } },
      },
      value: { contato: 'ana@example.com' },
    });
    await until(() => shadowOf(undecided).querySelector('.fields'));
    expect(shadowOf(undecided).querySelector('[data-pointer="/copia"], [data-pointer="/telefone"]')).toBeNull();
    const element = mount({ schema });
    await until(() => shadowOf(element).querySelector('.fields'));
    await page.getByRole('radio', { name: 'atraso' }).click();
    await page.getByLabelText(/^Código/).fill('12');
    // Nothing can be called valid yet, and no error is invented.
    expect(element.checkValidity()).toBe(false);
    expect(element.validate()).toBe(false);
    expect(shadowOf(element).querySelectorAll('.error').length).toBe(0);
    const submitted: unknown[] = [];
    element.addEventListener('sf-submit', (event) => {
      event.preventDefault();
      submitted.push((event as CustomEvent<{ value: unknown }>).detail.value);
    });
    const submission = element.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(submitted).toEqual([]);
    expect(ajvGate.opened).toBe(false);

    ajvGate.open();
    await submission;
    await until(() => shadowOf(undecided).querySelector('[data-pointer="/copia"]'));
    expect(shadowOf(undecided).querySelector('[data-pointer="/telefone"]')).toBeNull();
    await expect.element(page.getByLabelText(/^Contato/)).toHaveValue('ana@example.com');
    // The validator judged the answers: the short code is an error, nothing was sent, nothing lost.
    expect(submitted).toEqual([]);
    await expect.element(page.getByText(/in the correct format/).first()).toBeInTheDocument();
    await expect.element(page.getByLabelText(/^Código/)).toHaveValue('12');
    expect(element.checkValidity()).toBe(false);

    await page.getByLabelText(/^Código/).fill('123');
    expect(element.checkValidity()).toBe(true);
    await element.requestSubmit();
    expect(submitted).toEqual([{ motivo: 'atraso', codigo: '123' }]);
  });
});

describe('<sf-form> after Ajv has arrived', () => {
  it('a schema Ajv refuses after the fields showed, nothing typed yet: the fallback and an sf-error', async () => {
    const errors: SfErrorDetail[] = [];
    document.addEventListener('sf-error', (event) => errors.push((event as CustomEvent<SfErrorDetail>).detail));
    // The shape check accepts it; Ajv's meta-schema refuses `minLength: -1`.
    const refused = { type: 'object', properties: { nome: { type: 'string', title: 'Nome', minLength: -1 } } };
    const element = mount({ schema: refused });
    await until(() => shadowOf(element).querySelector('.fallback'));
    expect(shadowOf(element).querySelector('.fields')).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.kind).toBe('schema');
    expect(errors[0]!.message).toMatch(/minLength/);
  });
});
