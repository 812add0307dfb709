import { html, nothing } from 'lit';
import type { ElementsLocale } from '../i18n/strings.js';
import type { WidgetCode } from './lazy-widget.js';

/** The list's words in each language: they come with the widget's code, which most forms never fetch. */
const LIST_STRINGS = {
  'pt-BR': {
    addItem: 'Adicionar item',
    addItemTo: (group: string) => `em ${group}`,
    removeItem: 'Remover',
    moveUp: 'Mover para cima',
    moveDown: 'Mover para baixo',
    itemName: (position: number) => `Item ${position}`,
    itemAdded: (position: number) => `Item ${position} adicionado.`,
    itemRemoved: (position: number) => `Item ${position} removido.`,
    itemMoved: (from: number, to: number) => `Item ${from} movido para a posição ${to}.`,
    noItems: 'Nenhum item.',
  },
  en: {
    addItem: 'Add item',
    addItemTo: (group: string) => `to ${group}`,
    removeItem: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down',
    itemName: (position: number) => `Item ${position}`,
    itemAdded: (position: number) => `Item ${position} added.`,
    itemRemoved: (position: number) => `Item ${position} removed.`,
    itemMoved: (from: number, to: number) => `Item ${from} moved to position ${to}.`,
    noItems: 'No items.',
  },
} satisfies Record<ElementsLocale, unknown>;

/**
 * A list the person edits: each item with remove and move buttons named for screen readers
 * ("Remover item 2"), an add button, and focus kept where the person is working after each action.
 */
export const arrayWidget: WidgetCode = {
  layout: 'field',
  render: (field, context) => {
    const items = field.children ?? [];
    const strings = LIST_STRINGS[context.locale];
    const max = field.constraints.maxItems;
    const canAdd = !field.readOnly && (max === undefined || items.length < max);
    // At minItems the core refuses to remove, so the button is not offered.
    const canRemove = items.length > (field.constraints.minItems ?? 0);
    const move = (from: number, to: number, direction: 'up' | 'down') => {
      context.moveItem(from, to);
      context.announce(strings.itemMoved(from + 1, to + 1));
      // Keep focus on the same button at the item's new place; at an end, that button is gone.
      const stays = direction === 'up' ? to > 0 : to < items.length - 1;
      const other = direction === 'up' ? 'down' : 'up';
      context.focusAfterRender(context.id(`${stays ? direction : other}-${to}`));
    };
    return html`
      <fieldset class="group" part="fieldset" aria-describedby=${context.describedBy || nothing}>
        ${context.legend()}${context.help()}${context.errorText()}
        ${items.length === 0 ? html`<p class="help">${strings.noItems}</p>` : nothing}
        ${items.map(
          // Plain index order, not a keyed repeat(): an item's pointer is its index ("/list/2"), so keys
          // would place the same parts in the same order and only add code.
          (item, index) => html`
            <div class="item" part="item">
              ${context.renderField(item)}
              ${
                field.readOnly
                  ? nothing
                  : html`<div class="row">
                    ${
                      index > 0
                        ? html`<button type="button" part="button move-up" id=${context.id(`up-${index}`)}
                          @click=${() => move(index, index - 1, 'up')}>
                          ${strings.moveUp}<span class="visually-hidden"> ${strings.itemName(index + 1)}</span>
                        </button>`
                        : nothing
                    }
                    ${
                      index < items.length - 1
                        ? html`<button type="button" part="button move-down" id=${context.id(`down-${index}`)}
                          @click=${() => move(index, index + 1, 'down')}>
                          ${strings.moveDown}<span class="visually-hidden"> ${strings.itemName(index + 1)}</span>
                        </button>`
                        : nothing
                    }
                    ${
                      canRemove
                        ? html`<button
                      type="button"
                      part="button remove"
                      id=${context.id(`remove-${index}`)}
                      @click=${() => {
                        context.removeItem(index);
                        context.announce(strings.itemRemoved(index + 1));
                        const next = index < items.length - 1 ? index : index - 1;
                        // Once minItems is reached the remove buttons go, so focus moves to "add".
                        const removable = items.length - 1 > (field.constraints.minItems ?? 0);
                        context.focusAfterRender(
                          next >= 0 && removable ? context.id(`remove-${next}`) : context.id('add'),
                        );
                      }}
                    >
                      ${strings.removeItem}<span class="visually-hidden"> ${strings.itemName(index + 1)}</span>
                    </button>`
                        : nothing
                    }
                  </div>`
              }
            </div>
          `,
        )}
        ${
          canAdd
            ? html`<div>
              <button
                type="button"
                part="button add"
                id=${context.id('add')}
                @click=${() => {
                  context.addItem();
                  context.announce(strings.itemAdded(items.length + 1));
                  context.focusFieldAfterRender(`${field.pointer}/${items.length}`);
                }}
              >
                ${strings.addItem}<span class="visually-hidden"> ${strings.addItemTo(field.label)}</span>
              </button>
            </div>`
            : nothing
        }
      </fieldset>
    `;
  },
};
