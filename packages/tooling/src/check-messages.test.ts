import { describe, expect, it } from 'vitest';
import { checkFormText } from './check.js';
import { CHECK_MESSAGES } from './check-messages.js';
import { formText, positionOf } from './test-support/forms.js';

const FILE = 'cat/subject.schema.json';
const inPortuguese = (text: string) =>
  checkFormText(text, { displayFile: FILE, relativePath: FILE, locale: 'pt-BR' }).diagnostics;

describe("the check's message catalogue", () => {
  it('words every message in both languages, differently, as "what — fix"', () => {
    for (const [key, phrase] of Object.entries(CHECK_MESSAGES)) {
      // Sample parameters: lists for the list-valued ones, a label kind, else a text.
      const lists = new Set([
        'closers',
        'options',
        'names',
        'required',
        'types',
        'formats',
        'vocabulary',
        'missing',
        'read',
        'order',
      ]);
      const params = new Proxy(
        {},
        {
          get: (_, name) =>
            lists.has(String(name)) ? ['x'] : name === 'kind' ? 'field' : name === 'line' || name === 'max' ? 3 : 'x',
        },
      );
      const pt = (phrase['pt-BR'] as (p: unknown) => { text: string; fix: string })(params);
      const en = (phrase.en as (p: unknown) => { text: string; fix: string })(params);
      expect(pt.text && pt.fix && en.text && en.fix, key).toBeTruthy();
      expect(pt.text, key).not.toBe(en.text);
    }
  });
});

describe('schemaforms check in pt-BR', () => {
  const cases: { name: string; text: string; at: string; code: string; pointer: string; message: string }[] = [
    {
      name: 'a trailing comma',
      text: '{\n  "title": "A",\n  "type": "object",\n}\n',
      at: ',\n}',
      code: 'json-syntax',
      pointer: '',
      message: 'sobra uma vírgula antes de "}" — o JSON não aceita vírgula depois da última propriedade; apague-a',
    },
    {
      name: 'a duplicate key',
      text: formText('"a": { "type": "string", "maxLength": 9, "title": "A", "title": "B" }'),
      at: '"title": "B"',
      code: 'duplicate-key',
      pointer: '/properties/a/title',
      message:
        'a chave "title" aparece duas vezes (a primeira na linha 8) — o JSON guarda só a última, em silêncio; apague ou renomeie uma',
    },
    {
      name: 'a misspelt keyword',
      text: formText('"a": { "type": "string", "maxLength": 9 }', { extraRoot: '"requried": ["a"]' }),
      at: '"requried"',
      code: 'unknown-keyword',
      pointer: '/requried',
      message:
        'palavra-chave desconhecida "requried" — você quis dizer "required"? (detalhes: strict mode recusa palavras-chave desconhecidas)',
    },
    {
      name: 'a misspelt type',
      text: formText('"a": { "type": "strin", "maxLength": 9 }'),
      at: '"strin"',
      code: 'unknown-type',
      pointer: '/properties/a/type',
      message:
        'tipo desconhecido "strin" — você quis dizer "string"? use um de string, number, integer, boolean, object, array, null',
    },
    {
      name: 'a pattern without maxLength',
      text: formText('"a": { "type": "string", "pattern": "^a$" }'),
      at: '"pattern"',
      code: 'unbounded-string-linear',
      pointer: '/properties/a/pattern',
      message:
        '"pattern" sem "maxLength" confere textos de qualquer tamanho — acrescente "maxLength" a este campo (detalhes: json-schema-secure)',
    },
    {
      name: 'an $id copied from another form',
      text: formText('"a": { "type": "string", "maxLength": 9 }', {
        id: 'https://schemaforms.example/schemas/token/revogacao-de-token.schema.json',
      }),
      at: '"https://schemaforms.example/schemas/token/',
      code: 'id-mismatch',
      pointer: '/$id',
      message:
        'o "$id" não termina com o caminho do arquivo, "cat/subject.schema.json" (copiado de outro formulário?) — escreva "$id": "https://schemaforms.example/schemas/cat/subject.schema.json"',
    },
    {
      name: 'a "required" in a branch without its "properties"',
      text: formText('"a": { "type": "boolean" }, "b": { "type": "string", "maxLength": 9 }', {
        extraRoot:
          '"if": { "properties": { "a": { "const": true } }, "required": ["a"] }, "then": { "required": ["b"] }',
      }),
      at: '"b"]',
      code: 'strict-required',
      pointer: '/then/required/0',
      message:
        '"required" cita "b", que as "properties" deste objeto não declaram — declare "b" em "properties" aqui (num "then"/"else", basta "b": {}) ou corrija o nome (detalhes: strictRequired)',
    },
    {
      name: 'an "if" alone',
      text: formText('"a": { "type": "boolean" }', {
        extraRoot: '"if": { "properties": { "a": { "const": true } }, "required": ["a"] }',
      }),
      at: '"if"',
      code: 'if-without-branch',
      pointer: '/if',
      message:
        'um "if" sem "then" nem "else" não faz nada — acrescente o "then"/"else" que ele deve ligar, ou apague-o (detalhes: strict mode recusa)',
    },
    {
      name: 'impossible bounds',
      text: formText('"a": { "type": "string", "minLength": 5, "maxLength": 3 }'),
      at: '5',
      code: 'never-valid',
      pointer: '/properties/a/minLength',
      message:
        'nenhuma resposta consegue satisfazer este campo: "minLength" (5) > "maxLength" (3) — corrija os limites',
    },
    {
      name: 'a "$ref" to a misspelt definition',
      text: formText('"a": { "$ref": "#/$defs/txt" }', {
        extraRoot: '"$defs": { "text": { "type": "string", "maxLength": 9 } }',
      }),
      at: '"#/$defs/txt"',
      code: 'missing-ref',
      pointer: '/properties/a/$ref',
      message:
        'o "$ref" "#/$defs/txt" não leva a nada neste arquivo — você quis dizer "#/$defs/text"? (detalhes: MissingRefError)',
    },
    {
      name: 'a javascript: link in the help',
      text: formText('"a": { "type": "string", "maxLength": 9, "description": "Veja [aqui](javascript:alert(1))." }'),
      at: '"Veja',
      code: 'unsafe-link',
      pointer: '/properties/a/description',
      message:
        'o link "javascript:alert(1)" da ajuda não é seguro: o esquema "javascript:" não é permitido — use só links https:, mailto: ou endereços do próprio site',
    },
    {
      name: 'a default outside the options',
      text: formText('"a": { "type": "string", "enum": ["a", "b"], "default": "c" }'),
      at: '"c"',
      code: 'invalid-default',
      pointer: '/properties/a/default',
      message:
        'o "default" "c" não serve para o próprio campo — mude o valor ou as regras do campo (detalhes: Ajv: value must be equal to one of the allowed values ("a", "b"))',
    },
    {
      name: 'a keyword value of the wrong kind',
      text: formText('"a": { "type": "string", "maxLength": "9" }'),
      at: '"9"',
      code: 'meta-schema',
      pointer: '/properties/a/maxLength',
      message:
        'o valor de "maxLength" não tem a forma que o JSON Schema exige — corrija o valor; veja a palavra-chave na referência do JSON Schema (detalhes: meta-schema: must be integer)',
    },
  ];

  it.each(cases)('words $name in Portuguese, at its place', (c) => {
    const found = inPortuguese(c.text).find((d) => d.code === c.code && d.pointer === c.pointer);
    expect(found).toMatchObject({ ...positionOf(c.text, c.at), message: c.message });
  });
});
