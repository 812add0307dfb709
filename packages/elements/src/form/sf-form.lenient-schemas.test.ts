/**
 * Other people's schemas (issue #14 items 7 and 8): the runtime renders what plain Ajv accepts, reports
 * what `schemaforms check` would refuse as `sf-warning` (and once on the console), and reads draft-07 and
 * draft-04 schemas with their own semantics.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import type { SfWarningDetail } from './events.js';

afterEach(() => {
  vi.restoreAllMocks();
  cleanPage();
});

/** Mounts `schema`, collecting the `sf-warning` details that reach the document. */
async function mountCollecting(schema: object, value?: unknown) {
  const details: SfWarningDetail[] = [];
  const listener = (event: CustomEvent<SfWarningDetail>) => details.push(event.detail);
  document.addEventListener('sf-warning', listener);
  try {
    const element = await mountForm({ schema, value, locale: 'en' });
    return { element, details };
  } finally {
    document.removeEventListener('sf-warning', listener);
  }
}

describe('<sf-form> with schemas the check refuses (item 8)', () => {
  const jsonEditorStyle = {
    type: 'object',
    properties: {
      name: { type: 'string', title: 'Name', options: { grid_columns: 6 } },
      colour: { type: 'string', title: 'Colour', format: 'color-picker', options: { hidden: false } },
    },
    required: ['name'],
  };

  it('renders the fields and fires one bubbling, composed sf-warning per problem', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { element, details } = await mountCollecting(jsonEditorStyle, { name: 'Ana', colour: 'red' });
    await expect.element(page.getByLabelText(/^Name/)).toHaveValue('Ana');
    await expect.element(page.getByLabelText(/^Colour/)).toHaveValue('red');
    expect(shadowOf(element).querySelector('.fallback')).toBeNull();
    expect(details.map(({ code, pointer }) => [code, pointer])).toEqual([
      ['unknown-format', '#/properties/colour/format'],
      ['unknown-keyword', '#/properties/name/options'],
    ]);
    expect(details[0]!.message).toContain('"color-picker"');
    // The console says each once per page, however many forms show the schema.
    await mountCollecting(jsonEditorStyle);
    const printed = warn.mock.calls.map(([text]) => String(text)).filter((text) => text.includes('color-picker'));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^\[schemaforms\] unknown-format: #\/properties\/colour\/format: /);
  });

  it('validates as plain Ajv does: the unknown format accepts any text, required still applies', async () => {
    const { element } = await mountCollecting(jsonEditorStyle, { colour: 'anything' });
    expect(element.validate()).toBe(false);
    await page.getByLabelText(/^Name/).fill('Ana');
    expect(element.validate()).toBe(true);
  });

  it('fires no sf-warning for a schema the check accepts', async () => {
    const { details } = await mountCollecting({ type: 'object', properties: { a: { type: 'string', title: 'A' } } });
    expect(details).toEqual([]);
  });
});

describe('<sf-form> with older dialects (item 7)', () => {
  it('renders a draft-07 tuple (`items` array, no $schema) as one field per position', async () => {
    const schema = {
      type: 'object',
      properties: {
        pair: {
          type: 'array',
          title: 'Pair',
          items: [
            { type: 'string', title: 'Label' },
            { type: 'number', title: 'Amount' },
          ],
        },
      },
    };
    const { element } = await mountCollecting(schema, { pair: ['rent', 1200] });
    await expect.element(page.getByLabelText(/^Label/)).toHaveValue('rent');
    await expect.element(page.getByLabelText(/^Amount/)).toHaveValue('1200');
    expect(element.validate()).toBe(true);
  });

  it('shows the fields of a draft-07 `dependencies` schema once the property is answered through the UI', async () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string', title: 'Name' } },
      dependencies: { name: { properties: { age: { type: 'integer', title: 'Age' } }, required: ['age'] } },
    };
    const { element } = await mountCollecting(schema);
    expect(shadowOf(element).querySelector('[data-pointer="/age"]')).toBeNull();
    await page.getByLabelText(/^Name/).fill('Ana');
    await expect.element(page.getByLabelText(/^Age/)).toBeInTheDocument();
    expect(element.validate()).toBe(false);
  });

  it('reads a draft-04 schema: `id`, `definitions` refs and a boolean exclusiveMaximum', async () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'http://example.com/car.json',
      type: 'object',
      definitions: { rating: { type: 'integer', title: 'Rating', maximum: 5, exclusiveMaximum: true } },
      properties: { rating: { $ref: '#/definitions/rating' } },
    };
    const { element } = await mountCollecting(schema, { rating: 5 });
    await expect.element(page.getByLabelText(/^Rating/)).toHaveValue('5');
    expect(element.validate()).toBe(false);
    await page.getByLabelText(/^Rating/).fill('4');
    expect(element.validate()).toBe(true);
  });
});
