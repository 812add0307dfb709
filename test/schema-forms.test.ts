import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { secretPointers } from '@schemaforms/core';
import { createSchemaForms } from '../demo/server/schema-forms.js';
import { redact } from '../demo/server/store/ticket-records.js';

const form = (title: string, extra: Record<string, unknown> = {}) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://schemaforms.example/test/${encodeURIComponent(title)}.schema.json`,
  title,
  'x-category': 'Geral',
  type: 'object',
  properties: {
    nome: { type: 'string', title: 'Nome', minLength: 1, maxLength: 50 },
    senha: { type: 'string', title: 'Senha', writeOnly: true, maxLength: 50 },
  },
  required: ['nome'],
  additionalProperties: false,
  ...extra,
});

let dir: string;

async function put(relative: string, content: unknown): Promise<void> {
  const file = join(dir, relative);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sf-schemas-'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('the intake’s schema forms', () => {
  it('validates answers with the core against the file of the subject', async () => {
    await put('geral/contato.schema.json', form('Contato'));
    const forms = createSchemaForms({ dir });
    const contato = (await forms.get('geral/contato'))!;
    expect(contato.secretPointers).toEqual(['/senha']);
    expect(contato.validate({ nome: 'Ana', senha: 's' }, 'pt-BR')).toMatchObject({
      valid: true,
      payload: { nome: 'Ana', senha: 's' },
    });
    const invalid = contato.validate({ nome: '', extra: 1 }, 'en');
    expect(invalid.valid).toBe(false);
    expect(invalid.errors.map((e) => e.instancePath)).toContain('/nome');
    expect(await forms.get('geral/outro')).toBeUndefined();
    expect(await forms.get('__proto__')).toBeUndefined();
  });

  it('sees a file added, changed and removed without a restart', async () => {
    await put('geral/contato.schema.json', form('Contato'));
    const forms = createSchemaForms({ dir });
    expect(await forms.get('geral/novo')).toBeUndefined();
    await put('geral/novo.schema.json', form('Novo'));
    expect(await forms.get('geral/novo')).toBeDefined();
    expect((await forms.catalog()).subjects.map((s) => s.title)).toEqual(['Contato', 'Novo']);

    await put('geral/novo.schema.json', form('Novo', { required: ['nome', 'senha'] }));
    expect((await forms.get('geral/novo'))!.validate({ nome: 'Ana' }, 'en').valid).toBe(false);

    await rm(join(dir, 'geral/novo.schema.json'));
    expect(await forms.get('geral/novo')).toBeUndefined();
  });

  it('keeps accepting the other subjects while one file is broken', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await put('geral/contato.schema.json', form('Contato'));
    await put('geral/quebrado.schema.json', '{ "title": "Quebrado", ');
    const forms = createSchemaForms({ dir });
    expect(await forms.get('geral/contato')).toBeDefined();
    expect(await forms.get('geral/quebrado')).toBeUndefined();
    expect(errors.mock.calls.join('\n')).toContain('quebrado.schema.json');
  });
});

describe('secrets in the intake (RELIABILITY E11)', () => {
  it('finds secrets in nested objects, branches and local $refs', () => {
    expect(
      secretPointers({
        $defs: { secret: { type: 'string', writeOnly: true } },
        properties: {
          a: { type: 'string', writeOnly: true },
          b: { type: 'object', properties: { 'c/d': { $ref: '#/$defs/secret' } } },
        },
        if: { properties: { x: { const: true } } },
        then: { properties: { e: { writeOnly: true } } },
        allOf: [{ properties: { f: { writeOnly: true } } }],
        dependentSchemas: { g: { properties: { h: { writeOnly: true } } } },
      }),
    ).toEqual(['/a', '/b/c~1d', '/e', '/f', '/h']);
  });

  it('redacts a secret reused through $ref by two properties and by an array of items', () => {
    const schema = {
      $defs: { tok: { type: 'string', writeOnly: true } },
      properties: {
        token: { $ref: '#/$defs/tok' },
        backup: { $ref: '#/$defs/tok' },
        antigos: { type: 'array', items: { $ref: '#/$defs/tok' } },
        loja: { type: 'string' },
      },
    };
    const answers = { token: 't1', backup: 't2', antigos: ['t3', 't4'], loja: 'Loja A' };
    expect(redact(answers, secretPointers(schema))).toEqual({
      token: '[redacted]',
      backup: '[redacted]',
      antigos: ['[redacted]', '[redacted]'],
      loja: 'Loja A',
    });
    expect(answers.antigos).toEqual(['t3', 't4']);
  });
});
