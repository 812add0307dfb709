// The dev server's form-file endpoint (demo/server/forms-file-endpoint.ts) the visual builder saves
// through: it reads and writes only `<categoria>/<assunto>.schema.json` inside the forms folder, and
// refuses every other path (traversal, absolute, other names) and non-JSON text without writing anything.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormsFileHandler, formFile } from '../demo/server/forms-file-endpoint.js';
import { serveEndpoint, type EndpointServer } from './support/dev-endpoint-server.js';

let root: string;
let schemasDir: string;
let endpoint: EndpointServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sf-forms-endpoint-'));
  schemasDir = join(root, 'schemas');
  await mkdir(join(schemasDir, 'token'), { recursive: true });
  await writeFile(join(schemasDir, 'token/antigo.schema.json'), '{ "title": "Antigo" }\n');
  endpoint = await serveEndpoint(createFormsFileHandler({ schemasDir }));
});

afterAll(async () => {
  await endpoint.close();
  await rm(root, { recursive: true, force: true });
});

const put = (body: unknown, type = 'application/json') =>
  fetch(endpoint.url, { method: 'PUT', headers: { 'Content-Type': type }, body: JSON.stringify(body) });

/** Every file under the temporary root (the forms folder and next to it). */
async function allFiles(): Promise<string[]> {
  return (await readdir(root, { recursive: true })).sort();
}

describe('the forms file endpoint', () => {
  it('reads a form file, and says 404 for one that does not exist', async () => {
    const found = await fetch(`${endpoint.url}?path=token/antigo.schema.json`);
    expect(found.status).toBe(200);
    await expect(found.text()).resolves.toBe('{ "title": "Antigo" }\n');
    expect((await fetch(`${endpoint.url}?path=token/novo.schema.json`)).status).toBe(404);
  });

  it('writes a new form, making its category folder, byte for byte', async () => {
    const text = '{\n  "title": "Revogação"\n}\n';
    const response = await put({ path: 'nova-categoria/revogacao.schema.json', text });
    expect(response.status).toBe(200);
    await expect(readFile(join(schemasDir, 'nova-categoria/revogacao.schema.json'), 'utf8')).resolves.toBe(text);
    // No temporary file is left behind.
    expect((await allFiles()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    '../fora.schema.json',
    'token/../../fora.schema.json',
    'token/../token/x.schema.json',
    '/etc/passwd',
    '/tmp/x.schema.json',
    'token/x.json',
    'token/sub/x.schema.json',
    'Token/x.schema.json',
    'token\\..\\x.schema.json',
    'token/%2e%2e.schema.json',
    '.schema.json',
    '',
  ])('refuses the path %j and writes nothing', async (path) => {
    const before = await allFiles();
    const response = await put({ path, text: '{}' });
    expect(response.status).toBe(400);
    expect((await fetch(`${endpoint.url}?path=${encodeURIComponent(path)}`)).status).toBe(400);
    expect(await allFiles()).toEqual(before);
  });

  it('refuses text that is not JSON, a body of another type, and other methods', async () => {
    const before = await allFiles();
    expect((await put({ path: 'token/quebrado.schema.json', text: '{ "title": ' })).status).toBe(400);
    expect((await put({ path: 'token/x.schema.json', text: '{}' }, 'text/plain')).status).toBe(415);
    expect((await fetch(endpoint.url, { method: 'DELETE' })).status).toBe(405);
    expect(await allFiles()).toEqual(before);
  });

  it('resolves only paths inside the folder', () => {
    expect(formFile('/srv/schemas', 'token/a.schema.json')).toBe('/srv/schemas/token/a.schema.json');
    expect(formFile('/srv/schemas', 'token/../a.schema.json')).toBeUndefined();
    expect(formFile('/srv/schemas', 42)).toBeUndefined();
  });
});

describe('the forms file endpoint with a generated types folder', () => {
  let typesRoot: string;
  let typesEndpoint: EndpointServer;
  const form = 'token/revogacao-de-token';

  beforeAll(async () => {
    // Laid out as the repository is (schemas/ and demo/generated/ under one folder), so the generated
    // headers name the schema as the CLI run from the repository does.
    typesRoot = await mkdtemp(join(tmpdir(), 'sf-forms-types-'));
    await mkdir(join(typesRoot, 'schemas/token'), { recursive: true });
    typesEndpoint = await serveEndpoint(
      createFormsFileHandler({
        schemasDir: join(typesRoot, 'schemas'),
        typesDir: join(typesRoot, 'demo/generated'),
        cwd: typesRoot,
      }),
    );
  });

  afterAll(async () => {
    await typesEndpoint.close();
    await rm(typesRoot, { recursive: true, force: true });
  });

  const save = (path: string, text: string) =>
    fetch(typesEndpoint.url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path, text }),
    });

  it('refreshes the types as `schemaforms check --types` does, byte for byte', async () => {
    const text = await readFile(new URL(`../schemas/${form}.schema.json`, import.meta.url), 'utf8');
    const response = await save(`${form}.schema.json`, text);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({
      saved: `${form}.schema.json`,
      types: { refreshed: ['index.ts', `${form}.ts`] },
    });
    // The repository's generated module of the same form (kept current by `npm test`) is the same bytes.
    const committed = await readFile(new URL(`../demo/generated/${form}.ts`, import.meta.url), 'utf8');
    await expect(readFile(join(typesRoot, `demo/generated/${form}.ts`), 'utf8')).resolves.toBe(committed);

    // Saved again unchanged: nothing to refresh.
    await expect((await save(`${form}.schema.json`, text)).json()).resolves.toEqual({
      saved: `${form}.schema.json`,
      types: { refreshed: [] },
    });
    // A changed help text reaches the generated literal.
    const changed = text.replace('Informe o Token que deseja', 'Informe o código que deseja');
    expect(changed).not.toBe(text);
    await expect((await save(`${form}.schema.json`, changed)).json()).resolves.toEqual({
      saved: `${form}.schema.json`,
      types: { refreshed: [`${form}.ts`] },
    });
    await expect(readFile(join(typesRoot, `demo/generated/${form}.ts`), 'utf8')).resolves.toContain(
      'Informe o código que deseja',
    );
  });

  it('keeps the saved file and the old types when the forms have errors, and says why', async () => {
    const before = await readFile(join(typesRoot, `demo/generated/${form}.ts`), 'utf8');
    const response = await save('token/quebrado.schema.json', '{ "title": "Quebrado", "type": "strin" }\n');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { saved: string; types: { error?: string } };
    expect(body.saved).toBe('token/quebrado.schema.json');
    expect(body.types.error).toMatch(/the forms have errors[\s\S]*quebrado\.schema\.json/);
    await expect(readFile(join(typesRoot, 'schemas/token/quebrado.schema.json'), 'utf8')).resolves.toBe(
      '{ "title": "Quebrado", "type": "strin" }\n',
    );
    await expect(readFile(join(typesRoot, `demo/generated/${form}.ts`), 'utf8')).resolves.toBe(before);
  });
});
