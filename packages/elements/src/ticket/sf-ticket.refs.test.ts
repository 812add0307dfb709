/**
 * `<sf-ticket>` registers every schema of its catalog (issue #14 item 6), a JSON catalog or one handed
 * over as the `catalog` property: one form may `$ref` another form, or a shared schema of the catalog's
 * `schemas` list, by `$id`.
 */
import type { Catalog, JsonSchemaObject } from '@schemaforms/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import './sf-ticket.js';
import type { SfTicket } from './sf-ticket.component.js';
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

/** A form with no `$ref` to another document. */
const cepForm = {
  $id: `${BASE}cadastro/cep-avulso.schema.json`,
  title: 'CEP avulso',
  'x-category': 'Cadastro',
  type: 'object',
  properties: { cep: { type: 'string', title: 'CEP', maxLength: 8 } },
};

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Opens "Endereço de entrega" and waits for its form's fields. */
async function openEntrega(ticket: SfTicket) {
  await ticket.updateComplete;
  await page.getByLabelText('Categoria').selectOptions('Logística');
  await page.getByLabelText('Assunto').selectOptions('Endereço de entrega');
  await page.getByRole('button', { name: 'Continuar' }).click();
  return until(() => {
    const element = ticket.shadowRoot?.querySelector('sf-form');
    return element?.shadowRoot?.querySelector('.fields') ? element : undefined;
  });
}

/** Fills the address through the shared CEP: refused with 3 digits, valid with 8. */
async function expectAddressValidated(form: Awaited<ReturnType<typeof openEntrega>>): Promise<void> {
  await page.getByLabelText(/^Rua/).fill('Rua das Flores');
  await page.getByLabelText(/^CEP/).fill('123');
  expect(form.validate()).toBe(false);
  await page.getByLabelText(/^CEP/).fill('12345678');
  expect(form.validate()).toBe(true);
  expect(form.value).toEqual({ destino: { rua: 'Rua das Flores', cep: '12345678' } });
}

/** A catalog property whose subjects load plain schemas (counting the loads). */
function catalogOf(schemas: JsonSchemaObject[], shared?: JsonSchemaObject[]) {
  const loads = new Map<string, number>();
  const catalog: Catalog = {
    subjects: schemas.map((schema) => {
      const id = String(schema.$id).slice(BASE.length, -'.schema.json'.length);
      return {
        id,
        category: String(schema['x-category']),
        title: String(schema.title),
        load: async () => {
          loads.set(id, (loads.get(id) ?? 0) + 1);
          return schema;
        },
      };
    }),
    ...(shared ? { schemas: shared } : {}),
  };
  return { catalog, loads };
}

function mountWith(catalog: Catalog): SfTicket {
  const ticket = document.createElement('sf-ticket');
  ticket.catalog = catalog;
  document.body.append(ticket);
  return ticket;
}

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
    await expectAddressValidated(await openEntrega(ticket));
  });
});

describe('<sf-ticket> with a catalog property of plain schemas that $ref each other', () => {
  it('renders and validates a form through another subject and a shared schema of `schemas`', async () => {
    const { catalog } = catalogOf([endereco, entrega], [cep]);
    await expectAddressValidated(await openEntrega(mountWith(catalog)));
  });

  it('hands a schema that names no other document to <sf-form> as it is, loading no other subject', async () => {
    const { catalog, loads } = catalogOf([cepForm, endereco, entrega], [cep]);
    const ticket = mountWith(catalog);
    await ticket.updateComplete;
    await page.getByLabelText('Categoria').selectOptions('Cadastro');
    await page.getByLabelText('Assunto').selectOptions('CEP avulso');
    await page.getByRole('button', { name: 'Continuar' }).click();
    const form = await until(() => ticket.shadowRoot?.querySelector('sf-form') ?? undefined);
    await until(() => form.schema);
    expect(form.schema).toBe(cepForm);
    expect([...loads]).toEqual([['cadastro/cep-avulso', 1]]);
  });

  it('fires sf-error naming the $ref when no schema of the catalog answers it', async () => {
    // Without `schemas`, the shared CEP is registered nowhere.
    const { catalog } = catalogOf([endereco, entrega]);
    const errors: { kind: string; message: string }[] = [];
    document.addEventListener('sf-error', (event) => errors.push(event.detail), { once: true });
    const ticket = mountWith(catalog);
    await ticket.updateComplete;
    await page.getByLabelText('Categoria').selectOptions('Logística');
    await page.getByLabelText('Assunto').selectOptions('Endereço de entrega');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await until(() => errors.length > 0);
    expect(errors[0]!.kind).toBe('schema');
    expect(errors[0]!.message).toContain('"../_shared/cep.schema.json"');
    expect(errors[0]!.message).toContain('not among the registered schemas');
  });
});
