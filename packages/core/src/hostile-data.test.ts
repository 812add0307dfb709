import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimCode } from './engine/payload-without-inactive-branches.js';
import { answerResolver, compileSchema, createForm, DataError, SchemaError, validateSubmission } from './index.js';

const schema = {
  type: 'object',
  properties: {
    nome: { type: 'string', title: 'Nome' },
    idade: { type: 'integer' },
    valor: { type: 'number' },
    token: { type: 'string', writeOnly: true },
    perfil: { type: 'object', properties: { apelido: { type: 'string' } } },
  },
};

describe('hostile data (RELIABILITY.md §C)', () => {
  it('C1 drops a JSON-parsed __proto__ key with a warning and never pollutes', async () => {
    const value = JSON.parse('{"__proto__":{"isAdmin":true},"nome":"Ana","perfil":{"__proto__":{"isAdmin":true}}}');
    const f = createForm(await compileSchema(schema), { value });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(f.warnings.filter((w) => w.code === 'poisoned-key').map((w) => w.pointer)).toEqual([
      '/__proto__',
      '/perfil/__proto__',
    ]);
    expect(Object.getPrototypeOf(f.value)).toBe(Object.prototype);
    expect(f.payload()).toEqual({ nome: 'Ana' });
    expect(JSON.stringify(f.payload())).not.toContain('isAdmin');
  });

  it('C2 drops constructor.prototype keys the same way', async () => {
    const value = JSON.parse('{"constructor":{"prototype":{"isAdmin":true}}}');
    const f = createForm(await compileSchema(schema), { value });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(f.warnings.map((w) => w.code)).toEqual(['poisoned-key']);
  });

  it('refuses setValue through a poisoned path', async () => {
    const f = createForm(await compileSchema(schema));
    f.setValue('/__proto__/isAdmin', true);
    f.setValue('/perfil', JSON.parse('{"__proto__":{"isAdmin":true},"apelido":"a"}'));
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(f.getValue('/perfil')).toEqual({ apelido: 'a' });
  });

  it('C3 keeps wrong types out (the field shows empty) and warns', async () => {
    const f = createForm(await compileSchema(schema), { value: { idade: '5', nome: { a: 1 } } });
    expect(f.field('/idade')!.value).toBeUndefined();
    expect(f.field('/nome')!.value).toBeUndefined();
    expect(f.warnings.map((w) => [w.code, w.pointer])).toEqual([
      ['wrong-type', '/idade'],
      ['wrong-type', '/nome'],
    ]);
    expect(JSON.stringify(f.warnings)).not.toContain('"5"');
  });

  it('C3 keeps the wrong-typed answers aside, out of the payload, until their field is answered', async () => {
    const value = { idade: '5', nome: { a: 1 }, perfil: { apelido: 7 } };
    const f = createForm(await compileSchema(schema), { value });
    expect([...f.unrecognised]).toEqual([
      ['/idade', '5'],
      ['/nome', { a: 1 }],
      ['/perfil/apelido', 7],
    ]);
    // A copy: the host's object is not held nor changed.
    expect(f.unrecognised.get('/nome')).not.toBe(value.nome);
    expect(f.payload()).toEqual({});
    f.setValue('/idade', 5);
    f.setValue('/perfil', { apelido: 'Bia' });
    expect([...f.unrecognised.keys()]).toEqual(['/nome']);
    f.reset();
    expect([...f.unrecognised.keys()]).toEqual(['/idade', '/nome', '/perfil/apelido']);
    expect(f.getValue('/idade')).toBeUndefined();
  });

  it('C3 carries the answers set aside into a new form (a restart, a draft), except those answered', async () => {
    const compiled = await compileSchema(schema);
    const first = createForm(compiled, { value: { idade: '5', perfil: { apelido: 7 }, valor: 'dez' } });
    first.setValue('/valor', 10);
    const next = createForm(compiled, { value: first.value, unrecognised: first.unrecognised });
    expect([...next.unrecognised]).toEqual([
      ['/idade', '5'],
      ['/perfil/apelido', 7],
    ]);
    expect(next.unrecognised.get('/idade')).toBe('5');
    expect(next.payload()).toEqual({ valor: 10 });
    expect(next.warnings).toEqual([]);
    // Given an answer in the new form's value: it is the answer, nothing is set aside for it.
    const answered = createForm(compiled, { value: { idade: 5 }, unrecognised: first.unrecognised });
    expect([...answered.unrecognised.keys()]).toEqual(['/perfil/apelido']);
    // Still cleared once answered, and back on reset (the new form started with them).
    next.setValue('/idade', 6);
    expect([...next.unrecognised.keys()]).toEqual(['/perfil/apelido']);
    next.reset();
    expect([...next.unrecognised.keys()]).toEqual(['/idade', '/perfil/apelido']);
  });

  it('C4 lets NaN and Infinity fail validation', async () => {
    const f = createForm(await compileSchema(schema), { value: { valor: NaN, idade: Infinity } });
    expect(f.errors.get('/valor')![0]!.keyword).toBe('type');
    expect(f.errors.get('/idade')![0]!.keyword).toBe('type');
  });

  it('C7 normalises text to NFC and rejects lone surrogates', async () => {
    const f = createForm(await compileSchema(schema), { value: { nome: 'Jose\u0301' } });
    expect(f.payload()).toEqual({ nome: 'José' });
    f.setValue('/nome', '\ud800');
    expect(f.errors.get('/nome')![0]!.keyword).toBe('wellFormed');
  });

  it('C9 refuses cyclic initial data up front with a typed error', async () => {
    const value: Record<string, unknown> = { nome: 'a' };
    value.self = value;
    const compiled = await compileSchema(schema);
    let e: unknown;
    try {
      createForm(compiled, { value });
    } catch (thrown) {
      e = thrown;
    }
    expect(e).toBeInstanceOf(DataError);
    expect(e).toBeInstanceOf(SchemaError);
    expect((e as DataError).code).toBe('cyclic-data');
    expect((e as DataError).pointer).toBe('/self');
  });

  it('C10 refuses 20,000-deep initial data with a typed error, not a RangeError', async () => {
    let value: unknown = {};
    for (let i = 0; i < 20_000; i++) value = { perfil: value };
    const compiled = await compileSchema(schema);
    expect(() => createForm(compiled, { value })).toThrow(expect.objectContaining({ code: 'too-deep' }));
    expect(validateSubmission(compiled, value).errors[0]!.keyword).toBe('too-deep');
  });

  it('C11 reports unknown properties of a closed object and leaves them out of the payload', async () => {
    const closed = { ...schema, additionalProperties: false };
    const f = createForm(await compileSchema(closed), { value: { nome: 'a', extra: 1 } });
    expect(f.warnings.map((w) => [w.code, w.pointer])).toEqual([['unknown-property', '/extra']]);
    expect(f.payload()).toEqual({ nome: 'a' });
  });

  it('C11 keeps the properties an open object allows (no additionalProperties), with no warning', async () => {
    const f = createForm(await compileSchema(schema), { value: { nome: 'a', extra: 1 } });
    expect(f.warnings).toEqual([]);
    expect(f.payload()).toEqual({ nome: 'a', extra: 1 });
  });

  it('C15 ignores a secret present in initial data', async () => {
    const f = createForm(await compileSchema(schema), { value: { token: 'tok_live_123' } });
    expect(f.getValue('/token')).toBeUndefined();
    expect(f.warnings.map((w) => w.code)).toEqual(['dropped-secret']);
    expect(JSON.stringify(f.warnings)).not.toContain('tok_live_123');
  });

  describe('C17 codes: spaces and invisible characters around them are left out, inside kept', () => {
    const codes = {
      type: 'object',
      properties: {
        clientId: { type: 'string', minLength: 1, maxLength: 8, 'x-code': true },
        token: { type: 'string', writeOnly: true, minLength: 1 },
        site: { type: 'string', format: 'uri' },
        senha: { type: 'string', writeOnly: true, 'x-code': false },
        nome: { type: 'string' },
        ids: { type: 'array', items: { type: 'string', 'x-code': true } },
        kind: { enum: [' a '] },
      },
      required: ['clientId'],
    };
    const pasted = '\u200b \t12 34\u00a0\ufeff\u200e\n';

    it('marks codes: x-code, else writeOnly, e-mail and URL text; never choices', async () => {
      const f = createForm(await compileSchema(codes));
      const code = Object.fromEntries(f.root.children!.map((c) => [c.key, c.code]));
      expect(code).toEqual({
        clientId: true,
        token: true,
        site: true,
        senha: false,
        nome: false,
        ids: false,
        kind: false,
      });
    });

    it('validates and submits the trimmed code; the field keeps what was typed', async () => {
      const f = createForm(await compileSchema(codes));
      f.setValue('/clientId', pasted);
      f.setValue('/token', ' tok_1 ');
      f.setValue('/site', ' https://a.example/x ');
      f.setValue('/senha', ' s ');
      f.setValue('/nome', ' Ana ');
      f.setValue('/ids', [' a ', '\u200b', 'b']);
      expect(f.getValue('/clientId')).toBe(pasted);
      expect(f.errors.size).toBe(0);
      expect(f.payload()).toEqual({
        clientId: '12 34',
        token: 'tok_1',
        site: 'https://a.example/x',
        senha: ' s ',
        nome: ' Ana ',
        ids: ['a', 'b'],
      });
    });

    it('counts a code of only spaces and invisible characters as unanswered', async () => {
      const f = createForm(await compileSchema(codes), { locale: 'en' });
      f.setValue('/clientId', ' \u200b\u2060 ');
      expect(f.errors.get('/clientId')?.[0]?.keyword).toBe('required');
    });

    it('strips default-ignorable characters at the ends only, and keeps visible format characters', () => {
      expect(trimCode('\u3164\u034f\ufe0f abc\u00ad\u2060\u{e0020}')).toBe('abc');
      expect(trimCode('\u0600123')).toBe('\u0600123');
      expect(trimCode('a \u200b b')).toBe('a \u200b b');
      expect(trimCode('\ud800 x \udc00')).toBe('\ud800 x \udc00');
      expect(trimCode(' \u200b ')).toBeUndefined();
    });

    it('trims a megabyte of spaces inside a code in one pass (no backtracking blow-up)', () => {
      const inner = ' '.repeat(1_000_000);
      expect(trimCode(`\u200b a${inner}b `)).toBe(`a${inner}b`);
    });

    it("evaluates a code's own condition on the trimmed answer, as the server does", async () => {
      const compiled = await compileSchema({
        type: 'object',
        properties: {
          t: {
            type: 'string',
            'x-code': true,
            if: { maxLength: 3 },
            then: { title: 'Curto' },
            else: { title: 'Longo' },
          },
        },
      });
      const f = createForm(compiled);
      f.setValue('/t', ' abc ');
      expect(f.field('/t')!.label).toBe('Curto');
    });

    it('links in help carry the trimmed code', async () => {
      const f = createForm(await compileSchema(codes));
      f.setValue('/clientId', ' 12\u200b');
      expect(answerResolver(f)('/clientId')).toBe('12');
    });

    it('validateSubmission trims the same codes on the server', async () => {
      const compiled = await compileSchema(codes);
      const r = validateSubmission(compiled, {
        clientId: pasted,
        token: ' tok_1 ',
        nome: ' Ana ',
        ids: ['\u200b', ' a ', 'b '],
      });
      expect(r.errors).toEqual([]);
      expect(r.payload).toEqual({ clientId: '12 34', token: 'tok_1', nome: ' Ana ', ids: ['a', 'b'] });
      expect(
        validateSubmission(compiled, { clientId: ' \ufeff ' }).errors.map((e) => [e.instancePath, e.keyword]),
      ).toEqual([['/clientId', 'required']]);
      expect(validateSubmission(compiled, { clientId: ' 123456789 ' }).errors.map((e) => e.keyword)).toEqual([
        'maxLength',
      ]);
      // A code left out moves the items after it: ill-formed text is reported where the payload has it.
      const moved = validateSubmission(compiled, { clientId: 'x', ids: [' ', 'ok', '\ud800x'] });
      expect(moved.payload).toEqual({ clientId: 'x', ids: ['ok', '\ud800x'] });
      expect(moved.errors.map((e) => [e.instancePath, e.keyword])).toEqual([['/ids/1', 'wellFormed']]);
    });
  });

  it('never mutates the initial value', async () => {
    const value = { nome: 'a', perfil: { apelido: 'b' } };
    const copy = JSON.parse(JSON.stringify(value)) as typeof value;
    const f = createForm(await compileSchema(schema), { value });
    f.setValue('/perfil/apelido', 'c');
    f.setValue('/nome', 'z');
    expect(value).toEqual(copy);
  });

  it('never pollutes prototypes, whatever keys the data has (property)', async () => {
    const compiled = await compileSchema(schema);
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'nome', 'perfil', 'isAdmin');
    const json = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(json, (v) => {
        const value = JSON.parse(
          JSON.stringify({ perfil: v, ...(typeof v === 'object' && v && !Array.isArray(v) ? v : {}) }),
        );
        const f = createForm(compiled, { value });
        f.setValue('/perfil', value);
        validateSubmission(compiled, value);
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'isAdmin')).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
