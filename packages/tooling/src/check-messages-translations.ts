/**
 * The words of `schemaforms check` for translated texts (`x-i18n`, `x-lang`), in pt-BR and en, merged
 * into the catalogue of `check-messages.ts`.
 */
import type { Wording } from './check-messages.js';

const q = (value: unknown): string => JSON.stringify(value);

/** Translation messages by key; each has a pt-BR and an en wording. */
export const TRANSLATION_MESSAGES = {
  'translation-missing': {
    'pt-BR': (p: { locale: string; base: string; text: string; snippet: string; hasEntry: boolean }): Wording => ({
      text: `falta a tradução em ${q(p.locale)} de ${q(p.text)}: numa página em ${p.locale}, esse texto aparece em ${p.base}`,
      fix: p.hasEntry
        ? `acrescente ${p.snippet} ao "x-i18n" → ${q(p.locale)} deste esquema`
        : `acrescente a este esquema "x-i18n": { ${q(p.locale)}: { ${p.snippet} } }`,
    }),
    en: (p: { locale: string; base: string; text: string; snippet: string; hasEntry: boolean }): Wording => ({
      text: `${q(p.text)} has no ${q(p.locale)} translation: on a page in ${p.locale} this text shows in ${p.base}`,
      fix: p.hasEntry
        ? `add ${p.snippet} to this schema's "x-i18n" → ${q(p.locale)}`
        : `add to this schema "x-i18n": { ${q(p.locale)}: { ${p.snippet} } }`,
    }),
  },
  'translation-not-locale': {
    'pt-BR': (p: { key: string; isText: boolean }): Wording => ({
      text: `${q(p.key)} não é um código de idioma: em "x-i18n", cada chave é um idioma ("en", "es", "pt-BR") e os textos vão dentro dela`,
      fix: p.isText ? `escreva "x-i18n": { "en": { ${q(p.key)}: … } }` : 'use um código de idioma, como "en" ou "es"',
      details: 'BCP 47',
    }),
    en: (p: { key: string; isText: boolean }): Wording => ({
      text: `${q(p.key)} is not a language code: in "x-i18n" each key is a language ("en", "es", "pt-BR") and the texts go inside it`,
      fix: p.isText ? `write "x-i18n": { "en": { ${q(p.key)}: … } }` : 'use a language code such as "en" or "es"',
      details: 'BCP 47',
    }),
  },
  'translation-not-text': {
    'pt-BR': (p: { key: string; locale: string }): Wording => ({
      text: `${q(p.key)} não se traduz: em "x-i18n" → ${q(p.locale)} só entram os textos que a pessoa lê ("title", "description", "x-errorMessage")`,
      fix: `apague ${q(p.key)} daqui: as regras do campo valem em todos os idiomas e ficam fora do "x-i18n"`,
    }),
    en: (p: { key: string; locale: string }): Wording => ({
      text: `${q(p.key)} is not translated: "x-i18n" → ${q(p.locale)} holds only the texts a person reads ("title", "description", "x-errorMessage")`,
      fix: `delete ${q(p.key)} here: the field's rules hold in every language and stay outside "x-i18n"`,
    }),
  },
  'translation-value': {
    'pt-BR': (p: { key: string; locale: string }): Wording => ({
      text: `a tradução de ${q(p.key)} em ${q(p.locale)} não é um texto, e é ignorada`,
      fix:
        p.key === 'x-errorMessage'
          ? 'escreva um texto, ou um objeto de textos por palavra-chave, como no "x-errorMessage" do campo'
          : 'escreva o texto entre aspas',
    }),
    en: (p: { key: string; locale: string }): Wording => ({
      text: `the ${q(p.locale)} translation of ${q(p.key)} is not a text, and is ignored`,
      fix:
        p.key === 'x-errorMessage'
          ? 'write a text, or an object of texts by keyword, as in the field\'s "x-errorMessage"'
          : 'write the text in quotes',
    }),
  },
  'translation-undeclared': {
    'pt-BR': (p: { locale: string }): Wording => ({
      text: `a tradução em ${q(p.locale)} nunca aparece: o "x-i18n" da raiz do formulário não declara ${q(p.locale)}`,
      fix: `acrescente à raiz "x-i18n": { ${q(p.locale)}: { "title": "<o assunto em ${p.locale}>" } }`,
    }),
    en: (p: { locale: string }): Wording => ({
      text: `the ${q(p.locale)} translation never shows: the form's root "x-i18n" does not declare ${q(p.locale)}`,
      fix: `add to the root "x-i18n": { ${q(p.locale)}: { "title": "<the subject in ${p.locale}>" } }`,
    }),
  },
  'invalid-lang': {
    'pt-BR': (p: { value: string }): Wording => ({
      text: `${q(p.value)} não é um código de idioma: "x-lang" diz em que idioma estão os textos do formulário`,
      fix: 'escreva, por exemplo, "x-lang": "pt-BR" (ou apague: pt-BR é o padrão)',
      details: 'BCP 47',
    }),
    en: (p: { value: string }): Wording => ({
      text: `${q(p.value)} is not a language code: "x-lang" says which language the form's texts are in`,
      fix: 'write, for example, "x-lang": "pt-BR" (or delete it: pt-BR is the default)',
      details: 'BCP 47',
    }),
  },
};
