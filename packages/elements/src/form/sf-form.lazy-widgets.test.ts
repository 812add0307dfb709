import type { FieldModel } from '@schemaforms/core';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, cleanPage, CONTEXT, mountForm, shadowOf, until } from '../internal/fixtures.test-support.js';
import { arrayWidget, fileWidget, numberWidget, temporalWidget } from '../widgets/builtin-widgets.js';
import { LazyWidget, type WidgetCode } from '../widgets/lazy-widget.js';
import { registerWidget } from '../widgets/registry.js';
import type { SfForm } from './sf-form.component.js';

afterEach(cleanPage);

const SEED_FORMS = [
  '/schemas/token/revogacao-de-token.schema.json',
  '/schemas/dados-e-configuracoes-da-loja/alteracao-de-integradora.schema.json',
];

const ATTACHMENT_FORM = {
  type: 'object',
  properties: {
    nome: { type: 'string', title: 'Nome' },
    anexo: { type: 'string', title: 'Anexo' },
  },
};

/** A widget for `/anexo` whose code arrives when the test says so (or never, when the fetch fails). */
function gatedWidget(): { widget: LazyWidget; arrive(code: WidgetCode): void; fail(): void; fetches(): number } {
  let arrive!: (code: WidgetCode) => void;
  let fail!: () => void;
  let fetches = 0;
  const code = new Promise<WidgetCode>((resolve, reject) => {
    arrive = resolve;
    fail = () => reject(new TypeError('Failed to fetch dynamically imported module'));
  });
  const widget = new LazyWidget({
    name: 'gated',
    rank: 5,
    tester: (field: FieldModel) => field.pointer === '/anexo',
    load: () => {
      fetches++;
      return code;
    },
  });
  return { widget, arrive, fail, fetches: () => fetches };
}

/** A plain text control, as a host widget would draw it. */
const textCode: WidgetCode = {
  render: (field, ctx) => html`<input
    id=${ctx.id('control')}
    .value=${String(field.value ?? '')}
    @input=${(event: Event) => ctx.setValue((event.target as HTMLInputElement).value)}
  />`,
};

/** Mounts `<sf-form>` without awaiting `updateComplete` (which waits for widget code). */
async function mountWithoutWaiting(value?: unknown): Promise<SfForm> {
  const element = document.createElement('sf-form');
  element.locale = 'pt-BR';
  if (value !== undefined) element.value = value;
  element.schema = ATTACHMENT_FORM;
  document.body.append(element);
  await until(() => shadowOf(element).querySelector('.fields'));
  return element;
}

const fieldOf = (element: SfForm, pointer: string) =>
  shadowOf(element).querySelector<HTMLElement>(`[data-pointer="${pointer}"]`)!;

