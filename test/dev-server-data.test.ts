// The dev server never serves stored tickets: not the data directory (wherever it is), not a `.data`
// folder left in the project by the old default, not through `/@fs/` nor `?raw`; and its 403 page does
// not print the repository's path.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN_HEADERS, REPO, removeDir, startDemo, type DemoServer } from './support/demo-server.js';

const scratch = join(REPO, 'node_modules', '.cache', `sf-e2e-${randomBytes(4).toString('hex')}`);
const dataDir = join(scratch, 'tickets-here');
const legacyFile = join(scratch, '.data', 'tickets.jsonl');
const SECRET = `segredo-${randomBytes(4).toString('hex')}`;
let demo: DemoServer;

beforeAll(async () => {
  await mkdir(join(scratch, '.data'), { recursive: true });
  await writeFile(legacyFile, `{"answers":{"token":"${SECRET}"}}\n`);
  demo = await startDemo({ dataDir });
  const sent = await fetch(`${demo.url}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      subject: 'token/revogacao-de-token',
      answers: { loja: '10231', integradoraAtual: 'Bling', token: SECRET, pedidosEmAndamento: true },
    }),
  });
  expect(sent.status).toBe(201);
});

afterAll(async () => {
  await demo?.close();
  await removeDir(scratch);
});

describe('the dev server and the ticket data', () => {
  it('holds a ticket log the tests can read, so the requests below have something to leak', async () => {
    expect(await readFile(join(dataDir, 'tickets.jsonl'), 'utf8')).toContain(SECRET);
    expect(await readFile(legacyFile, 'utf8')).toContain(SECRET);
  });

  for (const [name, file] of [
    ['the data directory', () => join(dataDir, 'tickets.jsonl')],
    ['the data directory lock', () => join(dataDir, 'schemaforms.lock')],
    ['a .data folder in the project', () => legacyFile],
  ] as const) {
    it(`refuses ${name} through /@fs/, ?raw, ?import and ?url`, async () => {
      for (const suffix of ['', '?raw', '?import&raw', '?url', '?inline']) {
        const response = await fetch(`${demo.url}/@fs${file()}${suffix}`);
        const text = await response.text();
        expect(response.status, `/@fs${file()}${suffix}`).not.toBe(200);
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain(String(process.pid));
      }
    });
  }

  it('answers a refused file with a 403 that does not name the repository path', async () => {
    const response = await fetch(`${demo.url}/@fs/etc/passwd`);
    const text = await response.text();
    expect(response.status).toBe(403);
    expect(text).not.toContain(REPO.replace(/\/$/, ''));
    expect(text).not.toContain('root:');
    expect(text).toBe('403 Restricted: this file is not served.\n');
  });

  it('still lists the tickets to the admin through the API', async () => {
    expect((await fetch(`${demo.url}/api/tickets`, { headers: DEMO_ADMIN_HEADERS })).status).toBe(200);
    expect((await fetch(`${demo.url}/api/tickets`)).status).toBe(401);
  });
});
