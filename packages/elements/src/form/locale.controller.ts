import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  arrivedStrings,
  DEFAULT_STRINGS,
  loadStrings,
  resolveLocale,
  type ElementStrings,
  type ElementsLocale,
} from '../i18n/strings.js';
import { fireError } from './events.js';

const langWatchers = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/**
 * One observer for the whole page tells every connected form when a `lang` attribute changes, so a
 * render never has to walk up the tree to find its language.
 */
function watchLang(onChange: () => void): void {
  langWatchers.add(onChange);
  if (!langObserver) {
    langObserver = new MutationObserver(() => {
      for (const watcher of langWatchers) watcher();
    });
    langObserver.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
  }
}

function unwatchLang(onChange: () => void): void {
  langWatchers.delete(onChange);
  if (langWatchers.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

/**
 * The language an element speaks and its strings: its own `locale`, else the nearest `lang` ancestor,
 * followed live through one page-wide `MutationObserver`, else pt-BR. English strings are a chunk: the
 * element keeps speaking the language it had (pt-BR at first) until they arrive, then switches; if
 * they cannot be fetched it stays in pt-BR and fires `sf-error` (network).
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #explicitLocale: () => string | undefined;
  /** Whether the language must be looked up again (on connect, and when a `lang` attribute changes). */
  #stale = true;
  #locale: ElementsLocale = 'pt-BR';
  #strings: ElementStrings = DEFAULT_STRINGS;
  /** The strings of the language wanted being fetched: `updateComplete` waits for them. */
  stringsLoad: Promise<void> | undefined;

  /** @param explicitLocale - the element's own `locale` property, which wins over any `lang`. */
  constructor(host: ReactiveControllerHost & HTMLElement, explicitLocale: () => string | undefined) {
    this.#host = host;
    this.#explicitLocale = explicitLocale;
    host.addController(this);
  }

  /** The language in use. */
  get locale(): ElementsLocale {
    return this.#locale;
  }

  /** The built-in strings of that language. */
  get strings(): ElementStrings {
    return this.#strings;
  }

  hostConnected(): void {
    this.#stale = true;
    watchLang(this.#langChanged);
  }

  hostDisconnected(): void {
    unwatchLang(this.#langChanged);
  }

  /**
   * Looks the language up again when a `lang` changed or `locale` did (`localeChanged`); call it before
   * rendering. Returns whether the language is a different one now.
   */
  refresh(localeChanged: boolean): boolean {
    if (!this.#stale && !localeChanged) return false;
    this.#stale = false;
    const locale = resolveLocale(this.#host, this.#explicitLocale());
    if (locale === this.#locale) return false;
    const strings = arrivedStrings(locale);
    if (!strings) {
      this.#fetch(locale);
      return false;
    }
    this.#locale = locale;
    this.#strings = strings;
    return true;
  }

  /** Fetches the strings of `locale`, then looks the language up again (it may have changed meanwhile). */
  #fetch(locale: ElementsLocale): void {
    if (this.stringsLoad) return;
    this.stringsLoad = loadStrings(locale).then(
      () => {
        this.stringsLoad = undefined;
        this.#stale = true;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.stringsLoad = undefined;
        fireError(this.#host, {
          kind: 'network',
          message: `The ${locale} strings could not be loaded; the form speaks pt-BR: ${error instanceof Error ? error.message : String(error)}`,
        });
      },
    );
  }

  #langChanged = (): void => {
    if (this.#explicitLocale()) return;
    this.#stale = true;
    this.#host.requestUpdate();
  };
}
