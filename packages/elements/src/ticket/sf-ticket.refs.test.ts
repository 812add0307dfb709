/**
 * `<sf-ticket>` registers every schema of a JSON catalog (issue #14 item 6): one form may `$ref` another
 * form, or a shared schema of the catalog's `schemas` list, by `$id`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import './sf-ticket.js';
import { until } from '../internal/fixtures.test-support.js';

const BASE = 'https://schemaforms.example/schemas/';

/** A shared schema that is no form: a Brazilian postcode. */
const cep = {
  $id: `${BASE}_shared/cep.schema.json`,
  type: 'string',
  title: 'CEP',
  pattern: '^[0-9]{8}$',
  maxLength: 8,
};

const endereco = {
  $id: `${BASE}cadastro/endereco.schema.json`,
  title: 'Troca de endereço',
  'x-category': 'Cadastro',
  type: 'object',
  properties: { rua: { type: 'string', title: 'Rua', maxLength: 80 }, cep: { $ref: '../_shared/cep.schema.json' } },
  required: ['rua', 'cep'],
};

const entrega = {
  $id: `${BASE}logistica/entrega.schema.json`,
  title: 'Endereço de entrega',
  'x-category': 'Logística',
  type: 'object',
  properties: { destino: { $ref: '../cadastro/endereco.schema.json', title: 'Destino' } },
  required: ['destino'],
};

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<sf-ticket> with a JSON catalog whose forms $ref each other', () => {
  it('renders and validates a form through another form of the catalog and a shared schema', async () => {
    const json = {
      subjects: [
        { id: 'cadastro/endereco', category: 'Cadastro', title: endereco.title, schema: endereco },
        { id: 'logistica/entrega', category: 'Logística', title: entrega.title, schema: entrega },
      ],
      schemas: [cep],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json(json)),
    );
    const ticket = document.createElement('sf-ticket');
    ticket.setAttribute('catalog-src', '/catalog.json');
    document.body.append(ticket);
    await ticket.updateComplete;
    await page.getByLabelText('Categoria').selectOptions('Logística');
    await page.getByLabelText('Assunto').selectOptions('Endereço de entrega');
    await page.getByRole('button', { name: 'Continuar' }).click();
    const form = await until(() => {
      const element = ticket.shadowRoot?.querySelector('sf-form');
      return element?.shadowRoot?.querySelector('.fields') ? element : undefined;
    });
    await page.getByLabelText(/^Rua/).fill('Rua das Flores');
    await page.getByLabelText(/^CEP/).fill('123');
    expect(form.validate()).toBe(false);
    await page.getByLabelText(/^CEP/).fill('12345678');
    expect(form.validate()).toBe(true);
    expect(form.value).toEqual({ destino: { rua: 'Rua das Flores', cep: '12345678' } });
  });
});
