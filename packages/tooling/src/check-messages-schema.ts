/**
 * The words of `schemaforms check` for schema shapes a form cannot use well (impossible fields, sizes,
 * names, labels, references), in pt-BR and en; merged into the catalogue of `check-messages.ts`.
 */
import type { Wording } from './check-messages.js';

const q = (value: unknown): string => JSON.stringify(value);

/** What two look-alike labels are, in each language. */
const LABEL_KINDS = {
  field: ['rótulo de campo', 'field label'],
  option: ['rótulo de opção', 'option label'],
  value: ['opção', 'option'],
} as const;

/** Schema-shape messages by key; each has a pt-BR and an en wording. */
export const SCHEMA_MESSAGES = {
  'never-valid': {
    'pt-BR': (p: { why: string }): Wording => ({
      text: `nenhuma resposta consegue satisfazer este campo: ${p.why}`,
      fix: 'corrija os limites',
    }),
    en: (p: { why: string }): Wording => ({ text: `field can never be valid: ${p.why}`, fix: 'fix the bounds' }),
  },
  'enum-too-large': {
    'pt-BR': (p: { count: number; max: number }): Wording => ({
      text: `o "enum" tem ${p.count} valores, mais que ${p.max}`,
      fix: 'use um campo de busca com os dados do site (x-context)',
    }),
    en: (p: { count: number; max: number }): Wording => ({
      text: `enum has ${p.count} values, more than ${p.max}`,
      fix: "use a search field backed by the host's data (x-context) instead",
    }),
  },
  'too-many-properties': {
    'pt-BR': (p: { count: number; max: number }): Wording => ({
      text: `o formulário declara ${p.count} propriedades, mais que ${p.max}`,
      fix: 'divida-o em vários formulários',
    }),
    en: (p: { count: number; max: number }): Wording => ({
      text: `the form declares ${p.count} properties, more than ${p.max}`,
      fix: 'split it into several forms',
    }),
  },
  'dynamic-ref-not-shown': {
    'pt-BR': (p: { keyword: string }): Wording => ({
      text: `"${p.keyword}" valida, mas o formulário não consegue exibi-lo`,
      fix: 'use "$ref" para uma entrada de "$defs"',
    }),
    en: (p: { keyword: string }): Wording => ({
      text: `"${p.keyword}" validates but the form renderer cannot display it`,
      fix: 'use "$ref" to a "$defs" entry',
    }),
  },
  'pattern-properties-not-shown': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: '"patternProperties" valida, mas o formulário não mostra campo para ele',
      fix: 'declare cada resposta em "properties"',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: '"patternProperties" validates but the form renderer shows no field for it',
      fix: 'declare each answer in "properties"',
    }),
  },
  'union-type': {
    'pt-BR': (p: { types: readonly unknown[] }): Wording => ({
      text: `tipo múltiplo ${q(p.types)}: o formulário mostra um campo de texto (com "string") ou uma escolha de tipo, e o tipo da resposta fica difícil de prever`,
      fix: 'escolha um tipo, ou use "oneOf" com um "title" por alternativa',
    }),
    en: (p: { types: readonly unknown[] }): Wording => ({
      text: `union type ${q(p.types)}: the form shows a text field (with "string") or a choice of type, and the answer's type is hard to predict`,
      fix: 'pick one type, or use "oneOf" with a "title" per alternative',
    }),
  },
  'nullable-type': {
    'pt-BR': (p: { types: readonly unknown[]; shown: string }): Wording => ({
      text: `o tipo ${q(p.types)} aparece como campo ${p.shown}; null só vem de dados do site`,
      fix: 'prefira um tipo só e deixe a resposta de fora quando vazia',
    }),
    en: (p: { types: readonly unknown[]; shown: string }): Wording => ({
      text: `type ${q(p.types)} renders as a ${p.shown} field; null only comes from host data`,
      fix: 'prefer a single type and leave the answer out when empty',
    }),
  },
  'poisoned-name': {
    'pt-BR': (p: { name: string }): Wording => ({
      text: `o nome ${q(p.name)} coincide com um nome interno do JavaScript, que validadores e sites tratam errado`,
      fix: 'renomeie-o',
      details: 'Object.prototype',
    }),
    en: (p: { name: string }): Wording => ({
      text: `property name ${q(p.name)} collides with JavaScript's Object.prototype (validators and hosts mis-handle it)`,
      fix: 'rename it',
    }),
  },
  'code-not-text': {
    'pt-BR': (_: Record<string, never>): Wording => ({
      text: '"x-code" só vale para um texto digitado; numa escolha ou num campo que não é texto ele é ignorado',
      fix: 'apague-o',
    }),
    en: (_: Record<string, never>): Wording => ({
      text: '"x-code" only applies to a text answer typed in; on a choice or a non-string field it is ignored',
      fix: 'remove it',
    }),
  },
  'duplicate-label': {
    'pt-BR': (p: { kind: keyof typeof LABEL_KINDS; label: string; first: string }): Wording => ({
      text: `o ${LABEL_KINDS[p.kind][0]} ${q(p.label)} parece igual a ${q(p.first)} (depois de normalizar o Unicode e tirar caracteres invisíveis)`,
      fix: 'faça rótulos que se distingam',
    }),
    en: (p: { kind: keyof typeof LABEL_KINDS; label: string; first: string }): Wording => ({
      text: `${LABEL_KINDS[p.kind][1]} ${q(p.label)} looks the same as ${q(p.first)} (after Unicode normalisation and removing invisible characters)`,
      fix: 'make the labels distinguishable',
    }),
  },
  'ref-invalid': {
    'pt-BR': (p: { ref: string }): Wording => ({
      text: `o "$ref" ${q(p.ref)} não é um endereço válido`,
      fix: 'use um ponteiro local como "#/$defs/nome"',
    }),
    en: (p: { ref: string }): Wording => ({
      text: `"$ref" ${q(p.ref)} is not a valid URI reference`,
      fix: 'use a local pointer such as "#/$defs/name"',
    }),
  },
  'ref-remote': {
    'pt-BR': (p: { ref: string; url: string }): Wording => ({
      text: `o "$ref" ${q(p.ref)} aponta para fora deste arquivo (${p.url}); formulários nunca buscam schemas na rede`,
      fix: 'copie o schema para "$defs" e use "#/$defs/…"',
    }),
    en: (p: { ref: string; url: string }): Wording => ({
      text: `"$ref" ${q(p.ref)} points outside this file (${p.url}); forms never fetch schemas over the network`,
      fix: 'copy the schema into "$defs" and refer to it as "#/$defs/…"',
    }),
  },
  'ref-missing': {
    'pt-BR': (p: { ref: string; defs: string; suggestion?: string }): Wording => ({
      text: `o "$ref" ${q(p.ref)} não leva a nada neste arquivo`,
      fix: p.suggestion
        ? `você quis dizer "#/${p.defs}/${p.suggestion}"?`
        : `acrescente o destino em "${p.defs}" ou corrija o ponteiro`,
      details: 'MissingRefError',
    }),
    en: (p: { ref: string; defs: string; suggestion?: string }): Wording => ({
      text: `"$ref" ${q(p.ref)} points to nothing in this file`,
      fix: p.suggestion
        ? `did you mean "#/${p.defs}/${p.suggestion}"?`
        : `add the target under "${p.defs}" or fix the pointer`,
      details: 'MissingRefError',
    }),
  },
  'ref-cycle': {
    'pt-BR': (p: { cycle: string }): Wording => ({
      text: `um ciclo de "$ref" que nunca desce nos dados (${p.cycle}): a validação nunca terminaria`,
      fix: 'aponte o "$ref" para um schema que desça em "properties" ou "items"',
    }),
    en: (p: { cycle: string }): Wording => ({
      text: `"$ref" cycle that never reads deeper into the data (${p.cycle}): validation would recurse forever`,
      fix: 'point the "$ref" at a schema that descends into "properties" or "items"',
    }),
  },
};
