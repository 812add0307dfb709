// The page's own elements and the sentences it says: the live region, and interface text with `code`.

/** The page element with id `id` (the playground's HTML has each of them). */
export const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** Says `message` in the polite live region. */
export function announce(message: string): void {
  const region = byId('announcer');
  // The same sentence twice must be spoken twice: alternate a trailing no-break space.
  region.textContent = region.textContent === message ? `${message}\u00a0` : message;
}

/** Puts a sentence with `code` spans into an element, as text nodes only. */
export function setRichText(element: Element, text: string): void {
  element.replaceChildren(
    ...text.split('`').map((part, i) => {
      if (i % 2 === 0) return document.createTextNode(part);
      const code = document.createElement('code');
      code.textContent = part;
      return code;
    }),
  );
}
