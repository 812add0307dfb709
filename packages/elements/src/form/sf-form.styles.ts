import { css } from 'lit';
import { choiceStyles } from '../styles/choice.styles.js';
import { layoutStyles } from '../styles/layout.styles.js';
import { tokens } from '../styles/tokens.js';

/**
 * Styles of `<sf-form>` and the field widgets it renders in its shadow root. Fields use block layout,
 * not flex: with a thousand fields, one field's relayout must not re-run a flex algorithm over all of
 * them (PERFORMANCE.md). Comments stay out of the CSS text: it ships as written.
 */
export const sfFormStyles = [
  tokens,
  css`
    :host {
      display: block;
      max-width: var(--sf-form-max-width, 40rem);
      padding: var(--sf-form-padding, 0);
      background: var(--sf-form-background, var(--_surface));
      color: var(--_text);
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      --_gap: var(--sf-form-gap, var(--_space-l));
    }

    :host([hidden]) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    .title {
      margin: 0 0 var(--_space-s);
      font-size: 1.5em;
      line-height: 1.25;
    }

    .description {
      margin: 0 0 var(--_gap);
    }

    .fields > .field + .field {
      margin-top: var(--_gap);
    }

    .field > * + * {
      margin-top: var(--_space-xs);
    }

    .field > :is(.label, .input, .help, .counter) {
      display: block;
    }

    .field {
      position: relative;
    }

    .field[data-invalid]::before {
      content: '';
      position: absolute;
      inset-block: 0;
      inset-inline-start: calc(-1 * var(--_space-s) - 5px);
      width: 5px;
      background: var(--_danger);
    }

    .label,
    .legend {
      font-weight: 600;
    }

    .legend {
      padding: 0;
      margin-bottom: var(--_space-xs);
    }

    .mark {
      font-weight: 400;
      color: var(--_text-muted);
    }

    .help,
    .option-help,
    .counter,
    .file-name {
      color: var(--_text-muted);
    }

    :is(.help, .option-help, .description, .hint) > :first-child {
      margin-top: 0;
    }

    :is(.help, .option-help, .description, .hint) > :last-child {
      margin-bottom: 0;
    }

    :is(.help, .option-help) :is(ul, ol) {
      padding-inline-start: 1.25em;
    }

    .option-help {
      padding: var(--_space-s) var(--_space-m);
      border-inline-start: 4px solid var(--_border);
    }

    .option-help:empty {
      padding: 0;
      border: 0;
    }

    a {
      color: var(--_primary);
      text-decoration-thickness: max(1px, 0.0625em);
      text-underline-offset: 0.15em;
    }

    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 0.9em;
    }

    .error {
      margin: 0;
      color: var(--_danger);
      font-weight: 600;
    }

    .input {
      width: 100%;
      min-height: 2.5rem;
      padding: var(--_space-xs) var(--_space-s);
      border: var(--_border-width) solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_input-background);
      color: var(--_text);
      font: inherit;
    }

    textarea.input {
      min-height: 6rem;
      resize: vertical;
    }

    select.input {
      width: auto;
      max-width: 100%;
    }

    .input[aria-invalid='true'] {
      border-color: var(--_danger);
    }

    .counter[data-over] {
      color: var(--_danger);
      font-weight: 600;
    }

    :is(input, select, textarea, button, a, [tabindex]):focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 2px;
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    .group {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
      padding: var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .group > .legend {
      padding-inline: var(--_space-xs);
    }

    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s);
    }

    .row > .input {
      flex: 1 1 12rem;
      width: auto;
    }

    .current {
      font-weight: 600;
    }

    .item {
      display: flex;
      flex-direction: column;
      gap: var(--_space-s);
      padding-block-end: var(--_space-m);
      border-bottom: 1px solid var(--_border);
    }

    button {
      min-height: 2.5rem;
      padding: var(--_space-xs) var(--_space-m);
      border: var(--_border-width) solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_primary);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }

    button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.85;
    }

    .submit {
      background: var(--_primary);
      color: var(--_on-primary);
    }

    .actions {
      margin-top: var(--_gap);
    }

    .summary {
      margin-bottom: var(--_gap);
      padding: var(--_space-m);
      border: 5px solid var(--_danger);
      border-radius: var(--_radius);
    }

    .summary h2 {
      margin: 0 0 var(--_space-s);
      font-size: 1.25em;
    }

    .summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }

    .summary a {
      color: var(--_danger);
      font-weight: 600;
    }

    .notice {
      margin: 0 0 var(--_gap);
      padding: var(--_space-s) var(--_space-m);
      border-inline-start: 5px solid var(--_notice-border);
      background: var(--_notice);
    }

    .notice[data-kind='error'] {
      border-color: var(--_danger);
      color: var(--_danger);
      font-weight: 600;
    }

    .notice > p {
      margin: 0 0 var(--_space-s);
    }

    .fallback {
      padding: var(--_space-m);
      border: var(--_border-width) solid var(--_border);
      border-radius: var(--_radius);
    }

    .fallback p {
      margin: 0 0 var(--_space-s);
      font-weight: 600;
    }

    .fallback pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: var(--_space-s) 0 0;
    }

    .unsupported,
    .widget-loading {
      margin: 0;
      color: var(--_text-muted);
    }
  `,
  choiceStyles,
  layoutStyles,
];
