// What <sf-form> fetches after its first render (issue #18: the submitting code, the error summary):
// whatever comes before it waits for it, and nothing is lost or done twice meanwhile.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanPage, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfForm } from './sf-form.component.js';

const SCHEMA = {
  type: 'object',
  required: ['nome'],
  properties: { nome: { type: 'string', title: 'Nome', minLength: 2 } },
};

afterEach(() => {
  cleanPage();
  vi.unstubAllGlobals();
});

/** A new `<sf-form>`, returned as soon as its fields are drawn (before what comes after the first render). */
async function firstRender(attributes: Record<string, string>, value?: unknown): Promise<SfForm> {
  const element = document.createElement('sf-form');
  element.locale = 'pt-BR';
  for (const [name, attribute] of Object.entries(attributes)) element.setAttribute(name, attribute);
  if (value !== undefined) element.value = value;
  element.schema = SCHEMA;
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('.fields input'));
  return element;
}

describe('<sf-form> before what comes after its first render', () => {
  it('answers validate() with false until the form can show its errors, then shows them with the summary', async () => {
    const element = await firstRender({});
    const summary = () => shadowOf(element).querySelector('.summary');
    // Called at once: the summary's code (and maybe the validator) are not here yet; nothing is called valid.
    expect(element.validate()).toBe(false);
    await element.updateComplete;
    await until(summary);
    expect(summary()!.textContent).toContain('Há um problema');
    expect(summary()!.querySelector('a')?.textContent).toContain('Nome');
    // Once everything is here, the answer is the real one.
    element.value = { nome: 'Maria' };
    await element.updateComplete;
    expect(element.validate()).toBe(true);
  });

  it('sends a submit made right after the first render once the code is here, once however often it is pressed', async () => {
    const posts: string[] = [];
    vi.stubGlobal('fetch', (_url: URL | string, init: RequestInit) => {
      posts.push(String(init.body));
      return Promise.resolve(new Response('{}', { status: 201 }));
    });
    const element = await firstRender({ action: '/api/tickets' }, { nome: 'Maria' });
    let submitted = 0;
    element.addEventListener('sf-submitted', () => submitted++);
    const button = shadowOf(element).querySelector<HTMLButtonElement>('button.submit')!;
    button.click();
    button.click();
    void element.requestSubmit();
    await until(() => submitted === 1);
    await element.updateComplete;
    expect(posts).toEqual([JSON.stringify({ nome: 'Maria' })]);
    expect(submitted).toBe(1);
    expect((shadowOf(element).querySelector('input') as HTMLInputElement).value).toBe('Maria');
  });

  it('shows and focuses the error summary after a failed submit made right after the first render', async () => {
    const element = await firstRender({ action: '/api/tickets' });
    shadowOf(element).querySelector<HTMLButtonElement>('button.submit')!.click();
    const summary = await until(() => shadowOf(element).querySelector<HTMLElement>('.summary'));
    await until(() => shadowOf(element).activeElement === summary);
    expect(summary.textContent).toContain('Nome');
  });
});
