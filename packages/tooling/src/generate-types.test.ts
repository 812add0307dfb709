import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { compareGeneratedFiles, generateTypes, pascalName, writeGeneratedFiles } from './generate-types.js';
import { formText, writeForms } from './test-support/forms.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const fixtures = path.join(here, 'fixtures/valid');
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');

/** A scratch project inside the repository, so `json-schema-to-ts` resolves from its node_modules. */
const scratchRoot = path.join(repoRoot, 'node_modules/.cache/schemaforms-tooling-tests');
mkdirSync(scratchRoot, { recursive: true });
const scratch = mkdtempSync(path.join(scratchRoot, 'types-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function typecheck(files: Record<string, string>): Promise<string> {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(scratch, name), text);
  writeFileSync(
    path.join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        noEmit: true,
        skipLibCheck: true,
        // The generated modules import FromSchema from '@schemaforms/tooling'; point it at the same type
        // without needing tooling's dist/ to be built.
        paths: { '@schemaforms/tooling': ['./tooling-shim.d.ts'] },
      },
      include: ['*.ts', 'generated/**/*.ts'],
    }),
  );
  writeFileSync(path.join(scratch, 'tooling-shim.d.ts'), "export type { FromSchema } from 'json-schema-to-ts';\n");
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', path.join(scratch, 'tsconfig.json')], { cwd: scratch });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('generateTypes', () => {
  it('names payload types after the subject file', () => {
    expect(pascalName('revogacao-de-token')).toBe('RevogacaoDeTokenPayload'.replace('Payload', ''));
    expect(pascalName('alteração-de-e-mail')).toBe('AlteracaoDeEMail');
  });

  it('writes one as-const module per form and an index of payload types', async () => {
    const { files, typeNames } = await generateTypes(fixtures, { cwd: fixtures });
    expect(files.map((f) => f.path).sort()).toEqual([
      'conta/alteracao-de-email.ts',
      'contato/fale-conosco.ts',
      'index.ts',
    ]);
    expect(typeNames.get('contato/fale-conosco')).toBe('FaleConoscoPayload');
    const module = files.find((f) => f.path === 'contato/fale-conosco.ts')!.text;
    expect(module).toContain('} as const;');
    expect(module).toContain('export type FaleConoscoPayload = FromSchema<typeof schema');
  });

  it('makes tsc accept a right payload and reject a wrong one', async () => {
    const { files } = await generateTypes(fixtures, { cwd: fixtures });
    await writeGeneratedFiles(path.join(scratch, 'generated'), files);
    const output = await typecheck({
      'right.ts': `import type { FaleConoscoPayload, AlteracaoDeEmailPayload, FormPayloads } from './generated/index.js';
export const right: FaleConoscoPayload = { nome: 'Ana', email: 'ana@example.com', assunto: 'pedido', pedido: '123456' };
export const also: FormPayloads['conta/alteracao-de-email'] = { emailAtual: 'a@example.com', emailNovo: 'b@example.com', senha: 'segredo123' };
export const same: AlteracaoDeEmailPayload = also;
`,
      'wrong.ts': `import type { FaleConoscoPayload } from './generated/index.js';
export const wrongType: FaleConoscoPayload = { nome: 42, email: 'ana@example.com', assunto: 'outro' };
export const wrongChoice: FaleConoscoPayload = { nome: 'Ana', email: 'ana@example.com', assunto: 'reclamacao' };
// @ts-expect-error the required "email" is missing
export const missing: FaleConoscoPayload = { nome: 'Ana', assunto: 'outro' };
`,
    });
    const errorLines = output.split('\n').filter((line) => /error TS/.test(line));
    expect(errorLines.some((l) => l.startsWith('right.ts'))).toBe(false);
    expect(errorLines.filter((l) => l.startsWith('wrong.ts(2,')).length).toBe(1);
    expect(errorLines.filter((l) => l.startsWith('wrong.ts(3,')).length).toBe(1);
    expect(errorLines).toHaveLength(2);
  }, 120_000);

  it('types a form through the shared file its $refs name, and writes no module for the shared file', async () => {
    const base = 'https://schemaforms.example/schemas/';
    const dir = writeForms({
      '_shared/address.schema.json': JSON.stringify({
        $id: `${base}_shared/address.schema.json`,
        $defs: {
          cep: { type: 'string', title: 'CEP', maxLength: 8 },
          endereco: {
            type: 'object',
            title: 'Endereço',
            properties: { numero: { type: 'integer', title: 'Número' }, cep: { $ref: '#/$defs/cep' } },
            required: ['numero', 'cep'],
          },
        },
      }),
      'entrega/pedido.schema.json': formText(
        '"destino": { "$ref": "../_shared/address.schema.json#/$defs/endereco", "title": "Destino" }',
        { id: `${base}entrega/pedido.schema.json`, extraRoot: '"required": ["destino"]' },
      ),
    });
    const { files } = await generateTypes(dir, { cwd: dir });
    expect(files.map((f) => f.path).sort()).toEqual(['entrega/pedido.ts', 'index.ts']);
    await writeGeneratedFiles(path.join(scratch, 'generated-refs'), files);
    const output = await typecheck({
      'refs-right.ts': `import type { PedidoPayload } from './generated-refs/index.js';
export const right: PedidoPayload = { destino: { numero: 12, cep: '12345678' } };
`,
      'refs-wrong.ts': `import type { PedidoPayload } from './generated-refs/index.js';
export const wrongType: PedidoPayload = { destino: { numero: 'doze', cep: '12345678' } };
// @ts-expect-error the required "cep" of the shared definition is missing
export const missing: PedidoPayload = { destino: { numero: 12 } };
`,
    });
    const errorLines = output.split('\n').filter((line) => /error TS/.test(line));
    expect(errorLines.some((l) => l.startsWith('refs-right.ts'))).toBe(false);
    expect(errorLines.filter((l) => l.startsWith('refs-wrong.ts(2,'))).toHaveLength(1);
    expect(errorLines.filter((l) => l.startsWith('refs-wrong.ts'))).toHaveLength(1);
  }, 120_000);

  it('refuses to generate types for a form with errors', async () => {
    const dir = writeForms({ 'cat/subject.schema.json': formText('"a": { "type": "strin" }') });
    await expect(generateTypes(dir, { cwd: dir })).rejects.toThrow(/unknown type "strin"/);
  });

  it('reports generated files that are missing, changed or stale', async () => {
    const { files } = await generateTypes(fixtures, { cwd: fixtures });
    const out = path.join(scratch, 'compare');
    await writeGeneratedFiles(out, files);
    expect(await compareGeneratedFiles(out, files)).toEqual([]);
    writeFileSync(path.join(out, 'old.ts'), 'export {};\n');
    writeFileSync(path.join(out, 'index.ts'), '// edited\n');
    expect(await compareGeneratedFiles(out, files)).toEqual(['index.ts', 'old.ts']);
  });

  it('keeps demo/generated in sync with schemas/ (regenerate with: npx schemaforms types schemas --out demo/generated)', async () => {
    const { files } = await generateTypes('schemas', { cwd: repoRoot });
    expect(await compareGeneratedFiles(path.join(repoRoot, 'demo/generated'), files)).toEqual([]);
  });
});
