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

describe('catalogFromJson schemas', () => {
  it("registers every subject's schema and the catalog's shared schemas for $refs between them", () => {
    const form = { $id: 'https://x.example/a.json', title: 'A', type: 'object' };
    const shared = { $id: 'https://x.example/_shared/cep.json', type: 'string' };
    const catalog = catalogFromJson({
      subjects: [{ id: 'c/a', category: 'C', title: 'A', schema: form }],
      schemas: [shared],
    });
    expect(catalog.schemas).toEqual([form, shared]);
  });

  it('refuses a "schemas" that is not a list of schema objects', () => {
    expect(() => catalogFromJson({ subjects: [], schemas: ['x'] })).toThrow(/"schemas" is a list of schema objects/);
  });
});
