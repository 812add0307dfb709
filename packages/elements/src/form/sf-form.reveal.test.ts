import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, cleanPage, CONTEXT, mountForm, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfForm } from './sf-form.component.js';

afterEach(cleanPage);

/**
 * The seed token form with the rule of issue #19: "Quais pedidos?" shows when "Possui pedidos em
 * andamento?" is Sim. Built from the seed file, which has no such branch (the article has none).
 */
async function tokenFormWithRule(): Promise<Record<string, unknown>> {
  const seed = (await (await fetch('/schemas/token/revogacao-de-token.schema.json')).json()) as Record<string, unknown>;
  const { additionalProperties: _closed, ...open } = seed;
  return {
    ...open,
    if: { properties: { pedidosEmAndamento: { const: true } }, required: ['pedidosEmAndamento'] },
    then: {
      properties: { quaisPedidos: { type: 'string', title: 'Quais pedidos?', maxLength: 500 } },
      required: ['quaisPedidos'],
    },
    unevaluatedProperties: false,
  };
}

async function mountTokenForm(width = '1000px'): Promise<SfForm> {
  const parent = document.createElement('main');
  parent.style.width = width;
  document.body.append(parent);
  const element = await mountForm({ schema: await tokenFormWithRule(), context: CONTEXT, locale: 'pt-BR', parent });
  element.style.setProperty('--sf-form-max-width', 'none');
  await element.updateComplete;
  return element;
}

