import { describe, expect, it } from 'vitest';
import { checkFormText } from '../check.js';
import { CHECK_RULES } from '../check-rules.js';
import { formText, positionOf } from '../test-support/forms.js';

const FILE = 'cat/subject.schema.json';
const check = (text: string, locale: 'pt-BR' | 'en') =>
  checkFormText(text, { displayFile: `schemas/${FILE}`, relativePath: FILE, locale }).diagnostics;

/** A preset written wrong: where the check points, its exact words, and the form with the fix applied. */
interface PresetCase {
  readonly name: string;
  readonly text: string;
  readonly code: string;
  readonly pointer: string;
  readonly at: string;
  readonly en: string;
  readonly pt: string;
  readonly fixed: string;
}

const valor = (members: string) => `"valor": { "title": "Valor", "minimum": 0, ${members} }`;
const anexo = (members: string) =>
  `"anexo": { "type": "string", "title": "Comprovante", "format": "data-url", ${members} }`;

const PRESET_CASES: readonly PresetCase[] = [
  {
    name: 'money on a string',
    text: formText(valor('"type": "string", "maxLength": 20, "x-widget": "money"')),
    code: 'money-not-number',
    pointer: '/properties/valor/type',
    at: '"string"',
    en: '"valor" uses "x-widget": "money" but is "type": "string": the field shows no R$ and the amount is not stored as a number — write "type": "number", "multipleOf": 0.01, "minimum": 0',
    pt: '"valor" usa "x-widget": "money", mas é "type": "string": o campo aparece sem R$ e o valor não é guardado como número — escreva "type": "number", "multipleOf": 0.01, "minimum": 0',
    fixed: formText(valor('"type": "number", "multipleOf": 0.01, "x-widget": "money"')),
  },
  {
    name: 'money without a type',
    text: formText(valor('"multipleOf": 0.01, "x-widget": "money"')),
    code: 'money-not-number',
    pointer: '/properties/valor/x-widget',
    at: '"money"',
    en: '"valor" uses "x-widget": "money" but has no "type": the field shows no R$ and the amount is not stored as a number — write "type": "number", "multipleOf": 0.01, "minimum": 0',
    pt: '"valor" usa "x-widget": "money", mas não tem "type": o campo aparece sem R$ e o valor não é guardado como número — escreva "type": "number", "multipleOf": 0.01, "minimum": 0',
    fixed: formText(valor('"type": "number", "multipleOf": 0.01, "x-widget": "money"')),
  },
  {
    name: 'money without multipleOf',
    text: formText(valor('"type": "number", "x-widget": "money"')),
    code: 'money-without-cents',
    pointer: '/properties/valor/x-widget',
    at: '"money"',
    en: '"valor" is an amount in reais ("x-widget": "money") without "multipleOf": 0.01: it accepts fractions of a cent, such as 10.005 — add "multipleOf": 0.01 (exact cents)',
    pt: '"valor" é um valor em reais ("x-widget": "money") sem "multipleOf": 0.01: aceita frações de centavo, como 10,005 — acrescente "multipleOf": 0.01 (centavos exatos)',
    fixed: formText(valor('"type": "number", "multipleOf": 0.01, "x-widget": "money"')),
  },
  {
    name: 'money in fractions of a cent',
    text: formText(valor('"type": "number", "multipleOf": 0.001, "x-widget": "money"')),
    code: 'money-without-cents',
    pointer: '/properties/valor/multipleOf',
    at: '0.001',
    en: '"valor" is an amount in reais ("x-widget": "money") with "multipleOf": 0.001, which is not a whole number of cents — write "multipleOf": 0.01 (or a step in whole cents, such as 1 for whole reais)',
    pt: '"valor" é um valor em reais ("x-widget": "money") com "multipleOf": 0.001, que não é uma quantia inteira de centavos — escreva "multipleOf": 0.01 (ou um passo em centavos inteiros, como 1 para reais inteiros)',
    fixed: formText(valor('"type": "number", "multipleOf": 1, "x-widget": "money"')),
  },
  {
    name: 'a code on an integer',
    text: formText('"pedido": { "type": "integer", "title": "Pedido", "x-widget": "code" }'),
    code: 'code-not-string',
    pointer: '/properties/pedido/type',
    at: '"integer"',
    en: '"pedido" uses "x-widget": "code" but is "type": "integer": a code is text, and the field is drawn from its type — write "type": "string", with "pattern" and "maxLength" for the shape of the code',
    pt: '"pedido" usa "x-widget": "code", mas é "type": "integer": um código é um texto, e o campo é desenhado pelo tipo — escreva "type": "string", com "pattern" e "maxLength" para o formato do código',
    fixed: formText(
      '"pedido": { "type": "string", "title": "Pedido", "pattern": "^\\\\d{10}$", "maxLength": 10, "x-widget": "code" }',
    ),
  },
  {
    name: 'an x-accept entry that is not a file type',
    text: formText(anexo('"x-accept": ["application/pdf", "pdf"], "x-maxSize": "2 MB"')),
    code: 'file-accept-entry',
    pointer: '/properties/anexo/x-accept/1',
    at: '"pdf"',
    en: '"pdf" in "x-accept" of "anexo" is not a file type: the picker does not know it and people cannot tell what they may send — write ".pdf"; use a media type ("application/pdf"), a group ("image/*") or an extension with its dot (".pdf")',
    pt: '"pdf" em "x-accept" de "anexo" não é um tipo de arquivo: o seletor não o reconhece e a pessoa não sabe o que pode enviar — escreva ".pdf"; use um tipo ("application/pdf"), um grupo ("image/*") ou uma extensão com ponto (".pdf")',
    fixed: formText(anexo('"x-accept": ["application/pdf", ".pdf"], "x-maxSize": "2 MB"')),
  },
  {
    name: 'an x-maxSize that is not a size',
    text: formText(anexo('"x-accept": ["image/*"], "x-maxSize": "2mb"')),
    code: 'file-max-size',
    pointer: '/properties/anexo/x-maxSize',
    at: '"2mb"',
    en: 'the limit "2mb" in "x-maxSize" of "anexo" is not a size: no limit applies or shows to people — write "2 MB"; write a number and KB or MB, such as "2 MB" or "500 KB"',
    pt: 'o limite "2mb" em "x-maxSize" de "anexo" não é um tamanho: o limite não vale nem aparece para a pessoa — escreva "2 MB"; escreva um número e KB ou MB, como "2 MB" ou "500 KB"',
    fixed: formText(anexo('"x-accept": ["image/*"], "x-maxSize": "2 MB"')),
  },
  {
    name: 'an attachment without a size limit',
    text: formText(anexo('"x-accept": ["image/*", ".pdf"]')),
    code: 'file-without-max-size',
    pointer: '/properties/anexo/format',
    at: '"data-url"',
    en: 'attachment "anexo" has no "x-maxSize": people learn the size limit only when they press Enviar — add the limit, such as "x-maxSize": "2 MB", so that it shows before sending',
    pt: 'o anexo "anexo" não tem "x-maxSize": a pessoa só descobre o limite de tamanho ao clicar em Enviar — acrescente o limite, como "x-maxSize": "2 MB", para que ele apareça antes do envio',
    fixed: formText(anexo('"x-accept": ["image/*", ".pdf"], "x-maxSize": "500 KB"')),
  },
];

