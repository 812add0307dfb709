/**
 * Every built-in string of the elements, in Brazilian Portuguese (the default) and English.
 * Validation messages come from `@schemaforms/core`; these are the words around them.
 */

/** The languages the elements speak. */
export type ElementsLocale = 'pt-BR' | 'en';

/** The built-in strings of one language. Functions take the numbers or names they interpolate. */
export interface ElementStrings {
  readonly submit: string;
  readonly sending: string;
  readonly sent: string;
  readonly required: string;
  readonly optional: string;
  readonly summaryHeading: string;
  readonly errorPrefix: string;
  readonly characterCount: (count: number, max: number) => string;
  readonly characterCountNoMax: (count: number) => string;
  readonly show: string;
  readonly hide: string;
  readonly shownStatus: (label: string) => string;
  readonly hiddenStatus: (label: string) => string;
  /** Said once when choosing an option reveals fields under it (GOV.UK conditional reveal). */
  readonly revealedStatus: (option: string, labels: readonly string[]) => string;
  readonly change: string;
  /** Undoes a "Trocar" before anything else is picked: back to the prefilled choice. */
  readonly cancel: string;
  readonly selectPlaceholder: string;
  readonly newTab: string;
  readonly loading: string;
  readonly unavailable: string;
  readonly developerDetails: string;
  readonly unsupported: string;
  /** A field whose widget code is still being fetched. */
  readonly widgetLoading: string;
  /** A field whose widget code could not be fetched. */
  readonly widgetUnavailable: string;
  readonly sendTimeout: string;
  readonly sendNetwork: string;
  /**
   * The browser is offline and the form keeps no draft: the answers wait in this page only (nothing is
   * stored on the device) and are sent again once it is back online. With a `draft-key`, the drafts
   * code says they are saved on this device instead.
   */
  readonly sendOffline: string;
  readonly sendServer: string;
  /** A 4xx without field errors; a 401/403 says to sign in again elsewhere (nothing is resent by itself). */
  readonly sendRejected: (status: number) => string;
  readonly invalidEndpoint: string;
  /** Drafts cannot be kept here (storage blocked, or the drafts code could not be fetched). */
  readonly draftUnavailable: string;
}

const ptBR: ElementStrings = {
  submit: 'Enviar',
  sending: 'Enviando…',
  sent: 'Enviado.',
  required: 'obrigatório',
  optional: 'opcional',
  summaryHeading: 'Há um problema',
  errorPrefix: 'Erro:',
  characterCount: (count, max) => `${count} de ${max} caracteres`,
  characterCountNoMax: (count) => (count === 1 ? '1 caractere' : `${count} caracteres`),
  show: 'Mostrar',
  hide: 'Ocultar',
  shownStatus: (label) => `${label}: o conteúdo está visível.`,
  hiddenStatus: (label) => `${label}: o conteúdo está oculto.`,
  revealedStatus: (option, labels) =>
    `${labels.length === 1 ? 'Nova pergunta' : 'Novas perguntas'} abaixo de ${option}: ${labels.join('; ')}`,
  change: 'Trocar',
  cancel: 'Cancelar',
  selectPlaceholder: 'Selecione…',
  newTab: '(abre em nova aba)',
  loading: 'Carregando formulário…',
  unavailable: 'Este formulário está temporariamente indisponível.',
  developerDetails: 'Detalhes para desenvolvedores',
  unsupported: 'Esta pergunta não pode ser exibida.',
  widgetLoading: 'Carregando…',
  widgetUnavailable: 'Não foi possível carregar esta pergunta. Verifique sua conexão e recarregue a página.',
  sendTimeout:
    'Não conseguimos confirmar se o seu pedido foi recebido. Suas respostas foram mantidas: envie de novo (não haverá pedido duplicado).',
  sendNetwork: 'Não foi possível enviar: verifique sua conexão. Suas respostas foram mantidas; tente enviar de novo.',
  sendOffline:
    'Você está sem conexão. Suas respostas estão só nesta página, não neste dispositivo: não feche nem recarregue a página; enviaremos assim que a conexão voltar.',
  sendServer:
    'O serviço está com problemas no momento. Suas respostas foram mantidas; tente enviar de novo em alguns instantes.',
  sendRejected: (status) =>
    `${status === 401 || status === 403 ? `Envio não autorizado (erro ${status}): entre de novo em outra aba e envie outra vez` : `O envio foi recusado (erro ${status})`}. Suas respostas foram mantidas.`,
  invalidEndpoint: 'Este formulário não pode ser enviado: o endereço de envio está mal configurado.',
  draftUnavailable:
    'Não é possível salvar rascunhos neste navegador. O formulário funciona normalmente, mas suas respostas não serão guardadas se você sair da página.',
};

const en: ElementStrings = {
  submit: 'Submit',
  sending: 'Sending…',
  sent: 'Sent.',
  required: 'required',
  optional: 'optional',
  summaryHeading: 'There is a problem',
  errorPrefix: 'Error:',
  characterCount: (count, max) => `${count} of ${max} characters`,
  characterCountNoMax: (count) => (count === 1 ? '1 character' : `${count} characters`),
  show: 'Show',
  hide: 'Hide',
  shownStatus: (label) => `${label}: the content is visible.`,
  hiddenStatus: (label) => `${label}: the content is hidden.`,
  revealedStatus: (option, labels) =>
    `${labels.length === 1 ? 'New question' : 'New questions'} below ${option}: ${labels.join('; ')}`,
  change: 'Change',
  cancel: 'Cancel',
  selectPlaceholder: 'Select…',
  newTab: '(opens in a new tab)',
  loading: 'Loading form…',
  unavailable: 'This form is temporarily unavailable.',
  developerDetails: 'Details for developers',
  unsupported: "This question can't be displayed.",
  widgetLoading: 'Loading…',
  widgetUnavailable: "This question couldn't be loaded. Check your connection and reload the page.",
  sendTimeout:
    "We couldn't confirm that your request was received. Your answers are kept: submit again (it won't be duplicated).",
  sendNetwork: "We couldn't send your answers: check your connection. Your answers are kept; try again.",
  sendOffline:
    "You're offline. Your answers are only in this page, not saved on this device: don't close or reload it; we'll send them once you're back online.",
  sendServer: 'The service is having problems right now. Your answers are kept; try again in a moment.',
  sendRejected: (status) =>
    `${status === 401 || status === 403 ? `Not authorised (error ${status}): sign in again in another tab, then submit again` : `The submission was refused (error ${status})`}. Your answers are kept.`,
  invalidEndpoint: 'This form cannot be submitted: its submission address is misconfigured.',
  draftUnavailable:
    "Drafts can't be saved in this browser. The form works normally, but your answers won't be kept if you leave the page.",
};

const STRINGS: Readonly<Record<ElementsLocale, ElementStrings>> = { 'pt-BR': ptBR, en };

/** The strings of `locale`. */
export function stringsFor(locale: ElementsLocale): ElementStrings {
  return STRINGS[locale];
}

/**
 * Maps a BCP 47 tag to a supported locale: any `en*` tag is English, anything else (or nothing) is
 * Brazilian Portuguese, the product's language.
 */
export function normalizeLocale(tag: string | null | undefined): ElementsLocale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'pt-BR';
}

/**
 * The locale an element speaks: its own `locale`, else the `lang` of its nearest ancestor (crossing
 * shadow roots, so an element inside another component follows the page), else pt-BR.
 */
export function resolveLocale(element: Element, explicit?: string | null): ElementsLocale {
  if (explicit) return normalizeLocale(explicit);
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return normalizeLocale(lang);
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return 'pt-BR';
}
