/**
 * What the intake says, in each language it answers in. Every message tells the client what to do next;
 * none repeats an answer. DOM-free.
 */
import { formatFileSize } from '@schemaforms/core/file-answers';

/** Languages the intake answers in. */
export type IntakeLocale = 'pt-BR' | 'en';

/** The messages of one language. */
export type IntakeMessages = (typeof INTAKE_MESSAGES)[IntakeLocale];

/** The intake's messages by language. */
export const INTAKE_MESSAGES = {
  'pt-BR': {
    notJson: 'O corpo da requisição não é um JSON válido.',
    badUtf8: 'O corpo da requisição não é UTF-8 válido.',
    contentType: 'Envie o chamado como application/json.',
    tooLarge: (max: number) =>
      `O chamado passa do limite de ${formatFileSize(max, 'pt-BR')} por envio. Suas respostas foram mantidas: anexe arquivos menores e envie de novo.`,
    tooDeep: (max: number) => `As respostas têm mais de ${max} níveis de aninhamento; nenhum formulário tem tantos.`,
    shape: 'Envie { "subject": "<assunto>", "answers": { … } }.',
    badPath: 'O endereço tem uma codificação % inválida.',
    unknownSubject: (subject: string) => `Assunto desconhecido: ${subject}.`,
    badKey: 'O cabeçalho Idempotency-Key deve ter de 1 a 255 caracteres ASCII visíveis.',
    keyConflict:
      'Esta Idempotency-Key já foi usada para um chamado com outro conteúdo. Envie o novo conteúdo com uma nova chave.',
    method: 'Método não permitido.',
    notFound: 'Chamado não encontrado.',
    readingDisabled: 'A consulta de chamados está desativada: o servidor não tem SCHEMAFORMS_ADMIN_TOKEN configurado.',
    credentialsNeeded: 'Consultar chamados exige a credencial de administrador (Authorization: Bearer <token>).',
    credentialsWrong: 'A credencial de administrador não confere.',
    storageFull:
      'Não há espaço para registrar o chamado agora; ele não foi registrado. Suas respostas continuam aqui: tente novamente em alguns minutos.',
    storageUnavailable:
      'O registro de chamados está indisponível no momento; o chamado não foi registrado. Suas respostas continuam aqui: tente novamente em instantes.',
    internal: 'Não foi possível registrar o chamado. Tente novamente.',
  },
  en: {
    notJson: 'The request body is not valid JSON.',
    badUtf8: 'The request body is not valid UTF-8.',
    contentType: 'Send the ticket as application/json.',
    tooLarge: (max: number) =>
      `The ticket is larger than the ${formatFileSize(max, 'en')} a submission may be. Your answers are kept: attach smaller files and send again.`,
    tooDeep: (max: number) => `The answers nest more than ${max} levels deep; no form has that many.`,
    shape: 'Send { "subject": "<subject>", "answers": { … } }.',
    badPath: 'The address has an invalid % encoding.',
    unknownSubject: (subject: string) => `Unknown subject: ${subject}.`,
    badKey: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
    keyConflict:
      'This Idempotency-Key was already used for a ticket with other content. Send new content with a new key.',
    method: 'Method not allowed.',
    notFound: 'Ticket not found.',
    readingDisabled: 'Reading tickets is disabled: the server has no SCHEMAFORMS_ADMIN_TOKEN configured.',
    credentialsNeeded: 'Reading tickets needs the admin credential (Authorization: Bearer <token>).',
    credentialsWrong: 'The admin credential does not match.',
    storageFull:
      'There is no space to store the ticket right now; it was not stored. Your answers are kept: try again in a few minutes.',
    storageUnavailable:
      'Ticket storage is unavailable right now; the ticket was not stored. Your answers are kept: try again shortly.',
    internal: 'The ticket could not be stored. Please try again.',
  },
} as const;
