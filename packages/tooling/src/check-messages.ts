/**
 * The words of `schemaforms check`'s logic rules, in pt-BR and en: one entry per message, each a plain
 * sentence (what the person filling the form will see), a fix, and optional details with the jargon
 * (JSON Pointer, strict mode, …) kept after both. The CLI, the playground and the Vite overlay all show
 * these strings, so they say the same thing everywhere.
 */
import type { CheckLocale } from './check-locale.js';
import { CONVENTION_MESSAGES } from './check-messages-conventions.js';
import { ECHO_MESSAGES } from './check-messages-echoes.js';
import { FILE_MESSAGES } from './check-messages-files.js';
import { KEYWORD_MESSAGES } from './check-messages-keywords.js';
import { LINT_MESSAGES } from './check-messages-lints.js';
import { PRESET_MESSAGES } from './check-messages-presets.js';
import { FOLDER_REF_MESSAGES } from './check-messages-refs.js';
import { SCHEMA_MESSAGES } from './check-messages-schema.js';
import { TEXT_MESSAGES } from './check-messages-text.js';
import { SYNTAX_MESSAGES } from './check-messages-syntax.js';
import { TRANSLATION_MESSAGES } from './check-messages-translations.js';

/** One message: what is wrong in plain words, how to fix it, and optional technical details. */
export interface Wording {
  readonly text: string;
  readonly fix: string;
  readonly details?: string;
}

type Phrase<P> = Readonly<Record<CheckLocale, (params: P) => Wording>>;

