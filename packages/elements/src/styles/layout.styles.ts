import { css } from 'lit';

/**
 * Columns from `x-layout`: the fields, in reading order, flow into columns once the form is wide enough
 * (a container query, so a narrow host or a phone gets one stacked column). A column starts at a field
 * marked `data-column-start`; no field is split across columns.
 */
export const layoutStyles = css`
  .form:has(> .fields[data-columns]) {
    container-type: inline-size;
  }

  @container (min-width: 44rem) {
    .fields[data-columns] {
      column-count: 2;
      column-gap: calc(2 * var(--_space-l));
    }

    .fields[data-columns='3'] {
      column-count: 3;
    }

    .fields[data-columns] > .field {
      break-inside: avoid;
    }

    .fields[data-columns] > .field[data-column-start] {
      break-before: column;
      margin-top: 0;
    }
  }
`;
