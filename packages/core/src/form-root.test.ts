import { describe, expect, it } from 'vitest';
import { checkSchemaShape, compileSchema, createForm, validateSubmission } from './index.js';

describe('non-object roots (issue #14, item 5)', () => {
  it('accepts any schema object as the root, and still refuses what is not a schema', () => {
    for (const schema of [{ type: 'string' }, { type: 'array', items: { type: 'number' } }, { enum: ['a', 'b'] }])
      expect(checkSchemaShape(schema).filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(checkSchemaShape([]).map((problem) => problem.code)).toEqual(['invalid-root']);
  });

  it('makes a string root one required field whose answer is the payload', async () => {
    const form = createForm(await compileSchema({ type: 'string', title: 'Nome', minLength: 2 }));
    expect(form.root).toMatchObject({ pointer: '', widget: 'text', label: 'Nome', required: true });
    expect(form.value).toBeUndefined();
    expect(form.payload()).toBeUndefined();
    expect(form.validate().map((error) => [error.instancePath, error.message])).toEqual([
      ['', 'Preencha o campo Nome'],
    ]);
    form.setValue('', 'A');
    expect(form.validate().map((error) => error.keyword)).toEqual(['minLength']);
    form.setValue('', 'Ana');
    expect(form.validate()).toEqual([]);
    expect(form.payload()).toBe('Ana');
  });

  it('imports a root answer of its type and leaves out one of another type', async () => {
    const compiled = await compileSchema({ type: 'number' });
    expect(createForm(compiled, { value: 4.5 }).payload()).toBe(4.5);
    const wrong = createForm(compiled, { value: 'x' });
    expect(wrong.warnings.map((warning) => warning.code)).toEqual(['wrong-type']);
    expect(wrong.payload()).toBeUndefined();
  });

  it('makes a root array a list whose items are the payload', async () => {
    const form = createForm(await compileSchema({ type: 'array', title: 'Tags', items: { type: 'string' } }), {
      value: ['a'],
    });
    expect(form.root).toMatchObject({ widget: 'array', label: 'Tags' });
    form.addItem('');
    form.setValue('/1', 'b');
    expect(form.payload()).toEqual(['a', 'b']);
    form.removeItem('', 0);
    expect(form.payload()).toEqual(['b']);
  });

  it('makes a root boolean or enum one field', async () => {
    const yes = createForm(await compileSchema({ type: 'boolean', title: 'Aceito' }), { value: true });
    expect(yes.root.widget).toBe('checkbox');
    expect(yes.payload()).toBe(true);
    const choice = createForm(await compileSchema({ enum: ['a', 'b'], title: 'Letra' }));
    expect(choice.root.widget).toBe('radio');
    choice.setValue('', 'b');
    expect(choice.payload()).toBe('b');
  });

  it('validates a non-object root on the server as the form does (intake)', async () => {
    const compiled = await compileSchema({ type: 'string', maxLength: 3 });
    expect(validateSubmission(compiled, ' abc')).toMatchObject({ valid: false, payload: ' abc' });
    expect(validateSubmission(compiled, 'abc')).toMatchObject({ valid: true, payload: 'abc', errors: [] });
    expect(validateSubmission(compiled, '').errors.map((error) => [error.instancePath, error.keyword])).toEqual([
      ['', 'required'],
    ]);
    const list = await compileSchema({ type: 'array', items: { type: 'integer' } });
    expect(validateSubmission(list, [1, 2])).toMatchObject({ valid: true, payload: [1, 2] });
    expect(validateSubmission(list, [1, 'x']).errors.map((error) => error.instancePath)).toEqual(['/1']);
  });
});

describe('the value a host reads (issue #14, item 10)', () => {
  const schema = {
    type: 'object',
    properties: {
      address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      token: { type: 'string', writeOnly: true },
      tags: { type: 'array', items: { type: 'string' } },
      name: { type: 'string' },
    },
  };

  it('leaves out untouched groups, empty answers and secrets, as the payload does', async () => {
    const form = createForm(await compileSchema(schema), { value: { address: {}, name: '' } });
    form.setValue('/token', 'segredo');
    expect(form.payload({ withoutSecrets: true })).toEqual({});
    expect(form.payload()).toEqual({ token: 'segredo' });
  });

  it('is what the validator judges: an answered group is there with its errors', async () => {
    const form = createForm(await compileSchema(schema), { value: { tags: ['a', ''], address: { city: '' } } });
    form.setValue('/address/city', 'Recife');
    expect(form.payload({ withoutSecrets: true })).toEqual({ tags: ['a'], address: { city: 'Recife' } });
    expect(form.validate()).toEqual([]);
  });
});
