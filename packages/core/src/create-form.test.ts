import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, parseHelp, validateSubmission } from './index.js';

const integradora = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Alteração de integradora',
  'x-category': 'Dados e configurações da loja',
  type: 'object',
  properties: {
    loja: {
      type: 'string',
      title: 'Loja',
      'x-context': { options: '/stores', default: '/store', changeLabel: 'Trocar de loja' },
    },
    novaIntegradora: { type: 'string', title: 'Nova integradora', maxLength: 80 },
    clientId: { type: 'string', maxLength: 80 },
    usaFreteIntegrado: {
      type: 'boolean',
      title: 'Usa frete integrado?',
      oneOf: [
        { const: true, title: 'Sim', description: 'Informe a URL de cálculo de frete.' },
        { const: false, title: 'Não' },
      ],
    },
    urlCallback: {
      type: 'string',
      format: 'uri',
      title: 'URL de callback',
      description: 'Endereço que recebe os avisos.',
    },
    manterToken: {
      type: 'string',
      title: 'Manter o token atual?',
      oneOf: [
        {
          const: 'sim',
          title: 'Sim',
          description: 'Revogue depois em [Revogação de Token](?assunto=token/revogacao-de-token&loja={/loja}).',
        },
        { const: 'nao', title: 'Não', description: 'Um novo token será gerado.' },
      ],
    },
    mensagem: { type: 'string', title: 'Mensagem', maxLength: 2000 },
  },
  required: ['loja', 'novaIntegradora', 'usaFreteIntegrado'],
  if: { properties: { usaFreteIntegrado: { const: true } }, required: ['usaFreteIntegrado'] },
  then: {
    properties: {
      urlFrete: { type: 'string', format: 'uri', title: 'URL de frete', maxLength: 300 },
      urlCallback: { description: 'Também usada para o frete.' },
    },
    required: ['urlFrete'],
  },
  additionalProperties: false,
} as const;

const context = {
  stores: [
    { value: 'l1', label: 'Loja Centro' },
    { value: 'l2', label: 'Loja Norte' },
  ],
  store: 'l1',
};

describe('createForm', () => {
  it('builds labelled fields with widget kinds from standard keywords', async () => {
    const form = createForm(await compileSchema(integradora), { context });
    const keys = form.root.children!.map((f) => f.key);
    expect(keys).toEqual([
      'loja',
      'novaIntegradora',
      'clientId',
      'usaFreteIntegrado',
      'urlCallback',
      'manterToken',
      'mensagem',
    ]);
    expect(form.field('/clientId')!.label).toBe('Client id');
    expect(form.field('/urlCallback')!.widget).toBe('url');
    expect(form.field('/mensagem')!.widget).toBe('textarea');
    expect(form.field('/usaFreteIntegrado')!.widget).toBe('radio');
    expect(form.field('/usaFreteIntegrado')!.options!.map((o) => o.label)).toEqual(['Sim', 'Não']);
    expect(form.field('/loja')!.options).toEqual([
      { value: 'l1', label: 'Loja Centro' },
      { value: 'l2', label: 'Loja Norte' },
    ]);
    expect(form.field('/loja')!.context).toEqual({ changeLabel: 'Trocar de loja' });
    expect(form.getValue('/loja')).toBe('l1');
  });

  it('shows a branch field only while its condition holds, and keeps its value when hidden', async () => {
    const form = createForm(await compileSchema(integradora), { context });
    expect(form.field('/urlFrete')).toBeUndefined();
    form.setValue('/usaFreteIntegrado', true);
    expect(form.field('/urlFrete')!.required).toBe(true);
    expect(form.field('/urlCallback')!.help).toBe('Também usada para o frete.');
    form.setValue('/urlFrete', 'https://frete.example.com');
    form.setValue('/usaFreteIntegrado', false);
    expect(form.field('/urlFrete')).toBeUndefined();
    expect(form.field('/urlCallback')!.help).toBe('Endereço que recebe os avisos.');
    expect(form.payload()).not.toHaveProperty('urlFrete');
    form.setValue('/usaFreteIntegrado', true);
    expect(form.field('/urlFrete')!.value).toBe('https://frete.example.com');
  });

  it('shows the help of the chosen option', async () => {
    const form = createForm(await compileSchema(integradora), { context });
    expect(form.field('/manterToken')!.optionHelp).toBeUndefined();
    form.setValue('/manterToken', 'nao');
    expect(form.field('/manterToken')!.optionHelp).toBe('Um novo token será gerado.');
  });

  it('puts a missing required answer on the field itself, in pt-BR and en', async () => {
    const form = createForm(await compileSchema(integradora), { context });
    expect(form.errors.get('/novaIntegradora')![0]!.message).toBe('Preencha o campo Nova integradora');
    expect(form.errors.get('/usaFreteIntegrado')![0]!.message).toBe('Escolha uma opção em: Usa frete integrado');
    expect(form.errors.has('')).toBe(false);
    form.setLocale('en');
    expect(form.errors.get('/novaIntegradora')![0]!.message).toBe('Fill in the field Nova integradora');
    form.setValue('/usaFreteIntegrado', true);
    expect(form.errors.get('/urlFrete')![0]!.message).toBe('Fill in the field URL de frete');
    form.setValue('/urlFrete', 'not a url');
    expect(form.errors.get('/urlFrete')![0]!.message).toBe('Enter a valid URL, starting with https://');
  });

  it('submits active answers only, without empty strings, NFC-normalised', async () => {
    const form = createForm(await compileSchema(integradora), { context });
    form.setValue('/novaIntegradora', 'Cafe\u0301');
    form.setValue('/clientId', '');
    form.setValue('/usaFreteIntegrado', false);
    expect(form.payload()).toEqual({ loja: 'l1', novaIntegradora: 'Café', usaFreteIntegrado: false });
    expect(form.validate()).toEqual([]);
    expect(validateSubmission(await compileSchema(integradora), form.payload()).valid).toBe(true);
  });

  it('keeps the identity of unchanged field objects across setValue', async () => {
    const form = createForm(await compileSchema(integradora), { context });
    const before = form.root.children!;
    form.setValue('/clientId', 'abc');
    const after = form.root.children!;
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    expect(after[6]).toBe(before[6]);
  });
});

