import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  compileSchema,
  conditionPointers,
  fromPrecompiled,
  SchemaError,
  type CompiledSchema,
  type JsonSchemaObject,
  type PrecompiledForm,
} from '@schemaforms/core';
import fc from 'fast-check';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { findFormFiles } from './check.js';
import { formatsSource, precompileForm } from './precompile.js';
import { formatNames, fullFormats } from 'ajv-formats/dist/formats.js';
import { repoRoot, scratchDir } from './test-support/scratch.js';

const here = path.join(repoRoot, 'packages/tooling/src');
const scratch = scratchDir('precompile');
afterAll(() => scratch.remove());

let counter = 0;
/** Writes a precompiled module into the scratch folder and imports it with Node (no bundler). */
async function importPrecompiled(code: string): Promise<PrecompiledForm> {
  const file = path.join(scratch.dir, `form-${counter++}.mjs`);
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as PrecompiledForm;
}

const errorKeys = (errors: readonly { keyword: string; instancePath: string; schemaPath: string }[]) =>
  errors.map((e) => `${e.keyword} ${e.instancePath} ${e.schemaPath}`).sort();

/** Both paths must give the same errors and the same `matches` answers for `value`. */
function expectSameAnswers(
  runtime: CompiledSchema,
  precompiled: CompiledSchema,
  pointers: readonly string[],
  value: unknown,
): void {
  expect(errorKeys(precompiled.validator.validate(value))).toEqual(errorKeys(runtime.validator.validate(value)));
  const parts = value && typeof value === 'object' ? [value, ...Object.values(value)] : [value];
  for (const pointer of pointers) {
    for (const part of parts)
      expect(precompiled.validator.matches(pointer, part), pointer).toBe(runtime.validator.matches(pointer, part));
  }
}

/** Answers built from the schema's own property names and a pool of typical and hostile values. */
function answers(schema: JsonSchemaObject): fc.Arbitrary<Record<string, unknown>> {
  const names = new Set<string>();
  JSON.stringify(schema, (key, v) => {
    if (key === 'properties' && v && typeof v === 'object') for (const k of Object.keys(v)) names.add(k);
    return v;
  });
  const value = fc.oneof(
    fc.constantFrom(
      '',
      'a',
      'Loja 1',
      'https://example.com/x',
      'http://x',
      'ana@example.com',
      'não é url',
      '12:30:00',
      '123456',
      '😀😀',
      'x'.repeat(300),
    ),
    fc.boolean(),
    fc.integer({ min: -5, max: 120 }),
    fc.constant(null),
    fc.constantFrom('pedido', 'cadastro', 'outro', 'perdi', 'troca'),
    fc.array(fc.string({ maxLength: 25 }), { maxLength: 6 }),
  );
  return fc.dictionary(fc.constantFrom(...names, 'extra'), value, { maxKeys: names.size + 1 });
}

const forms = [
  ...(await findFormFiles(path.join(repoRoot, 'schemas'))),
  ...(await findFormFiles(path.join(here, 'fixtures/valid'))),
];

