/**
 * Translated texts (`x-i18n`): the same schema with the texts a person reads (titles, help, option
 * labels, `x-errorMessage`) in another language. A subschema carries its translations next to its
 * texts, `"x-i18n": {"en": {"title": "Order number"}}`; the base texts are in the form's own language,
 * the root's `x-lang` (pt-BR when absent); the locales a form declares are the keys of its root
 * `x-i18n`. Loaded on first use (see `translations.ts`): most forms have one language.
 */
import { defineOwn, getIn, isObject, parsePointer } from '../json-pointer.js';
import { indexSchema } from '../schema-index.js';
import type { CompiledSchema, JsonPointer, JsonSchemaObject, Locale } from '../types.js';

/** The texts a translation may give; anything else in an `x-i18n` entry is a mistake the check reports. */
export const TRANSLATABLE_KEYS: readonly string[] = Object.freeze(['title', 'description', 'x-errorMessage']);

/** The form's own language when the root declares none. */
export const DEFAULT_FORM_LANGUAGE = 'pt-BR';

/** A BCP 47 language tag as forms write them: `en`, `pt-BR`, `es-419`, `zh-Hant-TW`. */
const LOCALE_TAG = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?$/;

/** Whether `tag` is a language tag that `x-i18n` and `x-lang` accept. */
export function isLocaleTag(tag: string): boolean {
  return LOCALE_TAG.test(tag);
}

/** The form's own language: the root's `x-lang`, else pt-BR. */
export function baseLanguage(schema: JsonSchemaObject): string {
  const declared = schema['x-lang'];
  return typeof declared === 'string' && isLocaleTag(declared) ? declared : DEFAULT_FORM_LANGUAGE;
}

/** The locales a form declares besides its own: the keys of its root `x-i18n`. */
export function declaredLocales(schema: JsonSchemaObject): string[] {
  const root = schema['x-i18n'];
  return isObject(root) ? Object.keys(root).filter(isLocaleTag) : [];
}

const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Which of `available` (plus `base`) speaks `requested`: the same tag, else the same language
 * (`en-US` → `en`, `pt` → `pt-BR`); the base wins a tie. `undefined` means the base texts.
 */
export function matchLocale(requested: string, base: string, available: readonly string[]): string | undefined {
  const wanted = requested.toLowerCase();
  if (base.toLowerCase() === wanted) return undefined;
  const exact = available.find((tag) => tag.toLowerCase() === wanted);
  if (exact) return exact;
  if (primaryLanguage(base) === primaryLanguage(wanted)) return undefined;
  return available.find((tag) => primaryLanguage(tag) === primaryLanguage(wanted));
}

/** `schema` with the texts of its `x-i18n[tag]` entry in place of its own, or itself without one. */
function translated(schema: JsonSchemaObject, tag: string): JsonSchemaObject {
  const translations = schema['x-i18n'];
  const entry = isObject(translations) ? translations[tag] : undefined;
  if (!isObject(entry)) return schema;
  const copy: Record<string, unknown> = { ...schema };
  for (const key of TRANSLATABLE_KEYS) {
    const text = entry[key];
    if (key === 'x-errorMessage' && isObject(text) && isObject(schema[key]))
      // A map by keyword: a keyword without its translation keeps the base sentence.
      copy[key] = { ...schema[key], ...text };
    else if (typeof text === 'string' || (key === 'x-errorMessage' && isObject(text))) copy[key] = text;
  }
  return copy;
}

/** Puts `replacement` at `tokens` below `container`, copying each container on the way (never mutating). */
function replaceAt(container: unknown, tokens: readonly string[], replacement: unknown): unknown {
  if (tokens.length === 0) return replacement;
  const [token, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(container)) {
    const copy = container.slice();
    copy[Number(token)] = replaceAt(container[Number(token)], rest, replacement);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(container as Record<string, unknown>) };
  defineOwn(copy, token, replaceAt(Object.hasOwn(copy, token) ? copy[token] : undefined, rest, replacement));
  return copy;
}

/**
 * The schema with every subschema's texts in `tag`: the same structure, so every JSON Pointer (and
 * the validator addressing subschemas by them) stays valid; subschemas without texts to change are
 * shared with the original.
 */
function translatedSchema(compiled: CompiledSchema, tag: string): JsonSchemaObject {
  const index = indexSchema(compiled.schema, compiled.dialect);
  const pointers: JsonPointer[] = [];
  for (const [pointer, node] of index.nodes)
    if (isObject(node.schema) && isObject(node.schema['x-i18n'])) pointers.push(pointer);
  // Each replacement reads the tree as translated so far: a parent's copy keeps its children's texts.
  let root: unknown = compiled.schema;
  for (const pointer of pointers) {
    const tokens = parsePointer(pointer);
    root = replaceAt(root, tokens, translated(getIn(root, tokens) as JsonSchemaObject, tag));
  }
  // The copy is this module's own (the root always has `x-i18n` here); the caller's schema is never frozen.
  return (root === compiled.schema ? root : Object.freeze(root)) as JsonSchemaObject;
}

const byLocale = new WeakMap<CompiledSchema, Map<string, CompiledSchema>>();

/**
 * `compiled` speaking `locale`: its schema's texts in the declared locale that matches, the base
 * texts wherever a translation is missing; `compiled` itself when the locale is the form's own or
 * not declared. Made once per schema and locale, so every form of it shares the schema caches.
 */
export function localizedCompiled(compiled: CompiledSchema, locale: Locale | string): CompiledSchema {
  const tag = matchLocale(locale, baseLanguage(compiled.schema), declaredLocales(compiled.schema));
  if (tag === undefined) return compiled;
  let known = byLocale.get(compiled);
  if (!known) byLocale.set(compiled, (known = new Map()));
  let localized = known.get(tag);
  if (!localized) known.set(tag, (localized = { ...compiled, schema: translatedSchema(compiled, tag) }));
  return localized;
}
