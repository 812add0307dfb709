import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromPrecompiled, validateSubmission, type PrecompiledForm } from '@schemaforms/core';
import { toDataUrl } from '@schemaforms/core/file-answers';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFormText } from './check.js';
import { precompileForm } from './precompile.js';
import { formText } from './test-support/forms.js';
import { scratchDir } from './test-support/scratch.js';

const scratch = scratchDir('file-answers');
afterAll(() => scratch.remove());

const schema = {
  type: 'object',
  properties: {
    comprovante: {
      type: 'string',
      title: 'Comprovante',
      format: 'data-url',
      'x-accept': ['application/pdf', 'image/*'],
      'x-maxSize': '1 KB',
    },
  },
};
const file = (type: string, name: string, bytes: number) =>
  toDataUrl(type, name, Buffer.alloc(bytes, 1).toString('base64'));

describe('precompiled validators of file answers', () => {
  it('check format data-url, x-accept and x-maxSize without eval or imports, with the runtime messages', async () => {
    const source = precompileForm(schema, { source: 'file.schema.json' });
    expect(source).not.toMatch(/\bimport\b|\brequire\(|new Function|\beval\(/);
    const out = path.join(scratch.dir, 'file.mjs');
    writeFileSync(out, source);
    const form = fromPrecompiled((await import(pathToFileURL(out).href)) as PrecompiledForm);
    expect(form.validator.validate({ comprovante: file('application/pdf', 'nota.pdf', 1024) })).toEqual([]);
    expect(form.validator.validate({ comprovante: file('image/png', 'foto.png', 10) })).toEqual([]);
    const messages = (answers: object) =>
      validateSubmission(form, answers, { locale: 'pt-BR' }).errors.map((e) => [e.instancePath, e.message]);
    expect(messages({ comprovante: file('text/plain', 'nota.txt', 10) })).toEqual([
      ['/comprovante', 'O arquivo deve ser PDF ou imagem'],
    ]);
    expect(messages({ comprovante: file('application/pdf', 'nota.pdf', 1025) })).toEqual([
      ['/comprovante', 'O arquivo deve ter até 1 KB'],
    ]);
    expect(messages({ comprovante: 'nota.pdf' })).toEqual([['/comprovante', 'Anexe um arquivo válido em Comprovante']]);
  });
});

describe('the check of file answers', () => {
  const FILE = 'cat/subject.schema.json';
  const withFile = (file: string) =>
    formText(`"comprovante": { "type": "string", "title": "Comprovante", "format": "data-url"${file} }`);

  it('takes x-maxSize as the bound of a data-url answer, and still asks for one without it', () => {
    const bounded = checkFormText(withFile(', "x-accept": ["application/pdf", "image/*"], "x-maxSize": "2 MB"'), {
      displayFile: FILE,
      relativePath: FILE,
    });
    expect(bounded.diagnostics).toEqual([]);
    const unbounded = checkFormText(withFile(''), { displayFile: FILE, relativePath: FILE });
    // Two findings: the unbounded data URL, and the preset's warning that sellers learn no limit.
    expect(unbounded.diagnostics.map((d) => [d.code, d.pointer]).sort()).toEqual([
      ['file-without-max-size', '/properties/comprovante/format'],
      ['unbounded-string', '/properties/comprovante/format'],
    ]);
  });

  it('refuses a size limit it cannot read, naming the keyword', () => {
    const result = checkFormText(withFile(', "x-maxSize": "2 megas"'), { displayFile: FILE, relativePath: FILE });
    expect(
      result.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.message)
        .join('\n'),
    ).toMatch(/x-maxSize/);
  });
});