const PRESET_CODES = new Set(PRESET_CASES.map((c) => c.code));

describe('schemaforms check: the presets by intent (issue 16)', () => {
  it.each(PRESET_CASES)('$name → $code, worded in en and pt-BR', (c) => {
    for (const [locale, message] of [
      ['en', c.en],
      ['pt-BR', c.pt],
    ] as const) {
      const diagnostics = check(c.text, locale);
      const found = diagnostics.find((d) => d.code === c.code && d.pointer === c.pointer);
      expect(found, JSON.stringify(diagnostics, null, 2)).toEqual({
        file: `schemas/${FILE}`,
        ...positionOf(c.text, c.at),
        pointer: c.pointer,
        severity: CHECK_RULES[c.code]?.severity,
        code: c.code,
        message,
      });
    }
  });

  it.each(PRESET_CASES)('$name: the suggested fix leaves no preset diagnostic', (c) => {
    expect(check(c.fixed, 'en').filter((d) => PRESET_CODES.has(d.code))).toEqual([]);
  });

  it('warns, not fails, for an attachment without a size, and fails the rest', () => {
    expect(PRESET_CASES.map((c) => [c.code, CHECK_RULES[c.code]?.severity])).toEqual([
      ['money-not-number', 'error'],
      ['money-not-number', 'error'],
      ['money-without-cents', 'error'],
      ['money-without-cents', 'error'],
      ['code-not-string', 'error'],
      ['file-accept-entry', 'error'],
      ['file-max-size', 'error'],
      ['file-without-max-size', 'warning'],
    ]);
  });

  it('leaves the presets written as the guide says alone', () => {
    const text = formText(
      [
        '"valor": { "type": "number", "title": "Valor", "multipleOf": 0.01, "minimum": 0, "x-widget": "money" }',
        '"pedido": { "type": "string", "title": "Pedido", "pattern": "^\\\\d{10}$", "maxLength": 10, "x-widget": "code" }',
        '"detalhes": { "type": "string", "title": "Detalhes", "maxLength": 2000, "x-widget": "textarea" }',
        '"data": { "type": "string", "title": "Data", "format": "date", "maxLength": 10 }',
        '"recebido": { "type": "boolean", "title": "Recebido?", "oneOf": [{ "const": true, "title": "Sim" }, { "const": false, "title": "Não" }] }',
      ].join(',\n    '),
    );
    expect(check(text, 'pt-BR')).toEqual([]);
  });
});
