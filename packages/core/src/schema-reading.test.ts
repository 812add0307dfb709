import { describe, expect, it } from 'vitest';
import { schemaReadingReady, startSchema } from './index.js';

describe('schemaReadingReady', () => {
  it('fetches the code that reads a plain schema before any schema is at hand', async () => {
    await expect(schemaReadingReady()).resolves.toBeUndefined();
    const started = await startSchema('{"type":"object","properties":{"name":{"type":"string","minLength":3}}}', {
      source: 'name.schema.json',
    });
    expect(started.provisional.validator.provisional).toBe(true);
    expect(started.provisional.schema).toMatchObject({ properties: { name: { minLength: 3 } } });
  });

  it('compiles the real validator in a later task than the one that hands the reading over', async () => {
    // Ajv already here: the case where its compile used to run before the fields could show.
    await (
      await startSchema({ type: 'string' })
    ).compiled;
    const started = await startSchema({ type: 'object', properties: { n: { type: 'integer' } } });
    let compiled = false;
    void started.compiled.then(() => (compiled = true));
    // A renderer (Lit's update) takes a few microtasks after the reading: none of them waits for Ajv.
    for (let i = 0; i < 50; i++) await null;
    expect(compiled).toBe(false);
    const result = await started.compiled;
    expect(result.validator.validate({ n: 1.5 })).not.toHaveLength(0);
    // Loading Ajv for the first time, on a busy machine, may take a while.
  }, 60_000);
});
