import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, type Form, type JsonSchemaObject } from '../index.js';

const contact = {
  type: 'object',
  properties: {
    contact: {
      title: 'Contato',
      type: 'object',
      oneOf: [
        {
          title: 'Pessoa',
          properties: { name: { type: 'string' }, cpf: { type: 'string' } },
          required: ['name', 'cpf'],
        },
        {
          title: 'Empresa',
          properties: { name: { type: 'string' }, cnpj: { type: 'string' } },
          required: ['name', 'cnpj'],
        },
      ],
    },
  },
};

async function formOf(schema: JsonSchemaObject, value?: unknown): Promise<Form> {
  return createForm(await compileSchema(schema), value === undefined ? {} : { value });
}

function childKeys(form: Form, pointer: string): string[] {
  return form.field(pointer)!.children!.map((child) => child.key);
}

describe('object alternatives (issue #14, item 1)', () => {
  it('offers a choice of branch, labelled by each title, on the object field', async () => {
    const form = await formOf(contact);
    expect(form.field('/contact')?.alternatives).toEqual([
      { list: '/properties/contact/oneOf', options: [{ title: 'Pessoa' }, { title: 'Empresa' }], chosen: 0 },
    ]);
    expect(childKeys(form, '/contact')).toEqual(['name', 'cpf']);
  });

  it('chooses on load the branch the data validates against', async () => {
    const form = await formOf(contact, { contact: { name: 'ACME', cnpj: '123' } });
    expect(form.field('/contact')!.alternatives![0]!.chosen).toBe(1);
    expect(childKeys(form, '/contact')).toEqual(['name', 'cnpj']);
  });

  it('chooses on load the best match when no branch validates yet', async () => {
    const form = await formOf(contact, { contact: { cnpj: '123' } });
    expect(form.field('/contact')!.alternatives![0]!.chosen).toBe(1);
  });

  it('switches branch on the person’s pick, keeping shared answers and leaving the other branch out', async () => {
    const form = await formOf(contact, { contact: { name: 'Ana', cpf: '111' } });
    form.chooseAlternative('/contact', '/properties/contact/oneOf', 1);
    expect(form.field('/contact')!.alternatives![0]!.chosen).toBe(1);
    expect(childKeys(form, '/contact')).toEqual(['name', 'cnpj']);
    expect(form.field('/contact/name')!.value).toBe('Ana');
    expect(form.payload()).toEqual({ contact: { name: 'Ana' } });
    // The other branch's answer stays in memory: picking back restores it.
    expect(form.value).toEqual({ contact: { name: 'Ana', cpf: '111' } });
    form.setValue('/contact/cnpj', '222');
    expect(form.payload()).toEqual({ contact: { name: 'Ana', cnpj: '222' } });
    form.chooseAlternative('/contact', '/properties/contact/oneOf', 0);
    expect(form.payload()).toEqual({ contact: { name: 'Ana', cpf: '111' } });
  });

  it('keeps the pick while the answers would match another branch, until reset', async () => {
    const form = await formOf(contact, { contact: { name: 'Ana', cpf: '111' } });
    form.chooseAlternative('/contact', '/properties/contact/oneOf', 1);
    form.setValue('/contact/name', 'Bia');
    expect(form.field('/contact')!.alternatives![0]!.chosen).toBe(1);
    form.reset();
    expect(form.field('/contact')!.alternatives![0]!.chosen).toBe(0);
  });

  it('ignores a pick of a list or index the field does not have', async () => {
    const form = await formOf(contact);
    form.chooseAlternative('/contact', '/properties/contact/anyOf', 1);
    form.chooseAlternative('/contact', '/properties/contact/oneOf', 7);
    form.chooseAlternative('/nowhere', '/properties/contact/oneOf', 1);
    expect(form.field('/contact')!.alternatives![0]!.chosen).toBe(0);
  });

  it('keeps the property’s own title as the label; branch titles only label the choice (item 2)', async () => {
    const form = await formOf(contact, { contact: { name: 'ACME', cnpj: '1' } });
    expect(form.field('/contact')!.label).toBe('Contato');
  });

  it('leaves branches without a title unnamed, for the renderer to number', async () => {
    const form = await formOf({
      type: 'object',
      $defs: { a: { type: 'object', properties: { a: { type: 'string' } } } },
      anyOf: [{ $ref: '#/$defs/a' }, { type: 'object', properties: { b: { type: 'string' } } }],
    });
    expect(form.root.alternatives).toEqual([{ list: '/anyOf', options: [{}, {}], chosen: 0 }]);
  });

  it('takes a $ref branch’s title from its target', async () => {
    const form = await formOf({
      type: 'object',
      $defs: { person: { title: 'Pessoa', type: 'object', properties: { cpf: { type: 'string' } } } },
      oneOf: [{ $ref: '#/$defs/person' }, { title: 'Empresa', properties: { cnpj: { type: 'string' } } }],
    });
    expect(form.root.alternatives![0]!.options).toEqual([{ title: 'Pessoa' }, { title: 'Empresa' }]);
    form.chooseAlternative('', '/oneOf', 1);
    expect(form.root.children!.map((child) => child.key)).toEqual(['cnpj']);
  });

  it('offers no choice for a union told apart by a const (its property chooses)', async () => {
    const form = await formOf({
      type: 'object',
      oneOf: [
        { properties: { kind: { const: 'a' }, x: { type: 'string' } } },
        { properties: { kind: { const: 'b' }, y: { type: 'string' } } },
      ],
    });
    expect(form.root.alternatives).toBeUndefined();
  });

  it('chooses on load the branch declaring the data when every branch validates (no required)', async () => {
    // vue-json-schema-form's oneOf sample: `{bar}` validates against both branches.
    const items = {
      type: 'object',
      oneOf: [{ properties: { foo: { type: 'string' } } }, { properties: { bar: { type: 'string' } } }],
    };
    const schema = { type: 'object', properties: { items: { type: 'array', items: items } }, oneOf: items.oneOf };
    const form = await formOf(schema, { bar: 'root', items: [{ foo: '11111' }, { bar: '222222222' }] });
    expect(form.field('')!.alternatives![0]!.chosen).toBe(1);
    expect(form.field('/bar')!.value).toBe('root');
    expect(form.field('/items/0')!.alternatives![0]!.chosen).toBe(0);
    expect(form.field('/items/1')!.alternatives![0]!.chosen).toBe(1);
    expect(form.field('/items/1/bar')!.value).toBe('222222222');
    expect(form.payload()).toEqual({ bar: 'root', items: [{ foo: '11111' }, { bar: '222222222' }] });
  });

  it('works in array items, each item with its own choice', async () => {
    const form = await formOf(
      { type: 'object', properties: { contacts: { type: 'array', items: contact.properties.contact } } },
      {
        contacts: [
          { name: 'Ana', cpf: '1' },
          { name: 'ACME', cnpj: '2' },
        ],
      },
    );
    expect(form.field('/contacts/0')!.alternatives![0]!.chosen).toBe(0);
    expect(form.field('/contacts/1')!.alternatives![0]!.chosen).toBe(1);
    form.chooseAlternative('/contacts/0', form.field('/contacts/0')!.alternatives![0]!.list, 1);
    expect(form.payload()).toEqual({ contacts: [{ name: 'Ana' }, { name: 'ACME', cnpj: '2' }] });
  });

  it('nests: a branch with alternatives of its own adds a second choice', async () => {
    const form = await formOf({
      type: 'object',
      oneOf: [
        {
          title: 'Entrega',
          properties: { address: { type: 'string' } },
          oneOf: [
            { title: 'Casa', properties: { bell: { type: 'string' } }, required: ['bell'] },
            { title: 'Trabalho', properties: { floor: { type: 'string' } }, required: ['floor'] },
          ],
        },
        { title: 'Retirada', properties: { store: { type: 'string' } }, required: ['store'] },
      ],
    });
    expect(form.root.alternatives!.map((choice) => choice.list)).toEqual(['/oneOf', '/oneOf/0/oneOf']);
    form.chooseAlternative('', '/oneOf/0/oneOf', 1);
    expect(form.root.children!.map((child) => child.key)).toEqual(['address', 'floor']);
    form.chooseAlternative('', '/oneOf', 1);
    expect(form.root.alternatives!.map((choice) => choice.list)).toEqual(['/oneOf']);
    expect(form.root.children!.map((child) => child.key)).toEqual(['store']);
  });
});
