/**
 * The `refs` property (issue #14 item 6): schemas the host registers, each with an `$id`, resolve the
 * `$ref`s of a schema object or a `schema-src` to other documents; a ref nobody registered shows the
 * fallback naming it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { JsonSchemaObject } from '@schemaforms/core';
import type { SfForm } from './sf-form.component.js';
import { cleanPage, axeViolations, shadowOf, until } from '../internal/fixtures.test-support.js';
import {
  expectGeoValidatedThroughRef,
  GEOGRAPHICAL_LOCATION_ID,
  geographicalLocation as sharedGeographicalLocation,
} from './remote-ref-fixtures/geographical-location.test-support.js';

const FIXTURES = '/packages/elements/src/form/remote-ref-fixtures/';

/** A shared schema a host registers (the geographical location of json-schema.org's examples). */
const geographicalLocation = { $id: GEOGRAPHICAL_LOCATION_ID, ...sharedGeographicalLocation };

const form = {
  type: 'object',
  title: 'Entrega',
  properties: { geo: { $ref: GEOGRAPHICAL_LOCATION_ID, title: 'Local' } },
  required: ['geo'],
};

/** Mounts `<sf-form>` with `refs` set before it connects, and waits for its fields or its fallback. */
async function mountWithRefs(options: {
  schema?: JsonSchemaObject;
  src?: string;
  refs: readonly object[];
}): Promise<SfForm> {
  const element = document.createElement('sf-form');
  element.locale = 'en';
  element.refs = options.refs;
  if (options.schema) element.schema = options.schema;
  if (options.src) element.setAttribute('schema-src', options.src);
  const main = document.createElement('main');
  main.append(element);
  document.body.append(main);
  await until(() => element.shadowRoot?.querySelector('.fields, .fallback') ?? undefined);
  await element.updateComplete;
  return element;
}

const fallbackText = (element: SfForm): string => shadowOf(element).querySelector('.fallback pre')?.textContent ?? '';

afterEach(() => {
  cleanPage();
  vi.unstubAllGlobals();
});

describe('<sf-form> refs', () => {
  it('renders the fields of a registered schema with no accessibility violations', async () => {
    const element = await mountWithRefs({ schema: form, refs: [geographicalLocation] });
    expect(fallbackText(element)).toBe('');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('validates and submits through the registered schema', async () => {
    const element = await mountWithRefs({ schema: form, refs: [geographicalLocation] });
    await expectGeoValidatedThroughRef(element);
  });

  it('shows the fallback naming a $ref to an $id nobody registered, never a blank element', async () => {
    const element = await mountWithRefs({ schema: form, refs: [{ $id: 'https://example.com/other.json' }] });
    expect(shadowOf(element).querySelector('.fields')).toBeNull();
    expect(fallbackText(element)).toContain('"https://example.com/geographical-location.schema.json"');
    expect(fallbackText(element)).toContain('#/properties/geo/$ref');
  });

  it('loads again when the host registers the missing schema', async () => {
    const element = await mountWithRefs({ schema: form, refs: [] });
    expect(fallbackText(element)).toContain('geographical-location.schema.json');
    element.refs = [geographicalLocation];
    await expect.element(page.getByLabelText(/^Latitude/)).toBeInTheDocument();
  });

  it('resolves a schema-src $ref against a registered schema before fetching', async () => {
    const requested: string[] = [];
    const realFetch = window.fetch.bind(window);
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    });
    const person = {
      $id: new URL(`${FIXTURES}person.schema.json`, document.baseURI).href,
      type: 'object',
      properties: { name: { type: 'string', title: 'Nome registrado', maxLength: 40 } },
    };
    const element = await mountWithRefs({ src: `${FIXTURES}form.schema.json`, refs: [person] });
    expect(fallbackText(element)).toBe('');
    await expect.element(page.getByLabelText(/^Nome registrado/)).toBeInTheDocument();
    expect(requested.some((url) => url.endsWith('person.schema.json'))).toBe(false);
  });
});