const q = (value: unknown): string => JSON.stringify(value);
const list = (values: readonly unknown[], locale: CheckLocale): string => {
  const shown = values.map(q);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${locale === 'en' ? 'or' : 'ou'} ${shown[shown.length - 1]}`;
};

/** The catalogue, by message key (usually the diagnostic code). */
export const CHECK_MESSAGES = {
  ...SYNTAX_MESSAGES,
  ...CONVENTION_MESSAGES,
  ...KEYWORD_MESSAGES,
  ...SCHEMA_MESSAGES,
  ...TEXT_MESSAGES,
  ...TRANSLATION_MESSAGES,
  ...ECHO_MESSAGES,
  ...PRESET_MESSAGES,
  ...LINT_MESSAGES,
  ...FILE_MESSAGES,
  ...FOLDER_REF_MESSAGES,
  'option-without-const': {
    'pt-BR': (p: { field: string; option: string; example: string }) => ({
      text: `a opção ${q(p.option)} de ${q(p.field)} não tem "const": sem ele, o formulário não mostra as opções e vira uma caixa de texto, e qualquer texto é aceito`,
      fix: `acrescente à opção o valor que ela envia, por exemplo "const": ${p.example}`,
    }),
    en: (p: { field: string; option: string; example: string }) => ({
      text: `option ${q(p.option)} of ${q(p.field)} has no "const": without it the form shows no options but a text box, and accepts any text`,
      fix: `add the value the option sends, for example "const": ${p.example}`,
    }),
  },
  'option-label': {
    'pt-BR': (p: { field: string; label: string; hasTitle: boolean }) => ({
      text: `a opção de ${q(p.field)} usa "label", que os formulários não leem: o texto ${q(p.label)} não aparece`,
      fix: p.hasTitle
        ? 'o rótulo de uma opção é o "title", que ela já tem: apague o "label"'
        : `troque "label" por "title": "title": ${q(p.label)}`,
      details: 'strict mode recusa palavras-chave desconhecidas',
    }),
    en: (p: { field: string; label: string; hasTitle: boolean }) => ({
      text: `the option of ${q(p.field)} uses "label", which forms do not read: the text ${q(p.label)} never shows`,
      fix: p.hasTitle
        ? 'an option\'s label is its "title", which it already has: delete "label"'
        : `use "title" instead: "title": ${q(p.label)}`,
      details: 'strict mode rejects unknown keywords',
    }),
  },
  'branch-field-blocked': {
    'pt-BR': (p: { field: string; branch: string; line: number }) => ({
      text: `${q(p.field)} só é declarado dentro de ${q(p.branch)}, e "additionalProperties": false (linha ${p.line}) recusa toda resposta não declarada ao lado dele: quando esse campo aparece, o formulário nunca pode ser enviado`,
      fix: 'troque "additionalProperties": false por "unevaluatedProperties": false, que enxerga os campos declarados nos ramos',
    }),
    en: (p: { field: string; branch: string; line: number }) => ({
      text: `${q(p.field)} is declared only inside ${q(p.branch)}, and "additionalProperties": false (line ${p.line}) refuses every answer not declared next to it: once this field shows, the form can never be sent`,
      fix: 'replace "additionalProperties": false with "unevaluatedProperties": false, which sees the fields declared in branches',
    }),
  },
  'if-not-required': {
    'pt-BR': (p: { field: string; required: readonly string[] }) => ({
      text: `este "if" testa ${q(p.field)} sem exigir que ele tenha resposta: enquanto a pessoa não responde ${q(p.field)}, a condição vale e os campos do "then" já aparecem`,
      fix: `acrescente ao "if": "required": [${p.required.map(q).join(', ')}]`,
    }),
    en: (p: { field: string; required: readonly string[] }) => ({
      text: `this "if" tests ${q(p.field)} without requiring an answer: until the person answers ${q(p.field)} the condition holds and the "then" fields already show`,
      fix: `add to the "if": "required": [${p.required.map(q).join(', ')}]`,
    }),
  },
  'if-impossible-value': {
    'pt-BR': (p: { field: string; value: unknown; suggestion?: unknown; options: readonly unknown[] }) => ({
      text: `${q(p.field)} nunca vale ${q(p.value)}: a condição nunca é verdadeira e o que depende dela nunca aparece`,
      fix:
        p.suggestion !== undefined
          ? `você quis dizer ${q(p.suggestion)}? Use um dos valores do campo: ${list(p.options, 'pt-BR')}`
          : `use um dos valores do campo: ${list(p.options, 'pt-BR')}`,
    }),
    en: (p: { field: string; value: unknown; suggestion?: unknown; options: readonly unknown[] }) => ({
      text: `${q(p.field)} can never be ${q(p.value)}: the condition is never true and what depends on it never shows`,
      fix:
        p.suggestion !== undefined
          ? `did you mean ${q(p.suggestion)}? Use one of the field's values: ${list(p.options, 'en')}`
          : `use one of the field's values: ${list(p.options, 'en')}`,
    }),
  },
  'branch-annotation-conflict': {
    'pt-BR': (p: { field: string; keyword: string; shown: string; hidden: string; line: number }) => ({
      text: `dois ramos definem "${p.keyword}" de ${q(p.field)} (o outro na linha ${p.line}); quando as duas condições valem, a pessoa vê só ${q(p.shown)} e nunca ${q(p.hidden)}`,
      fix: 'junte os dois textos num só, ou faça as condições se excluírem (um "if" com "then" e "else")',
    }),
    en: (p: { field: string; keyword: string; shown: string; hidden: string; line: number }) => ({
      text: `two branches set "${p.keyword}" of ${q(p.field)} (the other on line ${p.line}); when both conditions hold, the person sees only ${q(p.shown)} and never ${q(p.hidden)}`,
      fix: 'merge the two texts into one, or make the conditions exclusive (one "if" with "then" and "else")',
    }),
  },
  'dependent-field-far': {
    'pt-BR': (p: { field: string; trigger: string; last: string; branch: string }) => ({
      text: `${q(p.field)} depende de ${q(p.trigger)}, mas, declarado só dentro de ${q(p.branch)}, aparece no fim do formulário, depois de ${q(p.last)}, e não logo após ${q(p.trigger)}`,
      fix:
        p.branch === 'then' || p.branch === 'else'
          ? `declare ${q(p.field)} em "properties" da raiz logo depois de ${q(p.trigger)}, deixe no "${p.branch}" só ${q(p.field)}: {} e o "required", e esconda-o no "${p.branch === 'then' ? 'else' : 'then'}" com "properties": { ${q(p.field)}: false }`
          : `mova ${q(p.trigger)} para o fim de "properties", para que ${q(p.field)} venha logo depois dele`,
    }),
    en: (p: { field: string; trigger: string; last: string; branch: string }) => ({
      text: `${q(p.field)} depends on ${q(p.trigger)}, but declared only inside ${q(p.branch)} it shows at the end of the form, after ${q(p.last)}, not right after ${q(p.trigger)}`,
      fix:
        p.branch === 'then' || p.branch === 'else'
          ? `declare ${q(p.field)} in the root "properties" right after ${q(p.trigger)}, keep only ${q(p.field)}: {} and the "required" in the "${p.branch}", and hide it in the "${p.branch === 'then' ? 'else' : 'then'}" with "properties": { ${q(p.field)}: false }`
          : `move ${q(p.trigger)} to the end of "properties", so that ${q(p.field)} comes right after it`,
    }),
  },
  'unknown-widget': {
    'pt-BR': (p: { value: string; suggestion?: string; names: readonly string[] }) => ({
      text: `não existe campo do tipo ${q(p.value)}: o "x-widget" é ignorado e o campo é desenhado pelo tipo`,
      fix: `${p.suggestion ? `você quis dizer ${q(p.suggestion)}? ` : ''}use um destes: ${p.names.join(', ')}`,
    }),
    en: (p: { value: string; suggestion?: string; names: readonly string[] }) => ({
      text: `there is no field kind ${q(p.value)}: "x-widget" is ignored and the field is drawn from its type`,
      fix: `${p.suggestion ? `did you mean ${q(p.suggestion)}? ` : ''}use one of: ${p.names.join(', ')}`,
    }),
  },
  'duplicate-id': {
    'pt-BR': (p: { id: string; other: string; write: string }) => ({
      text: `o "$id" ${q(p.id)} já é de ${p.other} (este arquivo parece uma cópia dele)`,
      fix: `escreva aqui "$id": ${q(p.write)}`,
    }),
    en: (p: { id: string; other: string; write: string }) => ({
      text: `"$id" ${q(p.id)} already belongs to ${p.other} (this file looks like a copy of it)`,
      fix: `write here "$id": ${q(p.write)}`,
    }),
  },
  'duplicate-subject': {
    'pt-BR': (p: { category: string; title: string; other: string }) => ({
      text: `a categoria ${q(p.category)} já tem o assunto ${q(p.title)} (${p.other}, mais antigo): as pessoas não conseguiriam distinguir os dois`,
      fix: 'dê a este formulário outro "title", ou junte os dois formulários',
    }),
    en: (p: { category: string; title: string; other: string }) => ({
      text: `category ${q(p.category)} already has a subject ${q(p.title)} (${p.other}, the older file): people could not tell them apart`,
      fix: 'give this form another "title", or merge the two forms',
    }),
  },
  'title-in-two-categories': {
    'pt-BR': (p: { title: string; otherCategory: string; other: string }) => ({
      text: `o assunto ${q(p.title)} também existe na categoria ${q(p.otherCategory)} (${p.other}): quem procura por ele pode abrir o formulário errado`,
      fix: 'se for o mesmo pedido, mantenha um só formulário; senão, diferencie os títulos',
    }),
    en: (p: { title: string; otherCategory: string; other: string }) => ({
      text: `subject ${q(p.title)} also exists in category ${q(p.otherCategory)} (${p.other}): someone looking for it may open the wrong form`,
      fix: 'if it is the same request, keep one form; otherwise make the titles different',
    }),
  },
  'missing-category': {
    'pt-BR': (p: { category: string; from: string }) => ({
      text: 'o formulário não tem "x-category" (o título da categoria na lista de assuntos)',
      fix: `acrescente "x-category": ${q(p.category)} (${p.from})`,
    }),
    en: (p: { category: string; from: string }) => ({
      text: 'the form has no "x-category" (the category title in the list of subjects)',
      fix: `add "x-category": ${q(p.category)} (${p.from})`,
    }),
  },
  'missing-comma': {
    'pt-BR': (_: Record<string, never>) => ({
      text: 'falta uma vírgula no fim desta linha, antes do próximo item',
      fix: 'acrescente "," aqui',
    }),
    en: (_: Record<string, never>) => ({
      text: 'a comma is missing at the end of this line, before the next item',
      fix: 'add "," here',
    }),
  },
  'invalid-regex': {
    'pt-BR': (p: { pattern: string; reason: string; fix?: string; engine: string }) => ({
      text: `o padrão ${q(p.pattern)} não é uma expressão regular válida: ${p.reason}`,
      fix: p.fix !== undefined ? `escreva ${q(p.fix)}` : 'corrija o padrão (no JSON, a barra invertida é escrita \\\\)',
      details: p.engine,
    }),
    en: (p: { pattern: string; reason: string; fix?: string; engine: string }) => ({
      text: `pattern ${q(p.pattern)} is not a valid regular expression: ${p.reason}`,
      fix: p.fix !== undefined ? `write ${q(p.fix)}` : 'fix the pattern (inside JSON a backslash is written \\\\)',
      details: p.engine,
    }),
  },
  'regex-not-unicode': {
    'pt-BR': (p: { pattern: string; reason: string; fix?: string; engine: string }) => ({
      text: `o padrão ${q(p.pattern)} só funciona no modo antigo das expressões regulares: ${p.reason}`,
      fix:
        p.fix !== undefined
          ? `escreva ${q(p.fix)}`
          : 'tire barras invertidas desnecessárias, como \\- ou \\_, e escreva \\x{…} como \\u{…}',
      details: `${p.engine}; o Ajv compila os padrões com a flag "u"`,
    }),
    en: (p: { pattern: string; reason: string; fix?: string; engine: string }) => ({
      text: `pattern ${q(p.pattern)} only works in the old regular-expression mode: ${p.reason}`,
      fix:
        p.fix !== undefined
          ? `write ${q(p.fix)}`
          : 'remove needless escapes such as \\- or \\_ and write \\x{…} as \\u{…}',
      details: `${p.engine}; Ajv compiles patterns with the "u" flag`,
    }),
  },
} satisfies Record<string, Phrase<never>>;

/** A message key of the catalogue. */
export type CheckMessageKey = keyof typeof CHECK_MESSAGES;

/** The parameters of the message `key`. */
export type CheckMessageParams<K extends CheckMessageKey> = Parameters<(typeof CHECK_MESSAGES)[K]['en']>[0];

/** Joins a wording into the one-line message diagnostics carry: `text — fix (details: …)`. */
export function joinWording(wording: Wording, locale: CheckLocale): string {
  const details = wording.details ? ` (${locale === 'en' ? 'details' : 'detalhes'}: ${wording.details})` : '';
  return `${wording.text} — ${wording.fix}${details}`;
}

/** The message `key` with `params` in `locale`, as one line. */
export function checkMessage<K extends CheckMessageKey>(
  key: K,
  params: CheckMessageParams<K>,
  locale: CheckLocale,
): string {
  const phrase = CHECK_MESSAGES[key][locale] as (p: CheckMessageParams<K>) => Wording;
  return joinWording(phrase(params), locale);
}
