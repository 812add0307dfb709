/**
 * What the intake says when a ticket comes from a form it can no longer take — the subject was retired
 * or the revision is unknown — in each language it answers in. Each tells the seller to reload and that
 * their answers are still on screen. DOM-free.
 */
import type { IntakeLocale } from './intake-messages.js';

/** The messages of a refused form revision, by language. */
export const REVISION_MESSAGES: Readonly<
  Record<IntakeLocale, { retired: string; revisionUnknown: string; badRevision: string }>
> = {
  'pt-BR': {
    retired:
      'Este assunto não recebe mais chamados. Suas respostas continuam neste formulário: copie o que precisar, recarregue a página e escolha outro assunto.',
    revisionUnknown:
      'Este formulário foi atualizado. Suas respostas continuam aqui: copie o que precisar e recarregue a página para enviar pela versão nova.',
    badRevision: 'O campo revision deve ser um texto.',
  },
  en: {
    retired:
      'This subject no longer takes tickets. Your answers are still in this form: copy what you need, reload the page and choose another subject.',
    revisionUnknown:
      'This form was updated. Your answers are still here: copy what you need and reload the page to send with the new version.',
    badRevision: 'The revision field must be a string.',
  },
};