describe('parseHelp', () => {
  it('parses the safe subset and fills link templates with encoded answers', () => {
    const nodes = parseHelp('Revogue em [Revogação](?assunto=x&loja={/loja}) **já**.', { resolve: () => 'a b&c' });
    expect(nodes).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Revogue em ' },
          { type: 'link', href: '?assunto=x&loja=a%20b%26c', children: [{ type: 'text', text: 'Revogação' }] },
          { type: 'text', text: ' ' },
          { type: 'strong', children: [{ type: 'text', text: 'já' }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });
});

describe('form lifecycle', () => {
  const schema = {
    type: 'object',
    properties: {
      nome: { type: 'string', title: 'Nome', default: 'Ana' },
      itens: { type: 'array', items: { type: 'string' } },
    },
    required: ['nome'],
  };

  it('shows server errors on their fields until the answer there changes', async () => {
    const form = createForm(await compileSchema(schema));
    form.setServerErrors([{ instancePath: '/nome', message: 'Nome já usado' }]);
    expect(form.errors.get('/nome')!.map((e) => e.message)).toEqual(['Nome já usado']);
    form.setValue('/nome', 'Bia');
    expect(form.errors.get('/nome')).toBeUndefined();
  });

  it('maps server errors on array items left out of the payload back to the right item', async () => {
    const form = createForm(await compileSchema(schema));
    form.setValue('/itens', ['', 'b']);
    expect(form.payload()).toEqual({ nome: 'Ana', itens: ['b'] });
    form.setServerErrors([{ instancePath: '/itens/0', message: 'Item recusado' }]);
    expect(form.errors.get('/itens/1')![0]!.message).toBe('Item recusado');
  });

  it('resets to the initial answers (defaults included) and notifies subscribers', async () => {
    const form = createForm(await compileSchema(schema));
    const seen: unknown[] = [];
    const off = form.subscribe((f) => seen.push(f.getValue('/nome')));
    form.setValue('/nome', 'Bia');
    form.reset();
    expect(form.getValue('/nome')).toBe('Ana');
    expect(seen).toEqual(['Bia', 'Ana']);
    off();
    form.setValue('/nome', 'Caio');
    expect(seen).toHaveLength(2);
  });

  it('ignores an x-context default that is not among the context options, with a warning', async () => {
    const form = createForm(
      await compileSchema({
        type: 'object',
        properties: { loja: { type: 'string', 'x-context': { options: '/stores', default: '/store' } } },
      }),
      { context: { stores: ['a', 'b'], store: 'zzz' } },
    );
    expect(form.getValue('/loja')).toBeUndefined();
    expect(form.field('/loja')!.options!.map((o) => o.value)).toEqual(['a', 'b']);
    expect(form.warnings.map((w) => w.code)).toEqual(['invalid-default']);
  });

  it('never mutates the schema object', async () => {
    const s = JSON.parse(JSON.stringify(integradora)) as object;
    const before = JSON.stringify(s);
    const form = createForm(await compileSchema(s), { context });
    form.setValue('/usaFreteIntegrado', true);
    form.setValue('/urlFrete', 'https://x.example');
    form.payload();
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('lazy first validation', () => {
  const schema = {
    type: 'object',
    properties: { a: { type: 'string', title: 'A', minLength: 3 }, b: { type: 'string', title: 'B' } },
    required: ['b'],
  };

  it('calls the validator only when errors are read, once per change and read', async () => {
    const compiled = await compileSchema(schema);
    let calls = 0;
    const counting = {
      ...compiled,
      validator: { ...compiled.validator, validate: (v: unknown) => (calls++, compiled.validator.validate(v)) },
    };
    const form = createForm(counting, { value: { a: 'x' } });
    form.setValue('/a', 'xy');
    expect(calls).toBe(0);
    expect([...form.errors.keys()].sort()).toEqual(['/a', '/b']);
    expect(calls).toBe(1);
    form.setValue('/b', 'ok');
    form.setValue('/a', 'xyz');
    // Changes nobody reads the errors of validate nothing; the next read sees the latest answers.
    expect(calls).toBe(1);
    expect([...form.errors.keys()]).toEqual([]);
    expect(form.validate()).toEqual([]);
    expect(calls).toBe(2);
    form.setValue('/a', 'x');
    expect([...form.errors.keys()]).toEqual(['/a']);
    expect(calls).toBe(3);
  });

  it('gives the same errors, locale and server errors as an eagerly validated form', async () => {
    const compiled = await compileSchema(schema);
    const lazy = createForm(compiled, { value: { a: 'x' } });
    lazy.setLocale('en');
    lazy.setServerErrors([{ instancePath: '/b', message: 'Taken' }]);
    const eager = createForm(compiled, { value: { a: 'x' } });
    void eager.errors;
    eager.setLocale('en');
    eager.setServerErrors([{ instancePath: '/b', message: 'Taken' }]);
    expect(lazy.validate()).toEqual(eager.validate());
    expect(lazy.validate().map((e) => e.message)).toContain('Taken');
  });
});
