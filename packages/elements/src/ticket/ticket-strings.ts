/** The words of `<sf-ticket>` around the forms, in Brazilian Portuguese (the default) and English. */
export interface TicketStrings {
  readonly category: string;
  readonly subject: string;
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
  readonly receiptText: (number: string) => string;
  readonly receiptTextNoNumber: string;
  readonly ticketNumber: string;
  readonly another: string;
}

const ptBR: TicketStrings = {
  category: 'Categoria',
  subject: 'Assunto',
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
  receiptText: (number) => `Recebemos o seu chamado. Guarde o número ${number} para acompanhar o atendimento.`,
  receiptTextNoNumber: 'Recebemos o seu chamado.',
  ticketNumber: 'Número do chamado',
  another: 'Abrir outro chamado',
};

const en: TicketStrings = {
  category: 'Category',
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
  receiptText: (number) => `We received your ticket. Keep the number ${number} to follow it up.`,
  receiptTextNoNumber: 'We received your ticket.',
  ticketNumber: 'Ticket number',
  another: 'Open another ticket',
};

/** The strings of `locale`; Brazilian Portuguese for anything but English. */
export function ticketStrings(locale: string | undefined): TicketStrings {
  return locale?.toLowerCase().startsWith('en') ? en : ptBR;
}
