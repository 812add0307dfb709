import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminTokenFromEnv, sameSecret } from '../demo/server/admin-access.js';
import { createIntakeHandler, type IntakeForm, type IntakeForms } from '../demo/server/intake-handler.js';
import { EmbeddedTicketStore } from '../demo/server/store/embedded-store.js';
import { TICKETS_FILE } from '../demo/server/store/ticket-log-file.js';
import { fingerprint, redact } from '../demo/server/store/ticket-records.js';
import type { TicketStore } from '../demo/server/store/ticket-store.js';

// A stand-in form: `name` is required and at most 10 characters; `token` is a secret.
const form: IntakeForm = {
  secretPointers: ['/token'],
  validate(answers, locale) {
    const value = answers as Record<string, unknown>;
    const errors = [];
    if (typeof value.name !== 'string') {
      errors.push({
        instancePath: '/name',
        keyword: 'required',
        message: locale === 'en' ? 'Required' : 'Obrigatório',
      });
    } else if (value.name.length > 10) {
      errors.push({ instancePath: '/name', keyword: 'maxLength', message: 'Longo demais' });
    }
    return { valid: errors.length === 0, errors, payload: { ...value } };
  },
};
const forms: IntakeForms = { get: async (subject) => (subject === 'geral/contato' ? form : undefined) };

const ADMIN_TOKEN = 'intake-test-admin-token-0123';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

let dir: string;
let server: Server;
let store: Promise<TicketStore>;
let base: string;
let logs: string[];

