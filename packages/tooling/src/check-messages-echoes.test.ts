import { describe, expect, it } from 'vitest';
import { checkFormText } from './check.js';
import { checkMessage } from './check-messages.js';
import { formText, positionOf } from './test-support/forms.js';

const FILE = 'cat/subject.schema.json';
const check = (text: string, locale: 'pt-BR' | 'en') =>
  checkFormText(text, { displayFile: FILE, relativePath: FILE, locale }).diagnostics;

describe('findings of other engines, worded in pt-BR and en', () => {
  const cases = [
    {
      name: 'a malformed x-context (its meta-schema)',
      text: formText('"loja": { "type": "string", "maxLength": 9, "x-context": { "options": 5 } }'),
      code: 'invalid-annotation',
      pointer: '/properties/loja/x-context',
      at: '{ "options": 5 }',
      en: 'the value of "x-context" does not have the shape this keyword needs — fix it as in the example of the x- keyword table in schemas/README.md (details: x-context has an invalid value: value/options must be string)',
      pt: 'o valor de "x-context" não tem a forma que essa palavra-chave pede — corrija-o como no exemplo da tabela das palavras-chave x- em schemas/README.md (detalhes: x-context has an invalid value: value/options must be string)',
    },
    {
      name: 'a catastrophic pattern (the backtracking analysis)',
      text: formText('"a": { "type": "string", "maxLength": 9, "pattern": "^(a+)+$" }'),
      code: 'redos',
      pointer: '/properties/a/pattern',
      at: '"^(a+)+$"',
      en: 'pattern "^(a+)+$" can backtrack catastrophically: the repeated group "(a+)" can match the same text in more than one way, and a long answer takes ages to check — make its parts mutually exclusive or drop the inner repetition (for example ^(a+)+$ → ^a+$) (details: ReDoS)',
      pt: 'o padrão "^(a+)+$" pode travar quem o usar: o grupo repetido "(a+)" consegue casar o mesmo texto de mais de um jeito, e uma resposta longa leva um tempo enorme para ser conferida — faça as partes do grupo se excluírem ou tire a repetição de dentro (por exemplo, ^(a+)+$ → ^a+$) (detalhes: ReDoS, backtracking catastrófico)',
    },
  ];

  it.each(cases)('words $name in both languages, at its place', (c) => {
    for (const [locale, message] of [
      ['en', c.en],
      ['pt-BR', c.pt],
    ] as const) {
      const found = check(c.text, locale).find((d) => d.code === c.code && d.pointer === c.pointer);
      expect(found).toMatchObject({ ...positionOf(c.text, c.at), message });
    }
  });

  it("words the form runtime's shape findings with core's words as details", () => {
    const detail = 'Schemas nest more than 32 levels deep here; flatten the form or use $defs';
    expect(checkMessage('core-shape', { code: 'too-deep', detail }, 'pt-BR')).toBe(
      `o formulário não abre com este esquema: os esquemas estão aninhados fundo demais aqui — corrija aqui (detalhes: ${detail})`,
    );
    expect(checkMessage('core-shape', { code: 'too-deep', detail }, 'en')).toBe(
      `the form runtime refuses this schema: schemas nest too deep here — fix it here (details: ${detail})`,
    );
    expect(checkMessage('core-shape', { code: 'something-new', detail: 'x' }, 'pt-BR')).toBe(
      'o formulário não abre com este esquema: veja os detalhes — corrija aqui (detalhes: x)',
    );
  });
});
