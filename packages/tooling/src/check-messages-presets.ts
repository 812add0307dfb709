/**
 * The words of the preset checks (money, code, file), in pt-BR and en: what the person filling the form
 * would meet, and the fix. Part of `CHECK_MESSAGES` (check-messages.ts).
 */
import type { CheckLocale } from './check-locale.js';
import type { Wording } from './check-messages.js';

type Phrase<P> = Readonly<Record<CheckLocale, (params: P) => Wording>>;

const q = (value: unknown): string => JSON.stringify(value);

/** The money preset as it must be written, for the fixes. */
export const MONEY_SHAPE = '"type": "number", "multipleOf": 0.01, "minimum": 0';

/** `type` as the message names it: its JSON text, or `undefined` when absent. */
export interface TypeParams {
  readonly field: string;
  readonly type?: string;
}

const typeWords = (type: string | undefined, locale: CheckLocale): string =>
  type === undefined
    ? locale === 'en'
      ? 'has no "type"'
      : 'não tem "type"'
    : `${locale === 'en' ? 'is' : 'é'} "type": ${type}`;

/** The catalogue of the preset checks, by diagnostic code. */
export const PRESET_MESSAGES = {
  'money-not-number': {
    'pt-BR': (p: TypeParams) => ({
      text: `${q(p.field)} usa "x-widget": "money", mas ${typeWords(p.type, 'pt-BR')}: o campo aparece sem R$ e o valor não é guardado como número`,
      fix: `escreva ${MONEY_SHAPE}`,
    }),
    en: (p: TypeParams) => ({
      text: `${q(p.field)} uses "x-widget": "money" but ${typeWords(p.type, 'en')}: the field shows no R$ and the amount is not stored as a number`,
      fix: `write ${MONEY_SHAPE}`,
    }),
  } satisfies Phrase<TypeParams>,
  'money-without-cents': {
    'pt-BR': (p: { field: string; multipleOf?: number }) => ({
      text:
        p.multipleOf === undefined
          ? `${q(p.field)} é um valor em reais ("x-widget": "money") sem "multipleOf": 0.01: aceita frações de centavo, como 10,005`
          : `${q(p.field)} é um valor em reais ("x-widget": "money") com "multipleOf": ${p.multipleOf}, que não é uma quantia inteira de centavos`,
      fix:
        p.multipleOf === undefined
          ? 'acrescente "multipleOf": 0.01 (centavos exatos)'
          : 'escreva "multipleOf": 0.01 (ou um passo em centavos inteiros, como 1 para reais inteiros)',
    }),
    en: (p: { field: string; multipleOf?: number }) => ({
      text:
        p.multipleOf === undefined
          ? `${q(p.field)} is an amount in reais ("x-widget": "money") without "multipleOf": 0.01: it accepts fractions of a cent, such as 10.005`
          : `${q(p.field)} is an amount in reais ("x-widget": "money") with "multipleOf": ${p.multipleOf}, which is not a whole number of cents`,
      fix:
        p.multipleOf === undefined
          ? 'add "multipleOf": 0.01 (exact cents)'
          : 'write "multipleOf": 0.01 (or a step in whole cents, such as 1 for whole reais)',
    }),
  },
  'code-not-string': {
    'pt-BR': (p: TypeParams) => ({
      text: `${q(p.field)} usa "x-widget": "code", mas ${typeWords(p.type, 'pt-BR')}: um código é um texto, e o campo é desenhado pelo tipo`,
      fix: 'escreva "type": "string", com "pattern" e "maxLength" para o formato do código',
    }),
    en: (p: TypeParams) => ({
      text: `${q(p.field)} uses "x-widget": "code" but ${typeWords(p.type, 'en')}: a code is text, and the field is drawn from its type`,
      fix: 'write "type": "string", with "pattern" and "maxLength" for the shape of the code',
    }),
  } satisfies Phrase<TypeParams>,
  'file-accept-entry': {
    'pt-BR': (p: { field: string; entry: string; suggestion?: string }) => ({
      text: `${q(p.entry)} em "x-accept" de ${q(p.field)} não é um tipo de arquivo: o seletor não o reconhece e a pessoa não sabe o que pode enviar`,
      fix: `${p.suggestion ? `escreva ${q(p.suggestion)}; ` : ''}use um tipo ("application/pdf"), um grupo ("image/*") ou uma extensão com ponto (".pdf")`,
    }),
    en: (p: { field: string; entry: string; suggestion?: string }) => ({
      text: `${q(p.entry)} in "x-accept" of ${q(p.field)} is not a file type: the picker does not know it and people cannot tell what they may send`,
      fix: `${p.suggestion ? `write ${q(p.suggestion)}; ` : ''}use a media type ("application/pdf"), a group ("image/*") or an extension with its dot (".pdf")`,
    }),
  },
  'file-max-size': {
    'pt-BR': (p: { field: string; value: string; suggestion?: string }) => ({
      text: `o limite ${p.value} em "x-maxSize" de ${q(p.field)} não é um tamanho: o limite não vale nem aparece para a pessoa`,
      fix: `${p.suggestion ? `escreva ${q(p.suggestion)}; ` : ''}escreva um número e KB ou MB, como "2 MB" ou "500 KB"`,
    }),
    en: (p: { field: string; value: string; suggestion?: string }) => ({
      text: `the limit ${p.value} in "x-maxSize" of ${q(p.field)} is not a size: no limit applies or shows to people`,
      fix: `${p.suggestion ? `write ${q(p.suggestion)}; ` : ''}write a number and KB or MB, such as "2 MB" or "500 KB"`,
    }),
  },
  'file-without-max-size': {
    'pt-BR': (p: { field: string }) => ({
      text: `o anexo ${q(p.field)} não tem "x-maxSize": a pessoa só descobre o limite de tamanho ao clicar em Enviar`,
      fix: 'acrescente o limite, como "x-maxSize": "2 MB", para que ele apareça antes do envio',
    }),
    en: (p: { field: string }) => ({
      text: `attachment ${q(p.field)} has no "x-maxSize": people learn the size limit only when they press Enviar`,
      fix: 'add the limit, such as "x-maxSize": "2 MB", so that it shows before sending',
    }),
  },
} satisfies Record<string, Phrase<never>>;
