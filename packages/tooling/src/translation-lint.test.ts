import { describe, expect, it } from 'vitest';
import { checkFormText } from './check.js';
import { CHECK_RULES } from './check-rules.js';
import { formText, positionOf } from './test-support/forms.js';

const FILE = 'cat/subject.schema.json';
const check = (text: string, locale: 'pt-BR' | 'en') =>
  checkFormText(text, { displayFile: `schemas/${FILE}`, relativePath: FILE, locale }).diagnostics;

const translatedRoot = '"x-i18n": { "en": { "title": "Subject" } }';
const numero = (i18n: string) =>
  `"numero": { "type": "string", "maxLength": 9, "x-code": false, "title": "Número do pedido", "description": "Veja em Pedidos"${i18n} }`;

/** One translation mistake: the form, where the check points, and the exact messages. */
interface TranslationCase {
  readonly name: string;
  readonly text: string;
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly pointer: string;
  readonly at: string;
  readonly en: string;
  readonly pt: string;
}

const CASES: readonly TranslationCase[] = [
  {
    name: 'a description without its English text',
    text: formText(numero(', "x-i18n": { "en": { "title": "Order number" } }'), { extraRoot: translatedRoot }),
    code: 'translation-missing',
    severity: 'warning',
    pointer: '/properties/numero/description',
    at: '"Veja em Pedidos"',
    en: '"Veja em Pedidos" has no "en" translation: on a page in en this text shows in pt-BR — add "description": "…" to this schema\'s "x-i18n" → "en"',
    pt: 'falta a tradução em "en" de "Veja em Pedidos": numa página em en, esse texto aparece em pt-BR — acrescente "description": "…" ao "x-i18n" → "en" deste esquema',
  },
  {
    name: 'an option label without any translation',
    text: formText(
      '"tipo": { "type": "string", "title": "Tipo", "x-i18n": { "en": { "title": "Kind" } }, "oneOf": [{ "const": "a", "title": "Atraso" }] }',
      { extraRoot: translatedRoot },
    ),
    code: 'translation-missing',
    severity: 'warning',
    pointer: '/properties/tipo/oneOf/0/title',
    at: '"Atraso"',
    en: '"Atraso" has no "en" translation: on a page in en this text shows in pt-BR — add to this schema "x-i18n": { "en": { "title": "…" } }',
    pt: 'falta a tradução em "en" de "Atraso": numa página em en, esse texto aparece em pt-BR — acrescente a este esquema "x-i18n": { "en": { "title": "…" } }',
  },
  {
    name: 'an x-errorMessage entry without its translation',
    text: formText(
      '"m": { "type": "string", "maxLength": 9, "pattern": "^a", "title": "M", "x-errorMessage": { "pattern": "Comece com a" }, "x-i18n": { "en": { "title": "M" } } }',
      { extraRoot: translatedRoot },
    ),
    code: 'translation-missing',
    severity: 'warning',
    pointer: '/properties/m/x-errorMessage/pattern',
    at: '"Comece com a"',
    en: '"Comece com a" has no "en" translation: on a page in en this text shows in pt-BR — add "x-errorMessage": { "pattern": "…" } to this schema\'s "x-i18n" → "en"',
    pt: 'falta a tradução em "en" de "Comece com a": numa página em en, esse texto aparece em pt-BR — acrescente "x-errorMessage": { "pattern": "…" } ao "x-i18n" → "en" deste esquema',
  },
  {
    name: 'a rule inside a translation',
    text: formText(
      numero(', "x-i18n": { "en": { "title": "Order number", "description": "See Orders", "minLength": 3 } }'),
      {
        extraRoot: translatedRoot,
      },
    ),
    code: 'translation-not-text',
    severity: 'error',
    pointer: '/properties/numero/x-i18n/en/minLength',
    at: '"minLength"',
    en: '"minLength" is not translated: "x-i18n" → "en" holds only the texts a person reads ("title", "description", "x-errorMessage") — delete "minLength" here: the field\'s rules hold in every language and stay outside "x-i18n"',
    pt: '"minLength" não se traduz: em "x-i18n" → "en" só entram os textos que a pessoa lê ("title", "description", "x-errorMessage") — apague "minLength" daqui: as regras do campo valem em todos os idiomas e ficam fora do "x-i18n"',
  },
  {
    name: 'texts put in x-i18n without their language',
    text: formText(numero(', "x-i18n": { "title": "Order number" }'), { extraRoot: translatedRoot }),
    code: 'translation-not-locale',
    severity: 'error',
    pointer: '/properties/numero/x-i18n/title',
    at: '"title": "Order number"',
    en: '"title" is not a language code: in "x-i18n" each key is a language ("en", "es", "pt-BR") and the texts go inside it — write "x-i18n": { "en": { "title": … } } (details: BCP 47)',
    pt: '"title" não é um código de idioma: em "x-i18n", cada chave é um idioma ("en", "es", "pt-BR") e os textos vão dentro dela — escreva "x-i18n": { "en": { "title": … } } (detalhes: BCP 47)',
  },
  {
    name: 'a translation in a locale the root does not declare',
    text: formText(
      numero(
        ', "x-i18n": { "en": { "title": "Order number", "description": "See Orders" }, "es": { "title": "Número de pedido" } }',
      ),
      { extraRoot: translatedRoot },
    ),
    code: 'translation-undeclared',
    severity: 'warning',
    pointer: '/properties/numero/x-i18n/es',
    at: '"es"',
    en: 'the "es" translation never shows: the form\'s root "x-i18n" does not declare "es" — add to the root "x-i18n": { "es": { "title": "<the subject in es>" } }',
    pt: 'a tradução em "es" nunca aparece: o "x-i18n" da raiz do formulário não declara "es" — acrescente à raiz "x-i18n": { "es": { "title": "<o assunto em es>" } }',
  },
  {
    name: 'a translated title that is not a text',
    text: formText(numero(', "x-i18n": { "en": { "title": 3, "description": "See Orders" } }'), {
      extraRoot: translatedRoot,
    }),
    code: 'translation-value',
    severity: 'error',
    pointer: '/properties/numero/x-i18n/en/title',
    at: '3',
    en: 'the "en" translation of "title" is not a text, and is ignored — write the text in quotes',
    pt: 'a tradução de "title" em "en" não é um texto, e é ignorada — escreva o texto entre aspas',
  },
  {
    name: 'an x-lang that is not a language code',
    text: formText(numero(''), { extraRoot: '"x-lang": "portugues"' }),
    code: 'invalid-lang',
    severity: 'error',
    pointer: '/x-lang',
    at: '"portugues"',
    en: '"portugues" is not a language code: "x-lang" says which language the form\'s texts are in — write, for example, "x-lang": "pt-BR" (or delete it: pt-BR is the default) (details: BCP 47)',
    pt: '"portugues" não é um código de idioma: "x-lang" diz em que idioma estão os textos do formulário — escreva, por exemplo, "x-lang": "pt-BR" (ou apague: pt-BR é o padrão) (detalhes: BCP 47)',
  },
];

