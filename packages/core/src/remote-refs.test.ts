import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, SchemaError, validateSubmission } from './index.js';
import { bundleRemoteRefs } from './remote-refs.js';

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
