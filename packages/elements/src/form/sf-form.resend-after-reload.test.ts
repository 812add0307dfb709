import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import {
  cleanPage,
  CONTEXT,
  kitchenSinkSchema,
  mountForm,
  shadowOf,
  until,
} from '../internal/fixtures.test-support.js';
import type { SfErrorDetail } from './events.js';
import type { SfForm } from './sf-form.component.js';

// Issue 13, item 2: the first POST was stored but its response was cut; the person reloaded, the
// draft restored the answers, and the resend must replay the same Idempotency-Key (one ticket).

let schema: Record<string, unknown>;

beforeAll(async () => {
  schema = await kitchenSinkSchema();
});

afterEach(() => {
  vi.unstubAllGlobals();
  cleanPage();
});

/**
 * A ticket intake in a fetch stub: it stores a ticket per new Idempotency-Key and replays the stored
 * one for a key it has seen. With `cutFirstResponse`, the first request is stored, then its response
 * is lost on the way back (fetch rejects, as when the connection drops).
 */
function intake({ cutFirstResponse }: { cutFirstResponse: boolean }) {
  const tickets = new Map<string, string>();
  const keys: string[] = [];
  vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
    const key = (init.headers as Record<string, string>)['Idempotency-Key']!;
    keys.push(key);
    if (!tickets.has(key)) tickets.set(key, `CH-${tickets.size + 1}`);
    if (cutFirstResponse && keys.length === 1) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({ ticket: tickets.get(key) }), { status: 201 });
  });
  return { tickets, keys };
}

const mount = (draftKey: string | undefined) =>
  mountForm({
    schema,
    context: CONTEXT,
    locale: 'pt-BR',
    attributes: { action: '/api/tickets', ...(draftKey ? { 'draft-key': draftKey } : {}) },
  });

async function fillAnswers(name = 'Maria'): Promise<void> {
  await page.getByLabelText(/^Seu nome/).fill(name);
  await page.getByLabelText(/^E-mail \(/).fill('maria@example.com');
  await page.getByRole('radio', { name: 'Revogação de token' }).click();
  await page.getByLabelText(/^Token de API/).fill('tok_abcdef123456');
  await page.getByLabelText(/^Li e aceito os termos/).click();
}

/** The page goes away (its element is removed, as on a reload) while the storage stays. */
function reload(): void {
  document.body.replaceChildren();
}

function errorsOf(element: SfForm): SfErrorDetail[] {
  const errors: SfErrorDetail[] = [];
  element.addEventListener('sf-error', (event) => errors.push(event.detail));
  return errors;
}

function submitted(element: SfForm): Promise<unknown> {
  return new Promise((resolve) =>
    element.addEventListener('sf-submitted', (event) => resolve(event.detail), { once: true }),
  );
}

describe('<sf-form> resend after a reload', () => {
  it('replays the Idempotency-Key of a submission whose response was lost, so there is one ticket', async () => {
    const server = intake({ cutFirstResponse: true });
    const first = await mount('chamado');
    const errors = errorsOf(first);
    await fillAnswers();
    await first.requestSubmit();
    await until(() => errors.length === 1);
    expect(errors[0]!.kind).toBe('network');
    expect(server.tickets.size).toBe(1);

    reload();
    const second = await mount('chamado');
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
    // The secret was never stored: it is typed again, and nothing in storage holds it.
    expect(JSON.stringify({ ...localStorage })).not.toContain('tok_abcdef123456');
    await page.getByLabelText(/^Token de API/).fill('tok_abcdef123456');
    const done = submitted(second);
    await second.requestSubmit();
    await expect(done).resolves.toEqual({ status: 201, response: { ticket: 'CH-1' } });
    expect(server.keys).toHaveLength(2);
    expect(server.keys[1]).toBe(server.keys[0]);
    expect(server.tickets.size).toBe(1);
    // Confirmed: nothing about this submission is left in storage.
    expect(localStorage.length).toBe(0);
  });

  it('sends changed answers after the reload with a new key', async () => {
    const server = intake({ cutFirstResponse: true });
    const first = await mount('chamado');
    const errors = errorsOf(first);
    await fillAnswers();
    await first.requestSubmit();
    await until(() => errors.length === 1);

    reload();
    const second = await mount('chamado');
    await page.getByLabelText(/^Seu nome/).fill('Maria Silva');
    await page.getByLabelText(/^Token de API/).fill('tok_abcdef123456');
    const done = submitted(second);
    await second.requestSubmit();
    await expect(done).resolves.toMatchObject({ response: { ticket: 'CH-2' } });
    expect(server.keys[1]).not.toBe(server.keys[0]);
  });

  it('keeps no key across a reload without a draft-key', async () => {
    const server = intake({ cutFirstResponse: true });
    const first = await mount(undefined);
    const errors = errorsOf(first);
    await fillAnswers();
    await first.requestSubmit();
    await until(() => errors.length === 1);
    expect(localStorage.length).toBe(0);

    reload();
    const second = await mount(undefined);
    await fillAnswers();
    await second.requestSubmit();
    await until(() => server.keys.length === 2);
    expect(server.keys[1]).not.toBe(server.keys[0]);
    expect(shadowOf(second).querySelector('[role=alert] .notice')).toBeNull();
  });
});
