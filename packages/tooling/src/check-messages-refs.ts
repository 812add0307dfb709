/**
 * The words of `schemaforms check` for `$ref`s between the files of a forms folder (issue #14 item 6),
 * in pt-BR and en; merged into the catalogue of `check-messages.ts`.
 */
import type { Wording } from './check-messages.js';

const q = (value: unknown): string => JSON.stringify(value);

/** Messages about refs to other files, by key; each has a pt-BR and an en wording. */
export const FOLDER_REF_MESSAGES = {
  'ref-no-file': {
    'pt-BR': (p: { ref: string; url: string }): Wording => ({
      text: `o "$ref" ${q(p.ref)} aponta para ${p.url}, e nenhum arquivo da pasta de formulários tem esse "$id"`,
      fix: 'confira o caminho (relativo ao "$id" deste arquivo) e o "$id" do arquivo compartilhado, por exemplo em "_compartilhado/"',
    }),
    en: (p: { ref: string; url: string }): Wording => ({
      text: `"$ref" ${q(p.ref)} points to ${p.url}, and no file of the forms folder has that "$id"`,
      fix: 'check the path (relative to this file\'s "$id") and the "$id" of the shared file, e.g. in "_shared/"',
    }),
  },
  'ref-missing-in-file': {
    'pt-BR': (p: { ref: string; file: string; target: string; defs: string; suggestion?: string }): Wording => ({
      text: `o "$ref" ${q(p.ref)} leva a ${p.file}, mas lá não há nada em ${q(p.target)}`,
      fix: p.suggestion
        ? `você quis dizer "#/${p.defs}/${p.suggestion}"?`
        : `acrescente o destino em "${p.defs}" de ${p.file} ou corrija o ponteiro`,
      details: 'MissingRefError',
    }),
    en: (p: { ref: string; file: string; target: string; defs: string; suggestion?: string }): Wording => ({
      text: `"$ref" ${q(p.ref)} leads to ${p.file}, which has nothing at ${q(p.target)}`,
      fix: p.suggestion
        ? `did you mean "#/${p.defs}/${p.suggestion}"?`
        : `add the target under "${p.defs}" of ${p.file} or fix the pointer`,
      details: 'MissingRefError',
    }),
  },
  'ref-across-files': {
    'pt-BR': (p: { detail: string }): Wording => ({
      text: `os arquivos que este formulário usa por "$ref" não funcionam juntos: ${p.detail}`,
      fix: 'aponte o "$ref" para um schema que desça em "properties" ou "items"',
    }),
    en: (p: { detail: string }): Wording => ({
      text: `the files this form uses through "$ref" do not work together: ${p.detail}`,
      fix: 'point the "$ref" at a schema that descends into "properties" or "items"',
    }),
  },
  'shared-missing-id': {
    'pt-BR': (p: { example: string }): Wording => ({
      text: 'um arquivo compartilhado precisa de "$id" (terminado com o caminho do arquivo): é por ele que os formulários o encontram',
      fix: `acrescente "$id": ${q(p.example)}`,
    }),
    en: (p: { example: string }): Wording => ({
      text: 'a shared file needs "$id" (ending with its path): forms find it by it',
      fix: `add "$id": ${q(p.example)}`,
    }),
  },
};
