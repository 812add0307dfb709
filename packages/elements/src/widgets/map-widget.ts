import {
  entryKeyProblem,
  withEntryAdded,
  withEntryRemoved,
  withEntryRenamed,
  type FieldModel,
} from '@schemaforms/core';
import { html, nothing } from 'lit';

import type { ElementsLocale } from '../i18n/strings.js';
import type { WidgetCode } from './lazy-widget.js';
import type { WidgetContext } from './widget-types.js';

/** The map's words in each language: they come with the widget's code, which most forms never fetch. */
const MAP_STRINGS = {
  'pt-BR': {
    key: 'Chave',
    ofEntry: (position: number) => `da entrada ${position}`,
    newKey: 'Nova chave',
    addEntry: 'Adicionar entrada',
    removeEntry: 'Remover',
    entryName: (key: string) => `entrada ${key}`,
    entryAdded: (key: string) => `Entrada ${key} adicionada.`,
    entryRemoved: (key: string) => `Entrada ${key} removida.`,
    undo: (key: string) => `Desfazer a remoção de ${key}`,
    noEntries: 'Nenhuma entrada.',
    problems: {
      empty: () => 'Informe a chave',
      duplicate: (key: string) => `Já existe a chave ${key}`,
      'not-allowed': (key: string) => `A chave ${key} não é aceita aqui`,
    },
  },
  en: {
    key: 'Key',
    ofEntry: (position: number) => `of entry ${position}`,
    newKey: 'New key',
    addEntry: 'Add entry',
    removeEntry: 'Remove',
    entryName: (key: string) => `entry ${key}`,
    entryAdded: (key: string) => `Entry ${key} added.`,
    entryRemoved: (key: string) => `Entry ${key} removed.`,
    undo: (key: string) => `Undo removing ${key}`,
    noEntries: 'No entries.',
    problems: {
      empty: () => 'Enter a key',
      duplicate: (key: string) => `The key ${key} is already there`,
      'not-allowed': (key: string) => `The key ${key} is not allowed here`,
    },
  },
} satisfies Record<ElementsLocale, unknown>;

/** UI state kept per map field (not answers): keys being typed, their problems, the last removal. */
interface Removed {
  readonly key: string;
  readonly value: unknown;
}

function typed(event: Event): string {
  return (event.target as HTMLInputElement).value;
}

/** Sets the map's new answer and says so as a list edit does: `input`, then `change`. */
function setEntries(context: WidgetContext, answer: Record<string, unknown>): void {
  context.setValue(answer);
  context.emitInput();
  context.commit();
}

/**
 * One entry: its key in a text box (renamed when the box is left or Enter is pressed; a refused key
 * stays typed with its problem under it, the entry unchanged), its value as the registry draws it
 * (labelled with the key), and a remove button naming the entry.
 */
function entryRow(field: FieldModel, context: WidgetContext, entry: FieldModel, position: number) {
  const strings = MAP_STRINGS[context.locale];
  const keyId = context.id(`key-${position}`);
  const problemId = context.id(`key-problem-${position}`);
  const pending = context.getState<string>(`typed-${entry.key}`);
  const problem = context.getState<string>(`problem-${entry.key}`);
  const rename = (event: Event) => {
    const to = typed(event);
    const refused = to === entry.key ? undefined : entryKeyProblem(field, to);
    if (!refused && to !== entry.key) setEntries(context, withEntryRenamed(field, entry.key, to));
    context.setState(`typed-${entry.key}`, refused ? to : undefined);
    context.setState(`problem-${entry.key}`, refused ? strings.problems[refused](to) : undefined);
    // A renamed entry keeps its place, so its key box (same position, same id) keeps the focus.
    if (!refused) context.focusAfterRender(keyId);
  };
  const remove = () => {
    setEntries(context, withEntryRemoved(field, entry.key));
    context.setState('removed', { key: entry.key, value: entry.value } satisfies Removed);
    context.announce(strings.entryRemoved(entry.key));
    context.focusAfterRender(context.id('undo'));
  };
  return html`<div class="item" part="item">
    <label class="label" part="label" for=${keyId}
      >${strings.key}<span class="visually-hidden"> ${strings.ofEntry(position + 1)}</span></label
    >
    ${problem ? html`<p class="error" part="error-text" id=${problemId}><span dir="auto">${problem}</span></p>` : nothing}
    <input
      class="input"
      part="input"
      id=${keyId}
      type="text"
      autocomplete="off"
      spellcheck="false"
      .value=${pending ?? entry.key}
      ?readonly=${field.readOnly}
      aria-invalid=${problem ? 'true' : nothing}
      aria-describedby=${problem ? problemId : nothing}
      @change=${rename}
      @keydown=${(event: KeyboardEvent) => {
        // Enter renames the entry, rather than submitting the form.
        if (event.key !== 'Enter') return;
        event.preventDefault();
        event.stopPropagation();
        rename(event);
      }}
    />
    ${context.renderField(entry)}
    ${
      field.readOnly
        ? nothing
        : html`<div class="row">
          <button type="button" part="button remove" id=${context.id(`remove-${position}`)} @click=${remove}>
            ${strings.removeEntry}<span class="visually-hidden"> ${strings.entryName(entry.key)}</span>
          </button>
        </div>`
    }
  </div>`;
}

