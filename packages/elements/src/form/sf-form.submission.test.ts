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

let schema: Record<string, unknown>;

beforeAll(async () => {
  schema = await kitchenSinkSchema();
});

afterEach(() => {
  cleanPage();
  vi.unstubAllGlobals();
});

interface Call {
  url: string;
  init: RequestInit;
}

/** Replaces fetch: each call takes the next scripted answer (a Response, an Error, or a pending promise). */
function scriptFetch(...answers: (Response | Error | Promise<Response>)[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: URL | string, init: RequestInit) => {
    calls.push({ url: String(url), init });
    const answer = answers.shift() ?? new Response('{}', { status: 201 });
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve(answer);
  });
  return calls;
}

const key = (call: Call) => (call.init.headers as Record<string, string>)['Idempotency-Key'];

async function filledForm(attributes: Record<string, string>): Promise<SfForm> {
  const element = await mountForm({ schema, context: CONTEXT, locale: 'pt-BR', attributes });
  await page.getByLabelText(/^Seu nome/).fill('Maria');
  await page.getByLabelText(/^E-mail \(/).fill('maria@example.com');
  await page.getByRole('radio', { name: 'Revogação de token' }).click();
  await page.getByLabelText(/^Token de API/).fill('tok_abcdef123456');
  await page.getByLabelText(/^Li e aceito os termos/).click();
  return element;
}

function errorsOf(element: SfForm): SfErrorDetail[] {
  const errors: SfErrorDetail[] = [];
  element.addEventListener('sf-error', (event) => errors.push(event.detail));
  return errors;
}

const submit = () => page.getByRole('button', { name: /^(Enviar|Enviando…)$/ });

describe('<sf-form> submission', () => {
  it('POSTs the payload as JSON once, however often the button is pressed, and reports the response', async () => {
    let release!: (response: Response) => void;
    const calls = scriptFetch(new Promise<Response>((resolve) => (release = resolve)));
    const element = await filledForm({ action: '/api/tickets' });
    const done = new Promise<unknown>((resolve) =>
      element.addEventListener('sf-submitted', (event) => resolve(event.detail), { once: true }),
    );
    await submit().click();
    await until(() => calls.length === 1);
    // Sending: one request, the button says so, the fields cannot change.
    await expect.element(submit()).toHaveAttribute('aria-disabled', 'true');
    await expect.element(submit()).toHaveTextContent('Enviando…');
    expect(shadowOf(element).querySelector('.fields')!.hasAttribute('inert')).toBe(true);
    expect(shadowOf(element).querySelector('[role=status]')!.textContent).toBe('Enviando…');
    // aria-disabled keeps the button focusable, so it still gets clicks (Playwright would wait for it).
    (submit().element() as HTMLElement).click();
    (submit().element() as HTMLElement).click();
    await element.requestSubmit();
    expect(calls).toHaveLength(1);

    release(new Response(JSON.stringify({ ticket: { number: 'CH-0001' } }), { status: 201 }));
    await expect(done).resolves.toEqual({ status: 201, response: { ticket: { number: 'CH-0001' } } });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.url).toBe(new URL('/api/tickets', document.baseURI).href);
    expect(call!.init.method).toBe('POST');
    expect(JSON.parse(String(call!.init.body))).toEqual({
      loja: '10231',
      nome: 'Maria',
      email: 'maria@example.com',
      tipo: 'revogacao',
      token: 'tok_abcdef123456',
      aceite: true,
    });
    expect(key(call!)).toMatch(/^[0-9a-f-]{36}$/);
    await expect.element(submit()).toHaveAttribute('aria-disabled', 'false');
    expect(shadowOf(element).querySelector('.fields')!.hasAttribute('inert')).toBe(false);
  });

  it('sends pasted codes without the spaces and invisible characters around them, and keeps them as typed (C17)', async () => {
    const calls = scriptFetch(new Response('{}', { status: 201 }));
    await filledForm({ action: '/api/tickets' });
    await page.getByLabelText(/^E-mail \(/).fill(' maria@example.com\u200b ');
    await page.getByLabelText(/^Token de API/).fill('\ufeff tok_abcdef123456 \n');
    const token = page.getByLabelText(/^Token de API/).element() as HTMLInputElement;
    expect([token.spellcheck, token.getAttribute('autocapitalize')]).toEqual([false, 'off']);
    await submit().click();
    await until(() => calls.length === 1);
    expect(JSON.parse(String(calls[0]!.init.body))).toMatchObject({
      email: 'maria@example.com',
      token: 'tok_abcdef123456',
    });
    // The field keeps what was typed (the browser itself strips a line break from a single-line input).
    expect(token.value).toBe('\ufeff tok_abcdef123456 ');
  });

  it('keeps every answer after a 500 and retries with the same Idempotency-Key', async () => {
    const calls = scriptFetch(
      new Response('oops', { status: 500 }),
      new TypeError('Failed to fetch'),
      new Response('{}', { status: 201 }),
    );
    const element = await filledForm({ action: '/api/tickets' });
    const errors = errorsOf(element);
    await submit().click();
    await until(() => errors.length === 1);
    expect(errors[0]).toMatchObject({ kind: 'server', status: 500 });
    const alert = shadowOf(element).querySelector('[role=alert] .notice')!;
    expect(alert.textContent).toMatch(/Suas respostas foram mantidas/);
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
    await expect.element(page.getByLabelText(/^Token de API/)).toHaveValue('tok_abcdef123456');

    await submit().click();
    await until(() => errors.length === 2);
    expect(errors[1]).toMatchObject({ kind: 'network' });
    await submit().click();
    await until(() => calls.length === 3);
    expect(new Set(calls.map(key)).size).toBe(1);
    // sf-error never carries an answer.
    expect(JSON.stringify(errors)).not.toMatch(/tok_abcdef|Maria/);
  });

  it('empties the alert once an answer is edited or the form is resent, so a stale failure is not read again', async () => {
    let release: (response: Response) => void = () => {};
    const pending = new Promise<Response>((resolve) => (release = resolve));
    scriptFetch(new Response('oops', { status: 500 }), pending);
    const element = await filledForm({ action: '/api/tickets' });
    const errors = errorsOf(element);
    const root = shadowOf(element);
    const alert = () => root.querySelector('[role=alert]')!.textContent!.trim();
    const status = () => root.querySelector('.form > [role=status]')!.textContent!.trim();
    await submit().click();
    await until(() => errors.length === 1);
    await element.updateComplete;
    expect(alert()).toMatch(/Suas respostas foram mantidas/);
    // "Enviando…" is no longer true: the polite region does not keep saying it.
    expect(status()).toBe('');

    await page.getByLabelText(/^Seu nome/).fill('Maria Silva');
    await element.updateComplete;
    expect(alert()).toBe('');
    await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria Silva');

    // A resend shows no failure while it is on its way; its own outcome is announced afresh.
    await submit().click();
    await until(() => errors.length === 2 || status() === 'Enviando…');
    expect(alert()).toBe('');
    release(new Response('', { status: 503 }));
    await until(() => errors.length === 2);
    await element.updateComplete;
    expect(alert()).toMatch(/Suas respostas foram mantidas/);
  });

  it('explains a 401/403 as a sign-in problem, resends nothing by itself and keeps every answer (D7)', async () => {
    const calls = scriptFetch(new Response('', { status: 401 }), new Response('{}', { status: 201 }));
    const element = await filledForm({ action: '/api/tickets' });
    const errors = errorsOf(element);
    await submit().click();
    await until(() => errors.length === 1);
    expect(errors[0]).toMatchObject({ kind: 'rejected', status: 401 });
    const alert = shadowOf(element).querySelector('[role=alert] .notice')!;
    expect(alert.textContent).toMatch(
      /não autorizado \(erro 401\).*entre de novo em outra aba.*Suas respostas foram mantidas/,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toHaveLength(1);
    await expect.element(page.getByLabelText(/^Token de API/)).toHaveValue('tok_abcdef123456');
    // Signed in again elsewhere, the person sends once more: the same submission, the same key.
    await submit().click();
    await until(() => calls.length === 2);
    expect(key(calls[1]!)).toBe(key(calls[0]!));
  });

  it('uses a new Idempotency-Key when the answers change before the retry', async () => {
    const calls = scriptFetch(new Response('', { status: 503 }), new Response('{}', { status: 201 }));
    const element = await filledForm({ action: '/api/tickets' });
    const errors = errorsOf(element);
    await submit().click();
    await until(() => errors.length === 1);
    await page.getByLabelText(/^Seu nome/).fill('Maria Silva');
    await submit().click();
    await until(() => calls.length === 2);
    expect(key(calls[1]!)).not.toBe(key(calls[0]!));
  });

  it('shows the server’s 422 field errors in the summary and on the fields', async () => {
    scriptFetch(
      new Response(
        JSON.stringify({ errors: [{ instancePath: '/email', message: 'Este e-mail não está cadastrado' }] }),
        {
          status: 422,
        },
      ),
    );
    const element = await filledForm({ action: '/api/tickets' });
    await submit().click();
    const summary = await until(() => shadowOf(element).querySelector<HTMLElement>('.summary'));
    expect(summary.textContent).toContain('Este e-mail não está cadastrado');
    await expect.poll(() => shadowOf(element).activeElement).toBe(summary);
    const email = page.getByLabelText(/^E-mail \(/);
    await expect.element(email).toHaveAttribute('aria-invalid', 'true');
    expect(shadowOf(element).querySelector('[data-pointer="/email"] .error')?.textContent).toContain(
      'Este e-mail não está cadastrado',
    );
    await expect.element(email).toHaveValue('maria@example.com');
    // Changing the answer clears the server's word on it.
    await email.fill('maria@example.org');
    await expect.element(email).not.toHaveAttribute('aria-invalid');
  });

  it('reports a timeout, keeps the answers and retries with the same key', async () => {
    const never = new Promise<Response>(() => {});
    const calls: Call[] = [];
    vi.stubGlobal('fetch', (url: URL, init: RequestInit) => {
      calls.push({ url: String(url), init });
      return calls.length === 1
        ? new Promise<Response>((_resolve, reject) =>
            init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          )
        : never;
    });
    const element = await filledForm({ action: '/api/tickets', timeout: '50' });
    const errors = errorsOf(element);
    await submit().click();
    await until(() => errors.length === 1);
    expect(errors[0]!.kind).toBe('timeout');
    expect(shadowOf(element).querySelector('[role=alert]')!.textContent).toMatch(/Não conseguimos confirmar/);
    await submit().click();
    await until(() => calls.length === 2);
    expect(key(calls[1]!)).toBe(key(calls[0]!));
  });

  it.each(['javascript:alert(1)', 'http://evil.example/collect', 'data:text/plain,x', ''])(
    'refuses to send to %j with sf-error invalid-endpoint',
    async (action) => {
      const calls = scriptFetch();
      const element = await filledForm({ action });
      const errors = errorsOf(element);
      await submit().click();
      await until(() => errors.length === 1);
      expect(errors[0]!.kind).toBe('invalid-endpoint');
      expect(calls).toHaveLength(0);
      expect(shadowOf(element).querySelector('[role=alert]')!.textContent).toMatch(/mal configurado/);
      await expect.element(page.getByLabelText(/^Seu nome/)).toHaveValue('Maria');
    },
  );

  it('sends nothing when sf-submit is cancelled', async () => {
    const calls = scriptFetch();
    const element = await filledForm({ action: '/api/tickets' });
    let seen = 0;
    element.addEventListener('sf-submit', (event) => {
      seen++;
      event.preventDefault();
    });
    await submit().click();
    expect(seen).toBe(1);
    expect(calls).toHaveLength(0);
  });

  it('sends nothing while the answers are invalid', async () => {
    const calls = scriptFetch();
    const element = await mountForm({
      schema,
      context: CONTEXT,
      locale: 'pt-BR',
      attributes: { action: '/api/tickets' },
    });
    let seen = 0;
    element.addEventListener('sf-submit', () => seen++);
    await submit().click();
    await until(() => shadowOf(element).querySelector('.summary'));
    expect(seen).toBe(0);
    expect(calls).toHaveLength(0);
    expect(element.validate()).toBe(false);
  });

  it('says it is offline when fetch fails without a connection, and resends once, same key, when back online', async () => {
    const calls = scriptFetch(new TypeError('Failed to fetch'), new Response('{"id":"CH-3"}', { status: 201 }));
    const element = await filledForm({ action: '/api/tickets' });
    const errors = errorsOf(element);
    const done = new Promise<unknown>((resolve) =>
      element.addEventListener('sf-submitted', (event) => resolve(event.detail), { once: true }),
    );
    Object.defineProperty(navigator, 'onLine', { get: () => false, configurable: true });
    try {
      await submit().click();
      await until(() => errors.length === 1);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(errors[0]).toMatchObject({ kind: 'network' });
    await until(() => shadowOf(element).querySelector('[role=alert] .notice'));
    // Without a draft-key nothing is kept on the device (issue 13, item 4): the notice says so.
    expect(shadowOf(element).querySelector('[role=alert] .notice')!.textContent).toBe(
      'Você está sem conexão. Suas respostas estão só nesta página, não neste dispositivo: não feche nem recarregue a página; enviaremos assim que a conexão voltar.',
    );
    expect(calls).toHaveLength(1);
    window.dispatchEvent(new Event('online'));
    await expect(done).resolves.toEqual({ status: 201, response: { id: 'CH-3' } });
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(2);
    expect(key(calls[1]!)).toBe(key(calls[0]!));
  });

  it.each([
    ['pt-BR', 'no draft-key', undefined, /só nesta página, não neste dispositivo: não feche nem recarregue/],
    ['en', 'no draft-key', undefined, /only in this page, not saved on this device: don't close or reload it/],
    ['pt-BR', 'a draft-key', 'chamado', /^Você está sem conexão — suas respostas estão guardadas neste dispositivo/],
    ['en', 'a draft-key', 'chamado', /^You're offline — your answers are saved on this device/],
  ])(
    'offline in %s with %s, says only what is true of where the answers are (issue 13)',
    async (locale, _case, draftKey, says) => {
      scriptFetch(new TypeError('Failed to fetch'));
      const attributes: Record<string, string> = {
        action: '/api/tickets',
        ...(draftKey ? { 'draft-key': draftKey } : {}),
      };
      const element = await filledForm(attributes);
      element.locale = locale;
      await element.updateComplete;
      const errors = errorsOf(element);
      Object.defineProperty(navigator, 'onLine', { get: () => false, configurable: true });
      try {
        await element.requestSubmit();
        await until(() => errors.length === 1);
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      await element.updateComplete;
      const notice = shadowOf(element).querySelector('[role=alert] .notice')!.textContent!;
      expect(notice).toMatch(says);
      if (!draftKey) expect(notice).not.toMatch(/estão guardadas neste dispositivo|are saved on this device/);
    },
  );

  it('waits out a 503 Retry-After as sending, then resends once with the same key', async () => {
    const calls = scriptFetch(
      new Response('', { status: 503, headers: { 'Retry-After': '1' } }),
      new Response('{}', { status: 201 }),
    );
    const element = await filledForm({ action: '/api/tickets' });
    const done = new Promise<unknown>((resolve) =>
      element.addEventListener('sf-submitted', (event) => resolve(event.detail), { once: true }),
    );
    await submit().click();
    await until(() => calls.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toHaveLength(1);
    await expect.element(submit()).toHaveTextContent('Enviando…');
    expect(shadowOf(element).querySelector('.fields')!.hasAttribute('inert')).toBe(true);
    await expect(done).resolves.toMatchObject({ status: 201 });
    expect(calls).toHaveLength(2);
    expect(key(calls[1]!)).toBe(key(calls[0]!));
  });

  it("sends the form's locale as Accept-Language", async () => {
    const calls = scriptFetch(new Response('{}', { status: 201 }));
    await filledForm({ action: '/api/tickets' });
    await submit().click();
    await until(() => calls.length === 1);
    expect((calls[0]!.init.headers as Record<string, string>)['Accept-Language']).toBe('pt-BR');
  });
});
