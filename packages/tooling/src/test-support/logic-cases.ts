/**
 * The logic mistakes of issue 16 as data for the tests: a broken form, where the check must point, and
 * the same form with the suggested fix applied.
 */
import { formText } from './forms.js';

/** One mistake: the text, the diagnostic expected, and the text after applying its fix. */
export interface LogicCase {
  readonly name: string;
  readonly text: string;
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly pointer: string;
  /** The diagnostic's position: the first appearance of this text (or its `occurrence`-th). */
  readonly at: string;
  readonly occurrence?: number;
  /** The exact messages. */
  readonly en: string;
  readonly pt: string;
  /** The form with the fix the message suggests applied: the diagnostic must be gone. */
  readonly fixed: string;
}

const tipo = (options: string) => `"tipo": { "type": "string", "title": "Tipo", "oneOf": [${options}] }`;
const motivoOptions = '{ "const": "Atraso", "title": "Atraso" }, { "const": "Outro", "title": "Outro" }';
const detalhe = '"detalhe": { "type": "string", "title": "Detalhe", "maxLength": 200 }';
const mensagem = '"mensagem": { "type": "string", "title": "Mensagem", "maxLength": 2000 }';

export const LOGIC_CASES: readonly LogicCase[] = [
  {
    name: 'an option without const',
    text: formText(tipo('{ "const": "Atraso", "title": "Atraso" }, { "title": "Repasse não recebido" }')),
    code: 'option-without-const',
    severity: 'error',
    pointer: '/properties/tipo/oneOf/1',
    at: '{ "title": "Repasse não recebido" }',
    en: 'option "Repasse não recebido" of "tipo" has no "const": without it the form shows no options but a text box, and accepts any text — add the value the option sends, for example "const": "Repasse não recebido"',
    pt: 'a opção "Repasse não recebido" de "tipo" não tem "const": sem ele, o formulário não mostra as opções e vira uma caixa de texto, e qualquer texto é aceito — acrescente à opção o valor que ela envia, por exemplo "const": "Repasse não recebido"',
    fixed: formText(
      tipo(
        '{ "const": "Atraso", "title": "Atraso" }, { "const": "Repasse não recebido", "title": "Repasse não recebido" }',
      ),
    ),
  },
  {
    name: '"label" in an option',
    text: formText(tipo('{ "const": "Atraso", "label": "Atraso no repasse" }, { "const": "Outro", "title": "Outro" }')),
    code: 'option-label',
    severity: 'error',
    pointer: '/properties/tipo/oneOf/0/label',
    at: '"label"',
    en: 'the option of "tipo" uses "label", which forms do not read: the text "Atraso no repasse" never shows — use "title" instead: "title": "Atraso no repasse" (details: strict mode rejects unknown keywords)',
    pt: 'a opção de "tipo" usa "label", que os formulários não leem: o texto "Atraso no repasse" não aparece — troque "label" por "title": "title": "Atraso no repasse" (detalhes: strict mode recusa palavras-chave desconhecidas)',
    fixed: formText(
      tipo('{ "const": "Atraso", "title": "Atraso no repasse" }, { "const": "Outro", "title": "Outro" }'),
    ),
  },
  {
    name: 'a field declared only in a "then" under additionalProperties: false',
    text: formText(`${tipo(motivoOptions)}, ${mensagem}`, {
      extraRoot: `"if": { "properties": { "tipo": { "const": "Outro" } }, "required": ["tipo"] },\n  "then": { "properties": { ${detalhe} }, "required": ["detalhe"] },\n  "else": { "properties": { "detalhe": false } },\n  "additionalProperties": false`,
    }),
    code: 'branch-field-blocked',
    severity: 'error',
    pointer: '/then/properties/detalhe',
    at: '"detalhe"',
    en: '"detalhe" is declared only inside "then", and "additionalProperties": false (line 13) refuses every answer not declared next to it: once this field shows, the form can never be sent — replace "additionalProperties": false with "unevaluatedProperties": false, which sees the fields declared in branches',
    pt: '"detalhe" só é declarado dentro de "then", e "additionalProperties": false (linha 13) recusa toda resposta não declarada ao lado dele: quando esse campo aparece, o formulário nunca pode ser enviado — troque "additionalProperties": false por "unevaluatedProperties": false, que enxerga os campos declarados nos ramos',
    fixed: formText(`${tipo(motivoOptions)}, ${mensagem}`, {
      extraRoot: `"if": { "properties": { "tipo": { "const": "Outro" } }, "required": ["tipo"] },\n  "then": { "properties": { ${detalhe} }, "required": ["detalhe"] },\n  "else": { "properties": { "detalhe": false } },\n  "unevaluatedProperties": false`,
    }),
  },
  {
    name: 'an "if" testing a field it does not require',
    text: formText(`${tipo(motivoOptions)}, ${detalhe}`, {
      extraRoot:
        '"if": { "properties": { "tipo": { "const": "Outro" } } },\n  "then": { "properties": { "detalhe": {} }, "required": ["detalhe"] }',
    }),
    code: 'if-not-required',
    severity: 'warning',
    pointer: '/if/properties/tipo',
    at: '"tipo"',
    occurrence: 2,
    en: 'this "if" tests "tipo" without requiring an answer: until the person answers "tipo" the condition holds and the "then" fields already show — add to the "if": "required": ["tipo"]',
    pt: 'este "if" testa "tipo" sem exigir que ele tenha resposta: enquanto a pessoa não responde "tipo", a condição vale e os campos do "then" já aparecem — acrescente ao "if": "required": ["tipo"]',
    fixed: formText(`${tipo(motivoOptions)}, ${detalhe}`, {
      extraRoot:
        '"if": { "properties": { "tipo": { "const": "Outro" } }, "required": ["tipo"] },\n  "then": { "properties": { "detalhe": {} }, "required": ["detalhe"] }',
    }),
  },
  {
    name: 'an "if" value with the wrong case',
    text: formText(`${tipo(motivoOptions)}, ${detalhe}`, {
      extraRoot:
        '"if": { "properties": { "tipo": { "const": "outro" } }, "required": ["tipo"] },\n  "then": { "properties": { "detalhe": {} }, "required": ["detalhe"] }',
    }),
    code: 'if-impossible-value',
    severity: 'error',
    pointer: '/if/properties/tipo/const',
    at: '"outro"',
    en: '"tipo" can never be "outro": the condition is never true and what depends on it never shows — did you mean "Outro"? Use one of the field\'s values: "Atraso" or "Outro"',
    pt: '"tipo" nunca vale "outro": a condição nunca é verdadeira e o que depende dela nunca aparece — você quis dizer "Outro"? Use um dos valores do campo: "Atraso" ou "Outro"',
    fixed: formText(`${tipo(motivoOptions)}, ${detalhe}`, {
      extraRoot:
        '"if": { "properties": { "tipo": { "const": "Outro" } }, "required": ["tipo"] },\n  "then": { "properties": { "detalhe": {} }, "required": ["detalhe"] }',
    }),
  },
  {
    name: 'an "if" value that is not among the options',
    text: formText(`${tipo(motivoOptions)}, ${detalhe}`, {
      extraRoot:
        '"if": { "properties": { "tipo": { "const": "Estorno" } }, "required": ["tipo"] },\n  "then": { "properties": { "detalhe": {} }, "required": ["detalhe"] }',
    }),
    code: 'if-impossible-value',
    severity: 'error',
    pointer: '/if/properties/tipo/const',
    at: '"Estorno"',
    en: '"tipo" can never be "Estorno": the condition is never true and what depends on it never shows — use one of the field\'s values: "Atraso" or "Outro"',
    pt: '"tipo" nunca vale "Estorno": a condição nunca é verdadeira e o que depende dela nunca aparece — use um dos valores do campo: "Atraso" ou "Outro"',
    fixed: formText(`${tipo(motivoOptions)}, ${detalhe}`, {
      extraRoot:
        '"if": { "properties": { "tipo": { "const": "Atraso" } }, "required": ["tipo"] },\n  "then": { "properties": { "detalhe": {} }, "required": ["detalhe"] }',
    }),
  },
  {
    name: 'two branches setting the description of one field',
    text: formText('"a": { "type": "boolean", "title": "A" }, "b": { "type": "boolean", "title": "B" }, ' + mensagem, {
      extraRoot:
        '"allOf": [\n    { "if": { "properties": { "a": { "const": true } }, "required": ["a"] }, "then": { "properties": { "mensagem": { "description": "Conte sobre A." } } } },\n' +
        '    { "if": { "properties": { "b": { "const": true } }, "required": ["b"] }, "then": { "properties": { "mensagem": { "description": "Conte sobre B." } } } }\n  ]',
    }),
    code: 'branch-annotation-conflict',
    severity: 'warning',
    pointer: '/allOf/1/then/properties/mensagem/description',
    at: '"Conte sobre B."',
    en: 'two branches set "description" of "mensagem" (the other on line 11); when both conditions hold, the person sees only "Conte sobre B." and never "Conte sobre A." — merge the two texts into one, or make the conditions exclusive (one "if" with "then" and "else")',
    pt: 'dois ramos definem "description" de "mensagem" (o outro na linha 11); quando as duas condições valem, a pessoa vê só "Conte sobre B." e nunca "Conte sobre A." — junte os dois textos num só, ou faça as condições se excluírem (um "if" com "then" e "else")',
    fixed: formText('"a": { "type": "boolean", "title": "A" }, "b": { "type": "boolean", "title": "B" }, ' + mensagem, {
      extraRoot:
        '"allOf": [\n    { "if": { "properties": { "a": { "const": true } }, "required": ["a"] }, "then": { "properties": { "mensagem": { "description": "Conte sobre A e B." } } } },\n' +
        '    { "if": { "properties": { "b": { "const": true } }, "required": ["b"] }, "then": { "properties": { "mensagem": { "description": "Conte sobre A e B." } } } }\n  ]',
    }),
  },
  {
    name: 'a dependent field declared far from its trigger',
    text: formText(`${tipo(motivoOptions)}, ${mensagem}`, {
      extraRoot: `"if": { "properties": { "tipo": { "const": "Outro" } }, "required": ["tipo"] },\n  "then": { "properties": { ${detalhe} }, "required": ["detalhe"] }`,
    }),
    code: 'dependent-field-far',
    severity: 'warning',
    pointer: '/then/properties/detalhe',
    at: '"detalhe"',
    en: '"detalhe" depends on "tipo", but declared only inside "then" it shows at the end of the form, after "mensagem", not right after "tipo" — declare "detalhe" in the root "properties" right after "tipo", keep only "detalhe": {} and the "required" in the "then", and hide it in the "else" with "properties": { "detalhe": false }',
    pt: '"detalhe" depende de "tipo", mas, declarado só dentro de "then", aparece no fim do formulário, depois de "mensagem", e não logo após "tipo" — declare "detalhe" em "properties" da raiz logo depois de "tipo", deixe no "then" só "detalhe": {} e o "required", e esconda-o no "else" com "properties": { "detalhe": false }',
    fixed: formText(`${tipo(motivoOptions)}, ${detalhe}, ${mensagem}`, {
      extraRoot:
        '"if": { "properties": { "tipo": { "const": "Outro" } }, "required": ["tipo"] },\n  "then": { "properties": { "detalhe": {} }, "required": ["detalhe"] },\n  "else": { "properties": { "detalhe": false } }',
    }),
  },
  {
    name: 'an x-widget that does not exist',
    text: formText(`${mensagem.slice(0, -2)}, "x-widget": "text-area" }`),
    code: 'unknown-widget',
    severity: 'error',
    pointer: '/properties/mensagem/x-widget',
    at: '"text-area"',
    en: 'there is no field kind "text-area": "x-widget" is ignored and the field is drawn from its type — did you mean "textarea"? use one of: text, textarea, email, url, tel, number, integer, date, time, date-time, checkbox, radio, select, secret, array, object, file, money, code, context, map, alternatives, type-choice',
    pt: 'não existe campo do tipo "text-area": o "x-widget" é ignorado e o campo é desenhado pelo tipo — você quis dizer "textarea"? use um destes: text, textarea, email, url, tel, number, integer, date, time, date-time, checkbox, radio, select, secret, array, object, file, money, code, context, map, alternatives, type-choice',
    fixed: formText(`${mensagem.slice(0, -2)}, "x-widget": "textarea" }`),
  },
  {
    name: 'a pattern with an unclosed repetition',
    text: formText(
      '"pedido": { "type": "string", "title": "Pedido", "maxLength": 12, "x-code": true, "pattern": "^\\\\d{10,12$" }',
    ),
    code: 'invalid-regex',
    severity: 'error',
    pointer: '/properties/pedido/pattern',
    at: '"^\\\\d{10,12$"',
    en: 'pattern "^\\\\d{10,12$" is not a valid regular expression: a "{" was opened and not closed: a repetition is written {min,max}, like {10,12} — write "^\\\\d{10,12}$" (details: JavaScript: Incomplete quantifier)',
    pt: 'o padrão "^\\\\d{10,12$" não é uma expressão regular válida: uma chave "{" aberta não foi fechada: uma repetição se escreve {mín,máx}, como {10,12} — escreva "^\\\\d{10,12}$" (detalhes: JavaScript: Incomplete quantifier)',
    fixed: formText(
      '"pedido": { "type": "string", "title": "Pedido", "maxLength": 12, "x-code": true, "pattern": "^\\\\d{10,12}$" }',
    ),
  },
  {
    name: 'a pattern with an unclosed bracket',
    text: formText(
      '"pedido": { "type": "string", "title": "Pedido", "maxLength": 12, "x-code": true, "pattern": "^(\\\\d{10,12}$" }',
    ),
    code: 'invalid-regex',
    severity: 'error',
    pointer: '/properties/pedido/pattern',
    at: '"^(\\\\d{10,12}$"',
    en: 'pattern "^(\\\\d{10,12}$" is not a valid regular expression: a bracket was opened and not closed: a ")" is missing — fix the pattern (inside JSON a backslash is written \\\\) (details: JavaScript: Unterminated group)',
    pt: 'o padrão "^(\\\\d{10,12}$" não é uma expressão regular válida: um parêntese aberto não foi fechado: falta um ")" — corrija o padrão (no JSON, a barra invertida é escrita \\\\) (detalhes: JavaScript: Unterminated group)',
    fixed: formText(
      '"pedido": { "type": "string", "title": "Pedido", "maxLength": 12, "x-code": true, "pattern": "^(\\\\d{10,12})$" }',
    ),
  },
  {
    name: 'a missing comma',
    text: formText(`${tipo(motivoOptions)}\n    ${mensagem}`),
    code: 'json-syntax',
    severity: 'error',
    pointer: '',
    at: '\n    "mensagem"',
    en: 'a comma is missing at the end of this line, before the next item — add "," here',
    pt: 'falta uma vírgula no fim desta linha, antes do próximo item — acrescente "," aqui',
    fixed: formText(`${tipo(motivoOptions)},\n    ${mensagem}`),
  },
];
