/**
 * The words of `schemaforms check` for a file that is not strict JSON (pt-BR and en), used by
 * `json-source.ts` and merged into the catalogue of `check-messages.ts`.
 */
import type { Wording } from './check-messages.js';

const q = (value: unknown): string => JSON.stringify(value);
const closers = (list: readonly string[]): string => list.map(q).join(' ');

/** Syntax messages by key; each has a pt-BR and an en wording. */
export const SYNTAX_MESSAGES = {
  'json-comment': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'JSON não aceita comentários',
      fix: 'apague o comentário (observações vão numa chave "$comment")',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'comments are not allowed in JSON',
      fix: 'delete the comment (put notes in a "$comment" keyword)',
    }),
  },
  'json-trailing-comma': {
    'pt-BR': (p: { closer: string }): Wording => ({
      text: `sobra uma vírgula antes de "${p.closer}"`,
      fix: `o JSON não aceita vírgula depois ${p.closer === '}' ? 'da última propriedade' : 'do último item'}; apague-a`,
    }),
    en: (p: { closer: string }): Wording => ({
      text: `trailing comma before "${p.closer}"`,
      fix: `JSON allows no comma after the last ${p.closer === '}' ? 'property' : 'item'}; remove it`,
    }),
  },
  'json-truncated': {
    'pt-BR': (p: { inString: boolean; closers: readonly string[] }): Wording => ({
      text: `o arquivo termina ${p.inString ? 'no meio de um texto' : `antes de fechar ${closers(p.closers)}`} (cortado?)`,
      fix: 'complete ou restaure o arquivo',
    }),
    en: (p: { inString: boolean; closers: readonly string[] }): Wording => ({
      text: `the file ends ${p.inString ? 'inside a string' : `before its closing ${closers(p.closers)}`} (truncated?)`,
      fix: 'complete or restore the file',
    }),
  },
  'json-truncated-value': {
    'pt-BR': (p: { closer?: string }): Wording => ({
      text: p.closer
        ? `o arquivo termina antes de fechar "${p.closer}" (cortado?)`
        : 'o arquivo termina no meio de um valor (cortado?)',
      fix: 'complete ou restaure o arquivo',
    }),
    en: (p: { closer?: string }): Wording => ({
      text: p.closer
        ? `the file ends before a closing "${p.closer}" (truncated?)`
        : 'the file ends in the middle of a value (truncated?)',
      fix: 'complete or restore the file',
    }),
  },
  'json-property-name': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'aqui devia vir o nome de uma propriedade entre aspas duplas',
      fix: 'no JSON, os nomes vão "entre aspas"',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'expected a property name in double quotes',
      fix: 'JSON keys are "quoted"',
    }),
  },
  'json-value': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'aqui devia vir um valor',
      fix: 'escreva um texto entre aspas duplas, um número, true, false, null, um objeto ou uma lista',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'expected a value here',
      fix: 'write a string in double quotes, a number, true, false, null, an object or an array',
    }),
  },
  'json-comma-or-close': {
    'pt-BR': (p: { closer: string }): Wording => ({
      text: `aqui devia vir "," ou "${p.closer}"`,
      fix: 'falta uma vírgula ou o fechamento',
    }),
    en: (p: { closer: string }): Wording => ({
      text: `expected "," or "${p.closer}"`,
      fix: 'a comma or the closing bracket is missing',
    }),
  },
  'json-colon': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'falta ":" depois do nome da propriedade',
      fix: 'escreva "nome": valor',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'expected ":" after the property name',
      fix: 'write "name": value',
    }),
  },
  'json-open-string': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'um texto não foi fechado',
      fix: 'acrescente as aspas duplas que o fecham',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'a string is not closed',
      fix: 'add the closing double quote',
    }),
  },
  'json-escape': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'uma barra invertida num texto não forma um escape do JSON',
      fix: 'o JSON conhece \\" \\\\ \\/ \\b \\f \\n \\r \\t e \\uXXXX (escreva a barra invertida como \\\\)',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'invalid escape in a string',
      fix: 'JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (write a backslash as \\\\)',
    }),
  },
  'json-control-character': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'há uma quebra de linha ou tabulação crua dentro de um texto',
      fix: 'escreva-a como \\n ou \\t',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'a control character (such as a raw line break or tab) inside a string',
      fix: 'write it as \\n or \\t',
    }),
  },
  'json-unicode-escape': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'um escape \\u não é válido',
      fix: 'ele precisa de exatamente quatro dígitos hexadecimais',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'invalid \\u escape',
      fix: 'it needs exactly four hex digits',
    }),
  },
  'json-after-end': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'há texto depois do fim do JSON',
      fix: 'um arquivo de formulário tem um único objeto; apague o resto',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'text after the end of the JSON value',
      fix: 'a form file holds exactly one object; remove the rest',
    }),
  },
  'json-number': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'número inválido',
      fix: 'números do JSON não têm zeros à esquerda, ponto no fim, vírgula decimal, NaN nem Infinity',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'invalid number',
      fix: 'JSON numbers have no leading zeros, no trailing dot and no NaN/Infinity',
    }),
  },
  'json-single-quotes': {
    'pt-BR': (_: Record<string, never>): Wording => ({ text: 'aspas simples não são JSON', fix: 'use aspas duplas' }),
    en: (_: Record<string, never>): Wording => ({ text: 'single quotes are not JSON', fix: 'use double quotes' }),
  },
  'json-unexpected': {
    'pt-BR': (p: { character: string }): Wording => ({
      text: `caractere inesperado ${q(p.character)}`,
      fix: 'isto não é JSON válido aqui',
    }),
    en: (p: { character: string }): Wording => ({
      text: `unexpected character ${q(p.character)}`,
      fix: 'this is not valid JSON here',
    }),
  },
  'json-empty': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'o arquivo está vazio',
      fix: 'um arquivo de formulário tem um objeto JSON, o schema da raiz',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: 'the file is empty',
      fix: 'a form file holds one JSON object, the root schema',
    }),
  },
  'json-too-deep': {
    'pt-BR': (p: { max: number }): Wording => ({
      text: `há mais de ${p.max} níveis de objetos um dentro do outro`,
      fix: 'achate o formulário (partes repetidas vão para "$defs", usadas com "$ref")',
    }),
    en: (p: { max: number }): Wording => ({
      text: `nesting deeper than ${p.max} levels`,
      fix: 'flatten the form (move repeated parts to "$defs" and use "$ref")',
    }),
  },
  'json-duplicate-key': {
    'pt-BR': (p: { key: string; line: number }): Wording => ({
      text: `a chave ${q(p.key)} aparece duas vezes (a primeira na linha ${p.line})`,
      fix: 'o JSON guarda só a última, em silêncio; apague ou renomeie uma',
    }),
    en: (p: { key: string; line: number }): Wording => ({
      text: `duplicate key ${q(p.key)} (first on line ${p.line})`,
      fix: 'JSON keeps only the last one silently; remove or rename one',
    }),
  },
};