async function start(
  options: { maxBodyBytes?: number; adminToken?: string | null; dataDir?: string } = {},
): Promise<void> {
  logs = [];
  store = EmbeddedTicketStore.open({ dir: options.dataDir ?? dir, log: (message) => logs.push(message) });
  const adminToken = options.adminToken === undefined ? ADMIN_TOKEN : options.adminToken;
  const handler = createIntakeHandler({
    forms,
    store,
    log: (message) => logs.push(message),
    ...(adminToken !== null ? { adminToken } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/tickets`;
}

async function stop(): Promise<void> {
  await new Promise((resolve) => server.close(resolve));
  await (await store).close();
}

/** The tickets as the help desk lists them (with the admin token). */
async function listed(): Promise<{ number: string; answers: unknown }[]> {
  return (await (await fetch(base, { headers: admin })).json()).tickets;
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sf-intake-'));
  await start();
});

afterEach(async () => {
  await stop();
  await rm(dir, { recursive: true, force: true });
});

describe('ticket intake', () => {
  it('accepts a valid ticket with 201 and a sequential, human-friendly number', async () => {
    const first = await post({ subject: 'geral/contato', answers: { name: 'Ana' } });
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body.ticket).toMatchObject({ number: 'CH-000001', subject: 'geral/contato' });
    expect(Date.parse(body.ticket.createdAt)).not.toBeNaN();
    expect(first.headers.get('location')).toBe('/api/tickets/CH-000001');
    const second = await post({ subject: 'geral/contato', answers: { name: 'Bia' } });
    expect((await second.json()).ticket.number).toBe('CH-000002');
  });

  it('accepts the answers alone when the subject is in the path', async () => {
    const response = await fetch(`${base}/geral/contato`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Ana' }),
    });
    expect(response.status).toBe(201);
  });

  it('rejects invalid answers with 422 and errors by JSON Pointer, in the requested language', async () => {
    const response = await post({ subject: 'geral/contato', answers: {} }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [{ instancePath: '/name', message: 'Required', keyword: 'required' }],
    });
    expect(await listed()).toHaveLength(0);
  });

  it('answers in the language of the locale parameter before Accept-Language', async () => {
    const response = await fetch(`${base}/geral/contato?locale=pt-BR`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en-US' },
      body: '{}',
    });
    expect((await response.json()).errors[0].message).toBe('Obrigatório');
  });

  it('answers 400 to a body that is not JSON or not a ticket', async () => {
    const broken = await post('{"subject": "geral/contato", ');
    expect(broken.status).toBe(400);
    expect((await broken.json()).errors[0].message).toMatch(/JSON/);
    for (const body of [
      [],
      null,
      { subject: 'geral/contato' },
      { subject: 1, answers: {} },
      { subject: 'geral/contato', answers: [] },
    ]) {
      expect((await post(body)).status).toBe(400);
    }
  });

  it('answers 404 to an unknown subject and 415 to a body that is not JSON typed', async () => {
    expect((await post({ subject: 'geral/nao-existe', answers: {} })).status).toBe(404);
    expect((await post({ subject: '../../etc/passwd', answers: {} })).status).toBe(404);
    expect((await post({ subject: '__proto__/x', answers: {} })).status).toBe(404);
    const text = await fetch(base, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
  });

  it('answers 413 to a body over the size cap, announced or streamed', async () => {
    await stop();
    await start({ maxBodyBytes: 1024 });
    const big = { subject: 'geral/contato', answers: { name: 'x'.repeat(2000) } };
    expect((await post(big)).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(big)));
        controller.close();
      },
    });
    const streamed = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('creates one ticket per Idempotency-Key: a replay gets the same 201, other content a 422', async () => {
    const ticket = { subject: 'geral/contato', answers: { name: 'Ana' } };
    const headers = { 'idempotency-key': 'c0ffee-1' };
    const [a, b] = await Promise.all([post(ticket, headers), post(ticket, headers)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const [bodyA, bodyB] = [await a.json(), await b.json()];
    expect(bodyB).toEqual(bodyA);
    const replay = await post({ answers: { name: 'Ana' }, subject: 'geral/contato' }, headers);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(bodyA);
    const conflict = await post({ subject: 'geral/contato', answers: { name: 'Outra' } }, headers);
    expect(conflict.status).toBe(422);
    expect((await conflict.json()).errors[0]).toMatchObject({ instancePath: '', keyword: 'idempotency-key' });
    expect(await listed()).toHaveLength(1);
  });

  it('keeps tickets and idempotency keys across a restart and goes on numbering', async () => {
    await post({ subject: 'geral/contato', answers: { name: 'Ana' } }, { 'idempotency-key': 'k1' });
    await stop();
    await start();
    expect((await listed()).map((t) => t.number)).toEqual(['CH-000001']);
    const replay = await post({ subject: 'geral/contato', answers: { name: 'Ana' } }, { 'idempotency-key': 'k1' });
    expect((await replay.json()).ticket.number).toBe('CH-000001');
    const next = await post({ subject: 'geral/contato', answers: { name: 'Bia' } });
    expect((await next.json()).ticket.number).toBe('CH-000002');
  });

  it('repairs a last line cut short by a crash instead of failing', async () => {
    await post({ subject: 'geral/contato', answers: { name: 'Ana' } });
    await stop();
    await appendFile(join(dir, TICKETS_FILE), '{"v":1,"number":"CH-0000');
    await start();
    const next = await post({ subject: 'geral/contato', answers: { name: 'Bia' } });
    expect((await next.json()).ticket.number).toBe('CH-000002');
    const lines = (await readFile(join(dir, TICKETS_FILE), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).number)).toEqual(['CH-000001', 'CH-000002']);
  });

  it('stores a secret for the help desk but never lists or logs it', async () => {
    await post({ subject: 'geral/contato', answers: { name: 'Ana', token: 'segredo-123' } });
    await post({ subject: 'geral/contato', answers: { token: 'segredo-456' } });
    const text = await (await fetch(base, { headers: admin })).text();
    expect(text).not.toContain('segredo');
    expect(JSON.parse(text).tickets[0].answers).toEqual({ name: 'Ana', token: '[redacted]' });
    const one = await (await fetch(`${base}/CH-000001`, { headers: admin })).text();
    expect(one).not.toContain('segredo');
    expect(logs.join('\n')).not.toContain('segredo');
    expect(await readFile(join(dir, TICKETS_FILE), 'utf8')).toContain('segredo-123');
  });
});

describe('ticket intake: who may read tickets', () => {
  it('answers 401 to GET /api/tickets… without the admin token, with a wrong one, or in another scheme', async () => {
    await post({ subject: 'geral/contato', answers: { name: 'Ana', token: 'segredo-1' } });
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token-0000000000' },
      { authorization: `Basic ${ADMIN_TOKEN}` },
    ];
    for (const headers of attempts) {
      for (const url of [base, `${base}/CH-000001`]) {
        const response = await fetch(url, { headers });
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
        const text = await response.text();
        expect(text).not.toContain('Ana');
        expect(JSON.parse(text).errors[0].message).toMatch(/credencial de administrador/);
      }
    }
    expect((await fetch(base, { headers: admin })).status).toBe(200);
    expect((await fetch(`${base}/CH-000001`, { headers: { authorization: `bearer  ${ADMIN_TOKEN}` } })).status).toBe(
      200,
    );
  });

  it('disables reading tickets, with a message saying why, when no admin token is configured', async () => {
    await stop();
    await start({ adminToken: null });
    const response = await fetch(base, { headers: { ...admin, 'accept-language': 'en' } });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].message).toBe(
      'Reading tickets is disabled: the server has no SCHEMAFORMS_ADMIN_TOKEN configured.',
    );
    // Sellers still send tickets and get their receipt.
    expect((await post({ subject: 'geral/contato', answers: { name: 'Ana' } })).status).toBe(201);
  });
});

describe('the admin token', () => {
  it('is read from SCHEMAFORMS_ADMIN_TOKEN, refused when shorter than 16 characters, absent when empty', () => {
    expect(adminTokenFromEnv({ SCHEMAFORMS_ADMIN_TOKEN: ' 0123456789abcdef ' })).toBe('0123456789abcdef');
    expect(adminTokenFromEnv({ SCHEMAFORMS_ADMIN_TOKEN: '' })).toBeUndefined();
    expect(adminTokenFromEnv({})).toBeUndefined();
    expect(() => adminTokenFromEnv({ SCHEMAFORMS_ADMIN_TOKEN: 'short' })).toThrow(
      /SCHEMAFORMS_ADMIN_TOKEN must be at least 16 characters/,
    );
  });

  it('compares tokens of any length without throwing', () => {
    expect(sameSecret('a', 'a')).toBe(true);
    expect(sameSecret('a', 'a'.repeat(1000))).toBe(false);
    expect(sameSecret('', 'x')).toBe(false);
  });
});

describe('ticket intake: hostile requests get a 400, never a 500', () => {
  it('refuses answers nested 5 000 levels deep with a plain message, before validating them', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const response = await post(`{"subject":"geral/contato","answers":${deep}}`, { 'accept-language': 'en' });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toBe(
      'The answers nest more than 64 levels deep; no form has that many.',
    );
    const arrays = await fetch(`${base}/geral/contato`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    });
    expect(arrays.status).toBe(400);
    expect(await listed()).toHaveLength(0);
  });

  it('answers 400 to malformed percent-encoding in the path', async () => {
    for (const path of ['%', '%E0%A4%A', 'geral%2F%ZZ']) {
      const read = await fetch(`${base}/${path}`, { headers: { ...admin, 'accept-language': 'en' } });
      expect(read.status).toBe(400);
      expect((await read.json()).errors[0].message).toBe('The address has an invalid % encoding.');
      const sent = await fetch(`${base}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(sent.status).toBe(400);
    }
  });
});

