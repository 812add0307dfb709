// The schema playground: a JSON editor with the check's diagnostics on its lines, the live <sf-form>
// the schema makes (compiled at runtime; Ajv loads lazily), its payload, catalog forms and samples to
// start from, and a shareable link. What someone types is saved as they type and never dropped.
import {
  compileSchema,
  engineFeaturesReady,
  SchemaError,
  type CompiledSchema,
  type JsonSchemaObject,
} from '@schemaforms/core';
import '@schemaforms/elements';
import { sampleContext } from '../src/sample-stores.js';
import { Checker, type CheckOutcome } from './checker.js';
import { renderDiagnostics } from './diagnostics-panel.js';
import { startFormsStatusPanel } from './forms-status-panel.js';
import { JsonEditor } from './json-editor.js';
import { livePayload, maskSecrets, mirrorOf, secretPointers } from './payload.js';
import { renderReplacedTexts } from './replaced-texts-view.js';
import { keepReplaced, loadSaved, replacedTexts, saveSetting, saveText, takeReplaced } from './saved-text.js';
import { announce, byId as $, setRichText } from './page-text.js';
import { renderPreviewStatus, type CompileState } from './preview-status.js';
import { shareLink, sharedState } from './share-link.js';
import { loadSources, renderSourceMenu, sourceName } from './source-menu.js';
import { BLANK_SCHEMA, sharedSchemas } from './sources.js';
import { mountTestSubmission } from './builder/test-submission.js';
import { mountVisualTab } from './builder/visual-tab.js';
import { playgroundLocale, stringsFor, type PlaygroundLocale, type PlaygroundStrings } from './strings.js';

/** Quiet time after the last keystroke before the check runs and before the form is rebuilt. */
const CHECK_DELAY_MS = 250;
const FORM_DELAY_MS = 400;

const preview = $('preview') as HTMLElementTagNameMap['sf-form'];
const pathInput = $<HTMLInputElement>('path');
const sourceSelect = $<HTMLSelectElement>('source');
const languageSelect = $<HTMLSelectElement>('language');

let locale: PlaygroundLocale = 'pt-BR';
let t: PlaygroundStrings = stringsFor(locale);

// ---------- state ----------

let compileState: CompileState = { kind: 'pending' };
let compiled: CompiledSchema | undefined;
let lastCheck: CheckOutcome | undefined;
let saveWarned = false;
const filledSecrets = new Set<string>();
let secrets = new Set<string>();

function applyLocale(next: PlaygroundLocale): void {
  locale = next;
  t = stringsFor(next);
  document.documentElement.lang = next;
  languageSelect.value = next;
  document.title = `${t.title} · schemaforms`;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = t[element.dataset.i18n as keyof PlaygroundStrings];
    if (typeof value === 'string') setRichText(element, value);
  }
  editor.setLanguage(next, t.editorLabel);
  preview.locale = next;
  renderSources();
  renderReplaced();
  renderDiagnosticsPanel();
  renderFormStatus();
  renderPayload();
}

// ---------- sources ----------

const sources = loadSources();

function renderSources(): void {
  renderSourceMenu(sourceSelect, sources, t);
}

async function openSource(key: string): Promise<void> {
  const source = sources.find((s) => s.key === key);
  if (!source) return;
  const name = sourceName(source, t);
  let text: string;
  try {
    text = await source.text();
  } catch (error) {
    console.error(error);
    announce(t.loadFailed(name));
    return;
  }
  replaceText(text, source.path ?? '');
  saveSetting('source', key);
  announce(t.loaded(name));
}

/** Sets a text that is about to leave the editor aside in the list of previous texts. */
function keepAside(text: string): void {
  if (!keepReplaced(text)) announce(t.replacedKeepFailed);
  renderReplaced();
}

/** Replaces the editor's text, setting the current one aside first (see `restore`). */
function replaceText(text: string, path: string): void {
  const current = editor.value;
  if (current !== text) keepAside(current);
  pathInput.value = path;
  saveSetting('path', path || undefined);
  editor.replace(text);
}

function renderReplaced(): void {
  $('restore-row').hidden = renderReplacedTexts($<HTMLSelectElement>('replaced'), replacedTexts(), { locale, t }) === 0;
}

// ---------- editor, check and form ----------

