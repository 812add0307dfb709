/**
 * Saving the form: on the dev server, the file under `schemas/` through `/api/dev/forms` (which writes
 * only inside the forms folder), after showing what changes against the file on disk; elsewhere (a
 * built playground has no endpoint), a download of the text.
 */
import { h } from './dom.js';
import { lineDiff } from './line-diff.js';
import type { ViewContext } from './view-context.js';

/** The dev server's endpoint for the forms folder. */
export const FORMS_ENDPOINT = '/api/dev/forms';

/**
 * The path just written and when, for the page that comes back: the dev server reloads the page when a
 * form file changes, before or after the answer to the write arrives.
 */
const SAVING_KEY = 'schemaforms:builder:saving';

/** How long after a save a reloaded page still says "saved". */
const RELOAD_WINDOW_MS = 15_000;

function remember(path: string | undefined): void {
  try {
    if (path === undefined) sessionStorage.removeItem(SAVING_KEY);
    else sessionStorage.setItem(SAVING_KEY, JSON.stringify({ path, at: Date.now() }));
  } catch {
    // Without storage the page only misses the "saved" sentence after a reload.
  }
}

/**
 * After a reload right after a save: says "saved" when the file on disk is the editor's text (and
 * nothing when it is not: the person sees the file unchanged and can save again).
 */
export async function confirmSaveAfterReload(context: Pick<ViewContext, 'host' | 't'>): Promise<void> {
  let saving: { path?: unknown; at?: unknown } | undefined;
  try {
    saving = JSON.parse(sessionStorage.getItem(SAVING_KEY) ?? 'null') as typeof saving;
  } catch {
    return;
  }
  remember(undefined);
  if (typeof saving?.path !== 'string' || typeof saving.at !== 'number') return;
  if (Date.now() - saving.at > RELOAD_WINDOW_MS) return;
  const path = saving.path;
  const response = await fetch(`${FORMS_ENDPOINT}?path=${encodeURIComponent(path)}`).catch(() => undefined);
  if (response?.ok && (await response.text()) === context.host.text()) context.host.announce(context.t.saved(path));
}

/** What the save section remembers between drawings. */
export interface SaveState {
  /** The reviewed change, waiting for confirmation: the path and the text that was compared. */
  review: { path: string; text: string; diff: HTMLElement } | undefined;
}

async function errorText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    return body.error ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

async function review(context: ViewContext, state: SaveState, path: string): Promise<void> {
  const { t, host } = context;
  const text = host.text();
  let before = '';
  let exists = false;
  try {
    const response = await fetch(`${FORMS_ENDPOINT}?path=${encodeURIComponent(path)}`);
    if (response.ok) {
      before = await response.text();
      exists = true;
    } else if (response.status !== 404) throw new Error(await errorText(response));
  } catch (error) {
    host.announce(t.saveFailed((error as Error).message));
    return;
  }
  const lines = lineDiff(before, text);
  const diff = h(
    'div',
    { class: 'builder-diff' },
    h('p', {}, exists ? (before === text ? t.noChange : '') : t.newFile),
    h(
      'pre',
      { class: 'json', tabindex: '0', 'aria-label': t.diffHeading(path) },
      ...lines.map((line) =>
        h(
          'span',
          { class: `diff-${line.kind}` },
          `${line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}${line.text}\n`,
        ),
      ),
    ),
  );
  state.review = { path, text, diff };
  context.redraw('confirm-save');
}

async function save(context: ViewContext, state: SaveState): Promise<void> {
  const { t, host } = context;
  const pending = state.review;
  if (!pending) return;
  remember(pending.path);
  let typesError: string | undefined;
  try {
    const response = await fetch(FORMS_ENDPOINT, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: pending.path, text: pending.text }),
    });
    if (!response.ok) throw new Error(await errorText(response));
    // The file is saved either way; a form the type generator refuses is said, not undone.
    const body = (await response.json().catch(() => ({}))) as { types?: { error?: unknown } };
    if (typeof body.types?.error === 'string') typesError = body.types.error;
  } catch (error) {
    // The key stays: a reload by the dev server aborts this request after the file was written, and
    // the page that comes back says "saved" only when the file on disk is the text.
    host.announce(t.saveFailed((error as Error).message));
    return;
  }
  // Kept: the reload the dev server may still send says "saved" again (see confirmSaveAfterReload).
  remember(pending.path);
  state.review = undefined;
  context.redraw('review-save');
  host.announce(typesError ? `${t.saved(pending.path)} ${t.typesFailed(typesError)}` : t.saved(pending.path));
}

function download(path: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: path.split('/').pop() ?? 'form.schema.json' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The "Salvar" section; `dev` tells whether the dev server's endpoint is there. */
export function saveSection(context: ViewContext, state: SaveState, dev: boolean): HTMLElement {
  const { t, host } = context;
  const path = host.path();
  // A review of another path or an older text is stale.
  if (state.review && (state.review.path !== path || state.review.text !== host.text())) state.review = undefined;
  const pending = state.review;
  return h(
    'section',
    { class: 'builder-section', 'aria-labelledby': 'builder-save-heading' },
    h('h3', { id: 'builder-save-heading' }, t.saveHeading),
    h('p', { class: 'hint' }, path ? t.saveTo(path) : t.noPath),
    h(
      'div',
      { class: 'builder-actions' },
      dev &&
        h(
          'button',
          {
            type: 'button',
            'data-focus': 'review-save',
            disabled: !path,
            onclick: () => void review(context, state, path),
          },
          t.reviewSave,
        ),
      h('button', { type: 'button', disabled: !path, onclick: () => download(path, host.text()) }, t.download),
    ),
    pending &&
      h(
        'div',
        { class: 'builder-review' },
        h('h4', {}, t.diffHeading(pending.path)),
        pending.diff,
        h(
          'div',
          { class: 'builder-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              'data-focus': 'confirm-save',
              onclick: () => void save(context, state),
            },
            t.confirmSave,
          ),
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                state.review = undefined;
                context.redraw('review-save');
              },
            },
            t.cancel,
          ),
        ),
      ),
  );
}
