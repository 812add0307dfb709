import { loadConditionEvaluator } from './engine/condition-decider.js';
import { describe, expect, it } from 'vitest';
import { precompileForm } from './precompile-form.js';
import {
  compileSchema,
  conditionPointers,
  createForm,
  fromPrecompiled,
  SchemaError,
  type PrecompiledForm,
} from './index.js';

type Require = (id: string) => unknown;
interface Fs {
  mkdirSync(path: string, options: { recursive: boolean }): void;
  writeFileSync(path: string, text: string): void;
}
const nodeModule = (name: string) => import(/* @vite-ignore */ 'node:' + name);
const here = (import.meta as unknown as { url: string }).url;

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
    pais: { type: 'string', default: 'BR', enum: ['BR', 'PT'] },
    email: { type: 'string', format: 'email', maxLength: 80 },
  },
  required: ['tipo'],
  if: { properties: { tipo: { const: 'pj' } }, required: ['tipo'] },
  then: { properties: { cnpj: { type: 'string', pattern: '^\\d{14}$', title: 'CNPJ' } }, required: ['cnpj'] },
  $defs: {
    contato: {
      type: 'object',
      properties: { nome: { type: 'string' } },
      oneOf: [
        { properties: { nome: true }, required: ['nome'] },
        { properties: { anonimo: { const: true } }, required: ['anonimo'] },
      ],
    },
  },
} as const;

async function loadCommonJs(source: string): Promise<PrecompiledForm> {
  const { createRequire } = (await nodeModule('module')) as { createRequire(from: string): Require };
  const mod: { exports: Record<string, unknown> } = { exports: {} };
  new Function('module', 'exports', 'require', source)(mod, mod.exports, createRequire(here));
  return mod.exports.default as PrecompiledForm;
}

describe('fromPrecompiled', () => {
  it('lists the condition pointers tooling precompiles', () => {
    expect(conditionPointers(schema)).toEqual([
      '/if',
      '/properties/pais',
      '/$defs/contato/oneOf/0',
      '/$defs/contato/oneOf/1',
    ]);
  });

  it('drives a form like the runtime compiler, without a compiler', async () => {
    const pre = fromPrecompiled(await loadCommonJs(precompileForm(schema, { esm: false })));
    const runtime = await compileSchema(schema);
    for (const compiled of [pre, runtime]) {
      const f = createForm(compiled, { locale: 'en' });
      expect(f.getValue('/pais')).toBe('BR');
      f.setValue('/tipo', 'pj');
      expect(f.errors.get('/cnpj')![0]!.message).toBe('Fill in the field CNPJ');
      f.setValue('/cnpj', '123');
      expect(f.errors.get('/cnpj')![0]!.keyword).toBe('pattern');
      f.setValue('/email', 'nope');
      expect(f.errors.get('/email')![0]!.message).toMatch(/email address/);
    }
  });

  it('loads the ES module output too', async () => {
    const fs = (await nodeModule('fs')) as Fs;
    const dir = decodeURIComponent(
      new (globalThis as unknown as { URL: new (u: string, b: string) => { pathname: string } }).URL(
        '../../../node_modules/.cache/schemaforms-core-test/',
        here,
      ).pathname,
    );
    fs.mkdirSync(dir, { recursive: true });
    const file = `${dir}form-${Date.now()}.mjs`;
    fs.writeFileSync(file, precompileForm(schema));
    const mod = (await import(/* @vite-ignore */ file)) as { default: PrecompiledForm };
    const f = createForm(fromPrecompiled(mod.default));
    f.setValue('/tipo', 'pj');
    expect(f.field('/cnpj')).toBeDefined();
    expect(mod.default.validate({ tipo: 'pf', email: 'a@b.co' })).toBe(true);
  });

  it('names a subschema the module lacks instead of guessing', async () => {
    const mod = await loadCommonJs(precompileForm(schema, { esm: false }));
    const compiled = fromPrecompiled({ ...mod, subschemas: {} });
    expect(() => compiled.validator.matches('/if', {})).toThrow(SchemaError);
    // Once core's own evaluator has loaded (a runtime schema loads it), it decides this `if` (a
    // `const`): the form does not need the function.
    await loadConditionEvaluator();
    expect(() => createForm(compiled)).not.toThrow();
    // A condition only the validator decides (`format`) needs it.
    const byFormat = {
      type: 'object',
      properties: { email: { type: 'string' } },
      if: { properties: { email: { format: 'email' } }, required: ['email'] },
      then: { properties: { copia: { type: 'boolean' } } },
    } as const;
    const lacking = fromPrecompiled({
      ...(await loadCommonJs(precompileForm(byFormat, { esm: false }))),
      subschemas: {},
    });
    expect(() => createForm(lacking, { value: { email: 'ana@example.com' } })).toThrow(
      expect.objectContaining({ code: 'missing-precompiled', pointer: '#/if' }),
    );
  });
});
