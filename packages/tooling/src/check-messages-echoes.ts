/**
 * The words of `schemaforms check` for findings another engine makes — an `x-` keyword's meta-schema,
 * the backtracking analysis of a `pattern`, and the shape check of the form runtime (core's
 * `checkSchemaShape`) — in pt-BR and en, merged into the catalogue of `check-messages.ts`. The other
 * engine's own (English) words are kept as details.
 */
import type { Wording } from './check-messages.js';

const q = (value: unknown): string => JSON.stringify(value);

/** What the form runtime refuses, by core's code, in plain words. */
const SHAPE_PROBLEMS: Readonly<Record<string, { 'pt-BR': string; en: string }>> = {
  'invalid-root': {
    'pt-BR': 'a raiz do arquivo não é um esquema de objeto',
    en: 'the root of the file is not an object schema',
  },
  'unsupported-dialect': {
    'pt-BR': 'o "$schema" indica uma versão de JSON Schema que os formulários não leem',
    en: '"$schema" names a JSON Schema version forms do not read',
  },
  'too-large': { 'pt-BR': 'o esquema é grande demais para um formulário', en: 'the schema is too large for a form' },
  'too-deep': { 'pt-BR': 'os esquemas estão aninhados fundo demais aqui', en: 'schemas nest too deep here' },
  'invalid-pattern': {
    'pt-BR': 'o padrão não é uma expressão regular válida',
    en: 'the pattern is not a valid regular expression',
  },
  'missing-ref': {
    'pt-BR': 'o "$ref" não leva a um esquema deste arquivo',
    en: '"$ref" leads to no schema in this file',
  },
  'unsupported-feature': {
    'pt-BR': 'os formulários não conseguem mostrar isto: no lugar do campo aparece um aviso neutro',
    en: 'forms cannot show this: a neutral notice shows instead of the field',
  },
  'poisoned-name': {
    'pt-BR': 'este nome é reservado pelos objetos do JavaScript',
    en: 'this name is reserved by JavaScript objects',
  },
  'unknown-type': { 'pt-BR': 'o "type" não é um dos tipos do JSON', en: '"type" is not one of the JSON types' },
  'union-type': {
    'pt-BR': 'um campo com mais de um tipo não tem como ser desenhado',
    en: 'a field of more than one type cannot be drawn',
  },
  'ref-cycle': {
    'pt-BR': 'um ciclo de "$ref" que nunca chega a um campo',
    en: 'a cycle of "$ref"s that never reaches a field',
  },
};

const shapeProblem = (code: string, locale: 'pt-BR' | 'en'): string =>
  SHAPE_PROBLEMS[code]?.[locale] ?? (locale === 'en' ? 'see the details' : 'veja os detalhes');

/** Echo messages by key; each has a pt-BR and an en wording. */
export const ECHO_MESSAGES = {
  'invalid-annotation': {
    'pt-BR': (p: { key: string; problem: string }): Wording => ({
      text: `o valor de ${q(p.key)} não tem a forma que essa palavra-chave pede`,
      fix: 'corrija-o como no exemplo da tabela das palavras-chave x- em schemas/README.md',
      details: p.problem,
    }),
    en: (p: { key: string; problem: string }): Wording => ({
      text: `the value of ${q(p.key)} does not have the shape this keyword needs`,
      fix: 'fix it as in the example of the x- keyword table in schemas/README.md',
      details: p.problem,
    }),
  },
  redos: {
    'pt-BR': (p: { pattern: string; group: string }): Wording => ({
      text: `o padrão ${q(p.pattern)} pode travar quem o usar: o grupo repetido ${q(p.group)} consegue casar o mesmo texto de mais de um jeito, e uma resposta longa leva um tempo enorme para ser conferida`,
      fix: 'faça as partes do grupo se excluírem ou tire a repetição de dentro (por exemplo, ^(a+)+$ → ^a+$)',
      details: 'ReDoS, backtracking catastrófico',
    }),
    en: (p: { pattern: string; group: string }): Wording => ({
      text: `pattern ${q(p.pattern)} can backtrack catastrophically: the repeated group ${q(p.group)} can match the same text in more than one way, and a long answer takes ages to check`,
      fix: 'make its parts mutually exclusive or drop the inner repetition (for example ^(a+)+$ → ^a+$)',
      details: 'ReDoS',
    }),
  },
  'slow-regex': {
    'pt-BR': (p: { pattern: string }): Wording => ({
      text: `o padrão ${q(p.pattern)} pode ficar lento com respostas longas`,
      fix: 'mantenha o "maxLength" pequeno, ou faça as partes repetidas vizinhas se excluírem',
      details: 'backtracking polinomial',
    }),
    en: (p: { pattern: string }): Wording => ({
      text: `pattern ${q(p.pattern)} may get slow on long answers`,
      fix: 'keep "maxLength" small, or make adjacent repeated parts exclusive',
      details: 'polynomial backtracking',
    }),
  },
  'core-shape': {
    'pt-BR': (p: { code: string; detail: string }): Wording => ({
      text: `o formulário não abre com este esquema: ${shapeProblem(p.code, 'pt-BR')}`,
      fix: 'corrija aqui',
      details: p.detail,
    }),
    en: (p: { code: string; detail: string }): Wording => ({
      text: `the form runtime refuses this schema: ${shapeProblem(p.code, 'en')}`,
      fix: 'fix it here',
      details: p.detail,
    }),
  },
  'core-check': {
    'pt-BR': (p: { detail: string }): Wording => ({
      text: 'o motor dos formulários não conseguiu conferir este esquema',
      fix: 'avise a equipe do schemaforms: é um defeito',
      details: p.detail,
    }),
    en: (p: { detail: string }): Wording => ({
      text: 'the form runtime could not check this schema',
      fix: 'report this to the schemaforms team: it is a bug',
      details: p.detail,
    }),
  },
};
