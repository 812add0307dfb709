import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, SchemaError, validateSubmission } from './index.js';
import { bundleRegisteredRefs, bundleRemoteRefs } from './remote-refs.js';

const person = {
  type: 'object',
  properties: { name: { type: 'string', title: 'Nome' }, age: { type: 'integer', minimum: 0 } },
  required: ['name'],
};
const form = { type: 'object', properties: { owner: { $ref: 'person.json', title: 'Dono' } } };

const sameOrigin = (url: { origin: string }) => url.origin === 'https://forms.example';

describe('bundleRemoteRefs (issue #14 item 6)', () => {
  it('embeds a relative ref of the same origin so fields and validation follow it', async () => {
    const requested: string[] = [];
    const bundled = await bundleRemoteRefs(form, {
      url: 'https://forms.example/schemas/form.json',
      allowed: sameOrigin,
      load: (url) => {
        requested.push(url);
        return Promise.resolve(person);
      },
    });
    expect(requested).toEqual(['https://forms.example/schemas/person.json']);
    const compiled = await compileSchema(bundled);
    const created = createForm(compiled, { value: { owner: { name: 'Ana' } } });
    expect(created.field('/owner/name')?.value).toBe('Ana');
    expect(validateSubmission(compiled, { owner: { name: 'Ana', age: -1 } }).valid).toBe(false);
    expect(validateSubmission(compiled, { owner: { name: 'Ana', age: 3 } }).valid).toBe(true);
  });

  it('names the ref that cannot be loaded', async () => {
    const error = await bundleRemoteRefs(form, {
      url: 'https://forms.example/schemas/form.json',
      allowed: sameOrigin,
      load: () => Promise.reject(new Error('HTTP 404')),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('#/properties/owner/$ref');
    expect((error as SchemaError).message).toMatch(
      /"person\.json".*https:\/\/forms\.example\/schemas\/person\.json.*HTTP 404/,
    );
  });

  it('refuses another origin unless the host allows it, naming the ref', async () => {
    const remote = { type: 'object', properties: { geo: { $ref: 'https://example.com/geo.schema.json' } } };
    const error = await bundleRemoteRefs(remote, {
      url: 'https://forms.example/form.json',
      allowed: sameOrigin,
      load: () => Promise.resolve({}),
    }).catch((e: unknown) => e);
    expect((error as SchemaError).code).toBe('remote-ref');
    expect((error as SchemaError).message).toContain('https://example.com/geo.schema.json');
  });

  it('leaves a schema without remote refs as it is', async () => {
    const local = { type: 'object', properties: { a: { $ref: '#/$defs/a' } }, $defs: { a: { type: 'string' } } };
    const bundled = await bundleRemoteRefs(local, {
      url: 'https://forms.example/form.json',
      allowed: sameOrigin,
      load: () => Promise.reject(new Error('not called')),
    });
    expect(bundled).toBe(local);
  });

  it("follows refs between loaded files and drops their draft-04 `id`, as json-editor's examples have", async () => {
    const files: Record<string, unknown> = {
      'https://forms.example/docs/person.json': { $ref: 'basic_person.json', properties: { pet: { type: 'string' } } },
      'https://forms.example/docs/basic_person.json': {
        id: 'person',
        type: 'object',
        properties: { name: { type: 'string', minLength: 4 } },
      },
    };
    const bundled = await bundleRemoteRefs(
      { $ref: 'person.json' },
      {
        url: 'https://forms.example/docs/advanced.json',
        allowed: sameOrigin,
        load: (url) => (url in files ? Promise.resolve(files[url]) : Promise.reject(new Error('HTTP 404'))),
      },
    );
    expect(JSON.stringify(bundled)).not.toContain('"id"');
    const compiled = await compileSchema(bundled);
    expect(validateSubmission(compiled, { name: 'Ana' }).valid).toBe(false);
    expect(validateSubmission(compiled, { name: 'Ana Lu', pet: 'gato' }).valid).toBe(true);
  });

  it('names a referenced file that is not a schema', async () => {
    const error = await bundleRemoteRefs(form, {
      url: 'https://forms.example/schemas/form.json',
      allowed: sameOrigin,
      load: () => Promise.resolve('<html>'),
    }).catch((e: unknown) => e);
    expect((error as SchemaError).message).toContain('https://forms.example/schemas/person.json is not a schema');
  });
});

describe('bundleRegisteredRefs (issue #14 item 6: schemas the host registers)', () => {
  const geo = {
    $id: 'https://example.com/geographical-location.schema.json',
    type: 'object',
    properties: { latitude: { type: 'number', title: 'Latitude', minimum: -90, maximum: 90 } },
    required: ['latitude'],
    $defs: { name: { type: 'string', title: 'Nome do lugar', maxLength: 20 } },
  };

  it('resolves an absolute ref against a registered schema, for fields and validation', async () => {
    const schema = {
      type: 'object',
      properties: {
        geo: { $ref: 'https://example.com/geographical-location.schema.json' },
        place: { $ref: 'https://example.com/geographical-location.schema.json#/$defs/name' },
      },
    };
    const bundled = bundleRegisteredRefs(schema, [geo]);
    const compiled = await compileSchema(bundled);
    const created = createForm(compiled, { value: { geo: { latitude: 10 }, place: 'Recife' } });
    expect(created.field('/geo/latitude')?.label).toBe('Latitude');
    expect(created.field('/place')?.label).toBe('Nome do lugar');
    expect(validateSubmission(compiled, { geo: { latitude: 91 } }).valid).toBe(false);
    expect(validateSubmission(compiled, { geo: { latitude: 9 }, place: 'x'.repeat(21) }).valid).toBe(false);
    expect(validateSubmission(compiled, { geo: { latitude: 9 }, place: 'Recife' }).valid).toBe(true);
  });

  it('resolves a relative ref against a registered relative `$id`, and refs between registered schemas', async () => {
    const address = { $id: 'address.json', type: 'object', properties: { cep: { $ref: 'cep.json' } } };
    const cep = { $id: 'cep.json', type: 'string', pattern: '^[0-9]{8}$', maxLength: 8 };
    const bundled = bundleRegisteredRefs({ type: 'object', properties: { home: { $ref: 'address.json' } } }, [
      address,
      cep,
    ]);
    const compiled = await compileSchema(bundled);
    expect(validateSubmission(compiled, { home: { cep: '1234' } }).valid).toBe(false);
    expect(validateSubmission(compiled, { home: { cep: '12345678' } }).valid).toBe(true);
  });

  it('embeds only the registered schemas the refs reach and leaves a schema without them as it is', () => {
    const local = { type: 'object', properties: { a: { type: 'string' } } };
    expect(bundleRegisteredRefs(local, [geo])).toBe(local);
    const bundled = bundleRegisteredRefs({ properties: { geo: { $ref: geo.$id } } }, [
      geo,
      { $id: 'https://x.example/other.json' },
    ]);
    expect(JSON.stringify(bundled)).not.toContain('other.json');
  });

  it('names a ref to a schema nobody registered', () => {
    const error = (() => {
      try {
        return bundleRegisteredRefs({ properties: { geo: { $ref: 'https://example.com/nope.json' } } }, [geo]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('#/properties/geo/$ref');
    expect((error as SchemaError).message).toContain('"https://example.com/nope.json"');
    expect((error as SchemaError).message).toContain('not among the registered schemas');
  });

  it('names a registered schema without `$id`', () => {
    expect(() => bundleRegisteredRefs({ $ref: 'a.json' }, [{ type: 'string' }])).toThrow(/refs\[0\] has no "\$id"/);
  });

  it('lets a schema-src use registered schemas before loading anything', async () => {
    const bundled = await bundleRemoteRefs(
      { properties: { geo: { $ref: 'https://example.com/geographical-location.schema.json' } } },
      {
        url: 'https://forms.example/form.json',
        allowed: () => false,
        load: () => Promise.reject(new Error('not called')),
        registered: [geo],
      },
    );
    const compiled = await compileSchema(bundled);
    expect(validateSubmission(compiled, { geo: { latitude: 100 } }).valid).toBe(false);
  });
});

describe('bundling a bundle', () => {
  it('leaves documents embedded already where they are, and adds only the missing ones', async () => {
    const shared = { $id: 'https://forms.example/shared/cep.json', type: 'string', maxLength: 8 };
    const other = { $id: 'https://forms.example/shared/city.json', type: 'string', maxLength: 30 };
    const once = bundleRegisteredRefs(
      { $id: 'https://forms.example/a.json', properties: { cep: { $ref: 'shared/cep.json' } } },
      [shared],
    );
    const twice = bundleRegisteredRefs(
      { ...once, properties: { ...(once.properties as object), city: { $ref: 'shared/city.json' } } },
      [shared, other],
    );
    expect(Object.keys(twice.$defs as object)).toEqual(['sf-remote-0', 'sf-remote-1']);
    const compiled = await compileSchema(twice);
    expect(validateSubmission(compiled, { cep: '123456789' }).valid).toBe(false);
    expect(validateSubmission(compiled, { cep: '12345678', city: 'Recife' }).valid).toBe(true);
  });
});
