import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, detectDialect, validateSubmission } from '../index.js';
import { schemaDraft } from './schema-draft.js';
import { upgradeToDraft07 } from './upgrade-to-draft-07.js';

const tuple = {
  type: 'array',
  items: [
    { type: 'string', title: 'Nome' },
    { type: 'number', title: 'Idade' },
  ],
};

describe('schemaDraft (issue #14 item 7)', () => {
  it.each([
    ['no $schema, no telling keyword', { type: 'object', properties: { a: { type: 'string' } } }, '2020-12'],
    ['no $schema, definitions', { type: 'object', definitions: { a: {} } }, 'draft-07'],
    ['no $schema, dependencies', { type: 'object', dependencies: { a: ['b'] } }, 'draft-07'],
    ['no $schema, array items', { type: 'object', properties: { t: tuple } }, 'draft-07'],
    ['no $schema, additionalItems', { type: 'object', properties: { t: { additionalItems: false } } }, 'draft-07'],
    ['no $schema, $defs and definitions', { type: 'object', $defs: {}, definitions: {} }, '2020-12'],
    ['no $schema, prefixItems', { type: 'object', properties: { t: { prefixItems: [{}] } } }, '2020-12'],
    ['no $schema, $anchor', { type: 'object', properties: { t: { $anchor: 'a' } } }, '2020-12'],
    ['no $schema, draft-04 id', { type: 'object', id: 'person' }, 'draft-04'],
    [
      'no $schema, boolean exclusiveMaximum',
      { type: 'object', properties: { n: { exclusiveMaximum: true } } },
      'draft-04',
    ],
    ['draft-04 URI', { $schema: 'http://json-schema.org/draft-04/schema#' }, 'draft-04'],
    ['draft-04 https URI', { $schema: 'https://json-schema.org/draft-04/schema' }, 'draft-04'],
    ['draft-06 URI', { $schema: 'http://json-schema.org/draft-06/schema#' }, 'draft-06'],
    ['version-less URI, definitions', { $schema: 'http://json-schema.org/schema#', definitions: {} }, 'draft-07'],
    ['version-less URI, plain', { $schema: 'http://json-schema.org/schema#', type: 'object' }, '2020-12'],
    ['a "properties" named like a keyword is not read as one', { properties: { definitions: {} } }, '2020-12'],
  ])('reads %s as %s', (_case, schema, draft) => {
    expect(schemaDraft(schema)).toBe(draft);
  });

  it('refuses an unknown $schema, naming it', () => {
    expect(schemaDraft({ $schema: 'https://example.com/mine' })).toBeUndefined();
    expect(() => detectDialect({ $schema: 'https://example.com/mine' })).toThrow(/example\.com\/mine/);
  });
});

describe('upgradeToDraft07', () => {
  it('turns draft-04 id and boolean exclusive bounds into draft-07 ones without touching the input', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'person',
      type: 'object',
      properties: {
        id: { type: 'string' },
        age: { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 150, exclusiveMaximum: false },
      },
    };
    const before = JSON.parse(JSON.stringify(schema)) as unknown;
    const upgraded = upgradeToDraft07(schema, 'draft-04');
    expect(schema).toEqual(before);
    expect(upgraded).toEqual({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'person',
      type: 'object',
      properties: { id: { type: 'string' }, age: { type: 'integer', exclusiveMinimum: 0, maximum: 150 } },
    });
  });
});

describe('draft-07 and draft-04 schemas at run time', () => {
  it('renders a draft-07 tuple `items` array as one field per position', async () => {
    const form = createForm(await compileSchema({ type: 'object', properties: { t: tuple } }), {
      value: { t: ['Ana', 30] },
    });
    const list = form.field('/t');
    expect(list?.children?.map((child) => [child.label, child.value])).toEqual([
      ['Nome', 'Ana'],
      ['Idade', 30],
    ]);
  });

  it('makes a draft-07 `dependencies` list require its names while the property is answered', async () => {
    const schema = {
      type: 'object',
      properties: { card: { type: 'string' }, address: { type: 'string' } },
      dependencies: { card: ['address'] },
    };
    const form = createForm(await compileSchema(schema));
    expect(form.field('/address')?.required).toBe(false);
    form.setValue('/card', '1234');
    expect(form.field('/address')?.required).toBe(true);
  });

  it('shows the fields of a draft-07 `dependencies` schema while the property is answered', async () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string' } },
      dependencies: { name: { properties: { age: { type: 'number', title: 'Idade' } }, required: ['age'] } },
    };
    const compiled = await compileSchema(schema);
    expect(compiled.dialect).toBe('draft-07');
    const form = createForm(compiled);
    expect(form.field('/age')).toBeUndefined();
    form.setValue('/name', 'Ana');
    expect(form.field('/age')?.required).toBe(true);
  });

  it('resolves `#/definitions/…` refs for the fields and the validator', async () => {
    const schema = {
      type: 'object',
      definitions: { email: { type: 'string', format: 'email', title: 'E-mail' } },
      properties: { contact: { $ref: '#/definitions/email' } },
    };
    const compiled = await compileSchema(schema);
    const form = createForm(compiled, { value: { contact: 'nope' } });
    expect(form.field('/contact')?.label).toBe('E-mail');
    expect(validateSubmission(compiled, { contact: 'nope' }).valid).toBe(false);
    expect(validateSubmission(compiled, { contact: 'a@b.co' }).valid).toBe(true);
  });

  it("applies a draft-07 `$ref`'s siblings, as Ajv validates them: the property's own title labels it", async () => {
    const schema = {
      type: 'object',
      definitions: { color: { title: 'Color', type: 'string' } },
      properties: { brush: { $ref: '#/definitions/color', title: 'Brush color', maxLength: 7 } },
    };
    const compiled = await compileSchema(schema);
    expect(compiled.dialect).toBe('draft-07');
    expect(createForm(compiled).field('/brush')?.label).toBe('Brush color');
    expect(validateSubmission(compiled, { brush: '#ff00000' }).valid).toBe(false);
  });

  it('validates a draft-04 schema with its boolean exclusiveMaximum and `id`', async () => {
    const compiled = await compileSchema({
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'http://example.com/car.json',
      type: 'object',
      properties: { rating: { type: 'integer', maximum: 5, exclusiveMaximum: true } },
    });
    expect(compiled.dialect).toBe('draft-07');
    expect(validateSubmission(compiled, { rating: 4 }).valid).toBe(true);
    expect(validateSubmission(compiled, { rating: 5 }).valid).toBe(false);
  });

  it('accepts the version-less json-schema.org URI', async () => {
    const compiled = await compileSchema({
      $schema: 'http://json-schema.org/schema#',
      type: 'object',
      properties: { a: { type: 'string' } },
    });
    expect(compiled.dialect).toBe('2020-12');
  });
});
