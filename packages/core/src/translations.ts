/**
 * The eager side of translated texts (`x-i18n`): a form whose root has `x-i18n` fetches the code that
 * resolves them (`engine/localized-texts.ts`, a chunk of its own) the first time one is seen; every
 * other form pays for nothing but the check of one root keyword.
 */
import { isObject } from './json-pointer.js';
import type { CompiledSchema, Locale } from './types.js';

/** The code once here; `null` when it could not be fetched (the base texts show, never no form). */
let textsCode: typeof import('./engine/localized-texts.js') | null | undefined;
let textsLoad: Promise<void> | undefined;

/**
 * Fetches the code that resolves translated texts when `compiled` declares some (a root `x-i18n`)
 * and it is not here yet; `undefined` when there is nothing to wait for. Hosts await it before
 * `createForm`, so the first render is already in the page's language.
 */
export function translationsReady(compiled: CompiledSchema): Promise<void> | undefined {
  return textsCode !== undefined || !isObject(compiled.schema['x-i18n'])
    ? undefined
    : (textsLoad ??= import('./engine/localized-texts.js').then(
        (code) => void (textsCode = code),
        () => void (textsCode = null),
      ));
}

/**
 * `compiled` with its texts in `locale`: itself for a form in one language, or while the code is
 * still on its way (then `arrived` is called once it is here, for the form to show its texts again).
 */
export function textsIn(compiled: CompiledSchema, locale: Locale, arrived: () => void): CompiledSchema {
  if (textsCode) return textsCode.localizedCompiled(compiled, locale);
  void translationsReady(compiled)?.then(arrived);
  return compiled;
}
