/**
 * The words of `schemaforms check` for keywords in the wrong company (an `if` alone, a `required`
 * naming an undeclared field) and identifier-like fields, in pt-BR and en; merged into the catalogue
 * of `check-messages.ts`.
 */
import type { Wording } from './check-messages.js';

const WHAT_PT = {
  default: 'o "default"',
  const: 'o "const"',
  'enum value': 'o valor de "enum"',
  example: 'o exemplo',
} as const;
const KIND_PT: Readonly<Record<string, string>> = {
  null: 'null',
  'an array': 'uma lista',
  'a string': 'um texto',
  'a number': 'um número',
  'a boolean': 'um booleano',
};

/** Keyword messages by key; each has a pt-BR and an en wording. */
export const KEYWORD_MESSAGES = {
  'if-without-branch': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: 'um "if" sem "then" nem "else" não faz nada',
      fix: 'acrescente o "then"/"else" que ele deve ligar, ou apague-o',
      details: 'strict mode recusa',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: '"if" without "then" or "else" is ignored',
      fix: 'add the "then"/"else" it should trigger, or remove it',
      details: 'strict mode rejects it',
    }),
  },
  'branch-without-if': {
    'pt-BR': (p: { branch: string }): Wording => ({
      text: `um "${p.branch}" sem "if" não faz nada`,
      fix: 'acrescente a condição "if" no mesmo objeto',
      details: 'strict mode recusa',
    }),
    en: (p: { branch: string }): Wording => ({
      text: `"${p.branch}" without "if" is ignored`,
      fix: 'add the "if" condition in the same object',
      details: 'strict mode rejects it',
    }),
  },
  'contains-missing': {
    'pt-BR': (p: { keyword: string }): Wording => ({
      text: `"${p.keyword}" sem "contains" não faz nada`,
      fix: `acrescente "contains" ou apague "${p.keyword}"`,
      details: 'strict mode recusa',
    }),
    en: (p: { keyword: string }): Wording => ({
      text: `"${p.keyword}" without "contains" is ignored`,
      fix: `add "contains" or remove "${p.keyword}"`,
      details: 'strict mode rejects it',
    }),
  },
  'strict-required': {
    'pt-BR': (p: { name: string }): Wording => ({
      text: `"required" cita "${p.name}", que as "properties" deste objeto não declaram`,
      fix: `declare "${p.name}" em "properties" aqui (num "then"/"else", basta "${p.name}": {}) ou corrija o nome`,
      details: 'strictRequired',
    }),
    en: (p: { name: string }): Wording => ({
      text: `"required" names "${p.name}", which this object's "properties" does not declare`,
      fix: `declare "${p.name}" under "properties" here (in a "then"/"else", "${p.name}": {} is enough), or fix the spelling`,
      details: 'strictRequired',
    }),
  },
  'integer-id': {
    'pt-BR': (p: { name: string }): Wording => ({
      text: `"${p.name}" parece um identificador, mas é um número: números perdem zeros à esquerda e dígitos depois do 16º`,
      fix: 'use "type": "string" com "pattern" e "maxLength"',
    }),
    en: (p: { name: string }): Wording => ({
      text: `"${p.name}" looks like an identifier but is typed as a number: numbers lose digits past 2^53 and drop leading zeros`,
      fix: 'use "type": "string" with a "pattern" and "maxLength"',
    }),
  },
  'code-unmarked': {
    'pt-BR': (p: { name: string }): Wording => ({
      text: `"${p.name}" parece um código, e espaços ou caracteres invisíveis colados junto fariam a resposta falhar`,
      fix: 'acrescente "x-code": true para tirá-los antes de conferir e enviar (ou "x-code": false para mantê-los)',
    }),
    en: (p: { name: string }): Wording => ({
      text: `"${p.name}" looks like a code, and spaces or invisible characters pasted around it would make it fail`,
      fix: 'add "x-code": true to remove them before it is checked and sent (or "x-code": false to keep them)',
    }),
  },
  'invalid-value': {
    'pt-BR': (p: { what: 'default' | 'const' | 'enum value' | 'example'; value: string; reason: string }): Wording => ({
      text: `${WHAT_PT[p.what]} ${p.value} não serve para o próprio campo`,
      fix: 'mude o valor ou as regras do campo',
      details: `Ajv: ${p.reason}`,
    }),
    en: (p: { what: 'default' | 'const' | 'enum value' | 'example'; value: string; reason: string }): Wording => ({
      text: `${p.what} ${p.value} is not valid for its own field: ${p.reason}`,
      fix: `change the ${p.what} or the field's constraints`,
    }),
  },
  'file-too-large': {
    'pt-BR': (p: { bytes: number; max: number }): Wording => ({
      text: `o arquivo tem ${p.bytes} bytes, mais que ${p.max}`,
      fix: 'divida o formulário; listas grandes de opções vêm dos dados do site (x-context)',
    }),
    en: (p: { bytes: number; max: number }): Wording => ({
      text: `the file is ${p.bytes} bytes, more than ${p.max}`,
      fix: 'split the form; big option lists belong in host data (x-context)',
    }),
  },
  'root-not-object': {
    'pt-BR': (p: { kind: string }): Wording => ({
      text: `a raiz precisa ser um objeto, não ${KIND_PT[p.kind] ?? p.kind}`,
      fix: 'um arquivo de formulário tem um objeto: { "type": "object", "properties": { … } }',
    }),
    en: (p: { kind: string }): Wording => ({
      text: `root must be an object schema, not ${p.kind}`,
      fix: 'a form file holds one object: { "type": "object", "properties": { … } }',
    }),
  },
  'unsupported-dialect': {
    'pt-BR': (p: { value: unknown }): Wording => ({
      text: `"$schema" ${JSON.stringify(p.value)} não é aceito`,
      fix: 'use "https://json-schema.org/draft/2020-12/schema" (ou "http://json-schema.org/draft-07/schema#" para draft-07)',
    }),
    en: (p: { value: unknown }): Wording => ({
      text: `unsupported "$schema" ${JSON.stringify(p.value)}`,
      fix: 'use "https://json-schema.org/draft/2020-12/schema" (or "http://json-schema.org/draft-07/schema#" for draft-07)',
    }),
  },
  'meta-schema-value': {
    'pt-BR': (p: { keyword: string; reason: string }): Wording => ({
      text: `${p.keyword ? `o valor de "${p.keyword}"` : 'o schema'} não tem a forma que o JSON Schema exige`,
      fix: 'corrija o valor; veja a palavra-chave na referência do JSON Schema',
      details: `meta-schema: ${p.reason}`,
    }),
    en: (p: { keyword: string; reason: string }): Wording => ({
      text: `${p.keyword ? `"${p.keyword}" ` : 'the schema '}${p.reason} (JSON Schema meta-schema)`,
      fix: 'fix the value; see the keyword in the JSON Schema reference',
    }),
  },
  'validator-refuses': {
    'pt-BR': (p: { reason: string; strict: boolean }): Wording => ({
      text: p.strict ? 'o validador recusa este trecho do schema' : 'o validador avisa sobre este trecho do schema',
      fix: 'corrija o schema aqui',
      details: `Ajv${p.strict ? ' strict mode' : ''}: ${p.reason}`,
    }),
    en: (p: { reason: string; strict: boolean }): Wording => ({
      text: `${p.reason} (Ajv${p.strict ? ' strict mode' : ''})`,
      fix: 'fix the schema at this spot',
    }),
  },
  'validator-cannot-compile': {
    'pt-BR': (p: { reason: string }): Wording => ({
      text: 'o validador não consegue compilar o schema',
      fix: 'corrija o schema aqui',
      details: `Ajv: ${p.reason}`,
    }),
    en: (p: { reason: string }): Wording => ({
      text: `Ajv cannot compile the schema: ${p.reason}`,
      fix: 'fix the schema at this spot',
    }),
  },
};
