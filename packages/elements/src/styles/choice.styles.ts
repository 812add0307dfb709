import { css } from 'lit';

/**
 * Styles of radios and checkboxes (GOV.UK radios with hints): each option is a row whose label fills
 * it, so the whole row is a touch target of at least 40×40 px (WCAG 2.5.8 asks 24; GOV.UK gives 40+),
 * and an option's hint sits under its own label, aligned with it.
 */
export const choiceStyles = css`
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  .choice {
    position: relative;
    display: grid;
    grid-template-columns: 2.5rem minmax(0, 1fr);
    align-items: start;
  }

  .choice input {
    grid-column: 1;
    grid-row: 1;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.5rem;
    accent-color: var(--_primary);
    cursor: pointer;
    position: relative;
    z-index: 1;
  }

  .choice > label {
    grid-column: 2;
    grid-row: 1;
    min-height: 2.5rem;
    padding-block: 0.5rem;
    padding-inline-start: var(--_space-xs);
    cursor: pointer;
  }

  .choice > label::before {
    content: '';
    position: absolute;
    inset: 0;
  }

  .hint {
    grid-column: 2;
    padding-inline-start: var(--_space-xs);
    padding-block-end: var(--_space-xs);
    color: var(--_text-muted);
  }

  .hint a {
    position: relative;
    z-index: 1;
  }

  /* What an answer reveals, under it (GOV.UK conditional reveal): a left border from the radio's centre. */
  .conditional {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin-inline-start: calc(1.25rem - 2px);
    padding-block: var(--_space-xs);
    padding-inline-start: calc(1.25rem + var(--_space-xs) - 2px);
    border-inline-start: 4px solid var(--_border);
  }

  .conditional[hidden] {
    display: none;
  }
`;
