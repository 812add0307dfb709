/**
 * A Grupo's fields in the builder's list: each with the same buttons as a root field (edit, move up and
 * down, remove) plus "Tirar do grupo", and a row adding a field to the group. For root fields, "Mover
 * para o grupo…" with the group to move into. Every move keeps the focus with the moved field and is
 * announced in the live region: the keyboard way to do what dragging does.
 */
import { append, h, hidden } from './dom.js';
import { FIELD_KINDS, type FieldKind } from './field-kinds.js';
import type { BuilderField } from './form-model.js';
import {
  addGroupField,
  moveGroupField,
  moveIntoGroup,
  moveOutOfGroup,
  removeGroupField,
  setGroupFieldKeywords,
  setGroupFieldRequired,
  type MoveRefused,
} from './group-edits.js';
import { settingsPanel, type ViewContext } from './view-context.js';

/** What the group lists remember between drawings. */
export interface GroupState {
  /** `<group>/<key>` of the group field whose settings are open (root fields use their key). */
  open: string | undefined;
  /** The kind and label being typed for a new field, by group key. */
  readonly drafts: Map<string, { kind: FieldKind; label: string }>;
  /** The group chosen in each root field's "Mover para o grupo…" list, by field key. */
  readonly targets: Map<string, string>;
}

function childItem(
  context: ViewContext,
  state: GroupState,
  group: BuilderField,
  field: BuilderField,
  index: number,
): HTMLElement {
  const { t, host } = context;
  const children = group.children ?? [];
  const total = children.length;
  const id = `${group.key}/${field.key}`;
  const kindName = field.kind ? t.kind[field.kind] : t.advancedKind;
  const move = (step: -1 | 1) => () => {
    const position = index + step + 1;
    const atEnd = position === 1 || position === total;
    const focus = atEnd ? `${step === -1 ? 'down' : 'up'}:${id}` : `${step === -1 ? 'up' : 'down'}:${id}`;
    context.change(
      moveGroupField(host.text(), group.key, field.key, step),
      t.moved(field.label, position, total),
      focus,
    );
  };
  const remove = () => {
    if (state.open === id) state.open = undefined;
    context.change(removeGroupField(host.text(), group.key, field.key), t.removed(field.label), `edit:${group.key}`);
  };
  const takeOut = () => {
    const moved = moveOutOfGroup(host.text(), group.key, field.key);
    if ('refused' in moved) return host.announce(t.group.refused[moved.refused](field.label));
    if (state.open === id) state.open = undefined;
    context.change(moved.text, t.group.movedOut(field.label, group.label), `edit:${field.key}`);
  };
  const toggle = () => {
    state.open = state.open === id ? undefined : id;
    context.redraw(`edit:${id}`);
  };
  const open = state.open === id && field.kind !== undefined;
  const named = (text: string) => [text, hidden(` ${field.label}`)] as const;
  return h(
    'li',
    { class: 'builder-field', 'data-key': id },
    h(
      'div',
      { class: 'builder-field-head' },
      h('span', { class: 'builder-field-label' }, field.label),
      h('span', { class: 'builder-field-kind' }, field.required ? `${kindName} · ${t.requiredMark}` : kindName),
      h('code', {}, field.key),
    ),
    field.help !== undefined && h('p', { class: 'hint' }, field.help),
    h(
      'div',
      { class: 'builder-actions' },
      field.kind &&
        h(
          'button',
          { type: 'button', 'aria-expanded': String(open), 'data-focus': `edit:${id}`, onclick: toggle },
          ...named(t.edit),
        ),
      index > 0 && h('button', { type: 'button', 'data-focus': `up:${id}`, onclick: move(-1) }, ...named(t.moveUp)),
      index < total - 1 &&
        h('button', { type: 'button', 'data-focus': `down:${id}`, onclick: move(1) }, ...named(t.moveDown)),
      h('button', { type: 'button', onclick: takeOut }, ...named(t.group.takeOut)),
      h('button', { type: 'button', class: 'danger', onclick: remove }, ...named(t.remove)),
    ),
    open &&
      settingsPanel(context, state, field, `${group.key}/${field.key}`, (text, keywords, required) =>
        setGroupFieldRequired(
          setGroupFieldKeywords(text, group.key, field.key, keywords),
          group.key,
          field.key,
          required,
        ),
      ),
  );
}

