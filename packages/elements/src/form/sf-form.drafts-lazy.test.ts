import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, CONTEXT, kitchenSinkSchema, mountForm, until } from '../internal/fixtures.test-support.js';

// Its own file, so the drafts code has not been fetched yet when the test starts.
afterEach(() => {
  cleanPage();
  localStorage.clear();
});

describe('<sf-form> fetching the drafts code on first use', () => {
  it('keeps every answer typed when a draft-key arrives on a form already shown, then saves the draft', async () => {
    const element = await mountForm({ schema: await kitchenSinkSchema(), context: CONTEXT, locale: 'pt-BR' });
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    element.draftKey = 'chamado';
    await element.updateComplete;
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
    await page.getByLabelText(/^Seu nome/).fill('Maria Silva');
    const saved = await until(() => localStorage.getItem('schemaforms:draft:chamado'));
    expect(JSON.parse(saved).value).toMatchObject({ nome: 'Maria Silva' });
  });
});
