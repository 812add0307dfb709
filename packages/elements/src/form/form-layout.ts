import type { Form } from '@schemaforms/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ElementStrings } from '../i18n/strings.js';
import { columnLayout } from './column-layout.js';
import type { DraftsController } from './drafts.controller.js';
import type { FieldRenderer } from './field-renderer.js';
import type { LiveAnnouncer } from './live-announcer.js';
import type { SchemaLoaderController } from './schema-loader.controller.js';
import type { SubmissionController } from './submission.controller.js';
import type { TouchedStateController } from './touched-state.controller.js';

/** What the layout of a started form draws, each part from the behaviour that owns it. */
export interface FormLayoutParts {
  readonly form: Form;
  /** The form's title (the root schema's `title`), or '' for none. */
  readonly title: string;
  /** Whether the root's help shows as the form's description. */
  readonly description: boolean;
  readonly strings: ElementStrings;
  /** Whether the element is disabled by a `<fieldset>` or form. */
  readonly disabled: boolean;
  /** Whether the submit button is left out (a host `<form>` owns submission). */
  readonly noSubmit: boolean;
  readonly fields: FieldRenderer;
  readonly touched: TouchedStateController;
  readonly drafts: DraftsController;
  /** The loader: its notice when the validator could not be had after the fields showed. */
  readonly loader: SchemaLoaderController;
  /** The error summary after a failed submit (or nothing). */
  readonly summary: () => unknown;
  readonly submission: SubmissionController;
  readonly announcer: LiveAnnouncer;
}

/**
 * The whole of a started `<sf-form>`: title and description, the loader's and the drafts' notices, the error summary,
 * the fields (with the listeners delegated to their container), the alert region of the submission,
 * the submit button and the polite live region.
 */
export function renderFormLayout(parts: FormLayoutParts): TemplateResult {
  const { form, strings, fields, submission } = parts;
  const sending = submission.sending;
  const blocked = sending || parts.disabled;
  fields.collectGroupErrors(form);
  const root = form.root;
  const columns = columnLayout(root.schema);
  return html`<div class="form" part="base">
    ${parts.title ? html`<h2 class="title" part="title" dir="auto">${parts.title}</h2>` : nothing}
    ${
      parts.description && root.help
        ? html`<div class="description" part="description" dir="auto">${fields.help.render(root.help)}</div>`
        : nothing
    }
    ${parts.loader.renderNotice(strings)} ${parts.drafts.render()}
    ${parts.summary()}
    <div
      class="fields"
      part="fields"
      data-columns=${columns.count || nothing}
      ?inert=${blocked}
      @focusout=${parts.touched.onFocusOut}
      @input=${fields.onInput}
      @change=${fields.onChange}
      @keydown=${submission.onKeyDown}
    >
      ${
        // A root object is drawn as its fields; any other root (a single field, a list, a map, an object
        // with alternatives: its choice of branch, then its fields) as one field.
        fields.renderFields(
          root.widget === 'object' && !root.map && !root.alternatives ? (root.children ?? []) : [root],
          columns,
        )
      }
    </div>
    ${submission.render()}
    ${
      parts.noSubmit
        ? nothing
        : html`<div class="actions" part="actions">
            <button
              type="button"
              class="submit"
              part="button submit"
              aria-disabled=${blocked ? 'true' : 'false'}
              @click=${() => void submission.requestSubmit()}
            >
              ${sending ? strings.sending : strings.submit}
            </button>
          </div>`
    }
    ${parts.announcer.render()}
  </div>`;
}
