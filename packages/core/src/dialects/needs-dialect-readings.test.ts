/**
 * The dialect readings (draft-04/06 upgrades, relative `$id`s read as names) are a chunk that only the
 * schemas they change fetch (issue #18): which schemas those are, that reading one fetches them before
 * the schema is handed over, that the others never wait for them, and that nothing reads a schema that
 * needs them without them.
 */
import { describe, expect, it, vi } from 'vitest';
import { needsDialectReadings } from './needs-dialect-readings.js';

const DRAFT_04 = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  properties: { idade: { type: 'integer', minimum: 18, exclusiveMinimum: true } },
};
/** json-editor's habit: a relative `$id` used as a name, with a ref under it meaning the document. */
const NAME_ONLY_ID = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    person: { $id: 'person', type: 'object', properties: { friend: { $ref: '#/$defs/name' } } },
    name: { type: 'string' },
  },
  type: 'object',
  properties: { person: { $ref: '#/$defs/person' } },
};
const PLAIN = {
  $id: 'https://example.com/contato.schema.json',
  type: 'object',
  properties: { nome: { type: 'string', title: 'Nome' }, tipo: { enum: [{ $id: 'data, not a schema' }] } },
};

describe('needsDialectReadings', () => {
  it('says which schemas the dialect readings change', () => {
    expect(needsDialectReadings(DRAFT_04)).toBe(true);
    expect(needsDialectReadings({ $schema: 'http://json-schema.org/draft-06/schema#', type: 'string' })).toBe(true);
    // Undeclared, read as draft-04 by its keywords.
    expect(needsDialectReadings({ type: 'number', minimum: 0, exclusiveMinimum: true })).toBe(true);
    expect(needsDialectReadings(NAME_ONLY_ID)).toBe(true);
    expect(needsDialectReadings({ items: [{ $id: 'https://example.com/item' }] })).toBe(true);
  });

  it('leaves out the schemas they leave as they are', () => {
    // A root `$id`, an anchor, `$id` as data: nothing to read.
    expect(needsDialectReadings(PLAIN)).toBe(false);
    expect(needsDialectReadings({ $defs: { a: { $id: '#a', type: 'string' } }, $ref: '#a' })).toBe(false);
    expect(needsDialectReadings({ type: 'object', default: { $id: 'x' }, examples: [{ $id: 'y' }] })).toBe(false);
    expect(needsDialectReadings({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'string' })).toBe(false);
    expect(needsDialectReadings('not a schema')).toBe(false);
    const cyclic: Record<string, unknown> = { type: 'object', properties: {} };
    (cyclic.properties as Record<string, unknown>).self = cyclic;
    expect(needsDialectReadings(cyclic)).toBe(false);
  });
});

describe('reading a plain schema fetches the dialect readings only when they change it', () => {
  it('reads a draft-04 schema and a name-only $id with them, and a plain schema without', async () => {
    vi.resetModules();
    let fetched = 0;
    vi.doMock('./dialect-readings.js', async (importOriginal) => {
      fetched++;
      return importOriginal();
    });
    try {
      const fresh = await import('../index.js');
      const plain = await fresh.startSchema(PLAIN);
      expect(plain.provisional.schema).toBe(PLAIN);
      expect(fetched).toBe(0);

      const draft04 = await fresh.startSchema(DRAFT_04);
      expect(fetched).toBe(1);
      expect(draft04.provisional.schema).toMatchObject({
        $schema: 'http://json-schema.org/draft-07/schema#',
        properties: { idade: { exclusiveMinimum: 18 } },
      });
      const named = await fresh.startSchema(NAME_ONLY_ID);
      expect((named.provisional.warnings ?? []).map((warning) => warning.code)).toEqual(['relative-id']);
      // The ref under the name resolves within the document: the field is there.
      expect(fresh.createForm(named.provisional).field('/person/friend')).toBeDefined();
    } finally {
      vi.doUnmock('./dialect-readings.js');
    }
  });

  it('refuses to read without them a schema that needs them, and reads one with them given', async () => {
    const { prepareSchema } = await import('../prepare-schema.js');
    expect(() => prepareSchema(DRAFT_04)).toThrow('needs the dialect readings');
    expect(prepareSchema(PLAIN).schema).toBe(PLAIN);
    const readings = await import('./dialect-readings.js');
    expect(prepareSchema(DRAFT_04, undefined, readings).dialect).toBe('draft-07');
  });

  it('parses JSON text once: text whose value is a string is a root that is not an object', async () => {
    const { loadAndPrepareSchema } = await import('../prepare-schema.js');
    // Parsed twice, this text would read as the schema {"type": "object"}.
    const text = JSON.stringify(JSON.stringify({ type: 'object' }));
    await expect(loadAndPrepareSchema(text)).rejects.toMatchObject({ code: 'invalid-root' });
  });

  it('rejects the schema, saying why, when the readings cannot be fetched', async () => {
    vi.resetModules();
    vi.doMock('./dialect-readings.js', () => {
      throw new Error('offline');
    });
    try {
      const fresh = await import('../index.js');
      await expect(fresh.startSchema(DRAFT_04)).rejects.toBeInstanceOf(Error);
      // The next schema is read as usual.
      await expect(fresh.startSchema(PLAIN)).resolves.toBeDefined();
    } finally {
      vi.doUnmock('./dialect-readings.js');
    }
  });
});
