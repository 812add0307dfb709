import { isPrecompiledForm } from '@schemaforms/core';
import { describe, expect, it } from 'vitest';
import { catalogFromJson } from './json-catalog.js';

/** A precompiled form module as the production server serves it (here inline, as a data: URL). */
const MODULE = `data:text/javascript,${encodeURIComponent(`
export const schema = { title: 'Estorno de pedido', type: 'object' };
export function validate() { return true; }
export const subschemas = {};
export default { schema, validate, subschemas };
`)}`;

describe('catalogFromJson', () => {
  it('loads the precompiled module an entry names instead of its schema, and keeps its revision', async () => {
    const catalog = catalogFromJson({
      subjects: [
        {
          id: 'financeiro/estorno',
          category: 'Financeiro',
          title: 'Estorno de pedido',
          revision: 'r3v1s10n-abc',
          module: MODULE,
          schema: { title: 'stale' },
        },
      ],
    });
    const [subject] = catalog.subjects;
    expect(subject?.revision).toBe('r3v1s10n-abc');
    const loaded = await subject!.load();
    expect(isPrecompiledForm(loaded)).toBe(true);
    expect((loaded as { schema: { title: string } }).schema.title).toBe('Estorno de pedido');
  });

  it('hands back the schema of an entry without a module, with no revision', async () => {
    const schema = { title: 'Dúvida', type: 'object' };
    const [subject] = catalogFromJson({
      subjects: [{ id: 'cadastro/duvida', category: 'Cadastro', title: 'Dúvida', schema }],
    }).subjects;
    expect(subject?.revision).toBeUndefined();
    expect(await subject!.load()).toBe(schema);
  });
});

describe('catalogFromJson $refs between schemas', () => {
  it("loads a subject's schema with the other subject's and the shared schemas its refs name embedded", async () => {
    const form = {
      $id: 'https://x.example/c/a.json',
      title: 'A',
      type: 'object',
      properties: { b: { $ref: 'b.json' }, cep: { $ref: '../_shared/cep.json' } },
    };
    const other = { $id: 'https://x.example/c/b.json', title: 'B', type: 'string' };
    const shared = { $id: 'https://x.example/_shared/cep.json', type: 'string' };
    const catalog = catalogFromJson({
      subjects: [
        { id: 'c/a', category: 'C', title: 'A', schema: form },
        { id: 'c/b', category: 'C', title: 'B', schema: other },
      ],
      schemas: [shared],
    });
    const loaded = (await catalog.subjects[0]!.load()) as { $defs: Record<string, { $id: string }> };
    expect(Object.values(loaded.$defs).map((d) => d.$id)).toEqual([other.$id, shared.$id]);
    expect(await catalog.subjects[1]!.load()).toBe(other);
  });

  it('names a ref to a schema the catalog does not have when the subject loads', async () => {
    const form = { $id: 'https://x.example/c/a.json', title: 'A', properties: { b: { $ref: 'nope.json' } } };
    const [subject] = catalogFromJson({ subjects: [{ id: 'c/a', category: 'C', title: 'A', schema: form }] }).subjects;
    await expect(subject!.load()).rejects.toThrow(/"nope\.json".*not among the registered schemas/);
  });

  it('refuses a "schemas" that is not a list of schema objects', () => {
    expect(() => catalogFromJson({ subjects: [], schemas: ['x'] })).toThrow(/"schemas" is a list of schema objects/);
  });
});
