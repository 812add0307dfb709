/**
 * The words of `schemaforms check` for form files it cannot read as text (unreadable folders and
 * files, symbolic links, UTF-16 and binary files), in pt-BR and en, merged into the catalogue of
 * `check-messages.ts`. The system's error code (EACCES, ENOENT, …) stays in the details.
 */
import type { CheckLocale } from './check-locale.js';
import type { Wording } from './check-messages.js';

/** Why a file or folder could not be opened, in plain words, by the system's error code. */
const REASONS: Readonly<Record<string, { 'pt-BR': string; en: string }>> = {
  EACCES: { 'pt-BR': 'permissão negada', en: 'permission denied' },
  EPERM: { 'pt-BR': 'permissão negada', en: 'permission denied' },
  ENOENT: { 'pt-BR': 'o destino não existe', en: 'it does not exist' },
  ELOOP: { 'pt-BR': 'um ciclo de links simbólicos', en: 'a loop of symbolic links' },
};

/** The plain-words reason for a file-system error code (`EACCES`), or the code itself when unknown. */
export function fileErrorReason(code: string, locale: CheckLocale): string {
  return REASONS[code]?.[locale] ?? code;
}

/** File messages by key; each has a pt-BR and an en wording. */
export const FILE_MESSAGES = {
  'unreadable-folder': {
    'pt-BR': (p: { reason: string; code: string }): Wording => ({
      text: `não foi possível ler esta pasta (${p.reason}); os formulários dela não foram conferidos`,
      fix: 'dê ao usuário que faz a conferência permissão de leitura e de entrada na pasta',
      details: p.code,
    }),
    en: (p: { reason: string; code: string }): Wording => ({
      text: `cannot read this folder (${p.reason}); the forms in it were not checked`,
      fix: 'give the checking user read and execute permission',
      details: p.code,
    }),
  },
  'broken-link': {
    'pt-BR': (p: { reason: string; code: string }): Wording => ({
      text: `é um link simbólico que não pode ser seguido (${p.reason}); não foi conferido`,
      fix: 'corrija ou apague o link',
      details: p.code,
    }),
    en: (p: { reason: string; code: string }): Wording => ({
      text: `is a symbolic link that cannot be followed (${p.reason}); it was not checked`,
      fix: 'fix or remove the link',
      details: p.code,
    }),
  },
  'linked-folder': {
    'pt-BR': (p: { target: string }): Wording => ({
      text: `é um link simbólico para a pasta ${p.target}, que não é seguido (links podem formar ciclos); os formulários dela não foram conferidos`,
      fix: 'confira essa pasta diretamente, ou copie os formulários para cá',
    }),
    en: (p: { target: string }): Wording => ({
      text: `is a symbolic link to the folder ${p.target}, which is not followed (links can loop); its forms were not checked`,
      fix: 'check that folder itself, or copy the forms here',
    }),
  },
  'unreadable-file': {
    'pt-BR': (p: { reason: string; code: string }): Wording => ({
      text: `não foi possível ler este arquivo (${p.reason})`,
      fix: 'dê ao usuário que faz a conferência permissão de leitura no arquivo',
      details: p.code,
    }),
    en: (p: { reason: string; code: string }): Wording => ({
      text: `cannot read this file (${p.reason})`,
      fix: 'give the checking user read permission',
      details: p.code,
    }),
  },
  'file-encoding': {
    'pt-BR': (p: { bytes: number }): Wording => ({
      text: `o arquivo foi salvo como UTF-16 (${p.bytes} bytes), e os formulários são UTF-8`,
      fix: 'salve-o como UTF-8 (na maioria dos editores: "Salvar com codificação" → UTF-8)',
    }),
    en: (p: { bytes: number }): Wording => ({
      text: `the file is UTF-16 text (${p.bytes} bytes), and form files are UTF-8`,
      fix: 'save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    }),
  },
  'binary-file': {
    'pt-BR': (p: { bytes: number }): Wording => ({
      text: `o arquivo não é texto (${p.bytes} bytes), e um formulário é texto JSON em UTF-8`,
      fix: 'é este mesmo o arquivo certo?',
      details: 'contém bytes NUL',
    }),
    en: (p: { bytes: number }): Wording => ({
      text: `the file is not text (${p.bytes} bytes), and a form file is JSON text in UTF-8`,
      fix: 'is this the right file?',
      details: 'it has NUL bytes',
    }),
  },
};
