// The presets by intent end to end: the playground's sample form passes the check, and the intake
// (the same core, on the server) refuses a money answer with a third decimal.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFormText } from '@schemaforms/tooling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIntakeHandler } from '../demo/server/intake-handler.js';
import { createSchemaForms } from '../demo/server/schema-forms.js';
import { EmbeddedTicketStore } from '../demo/server/store/embedded-store.js';
import type { TicketStore } from '../demo/server/store/ticket-store.js';
import { REPO } from './support/demo-server.js';

const SAMPLE = 'demo/samples/presets.schema.json';
const sampleText = () => readFile(join(REPO, SAMPLE), 'utf8');

describe('the presets sample of the playground', () => {
  it('uses all six presets', async () => {
    const properties = Object.values(JSON.parse(await sampleText()).properties) as Record<string, unknown>[];
    expect(properties.map((p) => p['x-widget'] ?? p.format ?? (p.oneOf ? 'yes/no' : undefined))).toEqual([
      'code',
      'money',
      'date',
      'yes/no',
      'data-url',
      'textarea',
    ]);
  });

  it('passes schemaforms check with no error and no warning, in both languages', async () => {
    expect(checkFormText(await sampleText(), { displayFile: SAMPLE }).diagnostics).toEqual([]);
    expect(checkFormText(await sampleText(), { displayFile: SAMPLE, locale: 'en' }).diagnostics).toEqual([]);
  });
});

describe('the intake and the money preset', () => {
  let dir: string;
  let server: Server;
  let store: Promise<TicketStore>;
  let base: string;

  const money = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://schemaforms.example/schemas/financeiro/contestacao.schema.json',
    title: 'Contestação',
    'x-category': 'Financeiro',
    type: 'object',
    properties: {
      valor: { type: 'number', title: 'Valor contestado', multipleOf: 0.01, minimum: 0, 'x-widget': 'money' },
    },
    required: ['valor'],
    additionalProperties: false,
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sf-presets-'));
    await mkdir(join(dir, 'schemas/financeiro'), { recursive: true });
    await writeFile(join(dir, 'schemas/financeiro/contestacao.schema.json'), JSON.stringify(money));
    store = EmbeddedTicketStore.open({ dir: join(dir, 'data'), log: () => undefined });
    const handler = createIntakeHandler({
      forms: createSchemaForms({ dir: join(dir, 'schemas') }),
      store,
      log: () => undefined,
    });
    server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/tickets`;
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await (await store).close();
    await rm(dir, { recursive: true, force: true });
  });

  const post = (valor: unknown) =>
    fetch(`${base}/financeiro/contestacao?locale=pt-BR`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ valor }),
    });

  it('refuses an amount with a third decimal with 422, naming the field by JSON Pointer and the step', async () => {
    const response = await post(10.005);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [
        { instancePath: '/valor', keyword: 'multipleOf', message: 'Valor contestado deve ser múltiplo de 0,01' },
      ],
    });
  });

  it('accepts amounts with exact cents that binary floating point cannot hold', async () => {
    for (const valor of [1.15, 1234.56, 99999999.99]) expect((await post(valor)).status, String(valor)).toBe(201);
  });
});