describe('<sf-form> widgets fetched on demand', () => {
  // First in the file: the built-in lazy widgets are page-wide, and later tests load them.
  it('renders the seed portal forms without fetching the attachment, list, number or date widgets', async () => {
    for (const url of SEED_FORMS) {
      const schema = await (await fetch(url)).json();
      const element = await mountForm({ schema, context: CONTEXT, locale: 'pt-BR' });
      expect(shadowOf(element).querySelectorAll('[data-pointer]').length).toBeGreaterThan(0);
      element.remove();
    }
    expect([fileWidget.status, arrayWidget.status, numberWidget.status, temporalWidget.status]).toEqual([
      'idle',
      'idle',
      'idle',
      'idle',
    ]);
  });

  it('fetches the number and date widgets (one module) when a rendered field needs them, and reads "1,50" as 1.5', async () => {
    const element = await mountForm({
      schema: {
        type: 'object',
        properties: {
          valor: { type: 'number', title: 'Valor' },
          data: { type: 'string', format: 'date', title: 'Data do pedido' },
        },
      },
      locale: 'pt-BR',
    });
    expect([numberWidget.status, temporalWidget.status]).toEqual(['loaded', 'loaded']);
    const root = shadowOf(element);
    const valor = root.querySelector<HTMLInputElement>('#sf_2f_valor--control')!;
    expect(valor.inputMode).toBe('decimal');
    expect(root.querySelector('input[type=date]')?.id).toBe('sf_2f_data--control');
    valor.value = '1,50';
    valor.dispatchEvent(new Event('input', { bubbles: true }));
    expect(element.value).toEqual({ valor: 1.5 });
    expect(await axeViolations(element)).toEqual([]);
  });

  it('fetches the built-in attachment and list widgets when a rendered field needs them', async () => {
    const element = await mountForm({
      schema: {
        type: 'object',
        properties: {
          comprovante: {
            type: 'string',
            title: 'Comprovante',
            contentMediaType: 'application/pdf',
            contentEncoding: 'base64',
          },
          contatos: { type: 'array', title: 'Contatos', items: { type: 'string', title: 'Contato' } },
        },
      },
      locale: 'pt-BR',
    });
    // updateComplete waited for both chunks: the final controls are there, no loading notice is left.
    expect([fileWidget.status, arrayWidget.status]).toEqual(['loaded', 'loaded']);
    const root = shadowOf(element);
    expect(root.querySelector('input[type=file]')?.id).toBe('sf_2f_comprovante--control');
    expect(root.querySelector('[part~="add"]')?.textContent).toMatch(/Adicionar item/);
    expect(root.querySelector('.widget-loading')).toBeNull();
    expect(await axeViolations(element)).toEqual([]);
  });

  it('shows the label and a loading notice until the widget arrives, and updateComplete waits for it', async () => {
    const gate = gatedWidget();
    const remove = registerWidget(gate.widget);
    try {
      const element = await mountWithoutWaiting({ nome: 'Maria', anexo: 'contrato.pdf' });
      const field = fieldOf(element, '/anexo');
      expect(field.querySelector('[part~="label"]')?.textContent).toBe('Anexo');
      const notice = field.querySelector('[role=status]');
      expect(notice?.textContent?.trim()).toBe('Carregando…');
      expect(await axeViolations(element)).toEqual([]);

      let settled = false;
      const complete = element.updateComplete.then(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(settled).toBe(false);

      gate.arrive(textCode);
      await complete;
      const control = shadowOf(element).getElementById('sf_2f_anexo--control') as HTMLInputElement;
      expect(control.value).toBe('contrato.pdf');
      // The loaded widget draws only the control: the form draws the label that names it.
      expect(shadowOf(element).querySelector('label[for="sf_2f_anexo--control"]')?.textContent).toMatch(/^Anexo/);
      expect(fieldOf(element, '/anexo').querySelector('.widget-loading')).toBeNull();
      // The frame switched from the notice's layout to the form's own: one label, before the control.
      const labels = fieldOf(element, '/anexo').querySelectorAll('label');
      expect(labels).toHaveLength(1);
      expect(labels[0]!.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(gate.fetches()).toBe(1);
    } finally {
      remove();
    }
  });

  it('says in place when the widget cannot be fetched, keeps the answers, and the rest of the form works', async () => {
    const gate = gatedWidget();
    const remove = registerWidget(gate.widget);
    try {
      const element = await mountWithoutWaiting({ nome: 'Maria', anexo: 'contrato.pdf' });
      gate.fail();
      await element.updateComplete;
      expect(gate.widget.status).toBe('failed');
      const field = fieldOf(element, '/anexo');
      expect(field.querySelector('[part~="label"]')?.textContent).toBe('Anexo');
      expect(field.querySelector('[role=status]')?.textContent?.trim()).toBe(
        'Não foi possível carregar esta pergunta. Verifique sua conexão e recarregue a página.',
      );
      expect(await axeViolations(element)).toEqual([]);

      const nome = shadowOf(element).getElementById('sf_2f_nome--control') as HTMLInputElement;
      nome.value = 'Maria Silva';
      nome.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(element.value).toEqual({ nome: 'Maria Silva', anexo: 'contrato.pdf' });
      // Rendering again does not fetch again: the browser keeps a failed module import anyway.
      expect(gate.fetches()).toBe(1);
    } finally {
      remove();
    }
  });
});
