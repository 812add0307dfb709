import { execFileSync } from 'node:child_process';
import { copyFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkForms } from './check.js';
import { formText, writeForms } from './test-support/forms.js';

const field = '"a": { "type": "string", "maxLength": 9 }';
const form = (id: string, title: string, category = 'Categoria') =>
  formText(field, { id: `https://x.example/${id}.schema.json`, title, category });

/** Makes `file` (inside `dir`) look last modified `minutesAgo` minutes ago. */
function age(dir: string, file: string, minutesAgo: number): void {
  const when = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(path.join(dir, file), when, when);
}

const git = (dir: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd: dir, stdio: 'pipe' },
  );

describe('schemaforms check across files: blame the copy, keep the original', () => {
  it('reports a duplicate $id on the newer file (by modification time) and says which $id to write', async () => {
    // The copy sorts first, so blaming the file met second would blame the original.
    const dir = writeForms({
      'cat/original.schema.json': form('cat/original', 'Original'),
      'cat/a-copia.schema.json': form('cat/original', 'Cópia'),
    });
    age(dir, 'cat/original.schema.json', 60);
    const result = await checkForms(dir, { cwd: dir, locale: 'en' });
    const duplicates = result.diagnostics.filter((d) => d.code === 'duplicate-id');
    expect(duplicates).toEqual([
      {
        file: 'cat/a-copia.schema.json',
        line: 3,
        column: 10,
        pointer: '/$id',
        severity: 'error',
        code: 'duplicate-id',
        message:
          '"$id" "https://x.example/cat/original.schema.json" already belongs to cat/original.schema.json (this file looks like a copy of it) — write here "$id": "https://x.example/cat/a-copia.schema.json"',
      },
    ]);
    expect(result.forms.find((f) => f.id === 'cat/original')?.ok).toBe(true);
    const pt = await checkForms(dir, { cwd: dir, locale: 'pt-BR' });
    expect(pt.diagnostics.find((d) => d.code === 'duplicate-id')?.message).toBe(
      'o "$id" "https://x.example/cat/original.schema.json" já é de cat/original.schema.json (este arquivo parece uma cópia dele) — escreva aqui "$id": "https://x.example/cat/a-copia.schema.json"',
    );
  });

  it('trusts git over modification times: a file git does not track yet is the copy', async () => {
    const dir = writeForms({ 'cat/original.schema.json': form('cat/original', 'Troca') });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'original');
    copyFileSync(path.join(dir, 'cat/original.schema.json'), path.join(dir, 'cat/a-copia.schema.json'));
    // Copied with an old modification time (cp -p, an unzip): git still knows which file is new.
    age(dir, 'cat/a-copia.schema.json', 600);
    const result = await checkForms(dir, { cwd: dir, locale: 'en' });
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      'cat/a-copia.schema.json duplicate-id',
      'cat/a-copia.schema.json id-mismatch',
      'cat/a-copia.schema.json duplicate-subject',
    ]);
    expect(result.forms.find((f) => f.id === 'cat/original')?.ok).toBe(true);
  });

  it('reports a duplicate subject on the newer file, in pt-BR and en', async () => {
    const dir = writeForms({
      'cat/b-troca.schema.json': form('cat/b-troca', 'Troca'),
      'cat/a-troca.schema.json': form('cat/a-troca', 'TROCA'),
    });
    age(dir, 'cat/b-troca.schema.json', 60);
    const en = await checkForms(dir, { cwd: dir, locale: 'en' });
    expect(en.diagnostics).toEqual([
      {
        file: 'cat/a-troca.schema.json',
        line: 4,
        column: 12,
        pointer: '/title',
        severity: 'error',
        code: 'duplicate-subject',
        message:
          'category "Categoria" already has a subject "TROCA" (cat/b-troca.schema.json, the older file): people could not tell them apart — give this form another "title", or merge the two forms',
      },
    ]);
    const pt = await checkForms(dir, { cwd: dir, locale: 'pt-BR' });
    expect(pt.diagnostics[0]?.message).toBe(
      'a categoria "Categoria" já tem o assunto "TROCA" (cat/b-troca.schema.json, mais antigo): as pessoas não conseguiriam distinguir os dois — dê a este formulário outro "title", ou junte os dois formulários',
    );
  });

  it('warns when one title is a subject of two categories', async () => {
    const dir = writeForms({
      'loja/troca.schema.json': form('loja/troca', 'Troca', 'Loja'),
      'conta/troca.schema.json': form('conta/troca', 'Troca', 'Conta'),
    });
    age(dir, 'loja/troca.schema.json', 60);
    const en = await checkForms(dir, { cwd: dir, locale: 'en' });
    expect(en.diagnostics).toEqual([
      {
        file: 'conta/troca.schema.json',
        line: 4,
        column: 12,
        pointer: '/title',
        severity: 'warning',
        code: 'title-in-two-categories',
        message:
          'subject "Troca" also exists in category "Loja" (loja/troca.schema.json): someone looking for it may open the wrong form — if it is the same request, keep one form; otherwise make the titles different',
      },
    ]);
    const pt = await checkForms(dir, { cwd: dir, locale: 'pt-BR' });
    expect(pt.diagnostics[0]?.message).toBe(
      'o assunto "Troca" também existe na categoria "Loja" (loja/troca.schema.json): quem procura por ele pode abrir o formulário errado — se for o mesmo pedido, mantenha um só formulário; senão, diferencie os títulos',
    );
  });

  it("suggests the folder's category for a form without x-category", async () => {
    const dir = writeForms({
      'dados-da-loja/um.schema.json': form('dados-da-loja/um', 'Um', 'Dados e configurações da loja'),
      'dados-da-loja/dois.schema.json': form('dados-da-loja/dois', 'Dois').replace(
        '  "x-category": "Categoria",\n',
        '',
      ),
      'token/revogacao.schema.json': form('token/revogacao', 'Revogação', 'Token'),
    });
    const messages = async (locale: 'en' | 'pt-BR') =>
      (await checkForms(dir, { cwd: dir, locale })).diagnostics
        .filter((d) => d.code === 'form-convention')
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    expect(await messages('en')).toEqual([
      'dados-da-loja/dois.schema.json:1:1 the form has no "x-category" (the category title in the list of subjects) — add "x-category": "Dados e configurações da loja" (as the other forms in "dados-da-loja/")',
    ]);
    expect(await messages('pt-BR')).toEqual([
      'dados-da-loja/dois.schema.json:1:1 o formulário não tem "x-category" (o título da categoria na lista de assuntos) — acrescente "x-category": "Dados e configurações da loja" (como os outros formulários de "dados-da-loja/")',
    ]);
  });

  it('suggests a category from the folder name when the folder has no other form', async () => {
    const dir = writeForms({
      'dados-da-loja/um.schema.json': form('dados-da-loja/um', 'Um').replace('  "x-category": "Categoria",\n', ''),
    });
    const [d] = (await checkForms(dir, { cwd: dir, locale: 'en' })).diagnostics;
    expect(d?.message).toBe(
      'the form has no "x-category" (the category title in the list of subjects) — add "x-category": "Dados da loja" (from the folder name "dados-da-loja/")',
    );
  });
});