describe('schemaforms check: translations (x-i18n)', () => {
  it.each(CASES)('$name → $code, worded in en and pt-BR, at its place', (c) => {
    for (const [locale, message] of [
      ['en', c.en],
      ['pt-BR', c.pt],
    ] as const) {
      const diagnostics = check(c.text, locale);
      const found = diagnostics.find((d) => d.code === c.code && d.pointer === c.pointer);
      expect(found, JSON.stringify(diagnostics, null, 2)).toEqual({
        file: `schemas/${FILE}`,
        ...positionOf(c.text, c.at),
        pointer: c.pointer,
        severity: c.severity,
        code: c.code,
        message,
      });
      expect(CHECK_RULES[c.code]?.severity).toBe(c.severity);
    }
  });

  it('is silent about a form translated in full, and about texts nobody reads (an "if")', () => {
    const text = formText(numero(', "x-i18n": { "en": { "title": "Order number", "description": "See *Orders*." } }'), {
      extraRoot: `${translatedRoot}, "x-lang": "pt-BR", "if": { "title": "Condição", "properties": { "numero": { "const": "1" } }, "required": ["numero"] }, "then": { "required": ["numero"] }`,
    });
    expect(check(text, 'en')).toEqual([]);
  });

  it('asks nothing of a form in one language, even one whose root names its own language', () => {
    expect(check(formText(numero('')), 'en').filter((d) => d.code.startsWith('translation'))).toEqual([]);
    const own = formText(numero(''), { extraRoot: '"x-i18n": { "pt-BR": {} }' });
    expect(check(own, 'en').filter((d) => d.code.startsWith('translation'))).toEqual([]);
  });

  it('warns about the root title too, once per declared locale', () => {
    const text = formText(
      numero(', "x-i18n": { "en": { "title": "Order number", "description": "See Orders" }, "es": {} }'),
      {
        extraRoot: '"x-i18n": { "en": {}, "es": {} }',
      },
    );
    const missing = check(text, 'en').filter((d) => d.code === 'translation-missing');
    expect(
      missing.map(
        (d) => `${d.pointer} ${d.message.slice(d.message.indexOf('no "'), d.message.indexOf(' translation'))}`,
      ),
    ).toEqual([
      '/title no "en"',
      '/title no "es"',
      '/properties/numero/title no "es"',
      '/properties/numero/description no "es"',
    ]);
  });
});
