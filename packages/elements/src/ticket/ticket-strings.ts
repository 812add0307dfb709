/** The words of `<sf-ticket>` around the forms, in Brazilian Portuguese (the default) and English. */
export interface TicketStrings {
  readonly category: string;
  readonly subject: string;
  /** The mark after a required label, the same word as on the form's fields. */
  readonly required: string;
  readonly choose: string;
  readonly chooseCategoryFirst: string;
  readonly continue: string;
  readonly back: string;
  readonly missingChoice: string;
  readonly loadingCatalog: string;
  readonly loadingForm: string;
  readonly catalogUnavailable: string;
  readonly formUnavailable: string;
  readonly noSubjects: string;
  readonly receiptHeading: string;
  readonly receiptText: string;
  readonly ticketNumber: string;
  readonly copyNumber: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly sentHeading: string;
  readonly nextHeading: string;
  readonly nextText: string;
  readonly followUpHeading: string;
  readonly yes: string;
  readonly no: string;
  readonly masked: string;
  readonly items: (count: number) => string;
  readonly another: string;
}

const ptBR: TicketStrings = {
  category: 'Categoria',
  subject: 'Assunto',
  required: 'obrigatório',
  choose: 'Selecione',
  chooseCategoryFirst: 'Escolha a categoria primeiro',
  continue: 'Continuar',
  back: 'Voltar',
  missingChoice: 'Escolha a categoria e o assunto do chamado.',
  loadingCatalog: 'Carregando os assuntos…',
  loadingForm: 'Carregando o formulário…',
  catalogUnavailable: 'Não foi possível carregar os assuntos de chamado. Tente novamente mais tarde.',
  formUnavailable: 'Este formulário está temporariamente indisponível. Tente novamente mais tarde.',
  noSubjects: 'Nenhum assunto de chamado disponível.',
  receiptHeading: 'Chamado aberto',
  receiptText: 'Recebemos o seu chamado.',
  ticketNumber: 'Número do chamado',
  copyNumber: 'Copiar número',
  copied: 'Número do chamado copiado.',
  copyFailed: 'Não foi possível copiar. Selecione o número e copie.',
  sentHeading: 'O que você enviou',
  nextHeading: 'O que acontece agora',
  nextText:
    'Nossa equipe analisa o chamado e responde pelo portal do lojista. Guarde o número do chamado para acompanhar o atendimento.',
  followUpHeading: 'Próximo passo',
  yes: 'Sim',
  no: 'Não',
  masked: '•••••••• (oculto)',
  items: (count) => (count === 1 ? '1 item' : `${count} itens`),
  another: 'Abrir outro chamado',
};

const en: TicketStrings = {
  category: 'Category',
  required: 'required',
  subject: 'Subject',
  choose: 'Select',
  chooseCategoryFirst: 'Choose the category first',
  continue: 'Continue',
  back: 'Back',
  missingChoice: 'Choose the category and the subject of the ticket.',
  loadingCatalog: 'Loading subjects…',
  loadingForm: 'Loading the form…',
  catalogUnavailable: 'The ticket subjects could not be loaded. Please try again later.',
  formUnavailable: 'This form is temporarily unavailable. Please try again later.',
  noSubjects: 'No ticket subjects are available.',
  receiptHeading: 'Ticket opened',
  receiptText: 'We received your ticket.',
  ticketNumber: 'Ticket number',
  copyNumber: 'Copy number',
  copied: 'Ticket number copied.',
  copyFailed: 'Could not copy. Select the number and copy it.',
  sentHeading: 'What you sent',
  nextHeading: 'What happens next',
  nextText: 'Our team reviews the ticket and answers in the seller portal. Keep the ticket number to follow it up.',
  followUpHeading: 'Next step',
  yes: 'Yes',
  no: 'No',
  masked: '•••••••• (hidden)',
  items: (count) => (count === 1 ? '1 item' : `${count} items`),
  another: 'Open another ticket',
};

/** The strings of `locale`; Brazilian Portuguese for anything but English. */
export function ticketStrings(locale: string | undefined): TicketStrings {
  return locale?.toLowerCase().startsWith('en') ? en : ptBR;
}
