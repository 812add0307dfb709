/** What each part of the builder's view is drawn from, and the settings forms they share. */
import type { Diagnostic } from '@schemaforms/tooling/check';
import type { BuilderHost, PlacedProblems } from './builder-host.js';
import type { BuilderStrings } from './builder-strings.js';
import { h } from './dom.js';
import { keywordsFromSettings, settingsSchema, settingsValue } from './field-settings.js';
import type { BuilderField, FormModel } from './form-model.js';

/** The state a part of the view is drawn from, and how it changes the document. */
export interface ViewContext {
  readonly host: BuilderHost;
  readonly t: BuilderStrings;
  readonly model: FormModel;
  /**
   * Makes `next` the document, says `message`, draws the builder again and puts the focus on the
   * element marked `data-focus="<focus>"` (so keyboard users stay where they were).
   */
  change(next: string, message: string, focus?: string): void;
  /** Draws the builder again (view state changed, not the document). */
  redraw(focus?: string): void;
}

/** An `<sf-form>` for a settings panel: no submit button of its own, the page's language. */
export function settingsForm(
  schema: Record<string, unknown>,
  value: unknown,
  locale: string,
): HTMLElementTagNameMap['sf-form'] {
  const form = document.createElement('sf-form');
  form.noSubmit = true;
  form.locale = locale;
  form.value = value;
  form.schema = schema;
  return form;
}

/** Writes a field's settings into the document's text: its keywords, and whether it is required. */
export type SettingsWriter = (text: string, keywords: Record<string, unknown>, required: boolean) => string;

/**
 * A field's settings panel, for root fields and a group's fields alike: its settings `<sf-form>`, then
 * "Aplicar" (the answers written by `write`) and "Fechar" (clears `state.open`). `id` names the field
 * for the focus after the builder is drawn again.
 */
export function settingsPanel(
  context: ViewContext,
  state: { open: string | undefined },
  field: BuilderField,
  id: string,
  write: SettingsWriter,
): HTMLElement {
  const { t, host } = context;
  const form = settingsForm(settingsSchema(field.kind!), settingsValue(field), host.locale());
  const apply = () => {
    if (!form.reportValidity()) return;
    const answers = form.value as Record<string, unknown>;
    const next = write(host.text(), keywordsFromSettings(field, answers), answers.required === true);
    const label = typeof answers.title === 'string' && answers.title.trim() ? answers.title : field.label;
    context.change(next, t.applied(label), `edit:${id}`);
  };
  const close = () => {
    state.open = undefined;
    context.redraw(`edit:${id}`);
  };
  return h(
    'div',
    { class: 'builder-settings', role: 'group', 'aria-label': t.settingsOf(field.label) },
    form,
    h(
      'div',
      { class: 'builder-actions' },
      h('button', { type: 'button', class: 'primary', onclick: apply }, t.apply),
      h('button', { type: 'button', onclick: close }, t.close),
    ),
  );
}

/** The list the check's problems of one place go into (filled by `fillProblems`). */
export function problemSlot(place: string): HTMLUListElement {
  return h('ul', { class: 'builder-problems', 'data-problems': place });
}

/** Fills every problem slot under `root` with the problems placed there. */
export function fillProblems(root: HTMLElement, problems: PlacedProblems): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-problems]')) {
    const place = slot.dataset.problems!;
    let list: readonly Diagnostic[] = [];
    if (place === 'form') list = problems.form;
    else if (place.startsWith('field:')) list = problems.byField.get(place.slice(6)) ?? [];
    else if (place.startsWith('rule:')) list = problems.byRule.get(Number(place.slice(5))) ?? [];
    slot.replaceChildren(
      ...list.map((d) =>
        h(
          'li',
          { class: 'builder-problem', 'data-severity': d.severity },
          `${d.line}:${d.column} ${d.message} [${d.code}]`,
        ),
      ),
    );
  }
}
