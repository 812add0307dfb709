import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
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

const KEY = 'schemaforms:draft:chamado';
let schema: Record<string, unknown>;

beforeAll(async () => {
  schema = await kitchenSinkSchema();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  cleanPage();
});

const withDraft = (extra: Record<string, string> = {}) =>
  mountForm({ schema, context: CONTEXT, locale: 'pt-BR', attributes: { 'draft-key': 'chamado', ...extra } });

const notices = (element: SfForm) => [...shadowOf(element).querySelectorAll('.notice')].map((n) => n.textContent);

describe('<sf-form> drafts', () => {
  it('saves answers without the secret, and restores them on the next visit', async () => {
    await withDraft();
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await page.getByRole('radio', { name: 'Revogação de token' }).click();
    await page.getByLabelText(/^Token de API/).fill('tok_never_stored');
    const saved = await until(() => localStorage.getItem(KEY));
    expect(saved).not.toContain('tok_never_stored');
    expect(JSON.parse(saved).value).toMatchObject({ nome: 'Maria', tipo: 'revogacao' });

    cleanPageKeepingStorage();
    const element = await withDraft();
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
    await expect.element(page.getByRole('radio', { name: 'Revogação de token' })).toBeChecked();
    await expect.element(page.getByLabelText(/^Token de API/)).toHaveValue('');
    expect(notices(element)).toEqual(['Recuperamos as respostas que você salvou neste dispositivo.']);
  });

  it('says how many saved answers no longer fit the form', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ v: 1, value: { nome: 'Maria', campoRemovido: 'x', quantidade: 'muitos' } }),
    );
    const element = await withDraft();
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
    expect(notices(element)[1]).toBe(
      'Não foi possível recuperar 2 respostas salvas, porque o formulário mudou desde então.',
    );
  });

  it('ignores a secret planted in a draft', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: { nome: 'Maria', token: 'tok_planted' } }));
    await withDraft();
    await expect.element(page.getByLabelText(/^Token de API/)).toHaveValue('');
  });

  it('ignores and deletes a corrupt draft', async () => {
    localStorage.setItem(KEY, '{"v":1,"value":{"nome":');
    const element = await withDraft();
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(notices(element)).toEqual([]);
  });

  it('tells the person when storage is unavailable, and still works', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const element = await withDraft();
    expect(notices(element)).toEqual([
      'Não é possível salvar rascunhos neste navegador. O formulário funciona normalmente, mas suas respostas não serão guardadas se você sair da página.',
    ]);
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    expect(element.value).toMatchObject({ nome: 'Maria' });
  });

  it('tells the person when a write fails (quota), and still after the form starts again', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const element = await withDraft();
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await until(() => notices(element).length > 0);
    expect(notices(element)[0]).toMatch(/Não é possível salvar rascunhos/);
    element.context = { ...CONTEXT };
    await element.updateComplete;
    expect(notices(element)[0]).toMatch(/Não é possível salvar rascunhos/);
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
  });

  it('deletes the draft after a successful submission', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}', { status: 201 })));
    const element = await withDraft({ action: '/api/tickets' });
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await page.getByLabelText(/^E-mail \(/).fill('maria@example.com');
    await page.getByRole('radio', { name: 'Outro' }).click();
    await page.getByLabelText(/^Li e aceito os termos/).click();
    await until(() => localStorage.getItem(KEY));
    const done = new Promise((resolve) => element.addEventListener('sf-submitted', resolve, { once: true }));
    await page.getByRole('button', { name: 'Enviar' }).click();
    await done;
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  describe('the same draft open in another tab (RELIABILITY D14)', () => {
    /** Another tab saves its answers: storage changes and this window gets the `storage` event. */
    const otherTabSaves = (value: unknown): void => {
      const text = JSON.stringify({ v: 1, savedAt: new Date().toISOString(), value });
      localStorage.setItem(KEY, text);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: text, storageArea: localStorage }));
    };
    const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null')?.value;
    const CONFLICT = /também está aberto em outra aba/;

    it('stops saving over the other tab\'s answers and says so; "use the other tab\'s answers" loads them', async () => {
      const element = await withDraft();
      await page.getByLabelText(/^Seu nome/).fill('Maria');
      await until(() => saved()?.nome === 'Maria');

      otherTabSaves({ nome: 'Joana' });
      await expect.element(page.getByText(CONFLICT).first()).toBeVisible();
      // Screen readers hear it too: the element's status region says the same.
      await until(() => CONFLICT.test(shadowOf(element).querySelector('[role=status]')?.textContent ?? ''));
      await page.getByLabelText(/^Seu nome/).fill('Maria Silva');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(saved()).toEqual({ nome: 'Joana' });
      expect(element.value).toMatchObject({ nome: 'Maria Silva' });

      await page.getByRole('button', { name: 'Usar as respostas da outra aba' }).click();
      await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Joana');
      await until(() => !shadowOf(element).querySelector('.notice[data-kind=warning]'));
      await page.getByLabelText(/^Seu nome/).fill('Joana Souza');
      await until(() => saved()?.nome === 'Joana Souza');
    });

    it('"save this tab\'s answers" writes them over the other tab\'s', async () => {
      const element = await withDraft();
      await page.getByLabelText(/^Seu nome/).fill('Maria');
      await until(() => saved()?.nome === 'Maria');
      otherTabSaves({ nome: 'Joana' });
      await page.getByRole('button', { name: 'Salvar as respostas desta aba' }).click();
      await until(() => saved()?.nome === 'Maria');
      await until(() => !shadowOf(element).querySelector('.notice[data-kind=warning]'));
      await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
    });

    it("keeps and saves this tab's answers when the other tab's draft is gone by the time the person chooses it", async () => {
      const element = await withDraft();
      await page.getByLabelText(/^Seu nome/).fill('Maria');
      await until(() => saved()?.nome === 'Maria');
      otherTabSaves({ nome: 'Joana' });
      await expect.element(page.getByText(CONFLICT).first()).toBeVisible();
      localStorage.removeItem(KEY); // the other tab sent its ticket
      await page.getByRole('button', { name: 'Usar as respostas da outra aba' }).click();
      await until(() => !shadowOf(element).querySelector('.notice[data-kind=warning]'));
      await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
      expect(saved()).toEqual(expect.objectContaining({ nome: 'Maria' }));
    });

    it("keeps a secret typed in this tab when it takes the other tab's answers, and passes axe with the notice", async () => {
      const element = await withDraft();
      await page.getByRole('radio', { name: 'Revogação de token' }).click();
      await page.getByLabelText(/^Token de API/).fill('tok_typed_here');
      await until(() => saved()?.tipo === 'revogacao');
      otherTabSaves({ nome: 'Joana', tipo: 'revogacao' });
      await expect.element(page.getByText(CONFLICT).first()).toBeVisible();
      expect(await axeViolations(element)).toEqual([]);
      await page.getByRole('button', { name: 'Usar as respostas da outra aba' }).click();
      await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Joana');
      await expect.element(page.getByLabelText(/^Token de API/)).toHaveValue('tok_typed_here');
    });
  });

  it('keeps no draft without draft-key', async () => {
    await mountForm({ schema, context: CONTEXT, locale: 'pt-BR' });
    await page.getByLabelText(/^Seu nome/).fill('Maria');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(localStorage.length).toBe(0);
  });
});

function cleanPageKeepingStorage(): void {
  document.body.replaceChildren();
}
