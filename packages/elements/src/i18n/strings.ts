/**
 * Every built-in string of the elements, in Brazilian Portuguese (the default; English is in
 * `strings-en.ts`, fetched when a form speaks it). Validation messages come from `@schemaforms/core`;
 * these are the words around them.
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
  /** A field whose initial answer (`given`, as JSON) was of the wrong type: left empty, never converted (C3). */
  readonly unrecognisedAnswer: (given: string) => string;
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
  unrecognisedAnswer: (given) => `Recebemos ${given} para este campo, mas não é do tipo esperado: preencha de novo.`,
};

/** The strings of each language that has arrived: pt-BR is built in, English is a chunk of its own. */
const arrived = new Map<ElementsLocale, ElementStrings>([['pt-BR', ptBR]]);

/** The built-in strings of the default language, Brazilian Portuguese. */
export const DEFAULT_STRINGS: ElementStrings = ptBR;

/** The strings of `locale` if they have arrived (pt-BR always has); undefined while English has not. */
export function arrivedStrings(locale: ElementsLocale): ElementStrings | undefined {
  return arrived.get(locale);
}

/**
 * The strings of `locale`, fetching English the first time a form speaks it (issue #18: a pt-BR page
 * does not download them). Rejects when the chunk cannot be fetched.
 */
export async function loadStrings(locale: ElementsLocale): Promise<ElementStrings> {
  const known = arrived.get(locale);
  if (known) return known;
  const { en } = await import('./strings-en.js');
  arrived.set('en', en);
  return en;
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
