/**
 * Registers a custom element only once a page uses its tag, so a bundle that offers an element most
 * pages do not use (the embed's `<sf-ticket>`) does not make every page download it. This is the usual
 * autoloader pattern (Shoelace's and Web Awesome's): look for the tag in the document, watch the
 * document for it with a `MutationObserver`, and import the element's module (which defines it) the
 * first time the tag is seen. Until then the tag is an undefined element: properties a script sets on it
 * stay on the instance, and the element's class takes them over when it upgrades (Lit does so for its
 * declared properties), so nothing set before the code arrives is lost.
 *
 * A document observer does not see inside shadow roots: a host component that renders the tag in its own
 * shadow root calls {@link DefinitionWhenUsed.load} (or imports the element's module) itself.
 */

/** The words shown inside the undefined element while its code loads, and when it cannot be fetched. */
export interface LoadingWords {
  readonly loading: string;
  readonly failed: string;
}

/** What {@link defineWhenUsed} returns. */
export interface DefinitionWhenUsed {
  /** Loads the element's code now (once), for a tag the observer cannot see (inside a shadow root). */
  readonly load: () => Promise<void>;
}

/** Marks the fallback paragraphs this module put inside an undefined element, to take them out again. */
const FALLBACK_ATTRIBUTE = 'data-sf-loading';

/**
 * Defines `tag` by importing `load()` the first time the document contains the tag. While the code
 * loads, each element of the tag in the document shows a short status line (`words` picks the language
 * from the element's `locale` attribute); if it cannot be fetched, the line becomes
 * an alert and each element fires `sf-error` (`kind: 'network'`) with the reason.
 */
export function defineWhenUsed(
  tag: string,
  load: () => Promise<unknown>,
  words: (language: string) => LoadingWords,
): DefinitionWhenUsed {
  let loading: Promise<void> | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.localName === tag || node.querySelector(tag))) {
          void start();
          return;
        }
      }
    }
  });

  const start = (): Promise<void> => {
    if (loading) return loading;
    observer.disconnect();
    const waiting = customElements.get(tag) ? [] : [...document.querySelectorAll(tag)];
    for (const element of waiting) showFallback(element, words, 'loading');
    loading = load().then(
      () => {
        for (const element of waiting) element.querySelector(`:scope > [${FALLBACK_ATTRIBUTE}]`)?.remove();
      },
      (error: unknown) => {
        const message = `<${tag}> could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        for (const element of document.querySelectorAll(tag)) {
          showFallback(element, words, 'failed');
          element.dispatchEvent(
            new CustomEvent('sf-error', { bubbles: true, composed: true, detail: { kind: 'network', message } }),
          );
        }
        // Reported on the elements; a later `load()` tries again (the network may be back).
        loading = undefined;
      },
    );
    return loading;
  };

  if (!customElements.get(tag)) {
    if (document.querySelector(tag)) void start();
    else observer.observe(document, { childList: true, subtree: true });
  }
  return { load: start };
}

/** Puts (or updates) the status line inside an element whose code has not arrived. */
function showFallback(element: Element, words: (language: string) => LoadingWords, state: 'loading' | 'failed'): void {
  // The element's own `locale` attribute, as `<sf-ticket>` itself reads it (pt-BR when unset).
  const language = element.getAttribute('locale') ?? '';
  let line = element.querySelector<HTMLElement>(`:scope > [${FALLBACK_ATTRIBUTE}]`);
  if (!line) {
    line = document.createElement('p');
    line.setAttribute(FALLBACK_ATTRIBUTE, '');
    element.append(line);
  }
  line.setAttribute('role', state === 'loading' ? 'status' : 'alert');
  line.textContent = words(language)[state];
}
