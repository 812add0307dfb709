import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileSchema,
  createForm,
  validateSubmission,
  type CompiledSchema,
  type FieldModel,
  type Form,
} from './index.js';

const schema = {
  type: 'object',
  properties: {
    tipo: {
      type: 'string',
      oneOf: [
        { const: 'pf', title: 'Pessoa física' },
        { const: 'pj', title: 'Pessoa jurídica' },
      ],
    },
    nome: { type: 'string', minLength: 2, maxLength: 20 },
    frete: { type: 'boolean' },
    itens: {
      type: 'array',
      maxItems: 3,
      items: {
        type: 'object',
        properties: { sku: { type: 'string', pattern: '^[A-Z]+$' }, qtd: { type: 'integer', minimum: 1 } },
        required: ['sku'],
      },
    },
  },
  required: ['tipo', 'nome'],
  allOf: [
    {
      if: { properties: { tipo: { const: 'pj' } }, required: ['tipo'] },
      then: { properties: { cnpj: { type: 'string', pattern: '^\\d{14}$', 'x-code': true } }, required: ['cnpj'] },
      else: { properties: { cpf: { type: 'string', pattern: '^\\d{11}$', 'x-code': true } } },
    },
    {
      if: { properties: { frete: { const: true } }, required: ['frete'] },
      then: { properties: { urlFrete: { type: 'string', format: 'uri' } }, required: ['urlFrete'] },
    },
  ],
  unevaluatedProperties: false,
};

const pointers = [
  '/tipo',
  '/nome',
  '/frete',
  '/cnpj',
  '/cpf',
  '/urlFrete',
  '/itens/0/sku',
  '/itens/1/qtd',
  '/itens/0/qtd',
];
const values = fc.oneof(
  fc.constantFrom(
    'pf',
    'pj',
    '',
    'ABC',
    'abc',
    '12345678901',
    '12345678901234',
    'https://x.example',
    'e\u0301',
    '\ud800',
  ),
  // Codes as pasted: the spaces and invisible characters around them are not part of the answer.
  fc.constantFrom(' 12345678901 ', '\u200b12345678901234\n', ' https://x.example ', ' \ufeff '),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.integer({ min: -2, max: 5 }),
  fc.constant(undefined),
);
const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pointer: fc.constantFrom(...pointers), value: values }),
  fc.record({ kind: fc.constant('add' as const) }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat(3) }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(3), to: fc.nat(3) }),
);

/** What a field tree shows, for comparing two derivations. */
function tree(field: FieldModel): unknown {
  return {
    pointer: field.pointer,
    label: field.label,
    required: field.required,
    widget: field.widget,
    value: field.value,
    children: field.children?.map(tree),
  };
}

/** `f`, after its changes, derives what a fresh form given the same answers at once derives. */
function expectSameAsFresh(f: Form, compiled: CompiledSchema): void {
  const fresh = createForm(compiled);
  fresh.setValue('', f.value);
  expect(tree(f.root)).toEqual(tree(fresh.root));
  expect(f.payload()).toEqual(fresh.payload());
  expect(f.validate().map((e) => e.instancePath)).toEqual(fresh.validate().map((e) => e.instancePath));
}

describe('form state (property-based)', () => {
  it('never throws, and its payload validates the same way on the server', async () => {
    const compiled = await compileSchema(schema);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const f = createForm(compiled);
        for (const o of ops) {
          if (o.kind === 'set') f.setValue(o.pointer, o.value);
          else if (o.kind === 'add') f.addItem('/itens');
          else if (o.kind === 'remove') f.removeItem('/itens', o.index);
          else f.moveItem('/itens', o.from, o.to);
          const payload = f.payload();
          const server = validateSubmission(compiled, payload);
          const mine = f.validate();
          expect(server.valid).toBe(mine.length === 0);
          expect(new Set(server.errors.map((e) => e.instancePath))).toEqual(new Set(mine.map((e) => e.instancePath)));
          expect(server.payload).toEqual(payload);
          expect(JSON.stringify(payload, (_k, v: unknown) => (v === '' ? 'EMPTY' : v))).not.toContain('EMPTY');
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('derives the same fields, errors and payload after any changes as a full re-derivation of the same answers', async () => {
    const compiled = await compileSchema(schema);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const f = createForm(compiled);
        for (const o of ops) {
          if (o.kind === 'set') f.setValue(o.pointer, o.value);
          else if (o.kind === 'add') f.addItem('/itens');
          else if (o.kind === 'remove') f.removeItem('/itens', o.index);
          else f.moveItem('/itens', o.from, o.to);
        }
        // Replacing the whole value re-derives everything from scratch (wrong-type answers included,
        // which an initial value would drop on import).
        expectSameAsFresh(f, compiled);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('derives nested objects, arrays and dependencies incrementally as a fresh derivation would', async () => {
    const item = {
      type: 'object',
      title: 'Item',
      properties: { m: { type: 'string' }, n: { type: 'boolean' } },
      if: { properties: { n: { const: true } }, required: ['n'] },
      then: { properties: { mm: { type: 'string', title: 'MM' } }, required: ['mm'] },
      else: { title: 'Objeto' },
    };
    const nested = await compileSchema({
      type: 'object',
      properties: {
        sw: { type: 'boolean' },
        a: { type: 'string' },
        b: { type: 'string' },
        obj: { $ref: '#/$defs/item' },
        list: { type: 'array', items: { $ref: '#/$defs/item' } },
      },
      dependentRequired: { a: ['b'] },
      dependentSchemas: { b: { properties: { c: { type: 'string' } } } },
      allOf: [
        {
          if: { properties: { sw: { const: true } }, required: ['sw'] },
          then: {
            allOf: [
              {
                if: { properties: { a: { const: 'x' } }, required: ['a'] },
                then: { properties: { t: { type: 'string' } }, required: ['t'] },
              },
            ],
          },
        },
      ],
      $defs: { item },
    });
    const setOp = fc.record({
      pointer: fc.constantFrom(
        '/sw',
        '/a',
        '/b',
        '/c',
        '/t',
        '/obj/m',
        '/obj/n',
        '/obj/mm',
        '/list/0/n',
        '/list/0/mm',
        '/list/1/m',
      ),
      value: fc.constantFrom<unknown>('x', 'y', '', true, false, 3, undefined, { n: true }),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(setOp, fc.constant('add' as const)), { maxLength: 20 }), (ops) => {
        const f = createForm(nested);
        for (const o of ops) {
          if (o === 'add') f.addItem('/list');
          else f.setValue(o.pointer, o.value);
        }
        expectSameAsFresh(f, nested);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('restores hidden values when their branch comes back', async () => {
    const compiled = await compileSchema(schema);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (cnpj, cpf) => {
        const f = createForm(compiled);
        f.setValue('/tipo', 'pj');
        f.setValue('/cnpj', cnpj);
        f.setValue('/tipo', 'pf');
        f.setValue('/cpf', cpf);
        expect(f.field('/cnpj')).toBeUndefined();
        expect(f.payload()).not.toHaveProperty('cnpj');
        f.setValue('/tipo', 'pj');
        expect(f.field('/cnpj')!.value).toBe(cnpj);
        expect(f.payload()).not.toHaveProperty('cpf');
        f.setValue('/tipo', 'pf');
        expect(f.field('/cpf')!.value).toBe(cpf);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
