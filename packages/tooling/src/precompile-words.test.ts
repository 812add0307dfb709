/**
 * What the precompiler refuses, in the words and language of `schemaforms check` (issue 16): the
 * runtime's shape findings and the patterns the linear engine cannot run, with the same code and pointer.
 */
import { SchemaError, type JsonSchemaObject } from '@schemaforms/core';
import { describe, expect, it } from 'vitest';
import { precompileForm } from './precompile.js';

const refusal = (schema: JsonSchemaObject, locale: 'pt-BR' | 'en'): SchemaError => {
  try {
    precompileForm(schema, { source: 'cat/x.schema.json', locale });
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('precompileForm accepted the schema');
};

describe('precompileForm refuses in the check’s words', () => {
  it('a shape the runtime refuses, with the runtime’s words as details', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { a: { type: 'strin' } } };
    const detail = 'Unknown type "strin": use one of string, number, integer, boolean, object, array, null';
    expect(refusal(schema, 'pt-BR')).toMatchObject({
      code: 'unknown-type',
      pointer: '#/properties/a/type',
      message: `cat/x.schema.json: o formulário não abre com este esquema: o "type" não é um dos tipos do JSON — corrija aqui (detalhes: ${detail})`,
    });
    expect(refusal(schema, 'en')).toMatchObject({
      code: 'unknown-type',
      pointer: '#/properties/a/type',
      message: `cat/x.schema.json: the form runtime refuses this schema: "type" is not one of the JSON types — fix it here (details: ${detail})`,
    });
  });

  it('a pattern the linear engine cannot run, worded as the check words it', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: { a: { type: 'string', maxLength: 9, pattern: '^(a)\\1$' } },
    };
    const reason = 'a backreference ("\\1", "\\k<name>") is not a regular language';
    expect(refusal(schema, 'pt-BR')).toMatchObject({
      code: 'invalid-pattern',
      pointer: '#/properties/a/pattern',
      message: `cat/x.schema.json: o padrão "^(a)\\\\1$" usa algo que os formulários não conferem com segurança: voltar a um grupo já casado (\\1) ou olhar adiante ou para trás ((?=…), (?<!…)) — reescreva o padrão sem esses recursos (detalhes: motor de expressões regulares de tempo linear: ${reason})`,
    });
    expect(refusal(schema, 'en')).toMatchObject({
      code: 'invalid-pattern',
      pointer: '#/properties/a/pattern',
      message: `cat/x.schema.json: pattern "^(a)\\\\1$" uses something forms cannot check safely: referring back to a matched group (\\1) or looking ahead or behind ((?=…), (?<!…)) — rewrite the pattern without them (details: linear-time regular expression engine: ${reason})`,
    });
  });
});
