import { describe, expect, it } from 'vitest';
import { checkFormText } from './check.js';
import { checkMessage } from './check-messages.js';
import { lintPattern } from './regex-lint.js';
import { formText, positionOf } from './test-support/forms.js';

const FILE = 'cat/subject.schema.json';
const check = (text: string, locale: 'pt-BR' | 'en') =>
  checkFormText(text, { displayFile: FILE, relativePath: FILE, locale }).diagnostics;

const fields = ['a', 'b', 'c'].map((name) => `"${name}": { "type": "string", "maxLength": 5 }`).join(',\n    ');
const withLayout = (columns: string) => formText(fields, { extraRoot: `"x-layout": { "columns": ${columns} }` });

describe('layout, pattern and meta-schema findings, worded in pt-BR and en', () => {
  const cases = [
    {
      name: 'an x-layout name that is no property',
      text: withLayout('[["a", "x"], ["b", "c"]]'),
      code: 'layout-mismatch',
      pointer: '/x-layout/columns/0/1',
      at: '"x"',
      en: '"x-layout" names "x", which is not in this object\'s "properties" — fix the name or add the property',
      pt: '"x-layout" cita "x", que não está em "properties" deste objeto — corrija o nome ou acrescente o campo em "properties"',
    },
    {
      name: 'a property listed twice in x-layout',
      text: withLayout('[["a", "b"], ["a", "c"]]'),
      code: 'layout-mismatch',
      pointer: '/x-layout/columns/1/0',
      at: '"a", "c"',
      en: '"x-layout" lists "a" twice: a field can be in one column only — put each property in one column',
      pt: '"x-layout" lista "a" duas vezes: um campo só pode estar numa coluna — deixe cada campo em uma só coluna',
    },
    {
      name: 'properties left out of x-layout',
      text: withLayout('[["a"]]'),
      code: 'layout-mismatch',
      pointer: '/x-layout',
      at: '{ "columns"',
      en: '"x-layout" leaves out "b", "c": every field needs a column — put every property in a column',
      pt: '"x-layout" deixa de fora "b", "c": todo campo precisa estar numa coluna — ponha cada campo de "properties" numa coluna',
    },
    {
      name: 'x-layout columns out of the properties order',
      text: withLayout('[["a", "c"], ["b"]]'),
      code: 'layout-mismatch',
      pointer: '/x-layout',
      at: '{ "columns"',
      en: '"x-layout" reads a, c, b but "properties" are in the order a, b, c: someone using the keyboard or a screen reader would go through the fields in another order than the one shown — the columns, left to right, must follow the properties\' order (details: tab order)',
      pt: '"x-layout" mostra a, c, b, mas "properties" está na ordem a, b, c: quem usa o teclado ou um leitor de tela percorreria os campos numa ordem diferente da que vê — as colunas, da esquerda para a direita, devem seguir a ordem de "properties" (detalhes: ordem de tabulação)',
    },
    {
      name: 'a pattern with a backreference',
      text: formText('"a": { "type": "string", "maxLength": 9, "pattern": "^(a)\\\\1$" }'),
      code: 'regex-not-linear',
      pointer: '/properties/a/pattern',
      at: '"^(a)',
      en: 'pattern "^(a)\\\\1$" uses something forms cannot check safely: referring back to a matched group (\\1) or looking ahead or behind ((?=…), (?<!…)) — rewrite the pattern without them (details: linear-time regular expression engine: a backreference ("\\1", "\\k<name>") is not a regular language)',
      pt: 'o padrão "^(a)\\\\1$" usa algo que os formulários não conferem com segurança: voltar a um grupo já casado (\\1) ou olhar adiante ou para trás ((?=…), (?<!…)) — reescreva o padrão sem esses recursos (detalhes: motor de expressões regulares de tempo linear: a backreference ("\\1", "\\k<name>") is not a regular language)',
    },
    {
      name: 'patternProperties without a length limit on the names',
      text: formText('"a": { "type": "object", "patternProperties": { "^x$": { "type": "string", "maxLength": 5 } } }'),
      code: 'unbounded-string',
      pointer: '/properties/a/patternProperties',
      at: '"patternProperties"',
      en: 'the names "patternProperties" accepts have no maximum length: a huge name would make checking slow — add next to it "propertyNames": { "maxLength": 64 } (or the length the names need) (details: json-schema-secure: propertyNames without maxLength)',
      pt: 'os nomes aceitos por "patternProperties" não têm tamanho máximo: um nome enorme faria a conferência demorar — acrescente ao lado "propertyNames": { "maxLength": 64 } (ou o tamanho que os nomes precisam) (detalhes: json-schema-secure: propertyNames sem maxLength)',
    },
  ];

  it.each(cases)('words $name in both languages, at its place', (c) => {
    for (const [locale, message] of [
      ['en', c.en],
      ['pt-BR', c.pt],
    ] as const) {
      const found = check(c.text, locale).filter((d) => d.code === c.code && d.pointer === c.pointer);
      expect(found).toEqual([expect.objectContaining({ ...positionOf(c.text, c.at), message })]);
    }
  });

  it('words the regex problems lintPattern returns to other callers too', () => {
    expect(lintPattern('(', 'pt-BR')[0]!.message).toBe(
      'o padrão "(" não é uma expressão regular válida: um parêntese aberto não foi fechado: falta um ")" — corrija o padrão (no JSON, a barra invertida é escrita \\\\) (detalhes: JavaScript: Unterminated group)',
    );
    expect(lintPattern('^\\-$', 'en')[0]!.message).toBe(
      'pattern "^\\\\-$" only works in the old regular-expression mode: a backslash comes before a character that needs none (such as \\- outside [ ] or \\_) — write "^-$" (details: JavaScript: Invalid escape; Ajv compiles patterns with the "u" flag)',
    );
  });

  it("words the validator's meta-schema and reference failures with its own words as details", () => {
    const reason = 'no schema with key or ref "https://json-schema.org/draft/2020-12/schema"';
    expect(checkMessage('meta-schema-unchecked', { reason }, 'pt-BR')).toBe(
      `não foi possível conferir se este esquema segue as regras do JSON Schema — confira o "$schema" e os "$ref" da raiz; se estiverem certos, avise a equipe do schemaforms (detalhes: meta-schema: ${reason})`,
    );
    expect(checkMessage('meta-schema-unchecked', { reason }, 'en')).toBe(
      `this schema could not be checked against the rules of JSON Schema — check the root's "$schema" and "$ref"s; if they are right, report this to the schemaforms team (details: meta-schema: ${reason})`,
    );
    const errors = 'data/minLength must be >= 0';
    expect(checkMessage('meta-schema-invalid', { reason: errors }, 'pt-BR')).toBe(
      `este esquema não segue as regras do JSON Schema — corrija o trecho citado nos detalhes; veja a palavra-chave na referência do JSON Schema (detalhes: meta-schema: ${errors})`,
    );
    expect(checkMessage('meta-schema-invalid', { reason: errors }, 'en')).toBe(
      `this schema does not follow the rules of JSON Schema — fix the part named in the details; see the keyword in the JSON Schema reference (details: meta-schema: ${errors})`,
    );
    expect(checkMessage('ref-unresolved', { ref: '#/$defs/loja' }, 'pt-BR')).toBe(
      'o "$ref" "#/$defs/loja" não leva a nenhum esquema: o validador não consegue montar o formulário — acrescente o esquema em "$defs" ou corrija a referência (detalhes: MissingRefError)',
    );
    expect(checkMessage('ref-unresolved', { ref: '#/$defs/loja' }, 'en')).toBe(
      '"$ref" "#/$defs/loja" leads to no schema: the validator cannot build the form — add the target under "$defs" or fix the reference (details: MissingRefError)',
    );
  });
});