const checker = new Checker((outcome) => {
  // A check of a text that is no longer in the editor is stale: a newer one is on its way.
  if (outcome.text !== editor.value || (outcome.path ?? '') !== pathInput.value.trim()) return;
  lastCheck = outcome;
  const status = $('check-status');
  status.dataset.mode = outcome.mode;
  status.dataset.ms = String(outcome.ms);
  $('diagnostics').removeAttribute('data-stale');
  editor.setDiagnostics(outcome.diagnostics);
  visualTab.checked(outcome);
  renderDiagnosticsPanel();
  renderFormStatus();
});

// The check's messages follow the page's language, as the CLI's follow --locale.
checker.useLocale(() => locale);
// A `$ref` to a shared file of the forms folder is checked in that file, as `schemaforms check` does.
checker.useDocuments(sharedSchemas);

let checkTimer = 0;
let formTimer = 0;

function textChanged(text: string): void {
  if (!saveText(text) && !saveWarned) {
    saveWarned = true;
    announce(t.saveFailed);
    $('check-status').textContent = t.saveFailed;
  }
  clearTimeout(checkTimer);
  clearTimeout(formTimer);
  checkTimer = window.setTimeout(() => checker.request(text, pathInput.value.trim() || undefined), CHECK_DELAY_MS);
  formTimer = window.setTimeout(() => void rebuildForm(text), FORM_DELAY_MS);
  // The form on screen was made from an older text until the rebuild below finishes.
  $('form-status').dataset.current = 'false';
  // Until the new check answers, the list describes an older text. (The status line is a live region:
  // it changes only when a result does, so a screen reader is not told "checking" at every pause.)
  $('diagnostics').setAttribute('data-stale', '');
  visualTab.textChanged();
}

const editor = new JsonEditor($('editor'), {
  onChange: textChanged,
  locale: () => locale,
  attributes: { id: 'editor-text', 'aria-label': t.editorLabel, 'aria-describedby': 'editor-hint check-status' },
});
// The "Visual" tab: a form builder editing the same text (its code loads when the tab is opened).
const visualTab = mountVisualTab(editor, pathInput);
// The dry-run endpoint that validates like the intake exists on the dev server only.
if (import.meta.env.DEV)
  mountTestSubmission(
    () => preview.value,
    () => editor.value,
  );
// The editor for the browser console and the end-to-end tests (its state is CodeMirror's).
Object.defineProperty(window, 'playgroundEditor', { value: editor });

/**
 * `schema` with the shared files its `$ref`s name embedded, as the build precompiles a form (the same
 * object when it names none). A ref to a file the folder lacks is a `SchemaError` naming it.
 */
async function withSharedFiles(schema: unknown): Promise<unknown> {
  if (sharedSchemas.length === 0 || typeof schema !== 'object' || schema === null || Array.isArray(schema))
    return schema;
  const { bundleRegisteredRefs } = await import('@schemaforms/core/remote-refs');
  return bundleRegisteredRefs(schema as JsonSchemaObject, sharedSchemas);
}

async function rebuildForm(text: string): Promise<void> {
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    compileState = { kind: 'broken', text, detail: `${t.invalidJson} ${(error as Error).message}` };
    renderFormStatus();
    return;
  }
  let next: CompiledSchema;
  try {
    next = await compileSchema(await withSharedFiles(schema));
    // The payload panel's own form model (mirrorOf) needs the engine code the schema uses, too.
    await engineFeaturesReady(next);
  } catch (error) {
    if (text !== editor.value) return;
    const detail = error instanceof SchemaError ? `${error.code} ${error.pointer}: ${error.message}` : String(error);
    compileState = { kind: 'broken', text, detail };
    renderFormStatus();
    return;
  }
  if (text !== editor.value) return;
  // The answers given so far carry over to the new schema (unknown ones are dropped by the core).
  const answers = compiled ? preview.value : undefined;
  compiled = next;
  filledSecrets.clear();
  if (answers !== undefined) preview.value = answers;
  preview.schema = next;
  compileState = { kind: 'ok', text };
  await preview.updateComplete;
  renderFormStatus();
  renderPayload();
}

// ---------- rendering ----------

function renderDiagnosticsPanel(): void {
  renderDiagnostics(lastCheck, t, (line, column) => editor.goTo(line, column));
}

function renderFormStatus(): void {
  renderPreviewStatus({ compileState, hasForm: compiled !== undefined, lastCheck, text: editor.value }, t);
}

