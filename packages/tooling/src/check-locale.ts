/**
 * The language of `schemaforms check`'s messages: pt-BR (the editors' language, the default) or en,
 * chosen with `--locale` or, failing that, from the environment as gettext does (LC_ALL, then
 * LC_MESSAGES, then LANG) — or the browser's language in the playground. No Node built-ins here.
 */

/** A language the check speaks. */
export type CheckLocale = 'pt-BR' | 'en';

/** Every language the check speaks. */
export const CHECK_LOCALES: readonly CheckLocale[] = Object.freeze(['pt-BR', 'en']);

/** The language used when nothing says otherwise: the one of the people who write the forms. */
export const DEFAULT_CHECK_LOCALE: CheckLocale = 'pt-BR';

/**
 * Reads a locale name (`pt-BR`, `pt_BR.UTF-8`, `en_US`, `en`, `C`) as a check language, or
 * `undefined` when it names neither. `C` and `POSIX` mean "untranslated", so English.
 */
export function parseCheckLocale(name: string | undefined): CheckLocale | undefined {
  if (!name) return undefined;
  const language = name
    .trim()
    .split(/[_.@-]/)[0]!
    .toLowerCase();
  if (language === 'pt') return 'pt-BR';
  if (language === 'en' || language === 'c' || language === 'posix') return 'en';
  return undefined;
}

/** The environment variables the check reads, in the order gettext gives them precedence. */
export const LOCALE_VARIABLES: readonly string[] = Object.freeze(['LC_ALL', 'LC_MESSAGES', 'LANG']);

/**
 * The check language of an environment: the first non-empty of LC_ALL, LC_MESSAGES and LANG decides (a
 * language the check does not speak falls back to the default). Without `env`, reads the process's
 * environment in Node, or `navigator.language` in a browser.
 */
export function environmentLocale(env?: Readonly<Record<string, string | undefined>>): CheckLocale {
  const scope = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    navigator?: { language?: string };
  };
  const variables = env ?? scope.process?.env;
  if (variables) {
    for (const name of LOCALE_VARIABLES) {
      const value = variables[name];
      if (value) return parseCheckLocale(value) ?? DEFAULT_CHECK_LOCALE;
    }
    if (env) return DEFAULT_CHECK_LOCALE;
  }
  return parseCheckLocale(scope.navigator?.language) ?? DEFAULT_CHECK_LOCALE;
}
