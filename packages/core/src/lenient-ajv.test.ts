import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, validateSubmission } from './index.js';
import { precompileForm } from './precompile-form.js';

describe('the lenient runtime (issue #14 item 8)', () => {
  it('renders a schema with unknown keywords, ignoring them, with one warning per keyword', async () => {
    const compiled = await compileSchema({
      type: 'object',
      properties: {
        a: { type: 'string', options: { grid_columns: 4 }, group: 'x' },
        b: { type: 'string', options: { hidden: false } },
      },
      discriminator: { propertyName: 'a' },
    });
    const codes = (compiled.warnings ?? []).map((warning) => [warning.code, warning.pointer]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['unknown-keyword', '#/properties/a/options'],
        ['unknown-keyword', '#/properties/a/group'],
        ['unknown-keyword', '#/discriminator'],
      ]),
    );
    expect(codes.filter(([, pointer]) => String(pointer).endsWith('/options'))).toHaveLength(1);
    const form = createForm(compiled, { value: { a: 'x', b: 'y' } });
    expect(form.root.children?.map((field) => field.value)).toEqual(['x', 'y']);
  });

  it('accepts any text for an unknown format and names where it is used', async () => {
    const compiled = await compileSchema({
      type: 'object',
      properties: { colour: { type: 'string', format: 'grid' } },
    });
    expect(compiled.warnings).toContainEqual({
      code: 'unknown-format',
      pointer: '#/properties/colour/format',
      message: expect.stringContaining('"grid"') as string,
    });
    expect(validateSubmission(compiled, { colour: 'anything' }).valid).toBe(true);
  });

  it('still enforces a `required` in a branch naming a property declared outside it', async () => {
    const compiled = await compileSchema({
      type: 'object',
      properties: { email: { type: 'string' }, phone: { type: 'string' } },
      anyOf: [{ required: ['email'] }, { required: ['phone'] }],
    });
    expect(compiled.warnings).toContainEqual(
      expect.objectContaining({ code: 'strict', pointer: '#/anyOf/0/required' }),
    );
    expect(validateSubmission(compiled, {}).valid).toBe(false);
    expect(validateSubmission(compiled, { phone: '1' }).valid).toBe(true);
  });

  it('accepts a property that also matches a patternProperties pattern', async () => {
    const compiled = await compileSchema({
      type: 'object',
      properties: { name: { type: 'string' } },
      patternProperties: { '^n': { type: 'string', maxLength: 3 } },
    });
    expect(compiled.warnings?.map((warning) => warning.message).join()).toMatch(/matches pattern/);
    expect(validateSubmission(compiled, { name: 'Ana' }).valid).toBe(true);
    expect(validateSubmission(compiled, { name: 'Anabela' }).valid).toBe(false);
  });

  it('has no warnings for a clean schema', async () => {
    const compiled = await compileSchema({ type: 'object', properties: { a: { type: 'string', format: 'email' } } });
    expect(compiled.warnings).toEqual([]);
  });

  it('keeps the precompiler strict: an unknown keyword is still an error there', () => {
    expect(() => precompileForm({ type: 'object', properties: { a: { type: 'string', group: 'x' } } })).toThrow(
      /Unknown keyword "group"/,
    );
  });
});
