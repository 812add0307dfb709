// The playground's "test submission" endpoint (demo/server/dry-run-endpoint.ts): it validates answers
// against a form text the page sends, with the intake's own validation, and never stores a ticket.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDryRunHandler } from '../demo/server/dry-run-endpoint.js';
import { serveEndpoint, type EndpointServer } from './support/dev-endpoint-server.js';

let endpoint: EndpointServer;
let schema: string;

beforeAll(async () => {
  schema = await readFile(new URL('../schemas/token/revogacao-de-token.schema.json', import.meta.url), 'utf8');
  endpoint = await serveEndpoint(createDryRunHandler({ maxBodyBytes: 64 * 1024 }));
});

afterAll(() => endpoint.close());

const post = (body: string, type = 'application/json') =>
  fetch(endpoint.url, { method: 'POST', headers: { 'Content-Type': type }, body });

/** Answers the seed form "Revogação de Token" accepts. */
const validAnswers = () => ({
  loja: 'Loja Exemplo',
  integradoraAtual: 'Bling',
  token: 'abc123',
  pedidosEmAndamento: false,
});

describe('the test submission endpoint', () => {
  it('accepts valid answers with 200 and the payload the intake would store', async () => {
    const response = await post(JSON.stringify({ schema, answers: validAnswers() }));
    const body = (await response.json()) as { valid?: boolean; payload?: unknown };
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toEqual({ valid: true, payload: validAnswers() });
  });

  it('refuses invalid answers with 422 and a JSON Pointer per error', async () => {
    const response = await post(JSON.stringify({ schema, answers: { ...validAnswers(), token: '', extra: 1 } }));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { instancePath: string; message: string }[] };
    expect(body.errors.map((error) => error.instancePath).sort()).toEqual(['/extra', '/token']);
    expect(body.errors.every((error) => error.message.length > 0)).toBe(true);
  });

  it('names each missing required answer by its pointer', async () => {
    const response = await post(JSON.stringify({ schema, answers: {} }));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { instancePath: string }[] };
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors.every((error) => error.instancePath.startsWith('/'))).toBe(true);
  });

  it('answers 413 for a body over the limit', async () => {
    const response = await post(JSON.stringify({ schema, answers: { big: 'x'.repeat(70 * 1024) } }));
    expect(response.status).toBe(413);
  });

  it('answers 400 for a body that is not JSON, naming it', async () => {
    const response = await post('{"schema": ');
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toEqual({ errors: [{ instancePath: '', message: 'the body is not JSON' }] });
  });

  it('answers 400 for a form text that is not JSON or does not compile', async () => {
    const broken = await post(JSON.stringify({ schema: '{ "type": ', answers: {} }));
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/not JSON/);
    const bad = await post(JSON.stringify({ schema: '{ "$ref": "#/$defs/missing" }', answers: {} }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/does not compile/);
  });

  it('answers 415 for another content type and 405 for another method', async () => {
    expect((await post('{}', 'text/plain')).status).toBe(415);
    expect((await fetch(endpoint.url)).status).toBe(405);
  });
});