describe('precompileForm', () => {
  it.each(forms.map((file) => [path.relative(repoRoot, file), file]))(
    'gives the same answers as the runtime compiler for %s',
    async (_name, file) => {
      const schema = JSON.parse(readFileSync(file, 'utf8')) as JsonSchemaObject;
      const code = precompileForm(schema, { source: file });
      expect(code).not.toMatch(/new Function|\beval\(|require\(/);
      const mod = await importPrecompiled(code);
      const pointers = conditionPointers(schema);
      expect(Object.keys(mod.subschemas).sort()).toEqual([...new Set(pointers)].sort());
      // Everything but the editors' notes ($comment) ships.
      expect(mod.schema).toEqual(
        JSON.parse(JSON.stringify(schema), (key, value) => (key === '$comment' ? undefined : value)),
      );
      const runtime = await compileSchema(schema);
      const precompiled = fromPrecompiled(mod);
      fc.assert(
        fc.property(answers(schema), (value) => expectSameAnswers(runtime, precompiled, pointers, value)),
        { numRuns: 300, seed: 2020 },
      );
    },
  );

  it('refuses a schema the runtime refuses, with its pointer', () => {
    expect(() =>
      precompileForm({ type: 'object', properties: { a: { $ref: '#/$defs/nope' } } }, { source: 'x.schema.json' }),
    ).toThrow(SchemaError);
    try {
      precompileForm({ type: 'object', properties: { a: { type: 'strin' } } });
    } catch (error) {
      expect(error).toMatchObject({ code: 'unknown-type', pointer: '#/properties/a/type' });
    }
  });

  it('leaves the editors\' $comment notes out of the shipped schema, but not a property named "$comment"', async () => {
    const schema: JsonSchemaObject = {
      $comment: 'for the content owners',
      type: 'object',
      properties: {
        $comment: { type: 'string', title: 'Comentário', maxLength: 10, $comment: 'a field note' },
        mais: { type: 'string', maxLength: 5 },
      },
      allOf: [
        {
          $comment: 'a branch note',
          if: { properties: { mais: { minLength: 1 } }, required: ['mais'] },
          then: { properties: { $comment: {} }, required: ['$comment'] },
        },
      ],
    };
    const mod = await importPrecompiled(precompileForm(schema));
    expect(JSON.stringify(mod.schema)).not.toMatch(/content owners|field note|branch note/);
    expect(Object.keys((mod.schema.properties as object) ?? {})).toEqual(['$comment', 'mais']);
    expect(mod.validate({ mais: 'x' })).toBe(false);
    expect(mod.validate({ mais: 'x', $comment: 'ok' })).toBe(true);
  });

  it('keeps a "__proto__" key of the schema an own property', async () => {
    // checkSchemaShape rejects poisoned names; the module still must not turn one into a prototype.
    const code = precompileForm({
      type: 'object',
      properties: { a: { type: 'string', maxLength: 3, const: 'x' } },
      examples: [JSON.parse('{"__proto__": {"polluted": true}}')],
    });
    const mod = await importPrecompiled(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn((mod.schema.examples as object[])[0]!, '__proto__')).toBe(true);
  });
});

/**
 * Where Ajv 8.20 + ajv-formats (runtime and standalone alike) disagree with the suite; the answers of
 * both paths must still be equal. The $dynamicRef case overflows the stack in Ajv's compiled code
 * (reported to core: the runtime validator should turn that RangeError into a SchemaError).
 */
const KNOWN_AJV_DEVIATIONS = new Set([
  'format-email.json: validation of e-mail addresses: a quoted string with a space in the local part is valid',
  'format-email.json: validation of e-mail addresses: a quoted string with a double dot in the local part is valid',
  'format-email.json: validation of e-mail addresses: a quoted string with a @ in the local part is valid',
  'format-email.json: validation of e-mail addresses: an IPv4-address-literal after the @ is valid',
  'format-email.json: validation of e-mail addresses: an IPv6-address-literal after the @ is valid',
  'format-uri.json: validation of URIs: non-numeric port is invalid',
  'format-uri.json: validation of URIs: invalid port is invalid',
  'format-uri.json: validation of URIs: leading zero in an embedded IPv4 address is invalid',
  'format-uri.json: validation of URIs: square brackets are not allowed in a path segment',
  'unevaluatedProperties.json: unevaluatedProperties with if/then/else, then not defined: when if is true and has no unevaluated properties',
  'unevaluatedProperties.json: unevaluatedProperties with if/then/else, then not defined: when if is true and has unevaluated properties',
  'unevaluatedProperties.json: unevaluatedProperties with if/then/else, then not defined: when if is false and has unevaluated properties',
  'unevaluatedProperties.json: unevaluatedProperties with $dynamicRef: with no unevaluated properties',
  'unevaluatedProperties.json: unevaluatedProperties with $dynamicRef: with unevaluated properties',
]);

describe('precompileForm on JSON-Schema-Test-Suite (2020-12 excerpt)', () => {
  const suiteDir = path.join(here, 'fixtures/json-schema-test-suite');
  const files = readdirSync(suiteDir).filter((f) => f.endsWith('.json'));
  interface Group {
    description: string;
    schema: unknown;
    tests: { description: string; data: unknown; valid: boolean }[];
  }
  const groups = files.flatMap((file) =>
    (JSON.parse(readFileSync(path.join(suiteDir, file), 'utf8')) as Group[]).map(
      (group) => [`${file}: ${group.description}`, group] as const,
    ),
  );

  it.each(groups)('%s', async (_name, group) => {
    const schema = group.schema;
    let runtime: CompiledSchema | undefined;
    try {
      runtime = await compileSchema(schema as JsonSchemaObject);
    } catch (error) {
      // Schemas the form runtime refuses by design (boolean roots, union types…) must be refused here too.
      expect(error).toBeInstanceOf(SchemaError);
      expect(() => precompileForm(schema as JsonSchemaObject)).toThrow(SchemaError);
      return;
    }
    if (runtime.warnings?.length) {
      // The runtime is lenient (an `if` alone, a `required` naming a property declared elsewhere…); the
      // precompiler, which builds our own forms, stays strict.
      expect(() => precompileForm(schema as JsonSchemaObject)).toThrow(SchemaError);
      return;
    }
    const mod = await importPrecompiled(precompileForm(schema as JsonSchemaObject));
    const precompiled = fromPrecompiled(mod);
    const outcome = (compiled: CompiledSchema, data: unknown): boolean | 'throws' => {
      try {
        return compiled.validator.validate(data).length === 0;
      } catch {
        return 'throws';
      }
    };
    const unexpected: string[] = [];
    for (const test of group.tests) {
      const runtimeValid = outcome(runtime, test.data);
      const precompiledValid = outcome(precompiled, test.data);
      expect(precompiledValid, test.description).toBe(runtimeValid);
      const id = `${_name}: ${test.description}`;
      if (precompiledValid !== test.valid && !KNOWN_AJV_DEVIATIONS.has(id)) unexpected.push(id);
    }
    expect(unexpected, 'disagreements with the suite').toEqual([]);
  });
});

describe('a precompiled form bundled by Vite', () => {
  it('contains no compiler, no eval and validates like the runtime', async () => {
    const file = path.join(repoRoot, 'schemas/dados-e-configuracoes-da-loja/alteracao-de-integradora.schema.json');
    const schema = JSON.parse(readFileSync(file, 'utf8')) as JsonSchemaObject;
    const entry = path.join(scratch.dir, 'bundle-entry.js');
    writeFileSync(entry, precompileForm(schema, { source: file }));
    const outDir = path.join(scratch.dir, 'bundle-out');
    await build({
      configFile: false,
      root: scratch.dir,
      logLevel: 'silent',
      build: { outDir, minify: false, lib: { entry, formats: ['es'], fileName: 'form' }, emptyOutDir: true },
    });
    const bundled = readFileSync(path.join(outDir, 'form.js'), 'utf8');
    expect(bundled).not.toMatch(/new Function|\beval\(|\brequire\(/);
    expect(bundled).not.toMatch(/\bimport\b[^;]*\bfrom\b/);
    const mod = (await import(pathToFileURL(path.join(outDir, 'form.js')).href)) as PrecompiledForm;
    const runtime = await compileSchema(schema);
    const precompiled = fromPrecompiled(mod);
    const pointers = conditionPointers(schema);
    fc.assert(
      fc.property(answers(schema), (value) => expectSameAnswers(runtime, precompiled, pointers, value)),
      { numRuns: 200, seed: 7 },
    );
    expectSameAnswers(runtime, precompiled, pointers, { urlCallback: 'not a uri', mensagem: 'x'.repeat(2001) });
  });
});

describe('the inlined format definitions', () => {
  type Def =
    RegExp | true | ((s: unknown) => boolean) | { type?: string; validate: RegExp | ((s: unknown) => boolean) };
  const check = (def: Def, value: unknown): boolean => {
    if (def === true) return true;
    const validate = def instanceof RegExp || typeof def === 'function' ? def : def.validate;
    return validate instanceof RegExp ? validate.test(String(value)) : validate(value);
  };
  const samples = [
    '',
    'x',
    '2024-02-29',
    '2023-02-29',
    '2024-13-01',
    '12:30:00Z',
    '23:59:60Z',
    '23:59:60+01:00',
    '12:30:00',
    '12:30:00.5-03:00',
    '2024-02-29T12:30:00Z',
    '2024-02-29 12:30:00',
    '2024-02-29T12:30:00',
    'https://example.com/a?b=c#d',
    'http://[::1]:80/',
    'mailto:a@b.c',
    'não é url',
    '//host/path',
    '/relative',
    'ana@example.com',
    'a..b@example.com',
    'example.com',
    '192.168.0.1',
    '::1',
    '^a+$',
    '(',
    'a\\Z',
    'QUJD',
    'QUJ=',
    'P1Y2M',
    'P',
    '/a/b~0',
    '#/a',
    '1/a',
    '{+path}',
    'urn:uuid:123e4567-e89b-12d3-a456-426614174000',
    2147483647,
    2 ** 31,
    1.5,
  ];

  it('validate like ajv-formats (full mode) for every format it defines', async () => {
    const file = path.join(scratch.dir, 'formats.mjs');
    writeFileSync(file, `${formatsSource(formatNames)}\nexport default __sfFormats;\n`);
    const inline = (await import(pathToFileURL(file).href)).default as Record<string, Def>;
    const table = fullFormats as unknown as Record<string, Def>;
    expect(Object.keys(inline).sort()).toEqual([...formatNames].sort());
    for (const name of formatNames) {
      const a = inline[name]!;
      const b = table[name]!;
      expect(typeof a, name).toBe(typeof b);
      for (const value of samples) {
        if (typeof value === 'number' && !(typeof b === 'object' && 'type' in b)) continue;
        expect(check(a, value), `${name} ${JSON.stringify(value)}`).toBe(check(b, value));
      }
    }
  });

  it('carry only the formats a form uses, and no import', () => {
    const code = precompileForm({ type: 'object', properties: { a: { type: 'string', format: 'uri' } } });
    expect(code).not.toMatch(/\bimport\b/);
    expect(code).toContain('__sfUri');
    expect(code).not.toContain('__sfDate');
  });
});

describe('patterns in a precompiled validator (issue 13 item 8)', () => {
  const hostile = (pattern: string, maxLength: number): JsonSchemaObject => ({
    type: 'object',
    properties: { nome: { type: 'string', pattern, maxLength } },
    patternProperties: { '^(x+)+y$': { type: 'string' } },
  });

  it('import the linear-time engine instead of running new RegExp', () => {
    const code = precompileForm(hostile('^(a+)+$', 60));
    expect(code).toContain(`from '@schemaforms/core/linear-regexp'`);
    expect(code).not.toMatch(/new RegExp/);
  });

  it('ship no engine when every pattern is proved linear on the native one (anchored, unambiguous)', () => {
    const safe = precompileForm({
      type: 'object',
      properties: { url: { type: 'string', pattern: '^https?://', maxLength: 99 } },
    });
    expect(safe).not.toContain('linear-regexp');
    expect(safe).toMatch(/new RegExp/);
    const unanchored = precompileForm({
      type: 'object',
      properties: { url: { type: 'string', pattern: 'https?://', maxLength: 99 } },
    });
    expect(unanchored).toContain('linear-regexp');
  });

  it('finish ^(a+)+$ and ^([A-Za-z]+ ?){1,9}$ on hostile 50-character answers', async () => {
    const bomb = fromPrecompiled(await importPrecompiled(precompileForm(hostile('^(a+)+$', 60))));
    expect(bomb.validator.validate({ nome: 'a'.repeat(50) + '!' }).map((e) => e.keyword)).toEqual(['pattern']);
    expect(bomb.validator.validate({ nome: 'a'.repeat(50) })).toEqual([]);
    expect(bomb.validator.validate({ ['x'.repeat(50)]: 1 }).map((e) => e.keyword)).toEqual([]);
    expect(bomb.validator.validate({ ['x'.repeat(50) + 'y']: 1 }).map((e) => e.keyword)).toEqual(['type']);
    const names = fromPrecompiled(await importPrecompiled(precompileForm(hostile('^([A-Za-z]+ ?){1,9}$', 120))));
    expect(names.validator.validate({ nome: 'a'.repeat(49) + '1' }).map((e) => e.keyword)).toEqual(['pattern']);
    expect(names.validator.validate({ nome: 'Maria da Silva' })).toEqual([]);
  });

  it('check maxLength before the pattern: a too-long answer gets only the length error', async () => {
    const bomb = fromPrecompiled(await importPrecompiled(precompileForm(hostile('^(a+)+$', 20))));
    expect(bomb.validator.validate({ nome: 'a'.repeat(35) + '!' }).map((e) => e.keyword)).toEqual(['maxLength']);
  });

  it('refuse a pattern the linear engine cannot run, naming it and the reason', () => {
    expect(() => precompileForm(hostile('^(a)\\1$', 20))).toThrow(/backreference/);
  });
});
