/**
 * The "Texto" / "Visual" tabs above the playground's editor. Both edit the editor's text; the visual
 * builder's code loads only when its tab is first opened. Tabs follow the ARIA tabs pattern (arrow
 * keys, Home and End move between them).
 */
import type { CheckOutcome } from '../checker.js';
import type { JsonEditor } from '../json-editor.js';
import { announce, byId } from '../page-text.js';
import { keepReplaced } from '../saved-text.js';
import type { BuilderHost } from './builder-host.js';
import { changeBetween } from './json-path-edits.js';

/** The tabs' own words (the builder's other strings load with it). */
const TAB_TEXT = {
  'pt-BR': { text: 'Texto', visual: 'Visual', label: 'Modo de edição', loading: 'Carregando o editor visual…' },
  en: { text: 'Text', visual: 'Visual', label: 'Editing mode', loading: 'Loading the visual editor…' },
};

const tabText = () => (document.documentElement.lang.toLowerCase().startsWith('en') ? TAB_TEXT.en : TAB_TEXT['pt-BR']);

/** What the page tells the tabs. */
export interface VisualTab {
  /** The editor's text changed (typed, loaded, or by the builder). */
  textChanged(): void;
  /** A check finished. */
  checked(outcome: CheckOutcome): void;
}

type Builder = import('./builder-view.js').VisualBuilder;

/** The tab this browser tab last showed: the dev server reloads the page when a form file is saved. */
const TAB_KEY = 'schemaforms:playground:tab';

function lastTab(): 0 | 1 {
  try {
    return sessionStorage.getItem(TAB_KEY) === 'visual' ? 1 : 0;
  } catch {
    return 0;
  }
}

/** Wires the tabs (`#tab-text`, `#tab-visual`) and their panels (`#text-panel`, `#visual-panel`). */
export function mountVisualTab(editor: JsonEditor, pathInput: HTMLInputElement): VisualTab {
  const tabs = [byId<HTMLButtonElement>('tab-text'), byId<HTMLButtonElement>('tab-visual')] as const;
  const panels = [byId('text-panel'), byId('visual-panel')] as const;
  let builder: Builder | undefined;
  let loading: Promise<Builder> | undefined;
  let editing = false;
  let lastCheck: CheckOutcome | undefined;

  const host: BuilderHost = {
    text: () => editor.value,
    edit: (next) => {
      editing = true;
      try {
        editor.view.dispatch({ changes: changeBetween(editor.value, next), userEvent: 'input.builder' });
      } finally {
        editing = false;
      }
    },
    replace: (next) => {
      // Set aside, as every whole-text replacement of the playground is, so it can be restored.
      keepReplaced(editor.value);
      editing = true;
      try {
        editor.replace(next);
      } finally {
        editing = false;
      }
    },
    path: () => pathInput.value.trim(),
    setPath: (path) => {
      pathInput.value = path;
      pathInput.dispatchEvent(new Event('input'));
    },
    announce,
    locale: () => document.documentElement.lang,
  };

  const visualShown = () => !panels[1].hidden;

  async function loadBuilder(): Promise<Builder> {
    loading ??= import('./builder-view.js').then(
      ({ VisualBuilder }) => new VisualBuilder(panels[1], host, import.meta.env.DEV),
    );
    return loading;
  }

  function select(index: 0 | 1, focus: boolean): void {
    try {
      sessionStorage.setItem(TAB_KEY, index === 1 ? 'visual' : 'text');
    } catch {
      // Without storage a reload opens the text tab.
    }
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      panels[i]!.hidden = i !== index;
    });
    if (focus) tabs[index].focus();
    if (index === 1) {
      if (!builder) panels[1].textContent = tabText().loading;
      void loadBuilder().then((loaded) => {
        builder = loaded;
        if (!visualShown()) return;
        builder.draw();
        if (lastCheck) builder.showCheck(lastCheck.text, lastCheck.diagnostics);
      });
    }
  }

  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(i as 0 | 1, false));
    tab.addEventListener('keydown', (event) => {
      const keys: Record<string, 0 | 1> = { ArrowLeft: 0, ArrowRight: 1, Home: 0, End: 1 };
      const target = event.key === 'ArrowLeft' || event.key === 'ArrowRight' ? ((1 - i) as 0 | 1) : keys[event.key];
      if (target === undefined) return;
      event.preventDefault();
      select(target, true);
    });
  });

  const labelTabs = () => {
    const t = tabText();
    tabs[0].textContent = t.text;
    tabs[1].textContent = t.visual;
    byId('edit-tabs').setAttribute('aria-label', t.label);
  };
  labelTabs();
  new MutationObserver(() => {
    labelTabs();
    if (builder && visualShown()) builder.draw();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  if (lastTab() === 1) select(1, false);

  return {
    textChanged() {
      if (!editing && builder && visualShown()) builder.refresh();
    },
    checked(outcome) {
      lastCheck = outcome;
      builder?.showCheck(outcome.text, outcome.diagnostics);
    },
  };
}
