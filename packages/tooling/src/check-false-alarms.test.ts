/**
 * The check's false alarms found on other projects' schemas (issue #14): `$anchor` in 2020-12, a
 * pointer into a subschema with its own `$id`, and `unbounded-string` as an error where the pattern or
 * format is proven linear-time.
 */
import { describe, expect, it } from 'vitest';
import { checkSchemaText } from './check-text.js';

const check = (schema: object) =>
  checkSchemaText(JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema }), {
    file: 'schemas/cat/subject.schema.json',
    locale: 'en',
  });

const codesOf = (schema: object) => check(schema).map((d) => `${d.severity} ${d.code} ${d.pointer}`);

describe('schemaforms check: no false alarms on other projects schemas', () => {
  it('knows `$anchor` in a 2020-12 schema, and resolves a ref to it', () => {
    const codes = codesOf({
      type: 'object',
      $defs: { name: { $anchor: 'name', type: 'string', maxLength: 50 } },
      properties: { a: { $ref: '#name' } },
    });
    expect(codes.filter((code) => / (unknown-keyword|missing-ref) /.test(code))).toEqual([]);
  });

  it('resolves a pointer into a subschema with its own `$id`', () => {
    const codes = codesOf({
      $id: 'https://example.com/form.json',
      type: 'object',
      $defs: {
        address: {
          $id: 'https://example.com/address.json',
          type: 'object',
          properties: { street: { type: 'string', maxLength: 80 } },
        },
      },
      properties: {
        street: { $ref: 'https://example.com/address.json#/properties/street' },
        again: { $ref: '#/$defs/address/properties/street' },
      },
    });
    expect(codes.filter((code) => / (missing-ref|remote-ref) /.test(code))).toEqual([]);
  });

  it('warns, not errs, on a proven linear pattern or format without maxLength', () => {
    const codes = codesOf({
      type: 'object',
      properties: { cep: { type: 'string', pattern: '^[0-9]{5}-?[0-9]{3}$' }, day: { type: 'string', format: 'date' } },
    });
    expect(codes).toContain('warning unbounded-string-linear /properties/cep/pattern');
    expect(codes).toContain('warning unbounded-string-linear /properties/day/format');
  });

  it('still errs on an ambiguous pattern without maxLength', () => {
    const codes = codesOf({ type: 'object', properties: { a: { type: 'string', pattern: '^(a+)+$' } } });
    expect(codes).toContain('error unbounded-string /properties/a/pattern');
  });
});
