import { describe, expect, it } from 'vitest';
import { checkSchemaShape, compileSchema, createForm, SchemaError } from './index.js';

const obj = (properties: object, extra: object = {}) => ({ type: 'object', properties, ...extra });
const nested = (depth: number) => {
  let s: object = { type: 'string' };
  for (let i = 0; i < depth; i++) s = { type: 'object', properties: { a: s } };
  return s;
};

/** RELIABILITY.md §A rows that concern the core: [row, bad input, code, pointer]. */
const rows: [string, unknown, string, string | RegExp][] = [
  ['A1 invalid JSON text', '{"type": "object",}', 'invalid-json', '#'],
  ['A2 root null', null, 'invalid-root', '#'],
  ['A2 root array', [], 'invalid-root', '#'],
  ['A2 root empty object', {}, 'invalid-root', '#'],
  ['A4 unknown type', obj({ x: { type: 'strin' } }), 'unknown-type', '#/properties/x/type'],
  [
    'A5 x- keyword of the wrong shape',
    obj({ x: { type: 'string', 'x-context': { options: 'stores' } } }),
    'invalid-schema',
    '#/properties/x/x-context',
  ],
  ['A9 dangling $ref', obj({ x: { $ref: '#/$defs/nope' } }), 'missing-ref', '#/properties/x/$ref'],
  ['A10 remote $ref', obj({ x: { $ref: 'https://example.com/s.json' } }), 'missing-ref', '#/properties/x/$ref'],
  ['A10 relative file $ref', obj({ x: { $ref: 'other.schema.json#/a' } }), 'missing-ref', '#/properties/x/$ref'],
  ['A11 self reference', { type: 'object', $ref: '#' }, 'ref-cycle', '#/$ref'],
  [
    'A11 a→b→a',
    obj({ x: { $ref: '#/$defs/a' } }, { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } }),
    'ref-cycle',
    /^#\/\$defs\/[ab]\/\$ref$/,
  ],
  [
    'A11 cycle through anyOf',
    obj({ x: { $ref: '#/$defs/a' } }, { $defs: { a: { anyOf: [{ $ref: '#/$defs/a' }, { type: 'string' }] } } }),
    'ref-cycle',
    /^#\/\$defs\/a/,
  ],
  ['A13 invalid regex', obj({ x: { type: 'string', pattern: '(' } }), 'invalid-pattern', '#/properties/x/pattern'],
  [
    'A14 regex valid only without u',
    obj({ x: { type: 'string', pattern: '\\-' } }),
    'invalid-pattern',
    '#/properties/x/pattern',
  ],
  [
    'A14 patternProperties regex',
    obj({}, { patternProperties: { '[': { type: 'string' } } }),
    'invalid-pattern',
    '#/patternProperties/[',
  ],
  [
    'A20 property __proto__',
    JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string"}}}'),
    'poisoned-name',
    '#/properties/__proto__',
  ],
  ['A20 property constructor', obj({ constructor: { type: 'string' } }), 'poisoned-name', '#/properties/constructor'],
  ['A20 property toString', obj({ toString: { type: 'string' } }), 'poisoned-name', '#/properties/toString'],
  ['A20 required toString', obj({ a: { type: 'string' } }, { required: ['toString'] }), 'poisoned-name', '#/required'],
  [
    'A22 enum of 1,001 values',
    obj({ x: { enum: Array.from({ length: 1001 }, (_, i) => i) } }),
    'too-large',
    '#/properties/x/enum',
  ],
  [
    'A22 2,001 properties',
    obj(Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`p${i}`, { type: 'string' }]))),
    'too-large',
    '#/properties',
  ],
  ['A22 more than 1 MB of text', ' '.repeat(1_000_001), 'too-large', '#'],
  ['A23 depth 33', nested(33), 'too-deep', /^#(\/properties\/a){32}$/],
  ['A23 depth 5,000', nested(5000), 'too-deep', /^#(\/properties\/a){32}$/],
  [
    'A25 unknown $schema',
    { $schema: 'https://example.com/my-dialect', type: 'object' },
    'unsupported-dialect',
    '#/$schema',
  ],
  [
    'A25 $schema naming an Object.prototype key',
    { $schema: 'constructor', type: 'object' },
    'unsupported-dialect',
    '#/$schema',
  ],
  ['A25 $schema "__proto__"', { $schema: '__proto__', type: 'object' }, 'unsupported-dialect', '#/$schema'],
];

/**
 * Rows that strict mode refuses but plain Ajv accepts: the runtime is lenient (`schemaforms check` still
 * refuses them), so the form compiles and each problem is one warning naming where: [row, input, code, pointer].
 */
const lenientRows: [string, unknown, string, string][] = [
  ['A5 typo keyword', obj({ x: { type: 'string', requird: true } }), 'unknown-keyword', '#/properties/x/requird'],
  [
    'A5 unknown x- keyword',
    obj({ x: { type: 'string', 'x-colour': 'red' } }),
    'unknown-keyword',
    '#/properties/x/x-colour',
  ],
  ['A6 unknown format', obj({ x: { type: 'string', format: 'emial' } }), 'unknown-format', '#/properties/x/format'],
  ['A7 if without then/else', obj({ x: { type: 'string' } }, { if: { required: ['x'] } }), 'strict', '#/if'],
  [
    'A7 minContains without contains',
    obj({ x: { type: 'array', minContains: 1 } }),
    'strict',
    '#/properties/x/minContains',
  ],
  ['A19 required not in properties', obj({ x: { type: 'string' } }, { required: ['y'] }), 'strict', '#/required'],
];

describe('schema guards (RELIABILITY.md §A)', () => {
  it.each(rows)('%s is a SchemaError naming where', async (_row, schema, code, pointer) => {
    const error = await compileSchema(schema, { source: 'schemas/x/y.schema.json' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SchemaError);
    const e = error as SchemaError;
    expect(e.code).toBe(code);
    if (typeof pointer === 'string') expect(e.pointer).toBe(pointer);
    else expect(e.pointer).toMatch(pointer);
    expect(e.source).toBe('schemas/x/y.schema.json');
    expect(e.message).toMatch(/^schemas\/x\/y\.schema\.json: /);
  });

  it.each(lenientRows)('%s compiles at run time with a warning naming where', async (_row, schema, code, pointer) => {
    const compiled = await compileSchema(schema, { source: 'schemas/x/y.schema.json' });
    expect(compiled.warnings).toContainEqual(expect.objectContaining({ code, pointer }));
    expect(createForm(compiled).root.children?.length).toBeGreaterThan(0);
  });

  it('gives line and column for invalid JSON text', async () => {
    const e = (await compileSchema('{\n  "type": "object",\n}').catch((x: unknown) => x)) as SchemaError;
    expect(e.code).toBe('invalid-json');
    expect(e.line).toBe(3);
  });

  it('suggests the Unicode-mode spelling for a regex valid only without u', () => {
    const [p] = checkSchemaShape(obj({ x: { type: 'string', pattern: '\\-' } }));
    expect(p!.message).toMatch(/Unicode mode/);
  });

  it('warns about a union type; renders one allowing text as text, one without as its first type (A8)', async () => {
    const schema = obj({ x: { type: ['string', 'number'] }, y: { type: ['boolean', 'object'] } });
    expect(checkSchemaShape(schema)).toEqual([
      expect.objectContaining({ code: 'union-type', severity: 'warning', pointer: '#/properties/x/type' }),
      expect.objectContaining({ code: 'union-type', severity: 'warning', pointer: '#/properties/y/type' }),
    ]);
    const f = createForm(await compileSchema(schema));
    expect(f.field('/x')!.widget).toBe('text');
    expect(f.field('/y')).toMatchObject({ widget: 'checkbox', types: ['boolean', 'object'] });
  });

  it('warns about $dynamicRef and renders the field as unsupported (A24)', async () => {
    const schema = obj({ x: { $dynamicRef: '#m' } }, { $defs: { m: { $dynamicAnchor: 'm', type: 'string' } } });
    expect(checkSchemaShape(schema).map((p) => [p.code, p.severity])).toEqual([['unsupported-feature', 'warning']]);
    const f = createForm(await compileSchema(schema));
    expect(f.field('/x')!.widget).toBe('unsupported');
  });

  it('accepts a legitimately recursive schema (A12)', async () => {
    const schema = obj(
      { tree: { $ref: '#/$defs/node' } },
      {
        $defs: {
          node: {
            type: 'object',
            properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } },
          },
        },
      },
    );
    expect(checkSchemaShape(schema)).toEqual([]);
    const f = createForm(await compileSchema(schema), {
      value: { tree: { name: 'a', children: [{ name: 'b', children: [] }] } },
    });
    expect(f.field('/tree/children/0/name')!.value).toBe('b');
  });

  it('gives each form its own validator, so two schemas with the same $id both compile (A21)', async () => {
    const a = await compileSchema({ $id: 'https://example.com/same.json', ...obj({ a: { type: 'string' } }) });
    const b = await compileSchema({ $id: 'https://example.com/same.json', ...obj({ b: { type: 'number' } }) });
    expect(a.validator.validate({ a: 1 }).length).toBe(1);
    expect(b.validator.validate({ b: 'x' }).length).toBe(1);
  });

  it('compiles each schema object once', async () => {
    const schema = obj({ a: { type: 'string' } });
    expect(await compileSchema(schema)).toBe(await compileSchema(schema));
  });
});
