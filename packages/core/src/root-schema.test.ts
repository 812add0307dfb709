import { describe, expect, it } from 'vitest';
import { compileSchema } from './index.js';

describe('a form whose $id is a meta-schema URI', () => {
  const form = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    definitions: { name: { type: 'string', minLength: 2 } },
    properties: { name: { $ref: '#/definitions/name' }, children: { type: 'array', items: { $ref: '#' } } },
  };

  it('compiles (Ajv would refuse the id as already registered) and validates with its own keywords', async () => {
    const compiled = await compileSchema(form);
    expect(compiled.schema.$id).toBe(form.$id);
    expect(compiled.validator.validate({ name: 'Ana', children: [{ name: 'Bo' }] })).toEqual([]);
    // `#` is the form itself, not Ajv's copy of the meta-schema: the nested name is checked by minLength.
    const errors = compiled.validator.validate({ name: 'Ana', children: [{ name: 'B' }] });
    expect(errors.map((error) => [error.instancePath, error.keyword])).toEqual([['/children/0/name', 'minLength']]);
  });

  it('also compiles its subschemas for conditions', async () => {
    const compiled = await compileSchema(form);
    expect(compiled.validator.matches('/definitions/name', 'Ana')).toBe(true);
    expect(compiled.validator.matches('/definitions/name', 'A')).toBe(false);
  });

  it('keeps a 2020-12 form with the 2020-12 meta-schema URI compiling too', async () => {
    const compiled = await compileSchema({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { age: { type: 'integer', minimum: 0 } },
    });
    expect(compiled.validator.validate({ age: -1 }).map((error) => error.keyword)).toEqual(['minimum']);
  });

  it('leaves any other $id as it is (two forms never clash: one Ajv instance each)', async () => {
    const schema = { $id: 'https://example.com/form.json', type: 'object', properties: { a: { type: 'string' } } };
    const [first, second] = await Promise.all([compileSchema(schema), compileSchema(schema)]);
    expect(first.validator.validate({ a: 1 }).map((error) => error.keyword)).toEqual(['type']);
    expect(second.validator.validate({ a: 'x' })).toEqual([]);
  });
});