/**
 * Whether the schema declares the map's entries (`patternProperties`, `additionalProperties`), so the
 * form offers to add one. An open object (no `additionalProperties`) only keeps the keys its data holds:
 * offering any key on every such object would be noise.
 */
function takesNewEntries(field: FieldModel): boolean {
  const { patternProperties, additionalProperties } = field.schema;
  return (
    (typeof patternProperties === 'object' && patternProperties !== null) ||
    additionalProperties === true ||
    (typeof additionalProperties === 'object' && additionalProperties !== null)
  );
}

/**
 * A map: the declared properties as fields, then one row per entry (key, value, remove), and a row to
 * add an entry by its key when the schema declares entries. A removal can be undone until the next one;
 * keys the form refuses (empty, repeated, not admitted by the schema) are said under the box, and nothing
 * changes.
 */
export const mapWidget: WidgetCode = {
  layout: 'field',
  render: (field, context) => {
    const strings = MAP_STRINGS[context.locale];
    const children = field.children ?? [];
    const declared = children.filter((child) => !child.mapEntry);
    const entries = children.filter((child) => child.mapEntry);
    const newKey = context.getState<string>('new-key') ?? '';
    const addProblem = context.getState<string>('add-problem');
    const removed = context.getState<Removed>('removed');
    const add = () => {
      // The state as it is now: the box's last input may not have rendered yet.
      const key = context.getState<string>('new-key') ?? '';
      const refused = entryKeyProblem(field, key);
      context.setState('add-problem', refused ? strings.problems[refused](key) : undefined);
      if (refused) return;
      setEntries(context, withEntryAdded(field, key));
      context.setState('new-key', '');
      context.announce(strings.entryAdded(key));
      // The key as a JSON Pointer token (RFC 6901); no value import from core, which would split the bundle.
      context.focusFieldAfterRender(`${field.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    };
    const undo = (entry: Removed) => {
      context.setState('removed', undefined);
      setEntries(context, { ...(field.value as object), [entry.key]: entry.value });
      context.focusAfterRender(context.id('new-key'));
    };
    return html`
      <fieldset class="group" part="fieldset" aria-describedby=${context.describedBy || nothing}>
        ${context.legend()}${context.help()}${context.errorText()}
        ${context.renderFields(declared)}
        ${entries.length === 0 ? html`<p class="help">${strings.noEntries}</p>` : nothing}
        ${entries.map((entry, position) => entryRow(field, context, entry, position))}
        ${
          removed && !entries.some((entry) => entry.key === removed.key)
            ? html`<div class="row">
              <button type="button" part="button undo" id=${context.id('undo')} @click=${() => undo(removed)}>
                ${strings.undo(removed.key)}
              </button>
            </div>`
            : nothing
        }
        ${
          field.readOnly || !takesNewEntries(field)
            ? nothing
            : html`<div class="item" part="item">
              <label class="label" part="label" for=${context.id('new-key')}>${strings.newKey}</label>
              ${
                addProblem
                  ? html`<p class="error" part="error-text" id=${context.id('add-problem')}>
                    <span dir="auto">${addProblem}</span>
                  </p>`
                  : nothing
              }
              <div class="row">
                <input
                  class="input"
                  part="input"
                  id=${context.id('new-key')}
                  type="text"
                  autocomplete="off"
                  spellcheck="false"
                  .value=${newKey}
                  aria-invalid=${addProblem ? 'true' : nothing}
                  aria-describedby=${addProblem ? context.id('add-problem') : nothing}
                  @input=${(event: Event) => context.setState('new-key', typed(event))}
                  @keydown=${(event: KeyboardEvent) => {
                    // Enter adds the entry, rather than submitting the form.
                    if (event.key !== 'Enter') return;
                    event.preventDefault();
                    event.stopPropagation();
                    add();
                  }}
                />
                <button type="button" part="button add" id=${context.id('add')} @click=${add}>
                  ${strings.addEntry}<span class="visually-hidden"> ${field.label}</span>
                </button>
              </div>
            </div>`
        }
      </fieldset>
    `;
  },
};
