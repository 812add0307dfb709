/**
 * The words of `schemaforms check` for the column layout (`x-layout`), patterns the linear-time engine
 * cannot run, `patternProperties` names without a length limit and the validator's meta-schema and
 * reference failures, in pt-BR and en, merged into the catalogue of `check-messages.ts`. The jargon
 * (meta-schema, JSON Schema Secure, propertyNames, MissingRefError) stays in the details.
 */
import type { Wording } from './check-messages.js';

const q = (value: unknown): string => JSON.stringify(value);
const names = (values: readonly string[]): string => values.map(q).join(', ');

/** Lint messages by key; each has a pt-BR and an en wording. */
export const LINT_MESSAGES = {
  'layout-unknown-name': {
    'pt-BR': (p: { name: string }): Wording => ({
      text: `"x-layout" cita ${q(p.name)}, que não está em "properties" deste objeto`,
      fix: 'corrija o nome ou acrescente o campo em "properties"',
    }),
    en: (p: { name: string }): Wording => ({
      text: `"x-layout" names ${q(p.name)}, which is not in this object's "properties"`,
      fix: 'fix the name or add the property',
    }),
  },
  'layout-twice': {
    'pt-BR': (p: { name: string }): Wording => ({
      text: `"x-layout" lista ${q(p.name)} duas vezes: um campo só pode estar numa coluna`,
      fix: 'deixe cada campo em uma só coluna',
    }),
    en: (p: { name: string }): Wording => ({
      text: `"x-layout" lists ${q(p.name)} twice: a field can be in one column only`,
      fix: 'put each property in one column',
    }),
  },
  'layout-missing': {
    'pt-BR': (p: { missing: readonly string[] }): Wording => ({
      text: `"x-layout" deixa de fora ${names(p.missing)}: todo campo precisa estar numa coluna`,
      fix: 'ponha cada campo de "properties" numa coluna',
    }),
    en: (p: { missing: readonly string[] }): Wording => ({
      text: `"x-layout" leaves out ${names(p.missing)}: every field needs a column`,
      fix: 'put every property in a column',
    }),
  },
  'layout-order': {
    'pt-BR': (p: { read: readonly string[]; order: readonly string[] }): Wording => ({
      text: `"x-layout" mostra ${p.read.join(', ')}, mas "properties" está na ordem ${p.order.join(', ')}: quem usa o teclado ou um leitor de tela percorreria os campos numa ordem diferente da que vê`,
      fix: 'as colunas, da esquerda para a direita, devem seguir a ordem de "properties"',
      details: 'ordem de tabulação',
    }),
    en: (p: { read: readonly string[]; order: readonly string[] }): Wording => ({
      text: `"x-layout" reads ${p.read.join(', ')} but "properties" are in the order ${p.order.join(', ')}: someone using the keyboard or a screen reader would go through the fields in another order than the one shown`,
      fix: "the columns, left to right, must follow the properties' order",
      details: 'tab order',
    }),
  },
  'regex-not-linear': {
    'pt-BR': (p: { pattern: string; reason: string }): Wording => ({
      text: `o padrão ${q(p.pattern)} usa algo que os formulários não conferem com segurança: voltar a um grupo já casado (\\1) ou olhar adiante ou para trás ((?=…), (?<!…))`,
      fix: 'reescreva o padrão sem esses recursos',
      details: `motor de expressões regulares de tempo linear: ${p.reason}`,
    }),
    en: (p: { pattern: string; reason: string }): Wording => ({
      text: `pattern ${q(p.pattern)} uses something forms cannot check safely: referring back to a matched group (\\1) or looking ahead or behind ((?=…), (?<!…))`,
      fix: 'rewrite the pattern without them',
      details: `linear-time regular expression engine: ${p.reason}`,
    }),
  },
  'pattern-properties-unbounded': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'os nomes aceitos por "patternProperties" não têm tamanho máximo: um nome enorme faria a conferência demorar',
      fix: 'acrescente ao lado "propertyNames": { "maxLength": 64 } (ou o tamanho que os nomes precisam)',
      details: 'json-schema-secure: propertyNames sem maxLength',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'the names "patternProperties" accepts have no maximum length: a huge name would make checking slow',
      fix: 'add next to it "propertyNames": { "maxLength": 64 } (or the length the names need)',
      details: 'json-schema-secure: propertyNames without maxLength',
    }),
  },
  'meta-schema-unchecked': {
    'pt-BR': (p: { reason: string }): Wording => ({
      text: 'não foi possível conferir se este esquema segue as regras do JSON Schema',
      fix: 'confira o "$schema" e os "$ref" da raiz; se estiverem certos, avise a equipe do schemaforms',
      details: `meta-schema: ${p.reason}`,
    }),
    en: (p: { reason: string }): Wording => ({
      text: 'this schema could not be checked against the rules of JSON Schema',
      fix: 'check the root\'s "$schema" and "$ref"s; if they are right, report this to the schemaforms team',
      details: `meta-schema: ${p.reason}`,
    }),
  },
  'meta-schema-invalid': {
    'pt-BR': (p: { reason: string }): Wording => ({
      text: 'este esquema não segue as regras do JSON Schema',
      fix: 'corrija o trecho citado nos detalhes; veja a palavra-chave na referência do JSON Schema',
      details: `meta-schema: ${p.reason}`,
    }),
    en: (p: { reason: string }): Wording => ({
      text: 'this schema does not follow the rules of JSON Schema',
      fix: 'fix the part named in the details; see the keyword in the JSON Schema reference',
      details: `meta-schema: ${p.reason}`,
    }),
  },
  'ref-unresolved': {
    'pt-BR': (p: { ref: string }): Wording => ({
      text: `o "$ref" ${q(p.ref)} não leva a nenhum esquema: o validador não consegue montar o formulário`,
      fix: 'acrescente o esquema em "$defs" ou corrija a referência',
      details: 'MissingRefError',
    }),
    en: (p: { ref: string }): Wording => ({
      text: `"$ref" ${q(p.ref)} leads to no schema: the validator cannot build the form`,
      fix: 'add the target under "$defs" or fix the reference',
      details: 'MissingRefError',
    }),
  },
};
