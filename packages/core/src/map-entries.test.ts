import { describe, expect, it } from 'vitest';
import {
  compileSchema,
  createForm,
  entryKeyProblem,
  validateSubmission,
  withEntryAdded,
  withEntryRemoved,
  withEntryRenamed,
  type FieldModel,
} from './index.js';

/** A form with declared properties and a map of texts, pattern-typed numbers and checked keys. */
const settings = {
  type: 'object',
  properties: { name: { type: 'string', title: 'Nome' } },
  patternProperties: { '^n_': { type: 'number' } },
  additionalProperties: { type: 'string', maxLength: 5 },
  propertyNames: { maxLength: 8 },
};

function keysOf(field: FieldModel): string[] {
  return (field.children ?? []).map((child) => child.key);
}

describe('maps (issue #14, item 4)', () => {
  it('imports, shows and submits the entries after the declared properties, in order', async () => {
    const form = createForm(await compileSchema(settings), {
      value: { zeta: 'z', name: 'Ana', n_count: 3, alpha: 'a' },
    });
    expect(form.warnings).toEqual([]);
    expect(form.root.map).toBe(true);
    expect(keysOf(form.root)).toEqual(['name', 'zeta', 'n_count', 'alpha']);
    const zeta = form.field('/zeta')!;
    expect(zeta).toMatchObject({ mapEntry: true, label: 'zeta', widget: 'text', value: 'z' });
    expect(form.field('/name')!.mapEntry).toBeUndefined();
    // The value schema follows the key: a pattern's when one matches, else additionalProperties'.
    expect(form.field('/n_count')!.widget).toBe('number');
    expect(form.payload()).toEqual({ zeta: 'z', name: 'Ana', n_count: 3, alpha: 'a' });
  });

  it('validates each entry with its value schema and puts the error on that entry', async () => {
    const form = createForm(await compileSchema(settings), { value: { longer: 'too long', n_x: 'not a number' } });
    // A value of the wrong type for its schema is left out on import, as for any field.
    expect(form.warnings.map((warning) => [warning.code, warning.pointer])).toEqual([['wrong-type', '/n_x']]);
    expect(form.errors.get('/longer')?.[0]).toMatchObject({ keyword: 'maxLength' });
  });

  it('checks propertyNames on the key and says so on that entry', async () => {
    const form = createForm(await compileSchema(settings), { value: { muitolongo: 'x' } });
    expect(form.errors.get('/muitolongo')?.map((error) => error.keyword)).toEqual(['propertyNames']);
    expect(form.errors.get('/muitolongo')?.[0]!.message).toBe('A chave muitolongo não é aceita');
    expect(form.errors.get('')).toBeUndefined();
  });

  it('adds, renames (keeping value and place) and removes entries', async () => {
    const form = createForm(await compileSchema(settings), { value: { a: '1', b: '2', c: '3' } });
    expect(entryKeyProblem(form.root, 'n_total')).toBeUndefined();
    form.setValue('', withEntryAdded(form.root, 'n_total'));
    expect(form.field('/n_total')).toMatchObject({ mapEntry: true, widget: 'number' });
    form.setValue('/n_total', 7);
    form.setValue('', withEntryRenamed(form.root, 'b', 'bee'));
    expect(keysOf(form.root)).toEqual(['name', 'a', 'bee', 'c', 'n_total']);
    expect(form.getValue('/bee')).toBe('2');
    form.setValue('', withEntryRemoved(form.root, 'a'));
    expect(form.payload()).toEqual({ bee: '2', c: '3', n_total: 7 });
  });

  it('refuses an empty key, a key the object has and a key no value schema admits', async () => {
    const closed = {
      type: 'object',
      properties: { name: { type: 'string' } },
      patternProperties: { '^x-': { type: 'string' } },
      additionalProperties: false,
    };
    const form = createForm(await compileSchema(closed), { value: { 'x-a': 'a' } });
    expect(entryKeyProblem(form.root, '')).toBe('empty');
    expect(entryKeyProblem(form.root, 'x-a')).toBe('duplicate');
    expect(entryKeyProblem(form.root, 'name')).toBe('duplicate');
    expect(entryKeyProblem(form.root, 'other')).toBe('not-allowed');
    expect(entryKeyProblem(form.root, '__proto__')).toBe('not-allowed');
    expect(entryKeyProblem(form.root, 'x-b')).toBeUndefined();
  });

  it('leaves out, with a warning, a key no value schema admits', async () => {
    const closed = { type: 'object', patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false };
    const form = createForm(await compileSchema(closed), { value: { 'x-a': 'a', other: 'b' } });
    expect(form.warnings.map((warning) => [warning.code, warning.pointer])).toEqual([['unknown-property', '/other']]);
    expect(form.payload()).toEqual({ 'x-a': 'a' });
  });

  it('makes a root that is only a map a form of entries', async () => {
    const form = createForm(await compileSchema({ type: 'object', additionalProperties: { type: 'string' } }), {
      value: { um: 'a' },
    });
    expect(form.root).toMatchObject({ widget: 'object', map: true });
    expect(keysOf(form.root)).toEqual(['um']);
    form.setValue('/um', 'b');
    expect(form.payload()).toEqual({ um: 'b' });
  });

  it('nests maps inside objects and array items', async () => {
    const schema = {
      type: 'object',
      properties: {
        labels: { type: 'array', items: { type: 'object', additionalProperties: { type: 'integer' } } },
      },
    };
    const form = createForm(await compileSchema(schema), { value: { labels: [{ a: 1 }] } });
    expect(form.field('/labels/0/a')).toMatchObject({ mapEntry: true, widget: 'integer', value: 1 });
    const item = form.field('/labels/0')!;
    expect(entryKeyProblem(item, 'b')).toBeUndefined();
    form.setValue('/labels/0', withEntryAdded(item, 'b'));
    form.setValue('/labels/0/b', 2);
    expect(form.payload()).toEqual({ labels: [{ a: 1, b: 2 }] });
  });

  it('validates a map submitted to the server as the form does (intake)', async () => {
    const compiled = await compileSchema({ type: 'object', additionalProperties: { type: 'string', maxLength: 3 } });
    expect(validateSubmission(compiled, { um: 'abc' })).toMatchObject({ valid: true, payload: { um: 'abc' } });
    const refused = validateSubmission(compiled, { um: 'abcd', dois: '' });
    expect(refused.valid).toBe(false);
    expect(refused.errors.map((error) => [error.instancePath, error.keyword])).toEqual([['/um', 'maxLength']]);
    expect(refused.payload).toEqual({ um: 'abcd' });
  });
});

