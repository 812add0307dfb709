/**
 * RELIABILITY C3: an initial answer of the wrong type (`"5"` for a number) is never converted; its
 * field shows empty with a notice saying what was given (in the form's language, described by the
 * control so a screen reader reads it), the value stays in `Form.unrecognised` until the person answers
 * the field, and the host still gets its `wrong-type` warning.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

afterEach(cleanPage);

const schema = {
  type: 'object',
  properties: {
    nome: { type: 'string', title: 'Nome' },
    quantidade: { type: 'integer', title: 'Quantidade' },
  },
};

describe('<sf-form> with a wrong-typed initial answer (C3)', () => {
  it('leaves the field empty with a notice showing what was given, until it is answered', async () => {
    const element = await mountForm({ schema, locale: 'pt-BR', value: { nome: 'Ana', quantidade: '5' } });
    const control = page.getByLabelText(/^Quantidade/);
    expect((control.element() as HTMLInputElement).value).toBe('');
    await expect.element(page.getByLabelText(/^Nome/)).toHaveValue('Ana');
    // Reachable from the control (aria-describedby), in pt-BR, naming the value given.
    await expect
      .element(control)
      .toHaveAccessibleDescription(/Recebemos "5" para este campo, mas não é do tipo esperado: preencha de novo/);
    expect(element.warnings.map((warning) => [warning.code, warning.pointer])).toEqual([['wrong-type', '/quantidade']]);
    // Not in the value (no conversion, nothing sent unvalidated).
    expect(element.value).toEqual({ nome: 'Ana' });

    await control.fill('7');
    await expect.element(control).not.toHaveAccessibleDescription(/Recebemos/);
    expect(shadowOf(element).textContent).not.toContain('Recebemos');
    expect(element.value).toEqual({ nome: 'Ana', quantidade: 7 });

    // A reset goes back to the initial answers: the notice with them.
    element.reset();
    await element.updateComplete;
    await expect.element(control).toHaveAccessibleDescription(/Recebemos "5"/);
  });

  it('says it in English on an English form, an object given shown as JSON', async () => {
    await mountForm({ schema, locale: 'en', value: { nome: { first: 'Ana' } } });
    await expect
      .element(page.getByLabelText(/^Nome/))
      .toHaveAccessibleDescription(
        'Error: This field was given {"first":"Ana"}, which is not the expected type: please fill it in again.',
      );
  });
});
