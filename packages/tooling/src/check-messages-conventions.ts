/**
 * The words of `schemaforms check` for the form-file conventions and the most common keyword
 * mistakes (pt-BR and en), merged into the catalogue of `check-messages.ts`.
 */
import type { Wording } from './check-messages.js';

const q = (value: unknown): string => JSON.stringify(value);

/** Convention and keyword messages by key; each has a pt-BR and an en wording. */
export const CONVENTION_MESSAGES = {
  'file-location': {
    'pt-BR': (p: { found: string }): Wording => ({
      text: `um formulário fica em <categoria>/<assunto>.schema.json, com nomes em minúsculas, sem acentos e com hífens (encontrado: ${q(p.found)})`,
      fix: 'mova ou renomeie o arquivo, por exemplo token/revogacao-de-token.schema.json',
    }),
    en: (p: { found: string }): Wording => ({
      text: `form files live at <category>/<subject>.schema.json with lower-case, hyphenated ASCII names (found ${q(p.found)})`,
      fix: 'move or rename the file, e.g. token/revogacao-de-token.schema.json',
    }),
  },
  'missing-id': {
    'pt-BR': (p: { example: string }): Wording => ({
      text: 'o formulário precisa de "$id" (um endereço único, terminado com o caminho do arquivo)',
      fix: `acrescente "$id": ${q(p.example)}`,
    }),
    en: (p: { example: string }): Wording => ({
      text: 'a form needs "$id" (a unique URI)',
      fix: `add "$id": ${q(p.example)}`,
    }),
  },
  'missing-title': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'o formulário precisa de "title" (o assunto, como aparece na lista)',
      fix: 'acrescente, por exemplo, "title": "Revogação de Token"',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'a form needs "title" (the subject shown in the catalog)',
      fix: 'add "title": "Revogação de Token"',
    }),
  },
  'root-type': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'a raiz de um formulário precisa de "type": "object"',
      fix: 'as respostas são um objeto com uma propriedade por pergunta',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'a form\'s root needs "type": "object"',
      fix: 'the answers are an object with one property per field',
    }),
  },
  'id-mismatch': {
    'pt-BR': (p: { path: string; write: string }): Wording => ({
      text: `o "$id" não termina com o caminho do arquivo, "${p.path}" (copiado de outro formulário?)`,
      fix: `escreva "$id": ${q(p.write)}`,
    }),
    en: (p: { path: string; write: string }): Wording => ({
      text: `"$id" does not end with the file's path "${p.path}" (copied from another form?)`,
      fix: `make it ${q(p.write)}`,
    }),
  },
  'category-folder-mismatch': {
    'pt-BR': (p: { folder: string; category: string; other: string; mine: string }): Wording => ({
      text: `a pasta "${p.folder}/" é da categoria ${q(p.category)} (${p.other}), mas este formulário diz ${q(p.mine)}`,
      fix: 'uma pasta é uma categoria: corrija o "x-category" ou mova o arquivo',
    }),
    en: (p: { folder: string; category: string; other: string; mine: string }): Wording => ({
      text: `folder "${p.folder}/" holds category ${q(p.category)} (${p.other}) but this form says ${q(p.mine)}`,
      fix: 'one folder is one category: fix "x-category" or move the file',
    }),
  },
  'category-in-two-folders': {
    'pt-BR': (p: { category: string; folder: string; other: string }): Wording => ({
      text: `a categoria ${q(p.category)} já é a pasta "${p.folder}/" (${p.other})`,
      fix: 'mova este arquivo para lá, ou use outra categoria',
    }),
    en: (p: { category: string; folder: string; other: string }): Wording => ({
      text: `category ${q(p.category)} is already the folder "${p.folder}/" (${p.other})`,
      fix: 'move this file there, or name a different category',
    }),
  },
  'unknown-keyword': {
    'pt-BR': (p: {
      key: string;
      annotation: boolean;
      suggestion?: string;
      vocabulary: readonly string[];
      draft07: boolean;
    }): Wording => ({
      text: `${p.annotation ? 'anotação x- desconhecida' : 'palavra-chave desconhecida'} ${q(p.key)}${p.draft07 ? ' (não existe em draft-07; declare "$schema": "https://json-schema.org/draft/2020-12/schema")' : ''}`,
      fix: p.suggestion
        ? `você quis dizer ${q(p.suggestion)}?`
        : p.annotation
          ? `as anotações x- são ${p.vocabulary.join(', ')}; observações vão em "$comment"`
          : 'apague-a ou ponha observações em "$comment"',
      details: 'strict mode recusa palavras-chave desconhecidas',
    }),
    en: (p: {
      key: string;
      annotation: boolean;
      suggestion?: string;
      vocabulary: readonly string[];
      draft07: boolean;
    }): Wording => ({
      text: `${p.annotation ? 'unknown x- annotation' : 'unknown keyword'} ${q(p.key)}${p.draft07 ? ' (not part of draft-07; declare "$schema": "https://json-schema.org/draft/2020-12/schema")' : ''}`,
      fix: p.suggestion
        ? `did you mean ${q(p.suggestion)}?`
        : p.annotation
          ? `the x- vocabulary is ${p.vocabulary.join(', ')}; put notes in "$comment"`
          : 'remove it or put notes in "$comment"',
      details: 'strict mode rejects unknown keywords',
    }),
  },
  'unknown-type': {
    'pt-BR': (p: { type: string; suggestion?: string; types: readonly string[] }): Wording => ({
      text: `tipo desconhecido ${q(p.type)}`,
      fix: `${p.suggestion ? `você quis dizer "${p.suggestion}"? ` : ''}use um de ${p.types.join(', ')}`,
    }),
    en: (p: { type: string; suggestion?: string; types: readonly string[] }): Wording => ({
      text: `unknown type ${q(p.type)}`,
      fix: `${p.suggestion ? `did you mean "${p.suggestion}"? ` : ''}use one of ${p.types.join(', ')}`,
    }),
  },
  'unknown-format': {
    'pt-BR': (p: { format: string; suggestion?: string; formats: readonly string[] }): Wording => ({
      text: `formato desconhecido ${q(p.format)}`,
      fix: `${p.suggestion ? `você quis dizer "${p.suggestion}"? ` : ''}formatos conhecidos: ${p.formats.join(', ')}`,
    }),
    en: (p: { format: string; suggestion?: string; formats: readonly string[] }): Wording => ({
      text: `unknown format ${q(p.format)}`,
      fix: `${p.suggestion ? `did you mean "${p.suggestion}"? ` : ''}known formats: ${p.formats.join(', ')}`,
    }),
  },
  'unbounded-string': {
    'pt-BR': (p: { keyword: string }): Wording => ({
      text: `"${p.keyword}" sem "maxLength" confere textos de qualquer tamanho`,
      fix: 'acrescente "maxLength" a este campo',
      details: 'json-schema-secure',
    }),
    en: (p: { keyword: string }): Wording => ({
      text: `"${p.keyword}" without "maxLength" runs on strings of any length`,
      fix: 'add "maxLength" to this field',
      details: 'json-schema-secure',
    }),
  },
};
