import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseTicketLink, withoutTicketParams, type TicketLink } from './ticket-link.js';

/** State `<sf-ticket>` keeps in `history.state` to find a subject again on Back/Forward. */
const HISTORY_KEY = 'sfTicketSubject';

/** What the in-page links need from `<sf-ticket>`. */
export interface TicketLinksTarget {
  /** Whether the catalog has subject `id`. */
  hasSubject(id: string): boolean;
  /** The subject whose form is shown, '' on the choice or the receipt. */
  shownSubject(): string;
  /** Shows a subject's form, prefilled with `params`; false when the catalog has no such subject. */
  open(id: string, params?: ReadonlyMap<string, string>): boolean;
  /** Goes back to the choice step. */
  showChoice(): void;
}

/**
 * Links that open a subject (`?assunto=…`): the page's own address once the catalog is known, an
 * in-page link clicked (followed with `history.pushState`, answers stay in memory), Back/Forward, and
 * tidying the address once the linked subject is left.
 */
export class TicketLinksController implements ReactiveController {
  readonly #target: TicketLinksTarget;
  #readLocation = false;
  #pushed = false;
  #prefilledParams: string[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, target: TicketLinksTarget) {
    this.#target = target;
    host.addController(this);
    host.addEventListener('click', (event) => this.#onClick(event));
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Opens the subject the page's address names, the first time the catalog is known. */
  openFromAddressOnce(): void {
    if (this.#readLocation) return;
    this.#readLocation = true;
    const link = parseTicketLink(new URL(location.href));
    if (link) this.#openLink(link);
  }

  /** Remembers which parameters a link put into a form, to drop them from the address later. */
  rememberPrefilled(params: string[]): void {
    this.#prefilledParams = params;
  }

  /** Drops `assunto` and the prefilled parameters from the address, so a reload starts at the choice. */
  leaveLinkUrl(): void {
    const here = new URL(location.href);
    if (!parseTicketLink(here)) return;
    const next = withoutTicketParams(here, this.#prefilledParams);
    history.replaceState(history.state, '', next);
    this.#prefilledParams = [];
  }

  #openLink(link: TicketLink): boolean {
    return this.#target.open(link.subject, link.params);
  }

  /** Follows an in-page link with `?assunto=` without leaving the page (answers stay in memory). */
  #onClick(event: MouseEvent): void {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    // A link that opens a new tab (help inside a form) leaves this page and its unsent answers alone.
    if (!anchor || anchor.target === '_blank') return;
    let url: URL;
    try {
      url = new URL(anchor.href, location.href);
    } catch {
      return;
    }
    if (url.origin !== location.origin || url.pathname !== location.pathname) return;
    const link = parseTicketLink(url);
    if (!link || !this.#target.hasSubject(link.subject)) return;
    event.preventDefault();
    history.replaceState({ ...(history.state ?? {}), [HISTORY_KEY]: this.#target.shownSubject() }, '');
    history.pushState({ [HISTORY_KEY]: link.subject }, '', url);
    this.#pushed = true;
    this.#openLink(link);
  }

  #onPopState = (event: PopStateEvent): void => {
    if (!this.#pushed) return;
    const remembered = (event.state as Record<string, unknown> | null)?.[HISTORY_KEY];
    if (typeof remembered === 'string') {
      if (remembered === '' || !this.#target.open(remembered)) this.#target.showChoice();
      return;
    }
    const link = parseTicketLink(new URL(location.href));
    if (!link || !this.#openLink(link)) this.#target.showChoice();
  };
}
