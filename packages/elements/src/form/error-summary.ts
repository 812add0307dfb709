import type { Form } from '@schemaforms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from '../internal/ids.js';

/** One error listed in the summary: the field it is about, and what is wrong. */
export interface SummaryEntry {
  readonly pointer: string;
  readonly message: string;
}

/**
 * The GOV.UK error summary shown after a failed submit: "There is a problem" and one link per field in
 * error, each moving focus to its field. A fixed field leaves the list; an error with no field to link
 * to (a server error about the whole form) stays as plain text.
 */
export class ErrorSummary {
  /** The errors of the last failed submit (the form's own, or the server's); `undefined` hides the summary. */
  #entries: readonly SummaryEntry[] | undefined;

  /**
   * Lists `errors` (Ajv's shape: `instancePath`, `message`) in the order the page shows their fields
   * (GOV.UK), found by `controlOf`: a field an answer reveals is drawn under that answer, higher up than
   * the core's order puts it. Errors with no field on the page keep their order, after the others.
   */
  show(
    errors: readonly { readonly instancePath: string; readonly message: string }[],
    controlOf: (pointer: string) => Element | null = () => null,
  ): void {
    const entries = errors.map(({ instancePath, message }) => ({ pointer: instancePath, message }));
    const placed = entries.map((entry) => ({ entry, control: controlOf(entry.pointer) }));
    const onPage = placed.filter((item) => item.control !== null);
    onPage.sort((a, b) => {
      if (a.control === b.control) return 0;
      return a.control!.compareDocumentPosition(b.control!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    this.#entries = [...onPage, ...placed.filter((item) => item.control === null)].map((item) => item.entry);
  }

  /** Hides the summary (valid answers are being sent, or a new form started). */
  hide(): void {
    this.#entries = undefined;
  }

  /**
   * The summary, with each entry's current message in `form`; `heading` is "There is a problem" in the
   * form's language, and `focusField` moves focus to the control of a field (the link's target).
   */
  render(form: Form, heading: string, focusField: (pointer: string) => void): TemplateResult | typeof nothing {
    if (!this.#entries) return nothing;
    const shown: { pointer: string; message: string; linked: boolean }[] = [];
    const seen = new Set<string>();
    for (const entry of this.#entries) {
      if (seen.has(entry.pointer)) continue;
      seen.add(entry.pointer);
      const current = form.errors.get(entry.pointer)?.[0]?.message;
      const active = form.field(entry.pointer) !== undefined;
      if (current !== undefined) shown.push({ pointer: entry.pointer, message: current, linked: active });
      else if (!active) shown.push({ ...entry, linked: false });
    }
    if (shown.length === 0) return nothing;
    const headingId = fieldId('', 'summary-heading');
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${heading}</h2>
      <ul>
        ${shown.map((entry) =>
          entry.linked
            ? html`<li>
                <a
                  href=${`#${fieldId(entry.pointer, 'control')}`}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    focusField(entry.pointer);
                  }}
                  ><span dir="auto">${entry.message}</span></a
                >
              </li>`
            : html`<li><span dir="auto">${entry.message}</span></li>`,
        )}
      </ul>
    </div>`;
  }
}
