/**
 * Built-in validation messages in pt-BR (default) and en, written for people (GOV.UK style): they
 * say what to do in a whole sentence that reads well for any label ("Preencha o campo Integradora
 * atual", "Escolha uma opção em: Descadastrar TODOS os SKUs da loja"), name the field by its label
 * without the label's own question mark, and never repeat the value typed.
 */
import { own } from './json-pointer.js';
import type { Locale, WidgetKind } from './types.js';

/** What a message may mention about the field an error is on. */
export interface MessageContext {
  /** The field's label (`Nova integradora`). */
  readonly label: string;
  readonly widget?: WidgetKind;
  /** The field's `x-errorMessage`, if any. */
  readonly errorMessage?: unknown;
}

type Entry = readonly [pt: string, en: string];

/**
 * The message templates, by key. `{label}` is the field label; `{limit}` comes from the error's
 * params. Exported so a host can show them elsewhere; treat as read-only.
 */
export const messages: Readonly<Record<string, Entry>> = Object.freeze({
  required: ['Preencha o campo {label}', 'Fill in the field {label}'],
  requiredChoice: ['Escolha uma opção em: {label}', 'Choose an option for: {label}'],
  minLength: ['{label} deve ter pelo menos {limit} caracteres', '{label} must be {limit} characters or more'],
  minLength1: ['Preencha o campo {label}', 'Fill in the field {label}'],
  maxLength: ['{label} deve ter no máximo {limit} caracteres', '{label} must be {limit} characters or fewer'],
  pattern: ['Preencha o campo {label} no formato correto', 'Fill in the field {label} in the correct format'],
  email: [
    'Informe um e-mail válido, como nome@exemplo.com',
    'Enter an email address in the correct format, like name@example.com',
  ],
  uri: ['Informe uma URL válida, começando com https://', 'Enter a valid URL, starting with https://'],
  date: ['Informe uma data real', 'Enter a real date'],
  time: ['Informe um horário real', 'Enter a real time'],
  'date-time': ['Informe uma data e hora reais', 'Enter a real date and time'],
  format: ['Preencha o campo {label} no formato correto', 'Fill in the field {label} in the correct format'],
  minimum: ['{label} deve ser {limit} ou mais', '{label} must be {limit} or more'],
  maximum: ['{label} deve ser {limit} ou menos', '{label} must be {limit} or less'],
  exclusiveMinimum: ['{label} deve ser maior que {limit}', '{label} must be more than {limit}'],
  exclusiveMaximum: ['{label} deve ser menor que {limit}', '{label} must be less than {limit}'],
  multipleOf: ['{label} deve ser múltiplo de {limit}', '{label} must be a multiple of {limit}'],
  number: ['{label} deve ser um número', '{label} must be a number'],
  integer: ['{label} deve ser um número inteiro', '{label} must be a whole number'],
  type: ['{label} não está no formato esperado', '{label} is not in the expected form'],
  choice: ['Escolha uma opção válida em: {label}', 'Choose a valid option for: {label}'],
  confirm: ['Marque a caixa: {label}', 'Select the box: {label}'],
  minItems: ['Adicione pelo menos {limit} itens em {label}', 'Add at least {limit} items to {label}'],
  maxItems: ['{label} aceita no máximo {limit} itens', '{label} must have {limit} items or fewer'],
  uniqueItems: ['{label} tem itens repetidos', '{label} has items that are the same'],
  wellFormed: [
    '{label} contém caracteres inválidos; digite o texto novamente',
    '{label} contains characters that are not allowed; type the text again',
  ],
  'data-url': ['Anexe um arquivo válido em {label}', 'Attach a valid file to {label}'],
  invalid: ['{label} não é válido', '{label} is not valid'],
  unknown: ['Este campo não é aceito', 'This field is not allowed'],
  propertyNames: ['A chave {label} não é aceita', 'The key {label} is not allowed'],
});

const CHOICE_WIDGETS = new Set<WidgetKind | undefined>(['radio', 'select', 'checkbox']);
const URL_FORMATS = new Set(['uri', 'url', 'iri', 'uri-reference', 'iri-reference']);

/**
 * The label as it sits inside a sentence: a question's mark and a trailing colon left out
 * ("Possui pedidos em andamento?" → "Possui pedidos em andamento").
 */
export function sentenceLabel(label: string): string {
  // A loop, not /[?:\s]+$/: that regex backtracks quadratically over a long run of spaces.
  let end = label.length;
  while (end > 0 && LABEL_END.has(label[end - 1]!)) end--;
  return label.slice(0, end);
}

const LABEL_END = new Set(['?', '？', ':', '：', ' ', '\u00a0', '\t', '\n']);

/** The key of the built-in message for an error (always one of `messages`). */
function keyFor(keyword: string, params: Readonly<Record<string, unknown>>, ctx: MessageContext): string {
  switch (keyword) {
    case 'required':
    case 'dependentRequired':
    case 'dependencies':
      if (ctx.widget === 'checkbox') return 'confirm';
      return CHOICE_WIDGETS.has(ctx.widget) ? 'requiredChoice' : 'required';
    case 'minLength':
      return params.limit === 1 ? 'minLength1' : 'minLength';
    case 'format': {
      const f = String(params.format);
      return URL_FORMATS.has(f)
        ? 'uri'
        : f === 'idn-email'
          ? 'email'
          : ['email', 'date', 'time', 'date-time', 'data-url'].includes(f)
            ? f
            : 'format';
    }
    case 'type': {
      const t = String(params.type);
      return t === 'number' || t === 'integer' ? t : 'type';
    }
    case 'const':
      return params.allowedValue === true && ctx.widget === 'checkbox' ? 'confirm' : 'choice';
    case 'enum':
    case 'oneOf':
    case 'anyOf':
      return 'choice';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'unknown';
    default:
      return Object.hasOwn(messages, keyword) ? keyword : 'invalid';
  }
}

/**
 * The sentence for one error: the field's `x-errorMessage` (string, or map by keyword) wins,
 * else the built-in message for `locale`.
 */
export function formatMessage(
  keyword: string,
  params: Readonly<Record<string, unknown>>,
  ctx: MessageContext,
  locale: Locale,
): string {
  const custom = ctx.errorMessage;
  if (typeof custom === 'string') return custom;
  const forKeyword = own(custom, keyword);
  if (typeof forKeyword === 'string') return forKeyword;
  // Keywords that word their errors when compiled (x-accept, x-maxSize): params.sentence, pt-BR then en.
  if (Array.isArray(params.sentence)) return String(params.sentence[locale === 'en' ? 1 : 0]);
  const text = messages[keyFor(keyword, params, ctx)]![locale === 'en' ? 1 : 0];
  const label = sentenceLabel(ctx.label) || (locale === 'en' ? 'This field' : 'Este campo');
  // Ajv names the number `limit` for bounds and `multipleOf` for steps; pt-BR writes decimals with a comma.
  const limit =
    typeof params.limit === 'number'
      ? params.limit
      : typeof params.multipleOf === 'number'
        ? params.multipleOf
        : undefined;
  const shown = limit === undefined ? '' : locale === 'en' ? String(limit) : String(limit).replace('.', ',');
  return text.replace('{label}', label).replace('{limit}', shown);
}
