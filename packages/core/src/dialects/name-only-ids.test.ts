import { describe, expect, it } from 'vitest';
import { compileSchema, createForm } from '../index.js';

/** json-editor's "recursive" sample, shortened: `id: "person"` on the definition its own refs name. */
const recursive = {
  title: 'Person',
  $ref: '#/definitions/person',
  definitions: {
    person: {
      type: 'object',
      id: 'person',
      properties: {
        fname: { type: 'string', minLength: 2 },
        mother: { title: 'mother', $ref: '#/definitions/person' },
      },
    },
  },
};

describe('a relative $id used as a name', () => {
  it('lets the `#/…` refs under it resolve within the document, with a warning naming it', async () => {
    const compiled = await compileSchema(recursive);
    expect(compiled.validator.validate({ fname: 'Ana', mother: { fname: 'Bia' } })).toEqual([]);
    const errors = compiled.validator.validate({ fname: 'Ana', mother: { fname: 'B' } });
    expect(errors.map((error) => [error.instancePath, error.keyword])).toEqual([['/mother/fname', 'minLength']]);
    expect(compiled.warnings).toContainEqual(
      expect.objectContaining({ code: 'relative-id', pointer: '#/definitions/person/$id' }),
    );
    expect(recursive.definitions.person.id).toBe('person'); // the input is not mutated
  });

  it('renders the fields the refs lead to', async () => {
    const form = createForm(await compileSchema(recursive), { value: { fname: 'Ana', mother: { fname: 'Bia' } } });
    expect(form.field('/mother/fname')?.value).toBe('Bia');
  });

  it('works the same for a 2020-12 `$id`', async () => {
    const compiled = await compileSchema({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $ref: '#/$defs/item',
      $defs: { item: { $id: 'item', type: 'object', properties: { next: { $ref: '#/$defs/item' } } } },
    });
    expect(compiled.validator.validate({ next: { next: {} } })).toEqual([]);
    expect(compiled.validator.validate({ next: 1 }).map((error) => error.keyword)).toEqual(['type']);
  });

  it('keeps a relative $id that a $ref names, and one whose refs resolve inside it', async () => {
    const named = await compileSchema({
      type: 'object',
      properties: { a: { $ref: 'part' } },
      definitions: {
        part: {
          $id: 'part',
          type: 'object',
          properties: { b: { $ref: '#/definitions/leaf' } },
          definitions: { leaf: { type: 'string' } },
        },
      },
    });
    expect((named.warnings ?? []).filter((warning) => warning.code === 'relative-id')).toEqual([]);
    expect(named.validator.validate({ a: { b: 1 } }).map((error) => error.keyword)).toEqual(['type']);
  });

  it('resolves a relative root $id against the document: its `#/…` refs stay in it', async () => {
    const compiled = await compileSchema({
      id: 'person',
      type: 'object',
      properties: { name: { $ref: '#/definitions/name' } },
      definitions: { name: { type: 'string', maxLength: 3 } },
    });
    expect(compiled.validator.validate({ name: 'Anaïs' }).map((error) => error.keyword)).toEqual(['maxLength']);
    expect((compiled.warnings ?? []).filter((warning) => warning.code === 'relative-id')).toEqual([]);
  });
});
