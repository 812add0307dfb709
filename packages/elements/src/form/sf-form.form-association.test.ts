import { compileSchema } from '@schemaforms/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  axeViolations,
  cleanPage,
  CONTEXT,
  kitchenSinkSchema,
  mountForm,
  shadowOf,
  until,
} from '../internal/fixtures.test-support.js';
import type { SfForm } from './sf-form.component.js';

let schema: Record<string, unknown>;

beforeAll(async () => {
  schema = await kitchenSinkSchema();
});

afterEach(cleanPage);

/** A plain host page form around `<sf-form>`, with its own submit button. */
async function hostForm(attributes: Record<string, string> = {}): Promise<{ form: HTMLFormElement; element: SfForm }> {
  const form = document.createElement('form');
  form.innerHTML = '<button type="submit">Abrir chamado</button>';
  const main = document.createElement('main');
  main.append(form);
  document.body.append(main);
  const element = await mountForm({ schema, context: CONTEXT, locale: 'pt-BR', attributes, parent: form });
  form.prepend(element);
  await element.updateComplete;
  return { form, element };
}

async function fillRequired(): Promise<void> {
  await page.getByLabelText(/^Seu nome/).fill('Maria');
  await page.getByLabelText(/^E-mail \(/).fill('maria@example.com');
  await page.getByRole('radio', { name: 'Outro' }).click();
  await page.getByLabelText(/^Li e aceito os termos/).click();
}

describe('<sf-form> inside a host <form>', () => {
  it('has no axe violations', async () => {
    const { element } = await hostForm({ 'no-submit': '' });
    expect(await axeViolations(element)).toEqual([]);
  });

  it('is the form-associated element and hands over every active answer named by JSON Pointer', async () => {
    const { form, element } = await hostForm();
    expect(element.form).toBe(form);
    expect(form.elements).toContain(element);
    expect(shadowOf(element).querySelector('form')).toBeNull();
    await fillRequired();
    await page.getByRole('radio', { name: 'Sim' }).click();
    await page.getByLabelText(/^URL de Frete/).fill('https://frete.example/x');
    await page.getByRole('radio', { name: 'Não' }).click();
    await page.getByLabelText(/^Token de API/).fill('tok_123456789');
    await element.updateComplete;
    // Entry order follows the payload's key order, which is the core's business.
    expect([...new FormData(form).entries()].sort()).toEqual(
      [
        ['/loja', '10231'],
        ['/nome', 'Maria'],
        ['/email', 'maria@example.com'],
        ['/tipo', 'outro'],
        ['/usaFrete', 'false'],
        ['/token', 'tok_123456789'],
        ['/aceite', 'true'],
      ].sort(),
    );
  });

  it('matches :valid from its first render when a small form is valid at load; a large one waits for idle time', async () => {
    // A compiled schema starts the form synchronously: up to updateComplete only microtasks run, so no
    // idle callback can have computed the validity meanwhile.
    const firstRender = async (properties: Record<string, unknown>): Promise<SfForm> => {
      const element = document.createElement('sf-form');
      element.schema = await compileSchema({ type: 'object', properties });
      document.body.append(element);
      await element.updateComplete;
      return element;
    };
    const small = await firstRender({ nome: { type: 'string', title: 'Nome' } });
    expect(small.matches(':valid')).toBe(true);
    const large = await firstRender(
      Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`c${i}`, { type: 'string', title: `Campo ${i}` }])),
    );
    // Until then the large form keeps the invalid "loading" state: a host form's submit in that instant is
    // held back rather than sent unvalidated.
    expect(large.matches(':invalid')).toBe(true);
    await until(() => large.matches(':valid'));
  });

  it('matches :invalid until every required answer is valid, and checkValidity() agrees quietly', async () => {
    const { element } = await hostForm();
    expect(element.matches(':invalid')).toBe(true);
    expect(element.checkValidity()).toBe(false);
    expect(element.validity.valueMissing).toBe(true);
    expect(element.validationMessage).toBe('Preencha o campo Seu nome');
    // A question, not a submission: nothing is shown yet.
    await element.updateComplete;
    expect(shadowOf(element).querySelector('.summary, .field .error')).toBeNull();

    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await page.getByLabelText(/^E-mail \(/).fill('maria@');
    expect(element.validity.typeMismatch).toBe(true);
    await fillRequired();
    expect(element.checkValidity()).toBe(true);
    expect(element.matches(':valid')).toBe(true);
  });

  it('maps keywords to ValidityState flags', async () => {
    const element = await mountForm({
      locale: 'pt-BR',
      schema: {
        type: 'object',
        properties: {
          codigo: { type: 'string', title: 'Código', pattern: '^[A-Z]{3}$', maxLength: 3 },
          idade: { type: 'integer', title: 'Idade', minimum: 18, maximum: 120 },
        },
      },
    });
    await page.getByLabelText(/^Código/).fill('abc');
    expect(element.validity.patternMismatch).toBe(true);
    await page.getByLabelText(/^Código/).fill('ABC');
    await page.getByLabelText(/^Idade/).fill('12');
    expect(element.validity.rangeUnderflow).toBe(true);
    await page.getByLabelText(/^Idade/).fill('200');
    expect(element.validity.rangeOverflow).toBe(true);
    await page.getByLabelText(/^Idade/).fill('doze');
    expect(element.validity.typeMismatch).toBe(true);
  });

  it('reportValidity() shows the errors and focuses the first invalid field', async () => {
    const { element } = await hostForm();
    expect(element.reportValidity()).toBe(false);
    await element.updateComplete;
    expect(shadowOf(element).activeElement).toBe(page.getByLabelText(/^Seu nome/).element());
    expect(shadowOf(element).querySelector('.summary')).not.toBeNull();
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('blocks the host form’s submit while invalid, then lets it submit the answers', async () => {
    const { form, element } = await hostForm({ 'no-submit': '' });
    expect(shadowOf(element).querySelector('.submit')).toBeNull();
    const submitted: FormData[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(new FormData(form));
    });
    await page.getByRole('button', { name: 'Abrir chamado' }).click();
    expect(submitted).toHaveLength(0);
    await until(() => shadowOf(element).querySelector('.summary'));
    expect(shadowOf(element).activeElement).toBe(page.getByLabelText(/^Seu nome/).element());

    await fillRequired();
    await page.getByRole('button', { name: 'Abrir chamado' }).click();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.get('/nome')).toBe('Maria');
  });

  it('submits the host form from its own button and from Enter when there is no action', async () => {
    const { form } = await hostForm();
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits++;
    });
    await fillRequired();
    await page.getByRole('button', { name: 'Enviar' }).click();
    expect(submits).toBe(1);
    await page.getByLabelText(/^Seu nome/).click();
    await userEvent.keyboard('{Enter}');
    expect(submits).toBe(2);
  });

  it('resets with the host form, keeping the initial answers', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const element = await mountForm({
      schema,
      context: CONTEXT,
      locale: 'pt-BR',
      value: { nome: 'Inicial' },
      parent: form,
    });
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await page.getByLabelText(/^Cupom/).fill('X');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await until(() => shadowOf(element).querySelector('.summary'));
    form.reset();
    await element.updateComplete;
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Inicial');
    await expect.element(page.getByLabelText(/^Cupom/)).toHaveValue('');
    expect(shadowOf(element).querySelector('.summary, .field .error')).toBeNull();
  });

  it('is disabled with a disabled fieldset', async () => {
    const fieldset = document.createElement('fieldset');
    const form = document.createElement('form');
    form.append(fieldset);
    document.body.append(form);
    const element = await mountForm({ schema, context: CONTEXT, locale: 'pt-BR', parent: fieldset });
    fieldset.disabled = true;
    await element.updateComplete;
    expect(shadowOf(element).querySelector('.fields')!.hasAttribute('inert')).toBe(true);
    fieldset.disabled = false;
    await element.updateComplete;
    expect(shadowOf(element).querySelector('.fields')!.hasAttribute('inert')).toBe(false);
  });
});
