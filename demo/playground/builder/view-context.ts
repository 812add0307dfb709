/** What each part of the builder's view is drawn from, and the settings forms they share. */
import type { Diagnostic } from '@schemaforms/tooling/check';
import type { BuilderHost, PlacedProblems } from './builder-host.js';
import type { BuilderStrings } from './builder-strings.js';
import { h } from './dom.js';
import type { FormModel } from './form-model.js';

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
