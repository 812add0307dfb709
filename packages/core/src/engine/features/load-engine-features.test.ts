import { describe, expect, it, vi } from 'vitest';
import { compileSchema } from '../../compile-schema.js';
import type { JsonSchemaObject } from '../../types.js';
import { schemaCacheFor } from '../schema-cache.js';
import { featuresUsedBy } from './features-used.js';

async function used(schema: JsonSchemaObject): Promise<string[]> {
  return [...featuresUsedBy(schemaCacheFor(await compileSchema(schema)))].sort();
}

const person = { type: 'object', title: 'Pessoa', properties: { cpf: { type: 'string' } }, required: ['cpf'] };
const company = { type: 'object', title: 'Empresa', properties: { cnpj: { type: 'string' } }, required: ['cnpj'] };
const alternatives: JsonSchemaObject = { type: 'object', properties: { holder: { oneOf: [person, company] } } };

describe('the engine features a schema uses', () => {
  it('finds none in a form of plain fields and constant choices', async () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: {
        name: { type: 'string', title: 'Nome' },
        ongoing: {
          type: 'boolean',
          oneOf: [
            { const: true, title: 'Sim' },
            { const: false, title: 'Não' },
          ],
        },
        kind: { anyOf: [{ $ref: '#/$defs/a' }, { enum: ['b'] }] },
        tags: { type: 'array', items: { type: 'string' } },
      },
      $defs: { a: { const: 'a', title: 'A' } },
    };
    expect(await used(schema)).toEqual([]);
  });

  it('finds alternatives in a oneOf/anyOf that is not a list of constants, wherever it is', async () => {
    // Choosing one evaluates the alternatives, whose results are kept by what they read: read-sets too.
    expect(await used(alternatives)).toEqual(['alternatives', 'readSets']);
    expect(await used({ $defs: { x: { anyOf: [{ type: 'string' }, { type: 'number' }] } } })).toEqual([
      'alternatives',
      'readSets',
    ]);
  });

  it('finds reveals in an if with a branch and in dependent schemas (draft-07 dependencies too)', async () => {
    const condition = { if: { properties: { a: { const: 1 } }, required: ['a'] }, then: { required: ['b'] } };
    // The `if` is evaluated (read-sets keep its result); a dependent schema applies by a name, reading nothing.
    expect(await used({ type: 'object', properties: { a: {}, b: {} }, ...condition })).toEqual(['readSets', 'reveals']);
    expect(await used({ type: 'object', dependentSchemas: { a: { required: ['b'] } } })).toEqual(['reveals']);
    expect(
      await used({
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        dependencies: { a: { required: ['b'] } },
      }),
    ).toEqual(['reveals']);
    // An `if` without a branch changes nothing, and dependencies by names are `dependentRequired`.
    expect(await used({ if: { required: ['a'] }, dependentRequired: { a: ['b'] } } as JsonSchemaObject)).toEqual([]);
  });

  it('finds tuples by prefixItems, and by an items list in draft-07', async () => {
    expect(await used({ type: 'array', prefixItems: [{ type: 'string' }] })).toEqual(['tuples']);
    expect(
      await used({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'array', items: [{ type: 'string' }] }),
    ).toEqual(['tuples']);
  });
});

describe('loading engine features (a browser host: the core without node.ts)', () => {
  /** A fresh copy of the core, as a page has before any feature is fetched. */
  async function freshCore() {
    vi.resetModules();
    return import('../../index.js');
  }

  it('needs nothing for a plain form', async () => {
    const core = await freshCore();
    const compiled = await core.compileSchema({ type: 'object', properties: { a: { type: 'string' } } });
    expect(core.engineFeaturesReady(compiled)).toBeUndefined();
    expect(core.createForm(compiled).root.children!.map((field) => field.key)).toEqual(['a']);
  });

  it('edits a form of plain fields, dependent requirements and a branchless if with no feature code', async () => {
    const core = await freshCore();
    const compiled = await core.compileSchema({
      type: 'object',
      properties: { email: { type: 'string' }, phone: { type: 'string' }, note: { type: 'string' } },
      dependentRequired: { email: ['phone'] },
      if: { required: ['note'] },
    } as JsonSchemaObject);
    expect(core.engineFeaturesReady(compiled)).toBeUndefined();
    const form = core.createForm(compiled);
    // Each edit re-plans the object by what its dependencies read: no read-set walk (not loaded) is asked.
    form.setValue('/note', 'x');
    form.setValue('/email', 'a@b.c');
    expect(form.field('/phone')!.required).toBe(true);
    form.setValue('/email', undefined);
    expect(form.field('/phone')!.required).toBe(false);
  });

  it('lists the condition pointers of a schema with alternatives without their code', async () => {
    const core = await freshCore();
    // Whether the person chooses between the objects is alternatives' code; listing conditions needs none.
    expect(core.conditionPointers(alternatives)).toEqual(['/properties/holder/oneOf/0', '/properties/holder/oneOf/1']);
  });

  it('refuses, naming the feature and what to await, a form whose feature is not loaded', async () => {
    const core = await freshCore();
    const compiled = await core.compileSchema(alternatives);
    expect(() => core.createForm(compiled)).toThrow(/uses alternatives.*await engineFeaturesReady\(compiled\)/);
    expect(() => core.validateSubmission(compiled, {})).toThrow(/uses alternatives/);
  });

  it('derives alternatives, reveals and tuples once their code is here, then waits for nothing more', async () => {
    const core = await freshCore();
    const compiled = await core.compileSchema({
      type: 'object',
      properties: {
        holder: { oneOf: [person, company] },
        pair: {
          type: 'array',
          prefixItems: [
            { type: 'string', title: 'Início' },
            { type: 'string', title: 'Fim' },
          ],
        },
        hasCode: {
          type: 'boolean',
          oneOf: [
            { const: true, title: 'Sim' },
            { const: false, title: 'Não' },
          ],
        },
      },
      // `code` is declared only in the branch an answer of `hasCode` opens: that answer reveals it.
      if: { properties: { hasCode: { const: true } }, required: ['hasCode'] },
      then: { properties: { code: { type: 'string', title: 'Código' } }, required: ['code'] },
    });
    const ready = core.engineFeaturesReady(compiled);
    expect(ready).toBeInstanceOf(Promise);
    await ready;
    expect(core.engineFeaturesReady(compiled)).toBeUndefined();
    const form = core.createForm(compiled, { value: { holder: { cnpj: '1' }, pair: ['a', 'b'], hasCode: true } });
    expect(form.field('/holder')!.alternatives![0]!.chosen).toBe(1);
    expect(form.field('/holder/cnpj')).toBeDefined();
    expect(form.field('/pair/1')!.label).toBe('Fim');
    expect(form.field('/code')!.revealedBy).toBe('/hasCode');
  });
});