/** Every text the polite status region of the form takes, from now on. */
function recordAnnouncements(element: SfForm): string[] {
  const region = shadowOf(element).querySelector('[role="status"]')!;
  const said: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent?.trim();
    if (text) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

const sim = () => page.getByRole('radio', { name: 'Sim' });
const nao = () => page.getByRole('radio', { name: 'Não' });
const quais = () => page.getByLabelText(/^Quais pedidos\?/);
const revealedControl = (element: SfForm) =>
  shadowOf(element).querySelector<HTMLTextAreaElement>('[data-pointer="/quaisPedidos"] textarea');

describe('<sf-form> conditional reveal (GOV.UK)', () => {
  it('has no axe violations before and after an answer reveals a field', async () => {
    const element = await mountTokenForm();
    expect(await axeViolations(element)).toEqual([]);
    await sim().click();
    await until(() => revealedControl(element));
    expect(await axeViolations(element)).toEqual([]);
  });

  it('draws the revealed field directly under Sim, inside the radio group, before Não', async () => {
    const element = await mountTokenForm();
    const root = shadowOf(element);
    expect(revealedControl(element)).toBeNull();
    await sim().click();
    const control = await until(() => revealedControl(element));
    const container = control.closest('.conditional')!;
    const simRadio = sim().element() as HTMLInputElement;
    const naoRadio = nao().element() as HTMLInputElement;
    // DOM order: Sim, then what it reveals, then Não; all inside the question's fieldset.
    expect(simRadio.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.compareDocumentPosition(naoRadio) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.closest('[data-pointer="/pedidosEmAndamento"] fieldset')).not.toBeNull();
    // Visual position: below Sim's row, above Não, indented from the radios.
    const simRow = simRadio.closest('.choice')!.getBoundingClientRect();
    const box = container.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(simRow.bottom - 1);
    expect(box.bottom).toBeLessThanOrEqual(naoRadio.getBoundingClientRect().top);
    expect(control.getBoundingClientRect().left).toBeGreaterThan(simRadio.getBoundingClientRect().right);
    // Sim controls the container (GOV.UK Frontend's aria-controls), without aria-expanded (invalid on radios).
    expect(simRadio.getAttribute('aria-controls')).toBe(container.id);
    expect(simRadio.hasAttribute('aria-expanded')).toBe(false);
    expect(naoRadio.hasAttribute('aria-controls')).toBe(false);
    // Nowhere else in the form.
    expect(root.querySelectorAll('[data-pointer="/quaisPedidos"]').length).toBe(1);
  });

  it('says once what the answer revealed, through the live region', async () => {
    const element = await mountTokenForm();
    const said = recordAnnouncements(element);
    await sim().click();
    await until(() => revealedControl(element));
    await quais().fill('1234');
    await element.updateComplete;
    expect(said).toEqual(['Nova pergunta abaixo de Sim: Quais pedidos?']);
  });

  it('tabs from Sim to the revealed field and on to the next question', async () => {
    const element = await mountTokenForm();
    await sim().click();
    await until(() => revealedControl(element));
    (sim().element() as HTMLElement).focus();
    const visited: string[] = [];
    for (let step = 0; step < 2; step++) {
      await userEvent.tab();
      visited.push(shadowOf(element).activeElement!.closest('[data-pointer]')!.getAttribute('data-pointer')!);
    }
    expect(visited).toEqual(['/quaisPedidos', '/mensagem']);
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(shadowOf(element).activeElement).toBe(sim().element());
  });

  it('hides the field on Não, keeps what was typed, and leaves it out of the payload', async () => {
    const element = await mountTokenForm();
    await page.getByLabelText(/^Integradora Atual/).fill('Bling');
    await page.getByLabelText(/^Informe o seu Token/).fill('tok-123');
    await sim().click();
    await until(() => revealedControl(element));
    await quais().fill('1001, 1002');
    await nao().click();
    await until(() => !revealedControl(element));
    const container = shadowOf(element).querySelector('.conditional')!;
    expect(container.hasAttribute('hidden')).toBe(true);
    expect(container.getBoundingClientRect().height).toBe(0);

    const payload = new Promise((resolve) =>
      element.addEventListener('sf-submit', (event) => resolve(event.detail.value), { once: true }),
    );
    await page.getByRole('button', { name: 'Enviar' }).click();
    await expect(payload).resolves.toEqual({
      loja: '10231',
      integradoraAtual: 'Bling',
      token: 'tok-123',
      pedidosEmAndamento: false,
    });

    await sim().click();
    await expect.element(quais()).toHaveValue('1001, 1002');
  });

  it('keeps the x-layout columns: the question and what it reveals stay in the second column', async () => {
    const element = await mountTokenForm('1000px');
    await sim().click();
    const control = await until(() => revealedControl(element));
    const box = (pointer: string) =>
      shadowOf(element).querySelector(`[data-pointer="${pointer}"]`)!.getBoundingClientRect();
    expect(box('/pedidosEmAndamento').left).toBeGreaterThan(box('/token').right);
    expect(control.getBoundingClientRect().left).toBeGreaterThan(box('/pedidosEmAndamento').left);
    expect(box('/mensagem').top).toBeGreaterThan(control.getBoundingClientRect().bottom);
  });

  it('links the error summary to the revealed field and focuses it', async () => {
    const element = await mountTokenForm();
    await sim().click();
    await until(() => revealedControl(element));
    await page.getByRole('button', { name: 'Enviar' }).click();
    const summary = await until(() => shadowOf(element).querySelector('.summary'));
    const link = [...summary.querySelectorAll('a')].find((a) => a.textContent?.includes('Quais pedidos'));
    expect(link).toBeDefined();
    await page.elementLocator(link!).click();
    expect(shadowOf(element).activeElement).toBe(revealedControl(element));
    expect(await axeViolations(element)).toEqual([]);
  });

  it('lists the errors in the order of the page: the revealed field before the question after it', async () => {
    const schema = await tokenFormWithRule();
    // "Deixe sua mensagem" made required, so a base field with an error comes after the revealed one.
    const element = await mountForm({
      schema: { ...schema, required: [...(schema.required as string[]), 'mensagem'] },
      context: CONTEXT,
      locale: 'pt-BR',
    });
    await sim().click();
    await until(() => revealedControl(element));
    await page.getByRole('button', { name: 'Enviar' }).click();
    const summary = await until(() => shadowOf(element).querySelector('.summary'));
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.indexOf('#sf_2f_quaisPedidos--control')).toBeGreaterThan(-1);
    expect(links.indexOf('#sf_2f_quaisPedidos--control')).toBeLessThan(links.indexOf('#sf_2f_mensagem--control'));
    expect(links.indexOf('#sf_2f_token--control')).toBeLessThan(links.indexOf('#sf_2f_quaisPedidos--control'));
  });

  it('draws what a select answer reveals right after the select', async () => {
    const motivos = ['a', 'b', 'c', 'd', 'e', 'f'];
    const element = await mountForm({
      locale: 'pt-BR',
      schema: {
        type: 'object',
        properties: {
          motivo: { title: 'Motivo', enum: motivos },
          depois: { type: 'string', title: 'Depois', maxLength: 20 },
        },
        if: { properties: { motivo: { const: 'f' } }, required: ['motivo'] },
        then: { properties: { detalhe: { type: 'string', title: 'Detalhe', maxLength: 20 } } },
      },
    });
    const said = recordAnnouncements(element);
    await page.getByLabelText(/^Motivo/).selectOptions('f');
    const detail = await until(() =>
      shadowOf(element).querySelector<HTMLInputElement>('[data-pointer="/detalhe"] input'),
    );
    const select = shadowOf(element).querySelector('select')!;
    expect(detail.closest('[data-pointer="/motivo"]')).not.toBeNull();
    expect(select.getAttribute('aria-controls')).toBe(detail.closest('.conditional')!.id);
    const after = shadowOf(element).querySelector('[data-pointer="/depois"]')!;
    expect(detail.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await element.updateComplete;
    expect(said).toEqual(['Nova pergunta abaixo de f: Detalhe']);
    expect(await axeViolations(element)).toEqual([]);
  });
});