describe('ticket intake: a data directory that cannot be written', () => {
  it('answers 503 with Retry-After while the directory cannot be created, and recovers on the next request once it can', async () => {
    await stop();
    const blocker = join(dir, 'blocker');
    await writeFile(blocker, 'a file where the data directory should be');
    await start({ dataDir: join(blocker, 'data') });
    const refused = await post({ subject: 'geral/contato', answers: { name: 'Ana' } }, { 'idempotency-key': 'k-503' });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].message).toMatch(/não foi registrado/);
    expect(logs.join('\n')).toMatch(/ENOTDIR|EEXIST/);
    expect((await fetch(base, { headers: admin })).status).toBe(503);
    await rm(blocker);
    const accepted = await post({ subject: 'geral/contato', answers: { name: 'Ana' } }, { 'idempotency-key': 'k-503' });
    expect(accepted.status).toBe(201);
    expect((await accepted.json()).ticket.number).toBe('CH-000001');
    expect(await readFile(join(blocker, 'data', TICKETS_FILE), 'utf8')).toContain('k-503');
  });
});

describe('fingerprint and redact', () => {
  it('gives the same fingerprint whatever the key order', () => {
    expect(fingerprint({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(fingerprint({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });

  it('redacts nested pointers without touching the input', () => {
    const answers = { a: { 'b/c': 'x' }, d: 'y' };
    expect(redact(answers, ['/a/b~1c', '/missing'])).toEqual({ a: { 'b/c': '[redacted]' }, d: 'y' });
    expect(answers.a['b/c']).toBe('x');
  });
});
