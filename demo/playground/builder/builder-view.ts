/**
 * The playground's visual builder: the form's own details, its fields, its rules and saving, drawn from
 * the editor's text each time it changes, every action an edit of that text. Loaded only when the
 * "Visual" tab is first opened.
 */
import type { Diagnostic } from '@schemaforms/tooling/check';
import { placeProblems, type BuilderHost } from './builder-host.js';
import { builderStrings } from './builder-strings.js';
import { h } from './dom.js';
import { slugFromText } from './field-key.js';
import { advancedBlock, fieldsSection, type FieldsState } from './fields-view.js';
import { setFormSettings } from './form-edits.js';
import { readForm, type FormModel } from './form-model.js';
import { rulesSection, type RulesState } from './rules-view.js';
import { confirmSaveAfterReload, saveSection, type SaveState } from './save-view.js';
import { fillProblems, problemSlot, settingsForm, type ViewContext } from './view-context.js';

/** The text "Começar formulário vazio" starts from: the conventions of a catalog form, no fields yet. */
export const EMPTY_FORM = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemaforms.example/schemas/categoria/assunto.schema.json",
  "title": "Novo assunto",
  "x-category": "Categoria",
  "type": "object",
  "properties": {},
  "unevaluatedProperties": false
}
`;

const ID_PREFIX = 'https://schemaforms.example/schemas/';
/** The placeholder path of a form not yet named (the empty form's, the blank schema's). */
const PLACEHOLDER_PATH = 'categoria/assunto.schema.json';

function formSection(context: ViewContext, start: () => void): HTMLElement {
  const { t, host, model } = context;
  const schema = {
    type: 'object',
    properties: {
      title: { type: 'string', title: t.formTitle, minLength: 1, maxLength: 200 },
      category: { type: 'string', title: t.formCategory, minLength: 1, maxLength: 100 },
      description: { type: 'string', title: t.formDescription, maxLength: 2000, 'x-widget': 'textarea' },
    },
    required: ['title', 'category'],
  };
  const value = {
    title: model.title,
    category: model.category,
    ...(model.description ? { description: model.description } : {}),
  };
  const form = settingsForm(schema, value, host.locale());
  const apply = () => {
    if (!form.reportValidity()) return;
    const answers = form.value as { title: string; category: string; description?: string };
    const current = host.path();
    // A form not yet named gets its file from its category and title; a named one keeps its path.
    const unnamed = current === '' || current === PLACEHOLDER_PATH;
    const path = unnamed ? `${slugFromText(answers.category)}/${slugFromText(answers.title)}.schema.json` : current;
    if (unnamed) host.setPath(path);
    const next = setFormSettings(host.text(), {
      title: answers.title.trim(),
      category: answers.category.trim(),
      description: answers.description?.trim() ?? '',
      ...(unnamed ? { id: `${ID_PREFIX}${path}` } : {}),
    });
    context.change(next, t.formApplied, 'apply-form');
  };
  return h(
    'section',
    { class: 'builder-section', 'aria-labelledby': 'builder-form-heading' },
    h('h3', { id: 'builder-form-heading' }, t.formHeading),
    h('div', { class: 'builder-actions' }, h('button', { type: 'button', onclick: start }, t.startEmpty)),
    form,
    h(
      'div',
      { class: 'builder-actions' },
      h('button', { type: 'button', class: 'primary', 'data-focus': 'apply-form', onclick: apply }, t.applyForm),
    ),
    problemSlot('form'),
    advancedBlock(t.advancedFormJson, model.advanced),
  );
}

/** The builder, drawn into `container`. */
export class VisualBuilder {
  readonly #container: HTMLElement;
  readonly #host: BuilderHost;
  readonly #dev: boolean;
  #diagnostics: readonly Diagnostic[] = [];
  #drawnText: string | undefined;
  readonly #fields: FieldsState = {
    open: undefined,
    newKind: 'text',
    newLabel: '',
    drafts: new Map(),
    targets: new Map(),
  };
  readonly #rules: RulesState = { kind: 'show', help: '', target: undefined, trigger: undefined, value: undefined };
  readonly #save: SaveState = { review: undefined };
  #reloadChecked = false;

  constructor(container: HTMLElement, host: BuilderHost, dev: boolean) {
    this.#container = container;
    this.#host = host;
    this.#dev = dev;
  }

  /** Draws the builder for the current text, unless it already shows it. */
  refresh(): void {
    if (this.#drawnText !== this.#host.text()) this.draw();
  }

  /** Shows the check's problems of the current text beside what they point at. */
  showCheck(text: string, diagnostics: readonly Diagnostic[]): void {
    if (text !== this.#host.text()) return;
    this.#diagnostics = diagnostics;
    fillProblems(this.#container, placeProblems(diagnostics));
  }

  /** Draws everything again and puts the focus on `[data-focus=focus]`, if given. */
  draw(focus?: string): void {
    const host = this.#host;
    const t = builderStrings(host.locale());
    const text = host.text();
    this.#drawnText = text;
    let model: FormModel;
    try {
      model = readForm(text);
    } catch (error) {
      this.#container.replaceChildren(
        h('p', { class: 'banner', 'data-state': 'error' }, t.notJson((error as Error).message)),
        h(
          'div',
          { class: 'builder-actions' },
          h('button', { type: 'button', onclick: () => this.#start() }, t.startEmpty),
        ),
      );
      return;
    }
    const context: ViewContext = {
      host,
      t,
      model,
      change: (next, message, target) => {
        host.edit(next);
        this.#diagnostics = [];
        this.draw(target);
        host.announce(message);
      },
      redraw: (target) => this.draw(target),
    };
    // A settings panel stays open while its field (root, or `<group>/<key>`) is still there.
    const openKeys = model.fields.flatMap((f) => [f.key, ...(f.children ?? []).map((c) => `${f.key}/${c.key}`)]);
    if (this.#fields.open !== undefined && !openKeys.includes(this.#fields.open)) this.#fields.open = undefined;
    this.#container.replaceChildren(
      formSection(context, () => this.#start()),
      fieldsSection(context, this.#fields),
      rulesSection(context, this.#rules),
      saveSection(context, this.#save, this.#dev),
    );
    fillProblems(this.#container, placeProblems(this.#diagnostics));
    if (!this.#reloadChecked) {
      this.#reloadChecked = true;
      void confirmSaveAfterReload({ host, t });
    }
    if (focus) this.#container.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focus)}"]`)?.focus();
  }

  #start(): void {
    const host = this.#host;
    host.replace(EMPTY_FORM);
    host.setPath('');
    this.#fields.open = undefined;
    this.#diagnostics = [];
    this.draw();
    host.announce(builderStrings(host.locale()).startedEmpty);
  }
}
