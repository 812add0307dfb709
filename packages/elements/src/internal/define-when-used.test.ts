import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { defineWhenUsed } from './define-when-used.js';
import { until } from './fixtures.test-support.js';

const words = (language: string) =>
  language === 'en'
    ? { loading: 'Loading…', failed: 'Could not load.' }
    : { loading: 'Carregando…', failed: 'Falhou.' };

let count = 0;
/** A fresh tag per test: a custom element name can be defined once per page. */
const freshTag = () => `sf-lazy-test-${++count}`;

/** An element class whose module "arrives" when `release` is called. */
function deferredElement(tag: string) {
  let release!: () => void;
  let fail!: (error: Error) => void;
  let imports = 0;
  const arrived = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  class Greeting extends LitElement {
    static override properties = { name: {} };
    name = 'mundo';
    override render() {
      return html`<p>Olá, ${this.name}</p>`;
    }
  }
  const load = async () => {
    imports++;
    await arrived;
    customElements.define(tag, Greeting);
  };
  return { load, release, fail, imports: () => imports };
}

afterEach(() => document.body.replaceChildren());

describe('defineWhenUsed', () => {
  it('loads nothing while the page has no element of the tag', async () => {
    const tag = freshTag();
    const element = deferredElement(tag);
    defineWhenUsed(tag, element.load, words);
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.imports()).toBe(0);
    expect(customElements.get(tag)).toBeUndefined();
  });

  it('defines the tag already in the document, showing a status line until the code arrives', async () => {
    const tag = freshTag();
    document.body.innerHTML = `<${tag}></${tag}>`;
    const element = deferredElement(tag);
    defineWhenUsed(tag, element.load, words);
    const waiting = document.querySelector(tag)!;
    expect(waiting.querySelector('[role=status]')?.textContent).toBe('Carregando…');
    element.release();
    await customElements.whenDefined(tag);
    await until(() => waiting.shadowRoot?.textContent?.includes('Olá, mundo') === true);
    // The status line is gone once the element renders itself.
    await until(() => waiting.childElementCount === 0);
    expect(element.imports()).toBe(1);
  });

  it('defines the tag when a script adds one later, keeping properties set before the upgrade', async () => {
    const tag = freshTag();
    const element = deferredElement(tag);
    defineWhenUsed(tag, element.load, words);
    const created = document.createElement(tag) as HTMLElement & { name?: string };
    // Set while the element is still undefined: an own property the class must take over.
    created.name = 'Maria';
    document.body.append(Object.assign(document.createElement('section'), { lang: 'en' }));
    document.querySelector('section')!.append(created);
    await until(() => element.imports() === 1);
    element.release();
    await customElements.whenDefined(tag);
    await until(() => created.shadowRoot?.textContent?.includes('Olá, Maria') === true);
    // A second element later upgrades at once, with no second import.
    const second = document.createElement(tag);
    document.body.append(second);
    await until(() => second.shadowRoot?.textContent?.includes('Olá, mundo') === true);
    expect(element.imports()).toBe(1);
  });

  it('says so inside the element and fires sf-error when the code cannot be fetched, and can try again', async () => {
    const tag = freshTag();
    document.body.innerHTML = `<${tag} locale="en"></${tag}>`;
    const waiting = document.querySelector(tag)!;
    const errors: CustomEvent[] = [];
    document.body.addEventListener('sf-error', (event) => errors.push(event as CustomEvent));
    const element = deferredElement(tag);
    const definition = defineWhenUsed(tag, element.load, words);
    element.fail(new Error('Failed to fetch dynamically imported module'));
    await until(() => errors.length === 1);
    expect(errors[0]!.detail).toEqual({
      kind: 'network',
      message: `<${tag}> could not be loaded: Failed to fetch dynamically imported module`,
    });
    expect(waiting.querySelector('[role=alert]')?.textContent).toBe('Could not load.');
    expect(customElements.get(tag)).toBeUndefined();

    // A later load() tries again: here the second attempt fails the same way (the promise is settled),
    // and is reported again rather than swallowed.
    await definition.load();
    expect(element.imports()).toBe(2);
    expect(errors).toHaveLength(2);
  });
});
