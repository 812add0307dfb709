import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, catalogModuleSource, compareSubjects, loadCatalogForms } from './catalog.js';
import { formText, writeForms } from './test-support/forms.js';
import { repoRoot } from './test-support/scratch.js';

describe('loadCatalogForms', () => {
  it('loads the repository forms with id, category, title, schema and file', async () => {
    const forms = await loadCatalogForms(path.join(repoRoot, 'schemas'));
    const token = forms.find((f) => f.id === 'token/revogacao-de-token');
    expect(token).toMatchObject({
      category: 'Token',
      title: 'Revogação de Token',
      file: path.join(repoRoot, 'schemas/token/revogacao-de-token.schema.json'),
    });
    expect(token?.schema.type).toBe('object');
  });

  it('rejects a folder with a broken form, naming file, line:col and pointer', async () => {
    const dir = writeForms({ 'cat/subject.schema.json': formText('"a": { "type": "strin" }') });
    const error = await loadCatalogForms(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).message).toMatch(
      /cat\/subject\.schema\.json:8:20 error #\/properties\/a\/type unknown type "strin"/,
    );
  });
});

describe('catalog order and module', () => {
  it('sorts by category then subject with pt-BR collation', () => {
    const subjects = [
      { category: 'Token', title: 'Revogação', id: 'c' },
      { category: 'Dados', title: 'Zebra', id: 'b' },
      { category: 'Dados', title: 'Ábaco', id: 'a' },
      { category: 'Dados', title: 'Árvore', id: 'd' },
    ].sort(compareSubjects);
    expect(subjects.map((s) => s.title)).toEqual(['Ábaco', 'Árvore', 'Zebra', 'Revogação']);
  });

  it('writes a module whose subjects import their form lazily', () => {
    const source = catalogModuleSource(
      [{ id: 'token/x', category: 'Token', title: 'X "quoted"' }],
      (id) => `./forms/${id}.js`,
    );
    expect(source).toContain('load: () => import("./forms/token/x.js")');
    expect(source).toContain('title: "X \\"quoted\\""');
    // No shared files: no `schemas` list at all.
    expect(source).not.toContain('schemas');
  });

  it('lists the shared schemas it is given as the catalog module’s schemas', () => {
    const shared = { $id: 'https://example.test/_shared/banco.schema.json', $defs: { agencia: { type: 'string' } } };
    const source = catalogModuleSource([{ id: 'a/b', category: 'A', title: 'B' }], (id) => `./${id}.js`, [shared]);
    expect(source).toContain(`schemas: ${JSON.stringify([shared])},`);
  });
});
