import { css } from 'lit';
import { tokens } from '../styles/tokens.js';

/** Styles of `<sf-ticket>`: the choice, the form step and the receipt, on the shared design tokens. */
export const styles = [
  tokens,
  css`
    :host {
      display: block;
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      color: var(--_text);
      --_gap: var(--sf-ticket-gap, var(--_space-l));
    }

    :host([hidden]) {
      display: none;
    }

    .ticket {
      display: grid;
      gap: var(--_gap);
    }

    .choice {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: var(--_space-m) var(--_gap);
      align-items: end;
    }

    .choice .actions,
    .choice .error {
      grid-column: 1 / -1;
    }

    .field {
      display: grid;
      gap: var(--_space-xs);
    }

    label {
      font-weight: 600;
    }

    /* As on the form's fields: the required mark is read but does not compete with the label. */
    .mark {
      font-weight: 400;
      color: var(--_text-muted);
    }

    select {
      font: inherit;
      color: var(--_text);
      background: var(--_input-background);
      border: var(--_border-width) solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space-s);
      min-height: 2.75rem;
    }

    select:disabled {
      opacity: 0.6;
    }

    select:focus-visible,
    button:focus-visible,
    h2:focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 2px;
    }

    h2 {
      margin: 0;
      font-size: 1.5rem;
    }

    h2:focus {
      outline: none;
    }

    .crumb {
      margin: 0;
      color: var(--_text-muted);
      font-size: 0.875rem;
    }

    .crumb:focus {
      outline: none;
    }

    .crumb:focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
    }

    .form-step {
      display: grid;
      gap: var(--_space-m);
    }

    .actions {
      display: flex;
      gap: var(--_space-m);
      flex-wrap: wrap;
    }

    button {
      font: inherit;
      font-weight: 600;
      min-height: 2.75rem;
      padding: var(--_space-s) var(--_space-l);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .primary {
      color: var(--_on-primary);
      background: var(--_primary);
      border: var(--_border-width) solid var(--_primary);
    }

    .secondary {
      color: var(--_primary);
      background: transparent;
      border: var(--_border-width) solid var(--_primary);
    }

    .error {
      margin: 0;
      color: var(--_danger);
      font-weight: 600;
    }

    .receipt {
      display: grid;
      gap: var(--_space-m);
    }

    .receipt p {
      margin: 0;
    }

    .receipt .panel {
      display: grid;
      gap: var(--_space-s);
      padding: var(--_space-l);
      border-inline-start: 6px solid var(--_notice-border);
      background: var(--_notice);
      border-radius: var(--_radius);
    }

    .receipt .number strong {
      font-size: 1.5rem;
      letter-spacing: 0.04em;
      user-select: all;
    }

    .receipt .number span {
      display: block;
      color: var(--_text-muted);
      font-size: 0.875rem;
    }

    .receipt h3 {
      margin: var(--_space-s) 0 0;
      font-size: 1.0625rem;
    }

    .copy {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-m);
    }

    .follow-ups {
      margin: 0;
      padding-inline-start: 1.25em;
    }

    .receipt a {
      color: var(--_primary);
      font-weight: 600;
    }

    .sent {
      display: grid;
      margin: 0;
      border-top: 1px solid var(--_border);
    }

    .sent > div {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) 2fr;
      gap: var(--_space-xs) var(--_space-m);
      padding-block: var(--_space-s);
      border-bottom: 1px solid var(--_border);
    }

    .sent dt {
      font-weight: 600;
    }

    .sent dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    @media (max-width: 30rem) {
      .sent > div {
        grid-template-columns: 1fr;
      }
    }
  `,
];
