/**
 * `schema-src` with `$ref`s to other files (issue #14 item 6): fetched from the schema's origin, other
 * origins only when `ref-origins` lists them, and a fallback naming the ref that cannot be reached.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

const FIXTURES = '/packages/elements/src/form/remote-ref-fixtures/';

afterEach(() => {
  cleanPage();
});

describe('<sf-form> schema-src with remote $refs', () => {
  it('fetches a relative $ref from the schema origin and renders its fields', async () => {
    const element = await mountForm({ attributes: { 'schema-src': `${FIXTURES}form.schema.json` }, locale: 'en' });
    await expect.element(page.getByLabelText(/^Nome do dono/)).toBeInTheDocument();
    await page.getByLabelText(/^Nome do dono/).fill('Ana');
    expect(element.validate()).toBe(true);
    expect(element.value).toEqual({ owner: { name: 'Ana' } });
  });

  it('shows the fallback naming a $ref that cannot be fetched', async () => {
    const element = await mountForm({ attributes: { 'schema-src': `${FIXTURES}missing.schema.json` }, locale: 'en' });
    const details = shadowOf(element).querySelector('.fallback pre')?.textContent ?? '';
    expect(details).toContain('"no-such-file.schema.json"');
    expect(details).toContain('#/properties/owner/$ref');
  });

  it('refuses a $ref to another origin the page does not allow, naming it', async () => {
    const element = await mountForm({
      attributes: { 'schema-src': `${FIXTURES}other-origin.schema.json` },
      locale: 'en',
    });
    const details = shadowOf(element).querySelector('.fallback pre')?.textContent ?? '';
    expect(details).toContain('https://example.com/geographical-location.schema.json');
    expect(details).toContain('ref-origins');
  });
});
