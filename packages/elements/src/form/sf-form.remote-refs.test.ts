/**
 * `schema-src` with `$ref`s to other files (issue #14 item 6): fetched from the schema's origin, other
 * origins only when `ref-origins` lists them, and a fallback naming the ref that cannot be reached.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import {
  expectGeoValidatedThroughRef,
  GEOGRAPHICAL_LOCATION_ID,
  geographicalLocation,
} from './remote-ref-fixtures/geographical-location.test-support.js';

const FIXTURES = '/packages/elements/src/form/remote-ref-fixtures/';
const OTHER_ORIGIN_REF = GEOGRAPHICAL_LOCATION_ID;

/**
 * Spies on `fetch`: the page's own origin goes to the network, OTHER_ORIGIN_REF is answered here (the
 * test server has one origin only). Returns the URLs requested.
 */
function watchFetch(): string[] {
  const requested: string[] = [];
  const realFetch = window.fetch.bind(window);
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    if (url === OTHER_ORIGIN_REF) return Promise.resolve(Response.json(geographicalLocation));
    return realFetch(input, init);
  });
  return requested;
}

/** The text of the element's fallback details ('' when it rendered its fields). */
function fallbackText(element: Element & { shadowRoot: ShadowRoot | null }): string {
  return element.shadowRoot?.querySelector('.fallback pre')?.textContent ?? '';
}

afterEach(() => {
  cleanPage();
  vi.unstubAllGlobals();
});

describe('<sf-form> schema-src with remote $refs', () => {
  it('fetches a relative $ref from the schema origin and renders its fields', async () => {
    const element = await mountForm({ attributes: { 'schema-src': `${FIXTURES}form.schema.json` }, locale: 'en' });
    await expect.element(page.getByLabelText(/^Nome do dono/)).toBeInTheDocument();
    await page.getByLabelText(/^Nome do dono/).fill('Ana');
    expect(element.validate()).toBe(true);
    expect(element.value).toEqual({ owner: { name: 'Ana' } });
  });

  it('shows the fallback naming a $ref that cannot be fetched, never a blank element', async () => {
    const element = await mountForm({ attributes: { 'schema-src': `${FIXTURES}missing.schema.json` }, locale: 'en' });
    expect(shadowOf(element).querySelector('.fields')).toBeNull();
    const details = fallbackText(element);
    expect(details).toContain('"no-such-file.schema.json"');
    expect(details).toContain('#/properties/owner/$ref');
    expect(details).toContain('HTTP 404');
  });

  it('refuses a $ref to another origin the page does not allow, naming it, without fetching it', async () => {
    const requested = watchFetch();
    const element = await mountForm({
      attributes: { 'schema-src': `${FIXTURES}other-origin.schema.json` },
      locale: 'en',
    });
    const details = fallbackText(element);
    expect(details).toContain(OTHER_ORIGIN_REF);
    expect(details).toContain('ref-origins');
    expect(requested).not.toContain(OTHER_ORIGIN_REF);
  });

  it('fetches a $ref to another origin that ref-origins lists', async () => {
    const requested = watchFetch();
    const element = await mountForm({
      attributes: { 'schema-src': `${FIXTURES}other-origin.schema.json`, 'ref-origins': 'https://example.com' },
      locale: 'en',
    });
    expect(fallbackText(element)).toBe('');
    expect(requested).toContain(OTHER_ORIGIN_REF);
    await expectGeoValidatedThroughRef(element);
  });
});