function addChildRow(context: ViewContext, state: GroupState, group: BuilderField): HTMLElement {
  const { t, host } = context;
  const draft = state.drafts.get(group.key) ?? { kind: 'text' as FieldKind, label: '' };
  state.drafts.set(group.key, draft);
  const kindId = `builder-new-kind-${group.key}`;
  const labelId = `builder-new-label-${group.key}`;
  const label = h('input', {
    id: labelId,
    type: 'text',
    value: draft.label,
    maxlength: '200',
    autocomplete: 'off',
    'data-focus': `new-label:${group.key}`,
    oninput: (event: Event) => (draft.label = (event.target as HTMLInputElement).value),
  });
  const add = () => {
    const text = draft.label.trim();
    if (!text) {
      host.announce(t.needLabel);
      label.focus();
      return;
    }
    const { text: next } = addGroupField(host.text(), group.key, draft.kind, text);
    draft.label = '';
    context.change(next, t.added(text, t.kind[draft.kind]), `new-label:${group.key}`);
  };
  label.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') add();
  });
  return h(
    'div',
    { class: 'builder-add' },
    h('label', { for: kindId }, t.group.newKind(group.label)),
    h(
      'select',
      { id: kindId, onchange: (event: Event) => (draft.kind = (event.target as HTMLSelectElement).value as FieldKind) },
      // One level of groups: a group inside a group is edited in the text tab.
      ...FIELD_KINDS.filter((k) => k !== 'group').map((k) =>
        h('option', { value: k, selected: k === draft.kind }, t.kind[k]),
      ),
    ),
    h('label', { for: labelId }, t.group.newLabel(group.label)),
    label,
    h('button', { type: 'button', onclick: add }, t.group.add(group.label)),
  );
}

/** A group's own fields and the row adding one, drawn inside the group's item. */
export function groupMembers(context: ViewContext, state: GroupState, group: BuilderField): HTMLElement {
  const children = group.children ?? [];
  return h(
    'div',
    { class: 'builder-group', role: 'group', 'aria-label': group.label },
    children.length === 0
      ? h('p', { class: 'hint' }, context.t.group.empty)
      : h('ol', { class: 'builder-fields' }, ...children.map((child, i) => childItem(context, state, group, child, i))),
    addChildRow(context, state, group),
  );
}

/** "Mover para o grupo…" for a root field, when the form has a group to move it into. */
export function moveIntoControl(context: ViewContext, state: GroupState, field: BuilderField): HTMLElement | false {
  const { t, host, model } = context;
  const groups = model.fields.filter((f) => f.kind === 'group' && f.key !== field.key);
  if (groups.length === 0 || field.kind === 'group') return false;
  const chosen = groups.find((g) => g.key === state.targets.get(field.key)) ?? groups[0]!;
  const selectId = `builder-target-${field.key}`;
  const move = () => {
    const moved: { text: string } | MoveRefused = moveIntoGroup(host.text(), field.key, chosen.key);
    if ('refused' in moved) return host.announce(t.group.refused[moved.refused](field.label));
    context.change(moved.text, t.group.movedInto(field.label, chosen.label), `edit:${chosen.key}/${field.key}`);
  };
  const wrapper = h('span', { class: 'builder-move-into' });
  if (groups.length > 1)
    append(
      wrapper,
      h('label', { for: selectId, class: 'visually-hidden' }, t.group.target(field.label)),
      h(
        'select',
        {
          id: selectId,
          onchange: (event: Event) => state.targets.set(field.key, (event.target as HTMLSelectElement).value),
        },
        ...groups.map((g) => h('option', { value: g.key, selected: g.key === chosen.key }, g.label)),
      ),
    );
  return append(wrapper, h('button', { type: 'button', onclick: move }, t.group.moveInto, hidden(` ${field.label}`)));
}
