import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromPrecompiled, type PrecompiledForm } from '@schemaforms/core';
import { afterAll, describe, expect, it } from 'vitest';
import { precompileForm } from './precompile.js';
import { scratchDir } from './test-support/scratch.js';

const scratch = scratchDir('multiple-of');
afterAll(() => scratch.remove());

describe('precompiled validators', () => {
  it('check "multipleOf": 0.01 decimal-exactly, as the runtime does', async () => {
    const schema = { type: 'object', properties: { valor: { type: 'number', minimum: 0, multipleOf: 0.01 } } };
    const file = path.join(scratch.dir, 'money.mjs');
    writeFileSync(file, precompileForm(schema, { source: 'money.schema.json' }));
    const form = fromPrecompiled((await import(pathToFileURL(file).href)) as PrecompiledForm);
    for (const valor of [1.15, 0.07, 99999999.99])
      expect(form.validator.validate({ valor }), String(valor)).toEqual([]);
    const [error] = form.validator.validate({ valor: 1.005 });
    expect(error).toMatchObject({ keyword: 'multipleOf', instancePath: '/valor', params: { multipleOf: 0.01 } });
  });
});
