/**
 * RELIABILITY C3: an initial answer of the wrong type (`"5"` for a number) is never converted; its
 * field shows empty with a notice saying what was given (in the form's language, described by the
 * control so a screen reader reads it), the value stays in `Form.unrecognised` until the person answers
 * the field, and the host still gets its `wrong-type` warning. It stays set aside when the form starts
 * again keeping the answers (a new `context` or `draft-key`) and is saved and restored with a draft.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, mountForm, shadowOf, until } from '../internal/fixtures.test-support.js';

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

  it('keeps it set aside when the form restarts keeping the answers (a new context or draft-key)', async () => {
    const element = await mountForm({ schema, locale: 'pt-BR', value: { nome: 'Ana', quantidade: '5' } });
    const control = page.getByLabelText(/^Quantidade/);
    await page.getByLabelText(/^Nome/).fill('Bia');
    element.context = { store: '10231' };
    await element.updateComplete;
    // A new form (its import warned of nothing: the "5" came over as set aside, not as an answer).
    expect(element.warnings).toEqual([]);
    await expect.element(page.getByLabelText(/^Nome/)).toHaveValue('Bia');
    await expect.element(control).toHaveAccessibleDescription(/Recebemos "5" para este campo/);
    expect(element.value).toEqual({ nome: 'Bia' });

    element.setAttribute('draft-key', 'c3-restart');
    await element.updateComplete;
    await expect.element(control).toHaveAccessibleDescription(/Recebemos "5" para este campo/);
    expect(element.value).toEqual({ nome: 'Bia' });

    // Answered: gone, and a later restart does not bring it back.
    await control.fill('7');
    element.context = { store: '20455' };
    await element.updateComplete;
    await expect.element(control).toHaveValue('7');
    expect(shadowOf(element).textContent).not.toContain('Recebemos');
  });

  it('saves it with the draft, apart from the answers, and shows it set aside again on the next visit', async () => {
    const draftKey = 'schemaforms:draft:c3-draft';
    const attributes = { 'draft-key': 'c3-draft' };
    await mountForm({ schema, locale: 'pt-BR', attributes, value: { nome: 'Ana', quantidade: '5' } });
    await page.getByLabelText(/^Nome/).fill('Bia');
    const saved = JSON.parse(await until(() => localStorage.getItem(draftKey)));
    expect(saved.value).toEqual({ nome: 'Bia' });
    expect(saved.unrecognised).toEqual({ '/quantidade': '5' });

    // The next visit (storage kept): the answers from the draft, the "5" set aside, not counted as lost.
    document.body.replaceChildren();
    const element = await mountForm({ schema, locale: 'pt-BR', attributes });
    const control = page.getByLabelText(/^Quantidade/);
    await expect.element(page.getByLabelText(/^Nome/)).toHaveValue('Bia');
    await expect.element(control).toHaveAccessibleDescription(/Recebemos "5" para este campo/);
    expect((control.element() as HTMLInputElement).value).toBe('');
    expect(element.value).toEqual({ nome: 'Bia' });
    expect([...shadowOf(element).querySelectorAll('.notice')].map((notice) => notice.textContent)).toEqual([
      'Recuperamos as respostas que você salvou neste dispositivo.',
    ]);

    // Answered: the next save holds the answer and nothing set aside.
    await control.fill('7');
    await until(() => JSON.parse(localStorage.getItem(draftKey) ?? '{}').value?.quantidade === 7);
    expect(JSON.parse(localStorage.getItem(draftKey)!)).not.toHaveProperty('unrecognised');
    expect(shadowOf(element).textContent).not.toContain('Recebemos');
  });
});
