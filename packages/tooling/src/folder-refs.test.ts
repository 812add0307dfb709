/**
 * `$ref`s between the files of a forms folder (issue #14 item 6): a shared `$defs` file in a folder
 * starting with `_`, named by a relative path or by its `$id`; what the check reports (missing file,
 * missing pointer, a cycle across files), and what the catalog precompiles and serves.
 */
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileSchema, fromPrecompiled, validateSubmission, type PrecompiledForm } from '@schemaforms/core';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogEntries } from './catalog.js';
import { checkForms } from './check.js';
import { precompileForm } from './precompile.js';
import { formText, positionOf, writeForms } from './test-support/forms.js';
import { scratchDir } from './test-support/scratch.js';

const BASE = 'https://schemaforms.example/schemas/';

/** A shared file: `$defs` only, no title, no category. */
const SHARED = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "${BASE}_shared/address.schema.json",
  "$defs": {
    "cep": { "type": "string", "title": "CEP", "pattern": "^[0-9]{8}$", "maxLength": 8 },
    "endereco": {
      "type": "object",
      "title": "Endereço",
      "properties": { "rua": { "type": "string", "title": "Rua", "maxLength": 80 }, "cep": { "$ref": "#/$defs/cep" } },
      "required": ["rua", "cep"]
    }
  }
}
`;

/** A form of `cat/` whose properties are `properties` (JSON text). */
const form = (properties: string, subject = 'subject', title = 'Assunto') =>
  formText(properties, { id: `${BASE}cat/${subject}.schema.json`, title });

const scratch = scratchDir('folder-refs');
afterAll(() => scratch.remove());

describe('schemaforms check with $refs between files', () => {
  it('accepts a ref to a shared file by relative path and by $id, and keeps the shared file out of the catalog', async () => {
    const dir = writeForms({
      '_shared/address.schema.json': SHARED,
      'cat/subject.schema.json': form(
        `"cep": { "$ref": "../_shared/address.schema.json#/$defs/cep" },
    "entrega": { "$ref": "${BASE}_shared/address.schema.json#/$defs/endereco", "title": "Entrega" }`,
      ),
    });
    const result = await checkForms(dir, { cwd: dir, locale: 'en' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(catalogEntries(result).map((e) => e.id)).toEqual(['cat/subject']);
    const shared = result.forms.find((f) => f.id === '_shared/address');
    expect(shared?.shared).toBe(true);
  });

  it('reports a ref to a file the folder does not have, with file, line:col and pointer', async () => {
    const text = form(`"cep": { "$ref": "../_shared/adress.schema.json#/$defs/cep" }`);
    const dir = writeForms({ '_shared/address.schema.json': SHARED, 'cat/subject.schema.json': text });
    const result = await checkForms(dir, { cwd: dir, locale: 'en' });
    const [error, ...others] = result.diagnostics.filter((d) => d.severity === 'error');
    expect(others).toEqual([]);
    expect(error).toMatchObject({
      file: 'cat/subject.schema.json',
      pointer: '/properties/cep/$ref',
      code: 'remote-ref',
      ...positionOf(text, '"../_shared/adress'),
    });
    expect(error!.message).toContain(`${BASE}_shared/adress.schema.json`);
    expect(error!.message).toContain('no file of the forms folder has that "$id"');
  });

  it('reports a pointer the shared file lacks, naming the file and suggesting the nearest name', async () => {
    const text = form(`"cep": { "$ref": "../_shared/address.schema.json#/$defs/cepp" }`);
    const dir = writeForms({ '_shared/address.schema.json': SHARED, 'cat/subject.schema.json': text });
    const result = await checkForms(dir, { cwd: dir, locale: 'en' });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      pointer: '/properties/cep/$ref',
      code: 'missing-ref',
      ...positionOf(text, '"../_shared'),
    });
    expect(errors[0]!.message).toContain('_shared/address.schema.json, which has nothing at "#/$defs/cepp"');
    expect(errors[0]!.message).toContain('did you mean "#/$defs/cep"?');
    expect(catalogEntries(result)).toEqual([]);
  });

  it('reports a $ref cycle that goes through two files', async () => {
    const a = `{ "$id": "${BASE}_shared/a.schema.json", "$defs": { "x": { "$ref": "b.schema.json#/$defs/y" } } }`;
    const b = `{ "$id": "${BASE}_shared/b.schema.json", "$defs": { "y": { "$ref": "a.schema.json#/$defs/x" } } }`;
    const text = form(`"x": { "$ref": "../_shared/a.schema.json#/$defs/x" }`);
    const dir = writeForms({ '_shared/a.schema.json': a, '_shared/b.schema.json': b, 'cat/subject.schema.json': text });
    const result = await checkForms(dir, { cwd: dir, locale: 'en' });
    const cycle = result.diagnostics.find((d) => d.file === 'cat/subject.schema.json' && d.code === 'ref-cycle');
    expect(cycle).toMatchObject({
      pointer: '/properties/x/$ref',
      severity: 'error',
      ...positionOf(text, '"../_shared'),
    });
    expect(cycle!.message).toMatch(/cycle/);
    expect(catalogEntries(result)).toEqual([]);
  });

  it('asks a shared file for the $id forms find it by', async () => {
    const dir = writeForms({
      '_shared/address.schema.json': SHARED.replace(/"\$id": "[^"]+",/, ''),
      'cat/subject.schema.json': form(`"a": { "type": "boolean", "title": "A" }`),
    });
    const result = await checkForms(dir, { cwd: dir, locale: 'en' });
    const error = result.diagnostics.find((d) => d.file === '_shared/address.schema.json');
    expect(error?.message).toContain(`"$id": "${BASE}_shared/address.schema.json"`);
  });

  it('reports a problem inside a shared file once, in that file', async () => {
    const broken = SHARED.replace('"maxLength": 8', '"maxLength": 8, "requird": true');
    const dir = writeForms({
      '_shared/address.schema.json': broken,
      'cat/subject.schema.json': form(`"cep": { "$ref": "../_shared/address.schema.json#/$defs/cep" }`),
    });
    const result = await checkForms(dir, { cwd: dir, locale: 'en' });
    const files = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file);
    expect(files).toContain('_shared/address.schema.json');
    expect(files.filter((f) => f === 'cat/subject.schema.json')).toEqual([]);
  });
});

describe('the catalog of a folder with shared files', () => {
  it('precompiles the shared files a form names into its validator, with the fields they declare', async () => {
    const dir = writeForms({
      '_shared/address.schema.json': SHARED,
      'cat/subject.schema.json': form(`"entrega": { "$ref": "../_shared/address.schema.json#/$defs/endereco" }`),
    });
    const [entry] = catalogEntries(await checkForms(dir, { cwd: dir, locale: 'en' }));
    const file = path.join(scratch.dir, 'subject.js');
    writeFileSync(file, precompileForm(entry!.schema, { source: 'cat/subject.schema.json' }));
    const precompiled = fromPrecompiled((await import(pathToFileURL(file).href)) as PrecompiledForm);
    expect(validateSubmission(precompiled, { entrega: { rua: 'Rua A', cep: '123' } }).valid).toBe(false);
    expect(validateSubmission(precompiled, { entrega: { rua: 'Rua A', cep: '12345678' } }).valid).toBe(true);
    // The intake validates with the runtime compiler on the same bundle, and agrees.
    const runtime = await compileSchema(entry!.schema);
    expect(validateSubmission(runtime, { entrega: { rua: 'Rua A', cep: '123' } }).valid).toBe(false);
    expect(validateSubmission(runtime, { entrega: { rua: 'Rua A', cep: '12345678' } }).valid).toBe(true);
  });
});
