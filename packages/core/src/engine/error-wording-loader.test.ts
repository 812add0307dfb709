/**
 * The error wording is a chunk a browser fetches after the first render (issue #18): a form whose
 * errors are read before it arrives says what to await instead of losing or showing raw errors, and
 * once it is here errors are worded in the form's language.
 */
import { describe, expect, it, vi } from 'vitest';

const schema = {
  type: 'object',
  required: ['nome'],
  properties: { nome: { type: 'string', title: 'Nome', minLength: 3 } },
};

describe('error wording loaded on demand', () => {
  it('refuses to word errors before it arrives, then words them in pt-BR and en', async () => {
    // A fresh copy of the modules, as a browser has them: the error wording is not loaded there yet.
    vi.resetModules();
    const fresh = await import('../index.js');
    const compiled = await fresh.compileSchema(schema);
    expect(fresh.errorWordingLoaded()).toBe(false);
    // The fields need no wording: the form starts and shows its fields.
    const form = fresh.createForm(compiled, { value: { nome: 'ab' } });
    expect(form.field('/nome')!.label).toBe('Nome');
    expect(() => form.errors).toThrow('await errorWordingReady()');

    await fresh.errorWordingReady();
    expect(fresh.errorWordingLoaded()).toBe(true);
    expect(fresh.errorWordingReady()).toBeUndefined();
    expect(form.errors.get('/nome')!.map((e) => e.message)).toEqual(['Nome deve ter pelo menos 3 caracteres']);
    form.setLocale('en');
    expect(form.errors.get('/nome')!.map((e) => e.message)).toEqual(['Nome must be 3 characters or more']);
  });

  it('says the words could not be fetched when their chunk fails, and does not wait for it again', async () => {
    vi.resetModules();
    vi.doMock('./error-wording.js', () => {
      throw new Error('offline');
    });
    try {
      const fresh = await import('./error-wording-loader.js');
      await fresh.errorWordingReady();
      expect(fresh.errorWordingLoaded()).toBe(false);
      expect(fresh.errorWordingReady()).toBeUndefined();
      expect(() => fresh.errorWording()).toThrow('The error messages could not be fetched');
    } finally {
      vi.doUnmock('./error-wording.js');
    }
  });

  it('fetches the words again when asked to retry after a failure', async () => {
    vi.resetModules();
    let attempts = 0;
    vi.doMock('./error-wording.js', async (importOriginal) => {
      if (attempts++ === 0) throw new Error('offline');
      return importOriginal();
    });
    try {
      const fresh = await import('./error-wording-loader.js');
      await fresh.errorWordingReady();
      expect(fresh.errorWordingLoaded()).toBe(false);
      // Without `retry`, nothing is fetched again; with it, the chunk is fetched and registers.
      expect(fresh.errorWordingReady()).toBeUndefined();
      await fresh.errorWordingReady(true);
      expect(attempts).toBe(2);
      expect(fresh.errorWordingLoaded()).toBe(true);
      expect(fresh.errorWording().formatMessage).toBeTypeOf('function');
    } finally {
      vi.doUnmock('./error-wording.js');
    }
  });
});
