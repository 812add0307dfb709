import { createAjv } from '@schemaforms/core/ajv';
import { describe, expect, it } from 'vitest';
import { VALIDATING_X_KEYWORDS, X_KEYWORDS, X_VOCABULARY } from './vocabulary.js';

describe('X_VOCABULARY', () => {
  it('documents every x- keyword core registers', () => {
    expect(X_VOCABULARY.map((k) => k.keyword)).toEqual([...X_KEYWORDS, ...VALIDATING_X_KEYWORDS].map((k) => k.keyword));
    for (const doc of X_VOCABULARY) {
      expect(doc.summary, doc.keyword).not.toMatch(/undocumented/);
      expect(doc.example, doc.keyword).toContain(`"${doc.keyword}"`);
    }
  });

  it('gives examples whose values pass their own meta-schema', () => {
    const ajv = createAjv('2020-12', { strict: false });
    for (const doc of X_VOCABULARY) {
      const value = (JSON.parse(`{${doc.example}}`) as Record<string, unknown>)[doc.keyword];
      expect(ajv.validate(doc.metaSchema as object, value), doc.keyword).toBe(true);
    }
  });
});
