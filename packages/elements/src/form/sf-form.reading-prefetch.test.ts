/**
 * The code that reads a plain schema is fetched in idle time once `<sf-form>` is defined and the page
 * has loaded (issue #18), so the first plain form a page mounts later waits for no chunk; Ajv is not
 * fetched by it. Core's modules are recorded as they are imported (`vi.mock` passing the real module
 * through: nothing about them is faked).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SfForm } from './sf-form.component.js';

// Not the shared fixtures: they import `./sf-form.js`, and this file must see the page before it is.
async function until(probe: () => unknown, timeout = 5000): Promise<void> {
  for (const start = performance.now(); !probe(); await new Promise((resolve) => setTimeout(resolve, 10)))
    if (performance.now() - start > timeout) throw new Error(`until: condition not met in ${timeout} ms`);
}

const imported = vi.hoisted(() => ({
  reading: false,
  ajv: false,
  /** Whether the form's controls were in the DOM when core asked for the Ajv module. */
  ajvAfterFields: false,
}));

vi.mock('../../../core/src/prepare-schema.js', async (importOriginal) => {
  imported.reading = true;
  return importOriginal();
});
vi.mock('../../../core/src/ajv.js', async (importOriginal) => {
  imported.ajv = true;
  imported.ajvAfterFields = !!document.querySelector('sf-form')?.shadowRoot?.querySelector('.fields input');
  return importOriginal();
});

afterEach(() => document.querySelectorAll('sf-form').forEach((element) => element.remove()));

describe('<sf-form> prefetching the schema-reading code', () => {
  it('fetches it in idle time on a page without any form, and not Ajv', async () => {
    expect(document.querySelector('sf-form')).toBeNull();
    expect(imported.reading).toBe(false);
    await import('./sf-form.js');
    await until(() => imported.reading, 15_000);
    expect(imported.ajv).toBe(false);
  });

  it('then shows a plain form that a page mounts later, asking for Ajv only after its first render', async () => {
    const element = document.createElement('sf-form') as SfForm;
    Object.assign(element, {
      locale: 'en',
      schema: { type: 'object', properties: { nome: { type: 'string', title: 'Nome' } } },
    });
    document.body.append(element);
    await until(() => element.shadowRoot?.querySelector('.fields input'));
    await until(() => imported.ajv);
    expect(imported.ajvAfterFields).toBe(true);
    // Ajv's module and the chunks after the first render arrive before the file ends: a module still
    // being resolved when the test page closes fails the whole run.
    await element.updateComplete;
    expect(element.validate()).toBe(true);
  });
});
