// The forms the server has live, for editors trying a schema in the playground: when the page is served
// by the production server, `GET /api/forms/status` lists each form's live revision and the errors of a
// file that does not pass the check (file:line:col), refreshed every few seconds. Served statically (no
// such endpoint), the panel stays out of the page.

/** One form as `GET /api/forms/status` lists it (see demo/server/live-forms.ts). */
interface FormStatusLine {
  readonly subject: string;
  readonly file: string;
  readonly liveRevision: string | null;
  readonly retired?: { readonly acceptedUntil: string };
  readonly errors: readonly { readonly location: string; readonly message: string }[];
}

const WORDS = {
  'pt-BR': {
    heading: 'Formulários no servidor',
    live: (revision: string) => `no ar: revisão ${revision}`,
    notLive: 'fora do ar (nenhuma revisão válida)',
    retired: (until: string) => `arquivo removido; aceito até ${until}`,
    errors: (count: number) => (count === 1 ? '1 erro pendente' : `${count} erros pendentes`),
  },
  en: {
    heading: 'Forms on the server',
    live: (revision: string) => `live: revision ${revision}`,
    notLive: 'offline (no valid revision)',
    retired: (until: string) => `file deleted; accepted until ${until}`,
    errors: (count: number) => (count === 1 ? '1 pending error' : `${count} pending errors`),
  },
};

const REFRESH_MS = 5_000;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function render(section: HTMLElement, forms: readonly FormStatusLine[], locale: 'pt-BR' | 'en'): void {
  const words = WORDS[locale];
  const list = element('ul', undefined, 'forms-status-list');
  for (const form of forms) {
    const item = element('li');
    item.dataset.subject = form.subject;
    item.append(element('code', form.subject), ' — ');
    const state = form.liveRevision ? words.live(form.liveRevision.slice(0, 12)) : words.notLive;
    item.append(element('span', state, 'forms-status-state'));
    if (form.retired) item.append(' · ', element('span', words.retired(form.retired.acceptedUntil)));
    if (form.errors.length > 0) {
      item.append(' · ', element('strong', words.errors(form.errors.length)));
      const errors = element('ul');
      for (const error of form.errors) {
        const line = element('li');
        line.append(element('code', error.location), ` ${error.message}`);
        errors.append(line);
      }
      item.append(errors);
    }
    list.append(item);
  }
  section.replaceChildren(element('h2', words.heading), list);
  section.querySelector('h2')!.id = 'forms-status-heading';
}

/**
 * Adds the panel to the page's `<main>` once the server answers `/api/forms/status`, and keeps it
 * current; `locale` is read on each refresh, so a language switch shows at the next one.
 */
export function startFormsStatusPanel(locale: () => 'pt-BR' | 'en'): void {
  const section = element('section', undefined, 'problems forms-status');
  section.setAttribute('aria-labelledby', 'forms-status-heading');
  const refresh = async (): Promise<boolean> => {
    let forms: readonly FormStatusLine[];
    try {
      const response = await fetch('/api/forms/status', { cache: 'no-store', headers: { Accept: 'application/json' } });
      if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return false;
      forms = ((await response.json()) as { forms: FormStatusLine[] }).forms;
    } catch {
      return false;
    }
    if (!Array.isArray(forms)) return false;
    render(section, forms, locale());
    if (!section.isConnected) document.querySelector('main')?.append(section);
    return true;
  };
  void refresh().then((served) => {
    if (served) setInterval(() => void refresh(), REFRESH_MS);
  });
}
