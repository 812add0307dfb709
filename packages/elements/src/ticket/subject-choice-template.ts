import type { CatalogSubject } from '@schemaforms/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { TicketStrings } from './ticket-strings.js';

/** What the choice step shows: the catalog's subjects and what has been chosen so far. */
export interface SubjectChoice {
  readonly subjects: readonly CatalogSubject[];
  readonly category: string;
  readonly subjectId: string;
  /** Continuar was pressed with no subject chosen. */
  readonly missingChoice: boolean;
}

/** What the choice step does when the person chooses or continues. */
export interface SubjectChoiceActions {
  category(event: Event): void;
  subject(event: Event): void;
  continue(): void;
}

/**
 * The first step: Categoria, then Assunto (disabled until a category is chosen), then Continuar; an
 * error under both lists when Continuar is pressed with nothing chosen. Both lists are required and
 * say so as the form's required fields do: "(obrigatório)" after the label.
 */
export function renderSubjectChoice(
  choice: SubjectChoice,
  t: TicketStrings,
  actions: SubjectChoiceActions,
): TemplateResult {
  const categories = [...new Set(choice.subjects.map((subject) => subject.category))];
  const subjects = choice.subjects.filter((subject) => subject.category === choice.category);
  const describedBy = choice.missingChoice ? 'choice-error' : nothing;
  return html`
      <div part="choice" class="choice">
        <div class="field">
          <label for="category"
            >${t.category}<span class="mark" part="required-mark"> (${t.required})</span></label
          >
          <select
            id="category"
            aria-required="true"
            aria-describedby=${describedBy}
            @change=${actions.category}
          >
            <option value="" ?selected=${choice.category === ''}>${t.choose}</option>
            ${categories.map(
              (category) =>
                html`<option value=${category} ?selected=${category === choice.category}>${category}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="subject"
            >${t.subject}<span class="mark" part="required-mark"> (${t.required})</span></label
          >
          <select
            id="subject"
            aria-required="true"
            ?disabled=${choice.category === ''}
            aria-describedby=${describedBy}
            @change=${actions.subject}
          >
            <option value="" ?selected=${choice.subjectId === ''}>
              ${choice.category === '' ? t.chooseCategoryFirst : t.choose}
            </option>
            ${subjects.map(
              (subject) =>
                html`<option value=${subject.id} ?selected=${subject.id === choice.subjectId}>${subject.title}</option>`,
            )}
          </select>
        </div>
        ${choice.missingChoice ? html`<p id="choice-error" class="error" role="alert">${t.missingChoice}</p>` : nothing}
        <div class="actions">
          <button part="button" type="button" class="primary" @click=${actions.continue}>${t.continue}</button>
        </div>
      </div>
    `;
}
