import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { fromPrecompiled, type Catalog, type PrecompiledForm } from '@schemaforms/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formText, writeForms } from './test-support/forms.js';
import { repoRoot, scratchDir } from './test-support/scratch.js';

const bin = path.join(repoRoot, 'packages/tooling/bin/schemaforms.js');
const fixtures = path.join(repoRoot, 'packages/tooling/src/fixtures/valid');
const scratch = scratchDir('cli');
afterAll(() => scratch.remove());

/** Runs the built CLI like a person or CI does. */
async function run(args: string[], cwd = repoRoot): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  // The bin runs dist/: build it so the test exercises the current sources. `npm test` has already run
  // `tsc -b`; a failure here (another package mid-edit in a working tree) leaves the last build in place.
  await promisify(execFile)(
    process.execPath,
    [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-b', 'packages/tooling/tsconfig.lib.json'],
    { cwd: repoRoot },
  ).catch((error: unknown) =>
    console.warn(
      `tsc -b failed; testing the existing dist/: ${String((error as { stdout?: string }).stdout ?? error).slice(0, 500)}`,
    ),
  );
}, 120_000);

const broken = () =>
  writeForms({
    'cat/subject.schema.json': formText(
      '"a": { "type": "strin" },\n    "b": { "type": "string", "pattern": "^(a+)+$", "maxLength": 9 }',
    ),
  });

describe('schemaforms (built CLI)', () => {
  it('exits 0 and prints a summary for valid forms', async () => {
    const { code, stdout } = await run(['check', fixtures]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 forms checked: 0 errors, 0 warnings\./);
  });

  it('checks schemas/ by default, as npm test does', async () => {
    const { code, stdout } = await run(['check']);
    expect(stdout).toMatch(/forms? checked/);
    expect(code).toBe(0);
  });

  it('exits 1 and prints file:line:col severity pointer message for errors', async () => {
    const dir = broken();
    const { code, stdout } = await run(['check', '.'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'cat/subject.schema.json:8:20 error #/properties/a/type unknown type "strin" — did you mean "string"?',
    );
    expect(stdout).toMatch(
      /cat\/subject\.schema\.json:9:41 error #\/properties\/b\/pattern pattern "\^\(a\+\)\+\$" can backtrack catastrophically/,
    );
    expect(stdout).toMatch(/1 form checked: 2 errors, 0 warnings\./);
  });

  it('prints a JSON array for tools with --format json', async () => {
    const dir = broken();
    const { code, stdout } = await run(['check', dir, '--format', 'json'], dir);
    expect(code).toBe(1);
    const diagnostics = JSON.parse(stdout) as Record<string, unknown>[];
    expect(diagnostics).toHaveLength(2);
    for (const d of diagnostics)
      expect(Object.keys(d).sort()).toEqual(['code', 'column', 'file', 'line', 'message', 'pointer', 'severity']);
    expect(diagnostics[0]).toMatchObject({
      file: 'cat/subject.schema.json',
      line: 8,
      column: 20,
      pointer: '/properties/a/type',
      severity: 'error',
      code: 'unknown-type',
    });
  });

  it('exits 0 when there are only warnings', async () => {
    const dir = writeForms({ 'cat/subject.schema.json': formText('"pedidoId": { "type": "integer" }') });
    const { code, stdout } = await run(['check', '.', '--format=json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([{ severity: 'warning', code: 'integer-id' }]);
  });

  it('exits 1 for a folder that does not exist and 2 for a usage error', async () => {
    expect((await run(['check', 'no/such/folder'])).code).toBe(1);
    expect((await run(['check', '--format', 'xml'])).code).toBe(2);
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: schemaforms');
  });

  it('reports demo/generated as up to date with types --check', async () => {
    const { code, stdout, stderr } = await run(['types', 'schemas', '--out', 'demo/generated', '--check']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('up to date');
  });

  it('writes a catalog module whose forms load precompiled in Node', async () => {
    const out = path.join(scratch.dir, 'catalog.js');
    const { code } = await run(['catalog', fixtures, '--out', out]);
    expect(code).toBe(0);
    const catalog = ((await import(pathToFileURL(out).href)) as { default: Catalog }).default;
    expect(catalog.subjects.map((s) => [s.category, s.title])).toEqual([
      ['Conta', 'Alteração de e-mail'],
      ['Contato', 'Fale conosco'],
    ]);
    const form = fromPrecompiled((await catalog.subjects[1]!.load()) as PrecompiledForm);
    expect(form.validator.validate({ nome: 'Ana', email: 'ana@example.com', assunto: 'outro' })).toEqual([]);
    expect(form.validator.matches('/if', { assunto: 'pedido' })).toBe(true);
  });

  it("lists the folder's shared files in the catalog it writes, and a form that refers to one loads", async () => {
    const base = 'https://schemaforms.example/schemas/';
    const dir = writeForms({
      '_shared/address.schema.json': JSON.stringify({
        $id: `${base}_shared/address.schema.json`,
        $defs: { cep: { type: 'string', title: 'CEP', maxLength: 8 } },
      }),
      'cat/subject.schema.json': formText('"cep": { "$ref": "../_shared/address.schema.json#/$defs/cep" }', {
        id: `${base}cat/subject.schema.json`,
      }),
    });
    const out = path.join(scratch.dir, 'shared-catalog.js');
    const { code, stderr } = await run(['catalog', dir, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const catalog = ((await import(pathToFileURL(out).href)) as { default: Catalog }).default;
    expect(catalog.schemas?.map((schema) => schema.$id)).toEqual([`${base}_shared/address.schema.json`]);
    const form = fromPrecompiled((await catalog.subjects[0]!.load()) as PrecompiledForm);
    expect(form.validator.validate({ cep: '12345678' })).toEqual([]);
    expect(form.validator.validate({ cep: '123456789' })).not.toEqual([]);
  });

  it('refuses to write a catalog of broken forms', async () => {
    const dir = broken();
    const { code, stderr } = await run(['catalog', dir, '--out', path.join(scratch.dir, 'broken.js')]);
    expect(code).toBe(1);
    expect(stderr).toContain('unknown type "strin"');
  });
});