describe('open objects: undeclared data kept (issue #14, item 4; RELIABILITY C11 "unless allowed")', () => {
  const person = {
    type: 'object',
    properties: { name: { type: 'string', title: 'Nome' } },
  };

  it('keeps, shows and submits the keys an object without additionalProperties does not declare', async () => {
    const value = { name: 'Ana', age: 34, vip: true, note: 'x', address: { city: 'Rio' }, tags: ['a', 1], none: null };
    const form = createForm(await compileSchema(person), { value });
    expect(form.warnings).toEqual([]);
    expect(form.root).toMatchObject({ map: true, openMap: true });
    expect(keysOf(form.root)).toEqual(['name', 'age', 'vip', 'note', 'address', 'tags', 'none']);
    // Any value: each entry is drawn for the value it holds.
    expect(form.field('/age')).toMatchObject({ mapEntry: true, label: 'age', widget: 'number', value: 34 });
    expect(form.field('/vip')).toMatchObject({ widget: 'checkbox', value: true });
    expect(form.field('/note')).toMatchObject({ widget: 'text', value: 'x' });
    expect(form.field('/address')).toMatchObject({ widget: 'object', map: true, openMap: true });
    expect(form.field('/address/city')).toMatchObject({ mapEntry: true, widget: 'text', value: 'Rio' });
    expect(form.field('/tags')).toMatchObject({ widget: 'array' });
    expect(form.field('/tags/1')).toMatchObject({ widget: 'number', value: 1 });
    expect(form.payload()).toEqual(value);
    form.setValue('/address/city', 'Recife');
    expect(form.payload()).toMatchObject({ address: { city: 'Recife' } });
  });

  it('is not a map while its data holds only declared keys, and offers no new keys', async () => {
    const form = createForm(await compileSchema(person), { value: { name: 'Ana' } });
    expect(form.root.map).toBeUndefined();
    expect(form.root.children!.every((child) => !child.mapEntry)).toBe(true);
  });

  it('renames and removes an undeclared entry (any key, any value)', async () => {
    const form = createForm(await compileSchema(person), { value: { age: 34 } });
    expect(entryKeyProblem(form.root, 'idade')).toBeUndefined();
    expect(entryKeyProblem(form.root, 'name')).toBe('duplicate');
    form.setValue('', withEntryRenamed(form.root, 'age', 'idade'));
    expect(form.payload()).toEqual({ idade: 34 });
    form.setValue('', withEntryRemoved(form.root, 'idade'));
    expect(form.payload()).toEqual({});
  });

  it('still leaves out, with a warning, what additionalProperties or unevaluatedProperties false refuses', async () => {
    for (const closing of [{ additionalProperties: false }, { unevaluatedProperties: false }]) {
      const form = createForm(await compileSchema({ ...person, ...closing }), { value: { name: 'Ana', age: 34 } });
      expect(form.warnings.map((warning) => [warning.code, warning.pointer])).toEqual([['unknown-property', '/age']]);
      expect(form.payload()).toEqual({ name: 'Ana' });
    }
  });

  it('keeps a property of a branch that does not apply aside, not as an entry', async () => {
    const schema = {
      type: 'object',
      properties: { kind: { enum: ['a', 'b'] } },
      if: { properties: { kind: { const: 'a' } } },
      then: { properties: { onlyA: { type: 'string' } } },
    };
    const form = createForm(await compileSchema(schema), { value: { kind: 'b', onlyA: 'x', other: 'y' } });
    expect(keysOf(form.root)).toEqual(['kind', 'other']);
    expect(form.payload()).toEqual({ kind: 'b', other: 'y' });
    expect(form.getValue('/onlyA')).toBe('x');
  });
});