function renderPayload(): void {
  const out = $('payload');
  const validity = $('validity');
  if (!compiled || !preview.shadowRoot) {
    out.textContent = '{}';
    validity.textContent = '';
    return;
  }
  const answers = preview.value;
  const root = mirrorOf(compiled, answers, sampleContext);
  secrets = root ? secretPointers(root) : new Set();
  out.textContent = JSON.stringify(root ? livePayload(root, answers, filledSecrets) : answers, null, 2);
  const valid = preview.validity.valid;
  validity.dataset.state = valid ? 'ok' : 'error';
  validity.textContent = valid ? t.valid : t.invalid(preview.validationMessage);
}

// ---------- events ----------

preview.context = sampleContext;
$('context').textContent = JSON.stringify(sampleContext, null, 2);

const onAnswer = (event: Event) => {
  // <sf-form> never exposes a secret; its input tells whether the secret field holds something.
  const target = event.composedPath()[0];
  if (target instanceof HTMLInputElement) {
    const pointer = target.closest('[data-pointer]')?.getAttribute('data-pointer');
    if (pointer !== undefined && pointer !== null && secrets.has(pointer)) {
      if (target.value === '') filledSecrets.delete(pointer);
      else filledSecrets.add(pointer);
    }
  }
  renderPayload();
};
preview.addEventListener('input', onAnswer);
preview.addEventListener('change', onAnswer);
preview.addEventListener('sf-submit', (event) => {
  event.preventDefault();
  $('submitted').textContent = JSON.stringify(maskSecrets(event.detail.value, secrets), null, 2);
  $('submitted-box').hidden = false;
});

$('clear-answers').addEventListener('click', () => {
  filledSecrets.clear();
  preview.value = {};
  void preview.updateComplete.then(renderPayload);
});

$('open').addEventListener('click', () => void openSource(sourceSelect.value));

$('format').addEventListener('click', () => {
  try {
    editor.replace(`${JSON.stringify(JSON.parse(editor.value), null, 2)}\n`);
  } catch {
    announce(t.invalidJson);
    editor.nextDiagnostic();
  }
});

$('restore').addEventListener('click', () => {
  const chosen = takeReplaced(Number($<HTMLSelectElement>('replaced').value || 0));
  if (chosen === undefined) return;
  // Swapped, not dropped: what the editor held joins the list, so it can be restored in turn.
  const current = editor.value;
  if (current !== chosen) keepAside(current);
  editor.replace(chosen);
  renderReplaced();
  announce(t.restored);
});

$('share').addEventListener('click', () => {
  const path = pathInput.value.trim();
  void shareLink(path ? { text: editor.value, path } : { text: editor.value }, t);
});

pathInput.addEventListener('input', () => {
  saveSetting('path', pathInput.value.trim() || undefined);
  clearTimeout(checkTimer);
  checkTimer = window.setTimeout(
    () => checker.request(editor.value, pathInput.value.trim() || undefined),
    CHECK_DELAY_MS,
  );
});

languageSelect.addEventListener('change', () => {
  const next = playgroundLocale(languageSelect.value);
  saveSetting('lang', next);
  applyLocale(next);
  checker.request(editor.value, pathInput.value.trim() || undefined);
});

// ---------- start ----------

// A link pasted into this tab's address bar changes only the hash: open it like a fresh load.
window.addEventListener('hashchange', async () => {
  const shared = await sharedState(t);
  if (shared) replaceText(shared.text, shared.path ?? '');
});

async function start(): Promise<void> {
  const saved = loadSaved();
  const query = new URLSearchParams(location.search).get('lang');
  applyLocale(playgroundLocale(query ?? saved.lang ?? document.documentElement.lang));

  let text = saved.text;
  let path = saved.path ?? '';
  const shared = await sharedState(t);
  if (shared) {
    if (text !== undefined && text !== shared.text) keepAside(text);
    text = shared.text;
    path = shared.path ?? '';
  }
  if (text === undefined) {
    const first = sources.find((s) => s.key === 'sample:kitchen-sink') ?? sources[0]!;
    text = await first.text().catch(() => BLANK_SCHEMA);
    path = first.path ?? '';
    sourceSelect.value = first.key;
  } else if (saved.source) {
    sourceSelect.value = saved.source;
  }
  pathInput.value = path;
  editor.load(text);
}

void start();

// The server's live forms and their pending errors, when a server that knows them serves the page.
startFormsStatusPanel(() => locale);
