/**
 * The builder's list of fields: each with its kind, whether it is required, the check's problems about
 * it, buttons to edit, move (keyboard: the buttons keep the focus and the move is announced) and
 * remove it, its advanced JSON read-only, and its settings panel (an `<sf-form>`) when open. Below the
 * list, a new field of a chosen kind.
 */
import { append, hidden, h } from './dom.js';
import { FIELD_KINDS, type FieldKind } from './field-kinds.js';
import { addField, moveField, moveFieldTo, removeField, setFieldKeywords, setRequired } from './form-edits.js';
import type { BuilderField } from './form-model.js';
import { groupMembers, moveIntoControl, type GroupState } from './group-view.js';
import { problemSlot, settingsPanel, type ViewContext } from './view-context.js';

/** The drag data type of a field being dragged (its key). */
const DRAG_TYPE = 'application/x-schemaforms-field';

/** What the list remembers between drawings (the open settings: a key, or `<group>/<key>`). */
export interface FieldsState extends GroupState {
  newKind: FieldKind;
  newLabel: string;
}

function advancedBlock(summary: string, value: Record<string, unknown>): HTMLElement | undefined {
  if (Object.keys(value).length === 0) return undefined;
  return h(
    'details',
    { class: 'builder-advanced' },
    h('summary', {}, summary),
    h('pre', { class: 'json', tabindex: '0' }, JSON.stringify(value, null, 2)),
  );
}

function fieldItem(context: ViewContext, state: FieldsState, field: BuilderField, index: number): HTMLElement {
  const { t, model, host } = context;
  const total = model.fields.length;
  const kindName = field.kind ? t.kind[field.kind] : t.advancedKind;
  const move = (step: -1 | 1) => () => {
    const position = index + step + 1;
    // The focus stays on the same button of the moved field; at an end, on the other one.
    const atEnd = position === 1 || position === total;
    const focus = atEnd ? `${step === -1 ? 'down' : 'up'}:${field.key}` : `${step === -1 ? 'up' : 'down'}:${field.key}`;
    context.change(moveField(host.text(), field.key, step), t.moved(field.label, position, total), focus);
  };
  const remove = () => {
    if (state.open === field.key) state.open = undefined;
    const neighbour = model.fields[index + 1] ?? model.fields[index - 1];
    context.change(
      removeField(host.text(), field.key),
      t.removed(field.label),
      neighbour ? `edit:${neighbour.key}` : 'new-kind',
    );
  };
  const toggle = () => {
    state.open = state.open === field.key ? undefined : field.key;
    context.redraw(`edit:${field.key}`);
  };
  const open = state.open === field.key && field.kind !== undefined;
  // Drag and drop by the field's head (the Subir/Descer buttons are the keyboard way to do the same).
  const item = h('li', { class: 'builder-field', 'data-key': field.key });
  item.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    item.classList.add('drop-target');
  });
  item.addEventListener('dragleave', () => item.classList.remove('drop-target'));
  item.addEventListener('drop', (event) => {
    const key = event.dataTransfer?.getData(DRAG_TYPE);
    item.classList.remove('drop-target');
    const moved = model.fields.find((f) => f.key === key);
    if (!moved || moved.key === field.key) return;
    event.preventDefault();
    context.change(
      moveFieldTo(host.text(), moved.key, index),
      t.moved(moved.label, index + 1, total),
      `edit:${moved.key}`,
    );
  });
  return append(
    item,
    h(
      'div',
      {
        class: 'builder-field-head',
        draggable: 'true',
        ondragstart: (event: DragEvent) => {
          event.dataTransfer?.setData(DRAG_TYPE, field.key);
          if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
        },
      },
      h('span', { class: 'drag-handle', 'aria-hidden': 'true' }, '⠿'),
      h('span', { class: 'builder-field-label' }, field.label),
      h('span', { class: 'builder-field-kind' }, field.required ? `${kindName} · ${t.requiredMark}` : kindName),
      h('code', {}, field.key),
    ),
    field.help !== undefined && h('p', { class: 'hint' }, field.help),
    problemSlot(`field:${field.key}`),
    h(
      'div',
      { class: 'builder-actions' },
      field.kind &&
        h(
          'button',
          { type: 'button', 'aria-expanded': String(open), 'data-focus': `edit:${field.key}`, onclick: toggle },
          t.edit,
          hidden(` ${field.label}`),
        ),
      index > 0 &&
        h(
          'button',
          { type: 'button', 'data-focus': `up:${field.key}`, onclick: move(-1) },
          t.moveUp,
          hidden(` ${field.label}`),
        ),
      index < total - 1 &&
        h(
          'button',
          { type: 'button', 'data-focus': `down:${field.key}`, onclick: move(1) },
          t.moveDown,
          hidden(` ${field.label}`),
        ),
      moveIntoControl(context, state, field),
      h('button', { type: 'button', class: 'danger', onclick: remove }, t.remove, hidden(` ${field.label}`)),
    ),
    advancedBlock(t.advancedJson, field.advanced),
    open &&
      settingsPanel(context, state, field, field.key, (text, keywords, required) =>
        setRequired(setFieldKeywords(text, field.key, keywords), field.key, required),
      ),
    field.kind === 'group' && groupMembers(context, state, field),
  );
}

function addFieldRow(context: ViewContext, state: FieldsState): HTMLElement {
  const { t, host } = context;
  const kind = h(
    'select',
    {
      id: 'builder-new-kind',
      'data-focus': 'new-kind',
      onchange: (event: Event) => (state.newKind = (event.target as HTMLSelectElement).value as FieldKind),
    },
    ...FIELD_KINDS.map((k) => h('option', { value: k, selected: k === state.newKind }, t.kind[k])),
  );
  const label = h('input', {
    id: 'builder-new-label',
    type: 'text',
    value: state.newLabel,
    maxlength: '200',
    autocomplete: 'off',
    oninput: (event: Event) => (state.newLabel = (event.target as HTMLInputElement).value),
  });
  const add = () => {
    const text = state.newLabel.trim();
    if (!text) {
      host.announce(t.needLabel);
      label.focus();
      return;
    }
    const { text: next } = addField(host.text(), state.newKind, text);
    state.newLabel = '';
    context.change(next, t.added(text, t.kind[state.newKind]), 'new-label');
  };
  label.dataset.focus = 'new-label';
  label.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') add();
  });
  return h(
    'div',
    { class: 'builder-add' },
    h('label', { for: 'builder-new-kind' }, t.newKind),
    kind,
    h('label', { for: 'builder-new-label' }, t.newLabel),
    label,
    h('button', { type: 'button', class: 'primary', onclick: add }, t.addField),
  );
}

/** The "Campos" section. */
export function fieldsSection(context: ViewContext, state: FieldsState): HTMLElement {
  const { t, model } = context;
  return h(
    'section',
    { class: 'builder-section', 'aria-labelledby': 'builder-fields-heading' },
    h('h3', { id: 'builder-fields-heading' }, t.fieldsHeading),
    model.fields.length === 0
      ? h('p', { class: 'hint' }, t.noFields)
      : h('ol', { class: 'builder-fields' }, ...model.fields.map((field, i) => fieldItem(context, state, field, i))),
    addFieldRow(context, state),
  );
}

export { advancedBlock };
