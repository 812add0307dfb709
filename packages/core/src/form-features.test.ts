import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, validateSubmission, type JsonSchemaObject } from './index.js';

const form = async (schema: object, options: Parameters<typeof createForm>[1] = {}) =>
  createForm(await compileSchema(schema), options);

describe('widget kinds', () => {
  it('maps standard keywords to widget kinds', async () => {
    const f = await form({
      type: 'object',
      properties: {
        text: { type: 'string' },
        long: { type: 'string', maxLength: 201 },
        short: { type: 'string', maxLength: 200 },
        email: { type: 'string', format: 'email' },
        url: { type: 'string', format: 'uri' },
        link: { type: 'string', format: 'url' },
        tel: { type: 'string', 'x-widget': 'tel' },
        number: { type: 'number' },
        integer: { type: 'integer' },
        date: { type: 'string', format: 'date' },
        time: { type: 'string', format: 'time' },
        dateTime: { type: 'string', format: 'date-time' },
        checkbox: { type: 'boolean' },
        radio: { type: 'string', enum: ['a', 'b', 'c', 'd', 'e'] },
        select: { type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f'] },
        secret: { type: 'string', writeOnly: true },
        list: { type: 'array', items: { type: 'string' } },
        group: { type: 'object', properties: { a: { type: 'string' } } },
        file: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' },
        union: { type: ['boolean', 'object'] },
        textUnion: { type: ['string', 'number'] },
        numberUnion: { type: ['integer', 'number'] },
        nullable: { type: ['string', 'null'] },
        dynamic: { $dynamicRef: '#meta' },
        map: { type: 'object', patternProperties: { '^a': { type: 'string' } } },
        yesNo: {
          type: 'boolean',
          oneOf: [
            { const: true, title: 'Sim' },
            { const: false, title: 'Não' },
          ],
        },
      },
      $defs: { meta: { $dynamicAnchor: 'meta', type: 'string' } },
    });
    const kinds = Object.fromEntries(form_children(f).map((c) => [c.key, c.widget]));
    expect(kinds).toEqual({
      text: 'text',
      long: 'textarea',
      short: 'text',
      email: 'email',
      url: 'url',
      link: 'url',
      tel: 'tel',
      number: 'number',
      integer: 'integer',
      date: 'date',
      time: 'time',
      dateTime: 'date-time',
      checkbox: 'checkbox',
      radio: 'radio',
      select: 'select',
      secret: 'secret',
      list: 'array',
      group: 'object',
      file: 'file',
      union: 'checkbox',
      textUnion: 'text',
      numberUnion: 'number',
      nullable: 'text',
      dynamic: 'unsupported',
      map: 'object',
      yesNo: 'radio',
    });
    expect(f.field('/union')!.types).toEqual(['boolean', 'object']);
    expect(f.field('/dynamic')!.unsupportedReason).toBe('$dynamicRef');
    expect(f.field('/map')!.map).toBe(true);
    expect(f.field('/radio')!.options!.map((o) => o.label)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(f.field('/yesNo')!.options!.map((o) => o.label)).toEqual(['Sim', 'Não']);
    expect(f.field('/group')!.children!.map((c) => c.pointer)).toEqual(['/group/a']);
  });

  it('gives constraints, placeholder from examples and readOnly/writeOnly flags', async () => {
    const f = await form({
      type: 'object',
      properties: {
        code: { type: 'string', minLength: 2, maxLength: 8, pattern: '^[A-Z]+$', examples: ['ABC'], readOnly: true },
        qty: { type: 'integer', minimum: 1, maximum: 9, multipleOf: 1 },
        token: { type: 'string', writeOnly: true, examples: ['tok_123'] },
      },
    });
    expect(f.field('/code')!.constraints).toEqual({ minLength: 2, maxLength: 8, pattern: '^[A-Z]+$' });
    expect(f.field('/code')!.placeholder).toBe('ABC');
    expect(f.field('/code')!.readOnly).toBe(true);
    expect(f.field('/qty')!.constraints).toEqual({ minimum: 1, maximum: 9, multipleOf: 1 });
    expect(f.field('/token')!.writeOnly).toBe(true);
    expect(f.field('/token')!.placeholder).toBeUndefined();
  });
});

function form_children(f: { root: { children?: readonly { key: string; widget: string }[] } }) {
  return f.root.children ?? [];
}

describe('conditional schemas', () => {
  it('keeps the field tree consistent when conditions never settle (an answer flips the branch that shows it)', async () => {
    // /b shows only while /b is unanswered: answering it hides it, which unanswers it, and so on.
    const schema = {
      type: 'object',
      properties: { z: { type: 'string' } },
      if: { properties: { b: {} }, required: ['b'] },
      then: { properties: { c: { type: 'string', title: 'C' } } },
      else: { properties: { b: { type: 'string', title: 'B', minLength: 5 } } },
    };
    const consistent = (f: ReturnType<typeof createForm>) => {
      for (const child of f.root.children ?? []) expect(f.field(child.pointer)).toBe(child);
      for (const pointer of ['/b', '/c', '/z']) expect(f.field(pointer)?.pointer ?? pointer).toBe(pointer);
    };
    const f = await form(schema, { value: { b: 'x' } });
    consistent(f);
    f.setValue('/z', 'q');
    consistent(f);
    const g = await form(schema);
    g.setValue('/b', 'x');
    consistent(g);
  });

  it('applies dependentSchemas and dependentRequired while the trigger is answered', async () => {
    const f = await form({
      type: 'object',
      properties: { cartao: { type: 'string' }, endereco: { type: 'string' } },
      dependentRequired: { cartao: ['endereco'] },
      dependentSchemas: { cartao: { properties: { cvv: { type: 'string', title: 'CVV' } }, required: ['cvv'] } },
    });
    expect(f.field('/cvv')).toBeUndefined();
    expect(f.field('/endereco')!.required).toBe(false);
    f.setValue('/cartao', '4111');
    expect(f.field('/cvv')!.required).toBe(true);
    expect(f.field('/endereco')!.required).toBe(true);
    expect(f.errors.get('/endereco')![0]!.keyword).toBe('dependentRequired');
    expect(f.errors.get('/endereco')![0]!.message).toBe('Preencha o campo Endereco');
    expect(f.errors.get('/cvv')![0]!.message).toBe('Preencha o campo CVV');
    f.setValue('/cartao', '');
    expect(f.field('/cvv')).toBeUndefined();
    expect(f.errors.size).toBe(0);
  });

  it('supports draft-07 schemas with definitions and dependencies', async () => {
    const compiled = await compileSchema({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      definitions: { email: { type: 'string', format: 'email', title: 'E-mail' } },
      properties: { contato: { $ref: '#/definitions/email' }, fone: { type: 'string' } },
      dependencies: {
        fone: ['contato'],
        contato: { properties: { horario: { type: 'string', enum: ['manhã', 'tarde'] } } },
      },
    });
    expect(compiled.dialect).toBe('draft-07');
    const f = createForm(compiled, { locale: 'en' });
    expect(f.field('/contato')!.widget).toBe('email');
    expect(f.field('/horario')).toBeUndefined();
    f.setValue('/fone', '123');
    expect(f.errors.get('/contato')![0]!.message).toBe('Fill in the field E-mail');
    f.setValue('/contato', 'nope');
    expect(f.errors.get('/contato')![0]!.message).toBe(
      'Enter an email address in the correct format, like name@example.com',
    );
    expect(f.field('/horario')!.widget).toBe('radio');
  });

  it('selects the matching oneOf option of objects and shows only its fields', async () => {
    const f = await form({
      type: 'object',
      properties: { tipo: { type: 'string', enum: ['pf', 'pj'] } },
      required: ['tipo'],
      oneOf: [
        { properties: { tipo: { const: 'pf' }, cpf: { type: 'string', title: 'CPF' } }, required: ['cpf'] },
        { properties: { tipo: { const: 'pj' }, cnpj: { type: 'string', title: 'CNPJ' } }, required: ['cnpj'] },
      ],
    });
    f.setValue('/tipo', 'pj');
    expect(f.field('/cnpj')!.required).toBe(true);
    expect(f.field('/cpf')).toBeUndefined();
    expect([...f.errors.keys()]).toEqual(['/cnpj']);
    f.setValue('/tipo', 'pf');
    expect(f.field('/cpf')).toBeDefined();
    expect([...f.errors.keys()]).toEqual(['/cpf']);
    f.setValue('/cpf', '123');
    expect(f.errors.size).toBe(0);
  });

  it('requires one of several answers with anyOf options (strictRequired: options declare what they require)', async () => {
    const f = await form({
      type: 'object',
      properties: { email: { type: 'string', title: 'E-mail' }, fone: { type: 'string', title: 'Telefone' } },
      anyOf: [
        { properties: { email: true }, required: ['email'] },
        { properties: { fone: true }, required: ['fone'] },
      ],
    });
    expect(f.errors.size).toBeGreaterThan(0);
    f.setValue('/fone', '11 5555-0000');
    expect(f.validate()).toEqual([]);
  });

  it('evaluates chained conditions on the answers that will be submitted', async () => {
    const f = await form({
      type: 'object',
      properties: { a: { type: 'boolean' } },
      allOf: [
        {
          if: { properties: { a: { const: true } }, required: ['a'] },
          then: { properties: { b: { type: 'boolean' } } },
        },
        {
          if: { properties: { b: { const: true } }, required: ['b'] },
          then: { properties: { c: { type: 'string' } }, required: ['c'] },
        },
      ],
      unevaluatedProperties: false,
    });
    f.setValue('/a', true);
    f.setValue('/b', true);
    expect(f.field('/c')!.required).toBe(true);
    f.setValue('/a', false);
    expect(f.field('/b')).toBeUndefined();
    expect(f.field('/c')).toBeUndefined();
    expect(f.payload()).toEqual({ a: false });
    expect(f.validate()).toEqual([]);
    f.setValue('/a', true);
    expect(f.field('/c')!.required).toBe(true);
  });

  it('re-evaluates a nested condition whose answer changed while its branch was hidden', async () => {
    // Regression: a change to a property read only by a hidden branch's `if` kept that condition's
    // cached result, so the branch came back with the old outcome.
    const schema = {
      type: 'object',
      properties: { sw: { type: 'boolean' }, a: { type: 'string' } },
      allOf: [
        {
          if: { properties: { sw: { const: true } }, required: ['sw'] },
          then: {
            allOf: [
              {
                if: { properties: { a: { const: 'x' } }, required: ['a'] },
                then: { properties: { t: { type: 'string' } } },
              },
            ],
          },
        },
      ],
    };
    const f = await form(schema);
    f.setValue('/sw', true);
    f.setValue('/a', 'x');
    expect(f.field('/t')).toBeDefined();
    f.setValue('/sw', false);
    f.setValue('/a', 'y');
    f.setValue('/sw', true);
    expect(f.field('/t')).toBeUndefined();
    expect((await form(schema, { value: { sw: true, a: 'y' } })).field('/t')).toBeUndefined();
  });

  it('switches help with the answer (if/then/else overrides the base description)', async () => {
    const f = await form({
      type: 'object',
      properties: {
        plano: { type: 'string', enum: ['basico', 'pro'] },
        limite: { type: 'integer', description: 'Base.' },
      },
      if: { properties: { plano: { const: 'pro' } }, required: ['plano'] },
      then: { properties: { limite: { description: 'Pro: até 100.' } } },
      else: { properties: { limite: { description: 'Básico: até 10.' } } },
    });
    expect(f.field('/limite')!.help).toBe('Básico: até 10.');
    f.setValue('/plano', 'pro');
    expect(f.field('/limite')!.help).toBe('Pro: até 100.');
  });
});

describe('arrays', () => {
  const schema = {
    type: 'object',
    properties: {
      contatos: {
        type: 'array',
        title: 'Contatos',
        minItems: 1,
        maxItems: 3,
        items: { type: 'object', properties: { email: { type: 'string', format: 'email' } }, required: ['email'] },
      },
    },
  };

  it('adds, removes and moves items within minItems and maxItems', async () => {
    const f = await form(schema);
    f.addItem('/contatos');
    f.setValue('/contatos/0/email', 'a@x.com');
    f.addItem('/contatos');
    f.setValue('/contatos/1/email', 'b@x.com');
    f.addItem('/contatos');
    f.addItem('/contatos');
    expect((f.getValue('/contatos') as unknown[]).length).toBe(3);
    expect(f.field('/contatos/1')!.label).toBe('Contatos 2');
    f.moveItem('/contatos', 1, 0);
    expect(f.getValue('/contatos/0/email')).toBe('b@x.com');
    f.removeItem('/contatos', 2);
    f.removeItem('/contatos', 1);
    f.removeItem('/contatos', 0);
    expect(f.getValue('/contatos')).toEqual([{ email: 'b@x.com' }]);
  });

  it('puts errors of an item on the item field', async () => {
    const f = await form(schema, { locale: 'en' });
    f.addItem('/contatos');
    expect(f.errors.get('/contatos/0/email')![0]!.message).toBe('Fill in the field Email');
  });

  it('reports minItems on the array', async () => {
    const f = await form({ ...schema, required: ['contatos'] }, { locale: 'en' });
    f.setValue('/contatos', []);
    expect(f.errors.get('/contatos')![0]!.message).toBe('Add at least 1 items to Contatos');
  });
});

describe('defaults', () => {
  it('applies defaults without mutating the schema or the initial value', async () => {
    const schema = {
      type: 'object',
      properties: {
        pais: { type: 'string', default: 'BR' },
        prefs: { type: 'object', default: { news: true }, properties: { news: { type: 'boolean' } } },
      },
    };
    const frozen = JSON.stringify(schema);
    const initial = {};
    const f = await form(schema, { value: initial });
    expect(f.getValue('/pais')).toBe('BR');
    expect(f.getValue('/prefs')).toEqual({ news: true });
    f.setValue('/prefs/news', false);
    expect(JSON.stringify(schema)).toBe(frozen);
    expect(initial).toEqual({});
  });

  it('ignores a default that does not fit its own schema, with a warning', async () => {
    const f = await form({ type: 'object', properties: { x: { type: 'string', enum: ['a', 'b'], default: 'c' } } });
    expect(f.getValue('/x')).toBeUndefined();
    expect(f.warnings.map((w) => [w.code, w.pointer])).toEqual([['invalid-default', '/x']]);
  });

  it('does not bring a default back after the person clears the field', async () => {
    const f = await form({ type: 'object', properties: { pais: { type: 'string', default: 'BR' } } });
    f.setValue('/pais', undefined);
    expect(f.getValue('/pais')).toBeUndefined();
  });
});

describe('recursive schemas', () => {
  it('expands a tree only as deep as the data goes', async () => {
    const f = await form(
      {
        type: 'object',
        $defs: { node: { type: 'object', properties: { name: { type: 'string' }, child: { $ref: '#/$defs/node' } } } },
        properties: { root: { $ref: '#/$defs/node' } },
      },
      { value: { root: { name: 'a', child: { name: 'b' } } } },
    );
    expect(f.field('/root/child/name')!.value).toBe('b');
    expect(f.field('/root/child/child')!.children).toEqual([]);
    f.setValue('/root/child/child', {});
    expect(f.field('/root/child/child/name')).toBeDefined();
    f.setValue('/root/child/child/child/name', 'd');
    expect(f.field('/root/child/child/child/name')!.value).toBe('d');
    expect(f.payload()).toEqual({ root: { name: 'a', child: { name: 'b', child: { child: { name: 'd' } } } } });
  });
});

describe('messages', () => {
  it('uses x-errorMessage, as a string or per keyword, over built-in messages', async () => {
    const f = await form({
      type: 'object',
      properties: {
        cep: { type: 'string', pattern: '^\\d{8}$', 'x-errorMessage': 'Informe o CEP com 8 dígitos' },
        loja: { type: 'string', 'x-errorMessage': { required: 'Escolha a loja' } },
      },
      required: ['loja'],
    });
    f.setValue('/cep', '12');
    expect(f.errors.get('/cep')![0]!.message).toBe('Informe o CEP com 8 dígitos');
    expect(f.errors.get('/loja')![0]!.message).toBe('Escolha a loja');
  });

  it('words format errors for people in both locales', async () => {
    const f = await form({
      type: 'object',
      properties: { d: { type: 'string', format: 'date' }, n: { type: 'integer', title: 'Quantidade', minimum: 2 } },
    });
    f.setValue('/d', '2024-02-30');
    f.setValue('/n', 1);
    expect(f.errors.get('/d')![0]!.message).toBe('Informe uma data real');
    expect(f.errors.get('/n')![0]!.message).toBe('Quantidade deve ser 2 ou mais');
    f.setLocale('en');
    expect(f.errors.get('/d')![0]!.message).toBe('Enter a real date');
    expect(f.errors.get('/n')![0]!.message).toBe('Quantidade must be 2 or more');
  });

  it('never echoes a secret in an error', async () => {
    const f = await form({
      type: 'object',
      properties: { token: { type: 'string', writeOnly: true, pattern: '^tok_', enum: ['tok_a'] } },
    });
    f.setValue('/token', 'super-secret-value');
    const text = JSON.stringify(f.validate());
    expect(text).not.toContain('super-secret-value');
    expect(text).not.toContain('tok_a');
    expect(f.errors.get('/token')!.every((e) => Object.keys(e.params).length === 0)).toBe(true);
  });

  it('rejects ill-formed text with a message', async () => {
    const f = await form(
      { type: 'object', properties: { m: { type: 'string', title: 'Mensagem' } } },
      { locale: 'en' },
    );
    f.setValue('/m', 'a\ud800b');
    expect(f.errors.get('/m')![0]!.keyword).toBe('wellFormed');
    expect(f.errors.get('/m')![0]!.message).toMatch(/^Mensagem contains characters/);
  });
});

describe('validateSubmission', () => {
  it('validates like the form and keys errors by JSON Pointer', async () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: { a: { type: 'string', title: 'A' }, b: { type: 'number' } },
      required: ['a'],
    };
    const compiled = await compileSchema(schema);
    const r = validateSubmission(compiled, { a: '', b: NaN }, { locale: 'en' });
    expect(r.valid).toBe(false);
    expect(r.errors.map((e) => [e.instancePath, e.message])).toEqual([
      ['/a', 'Fill in the field A'],
      ['/b', 'B must be a number'],
    ]);
  });

  it('leaves out an optional group left empty, as the form does, and keeps a required one', async () => {
    const compiled = await compileSchema({
      type: 'object',
      properties: {
        o: { type: 'object', properties: { t: { type: 'string' } }, required: ['t'] },
        r: { type: 'object', properties: { t: { type: 'string' } }, required: ['t'] },
        ids: { type: 'array', minItems: 1, items: { type: 'string' } },
        list: { type: 'array', items: { type: 'object', properties: { x: { type: 'string' } } } },
        n: { type: 'string' },
      },
      required: ['r'],
    });
    for (const value of [
      { o: { t: '' }, r: {}, n: 'x' },
      { o: {}, r: { t: '' }, ids: [''], n: 'x' },
      { ids: [], r: {}, list: [{}, { x: 'a' }], n: 'x' },
    ]) {
      const form = createForm(compiled, { value });
      const server = validateSubmission(compiled, value);
      expect(server.payload).toEqual(form.payload());
      expect(server.errors.map((e) => [e.instancePath, e.keyword])).toEqual(
        form.validate().map((e) => [e.instancePath, e.keyword]),
      );
    }
    // Content the form does not know is still refused, never dropped quietly.
    const strict = await compileSchema({
      type: 'object',
      properties: { o: { type: 'object', properties: { t: { type: 'string' } }, additionalProperties: false } },
    });
    expect(validateSubmission(strict, { o: { extra: 1 } }).errors.map((e) => e.keyword)).toEqual([
      'additionalProperties',
    ]);
  });
});
