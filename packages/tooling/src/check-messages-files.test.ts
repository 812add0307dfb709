/**
 * Form files the check cannot read as text, worded in pt-BR and en (issue 16): each message in full.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkForms } from './check.js';
import { readFormFile, scanFormFiles } from './form-files.js';
import { writeForms } from './test-support/forms.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const folder = (): string => {
  const dir = writeForms({});
  made.push(dir);
  return dir;
};
const messages = async (dir: string, locale: 'pt-BR' | 'en') =>
  (await checkForms(dir, { cwd: dir, locale })).diagnostics.map((d) => `${d.file} ${d.code} ${d.message}`);

describe('unreadable form files, worded in pt-BR and en', () => {
  it('a broken link and a link to a folder', async () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'cat'));
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'nowhere.json'), path.join(dir, 'cat/broken.schema.json'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'cat/linked'));
    const target = path.join(dir, 'elsewhere');
    expect(await messages(dir, 'pt-BR')).toEqual([
      'cat/broken.schema.json broken-link é um link simbólico que não pode ser seguido (o destino não existe); não foi conferido — corrija ou apague o link (detalhes: ENOENT)',
      `cat/linked linked-folder é um link simbólico para a pasta ${target}, que não é seguido (links podem formar ciclos); os formulários dela não foram conferidos — confira essa pasta diretamente, ou copie os formulários para cá`,
    ]);
    expect(await messages(dir, 'en')).toEqual([
      'cat/broken.schema.json broken-link is a symbolic link that cannot be followed (it does not exist); it was not checked — fix or remove the link (details: ENOENT)',
      `cat/linked linked-folder is a symbolic link to the folder ${target}, which is not followed (links can loop); its forms were not checked — check that folder itself, or copy the forms here`,
    ]);
  });

  it('a UTF-16 file and a binary file', async () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'cat'));
    writeFileSync(path.join(dir, 'cat/bom.schema.json'), Buffer.from('\ufeff{}', 'utf16le'));
    writeFileSync(path.join(dir, 'cat/image.schema.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect(await messages(dir, 'pt-BR')).toEqual([
      'cat/bom.schema.json file-encoding o arquivo foi salvo como UTF-16 (6 bytes), e os formulários são UTF-8 — salve-o como UTF-8 (na maioria dos editores: "Salvar com codificação" → UTF-8)',
      'cat/image.schema.json binary-file o arquivo não é texto (8 bytes), e um formulário é texto JSON em UTF-8 — é este mesmo o arquivo certo? (detalhes: contém bytes NUL)',
    ]);
    expect(await messages(dir, 'en')).toEqual([
      'cat/bom.schema.json file-encoding the file is UTF-16 text (6 bytes), and form files are UTF-8 — save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
      'cat/image.schema.json binary-file the file is not text (8 bytes), and a form file is JSON text in UTF-8 — is this the right file? (details: it has NUL bytes)',
    ]);
  });

  it('a file too large, a file that cannot be opened and a folder that cannot be read', async () => {
    const dir = folder();
    const file = path.join(dir, 'big.schema.json');
    writeFileSync(file, '{ "title": "grande" }');
    const read = async (locale: 'pt-BR' | 'en') => (await readFormFile(file, 'big.schema.json', 10, locale)).diagnostic;
    expect((await read('pt-BR'))?.message).toBe(
      'o arquivo tem 21 bytes, mais que 10 — divida o formulário; listas grandes de opções vêm dos dados do site (x-context)',
    );
    expect((await read('en'))?.message).toBe(
      'the file is 21 bytes, more than 10 — split the form; big option lists belong in host data (x-context)',
    );
    const missing = path.join(dir, 'gone.schema.json');
    const open = async (locale: 'pt-BR' | 'en') =>
      (await readFormFile(missing, 'gone.schema.json', 10, locale)).diagnostic;
    expect((await open('pt-BR'))?.message).toBe(
      'não foi possível ler este arquivo (o destino não existe) — dê ao usuário que faz a conferência permissão de leitura no arquivo (detalhes: ENOENT)',
    );
    expect((await open('en'))?.message).toBe(
      'cannot read this file (it does not exist) — give the checking user read permission (details: ENOENT)',
    );
    const scan = async (locale: 'pt-BR' | 'en') =>
      (await scanFormFiles(path.join(dir, 'no-folder'), () => 'no-folder', locale)).diagnostics.map((d) => d.message);
    expect(await scan('pt-BR')).toEqual([
      'não foi possível ler esta pasta (o destino não existe); os formulários dela não foram conferidos — dê ao usuário que faz a conferência permissão de leitura e de entrada na pasta (detalhes: ENOENT)',
    ]);
    expect(await scan('en')).toEqual([
      'cannot read this folder (it does not exist); the forms in it were not checked — give the checking user read and execute permission (details: ENOENT)',
    ]);
  });
});
