/**
 * The translation rules of the check (`x-i18n`, `x-lang`): for every locale the form declares (the
 * keys of its root `x-i18n`), a warning for each text a person reads (title, description, option
 * label, `x-errorMessage` entry) that has no translation in it; errors for an `x-i18n` key that is
 * not a language code, or a translated key that is not a text.
 */
import type { Dialect } from '@schemaforms/core';
import { baseLanguage, declaredLocales, isLocaleTag, TRANSLATABLE_KEYS } from '@schemaforms/core/localized-texts';
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { joinPointer } from './json-pointer.js';
import type { Reporter, SchemaObject } from './lint-context.js';
import { childSchemas, isObject } from './schema-walk.js';

/** Subschemas whose texts nobody reads: a condition is tested, never shown. */
const UNSHOWN = new Set(['if', 'not', 'contains', 'propertyNames']);

const q = (value: unknown): string => JSON.stringify(value);

/** Reports the translation problems of the form `root`. */
export function lintTranslations(root: unknown, dialect: Dialect, report: Reporter, locale: CheckLocale): void {
  if (!isObject(root)) return;
  const lang = root['x-lang'];
  if (lang !== undefined && (typeof lang !== 'string' || !isLocaleTag(lang)))
    report('/x-lang', 'invalid-lang', 'error', checkMessage('invalid-lang', { value: String(lang) }, locale));
  const declared = declaredLocales(root);
  const base = baseLanguage(root);
  // A root entry in the form's own language declares nothing to translate into.
  const targets = declared.filter((tag) => tag.toLowerCase() !== base.toLowerCase());
  const stack: { schema: SchemaObject; pointer: string; shown: boolean }[] = [
    { schema: root, pointer: '', shown: true },
  ];
  while (stack.length > 0) {
    const { schema, pointer, shown } = stack.pop()!;
    lintEntries(schema, pointer, declared, report, locale);
    if (shown) for (const tag of targets) lintMissing(schema, pointer, { tag, base }, report, locale);
    for (const child of childSchemas(schema, dialect))
      if (isObject(child.schema))
        stack.push({
          schema: child.schema,
          pointer: joinPointer(pointer, ...child.tokens),
          shown: shown && !UNSHOWN.has(child.keyword),
        });
  }
}

/** The `x-i18n` of one subschema: language codes, declared ones, translatable keys with text values. */
function lintEntries(
  schema: SchemaObject,
  pointer: string,
  declared: readonly string[],
  report: Reporter,
  locale: CheckLocale,
): void {
  const translations = schema['x-i18n'];
  if (!isObject(translations)) return;
  for (const tag of Object.keys(translations)) {
    const at = joinPointer(pointer, 'x-i18n', tag);
    if (!isLocaleTag(tag)) {
      const params = { key: tag, isText: TRANSLATABLE_KEYS.includes(tag) };
      report(at, 'translation-not-locale', 'error', checkMessage('translation-not-locale', params, locale), {
        key: true,
      });
      continue;
    }
    if (pointer !== '' && !declared.includes(tag))
      report(at, 'translation-undeclared', 'warning', checkMessage('translation-undeclared', { locale: tag }, locale), {
        key: true,
      });
    const entry = translations[tag];
    if (!isObject(entry)) continue;
    for (const key of Object.keys(entry)) {
      const params = { key, locale: tag };
      if (!TRANSLATABLE_KEYS.includes(key))
        report(
          joinPointer(at, key),
          'translation-not-text',
          'error',
          checkMessage('translation-not-text', params, locale),
          {
            key: true,
          },
        );
      else if (!isText(key, entry[key]))
        report(joinPointer(at, key), 'translation-value', 'error', checkMessage('translation-value', params, locale));
    }
  }
}

/** Whether `value` is what a translation of `key` must be: a text, or texts by keyword for x-errorMessage. */
function isText(key: string, value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return key === 'x-errorMessage' && isObject(value) && Object.values(value).every((v) => typeof v === 'string');
}

/** A warning for each text of `schema` without its translation in `tag`. */
function lintMissing(
  schema: SchemaObject,
  pointer: string,
  languages: { tag: string; base: string },
  report: Reporter,
  locale: CheckLocale,
): void {
  const translations = schema['x-i18n'];
  const entry =
    isObject(translations) && isObject(translations[languages.tag]) ? translations[languages.tag] : undefined;
  const has = (key: string) => isObject(entry) && isText(key, entry[key]);
  const warn = (at: string, text: string, snippet: string) =>
    report(
      at,
      'translation-missing',
      'warning',
      checkMessage(
        'translation-missing',
        { locale: languages.tag, base: languages.base, text, snippet, hasEntry: entry !== undefined },
        locale,
      ),
    );
  for (const key of ['title', 'description']) {
    const text = schema[key];
    if (typeof text === 'string' && text.trim() !== '' && !has(key))
      warn(joinPointer(pointer, key), text, `${q(key)}: "…"`);
  }
  const messages = schema['x-errorMessage'];
  if (typeof messages === 'string' && !has('x-errorMessage'))
    warn(joinPointer(pointer, 'x-errorMessage'), messages, '"x-errorMessage": "…"');
  if (!isObject(messages)) return;
  const translated = isObject(entry) ? entry['x-errorMessage'] : undefined;
  for (const keyword of Object.keys(messages)) {
    const text = messages[keyword];
    if (typeof text !== 'string' || typeof translated === 'string') continue;
    if (isObject(translated) && typeof translated[keyword] === 'string') continue;
    warn(joinPointer(pointer, 'x-errorMessage', keyword), text, `"x-errorMessage": { ${q(keyword)}: "…" }`);
  }
}
