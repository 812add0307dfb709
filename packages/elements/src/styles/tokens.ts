import { css } from 'lit';

/**
 * The design tokens every schemaforms element reads, resolved into private `--_*` properties on
 * `:host`. A page themes all elements with global `--sf-*` properties (they inherit, so setting them
 * on `:root` works) and one element with its component properties (`--sf-form-*`).
 *
 * Colours use `light-dark()` and the page's `color-scheme`, inherited: on a page that sets none, the
 * elements stay light, whatever the system prefers (a light page in OS dark mode must not get pale text
 * on its white background). A page opts in to dark with `color-scheme` (`dark`, or `light dark` to follow
 * the system) on the element or an ancestor, the `color-scheme` attribute on the element, the class
 * `sf-theme-dark` / `sf-theme-light`, or `--sf-color-scheme`. Every pair keeps WCAG 2.2 AA contrast:
 * text 4.5:1, borders and focus rings 3:1. The dark surface is the system's dark `Canvas`: what a page that
 * opts in to dark is painted with by default, so the element's surface matches such a host to its edges
 * (no box of another shade around the fields), and still readable where only the element opted in.
 */
export const tokens = css`
  :host {
    color-scheme: var(--sf-color-scheme);
    --_font-family: var(--sf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--sf-font-size, 1rem);
    --_line-height: var(--sf-line-height, 1.5);
    --_text: var(--sf-color-text, light-dark(#1b1f23, #e9ecef));
    --_text-muted: var(--sf-color-text-muted, light-dark(#4d5760, #b6bec6));
    --_surface: var(--sf-color-surface, light-dark(#ffffff, Canvas));
    --_input-background: var(--sf-color-input-background, light-dark(#ffffff, #1e2226));
    --_border: var(--sf-color-border, light-dark(#66717c, #8d98a3));
    --_primary: var(--sf-color-primary, light-dark(#1a5bb8, #8ab4f8));
    --_on-primary: var(--sf-color-on-primary, light-dark(#ffffff, #0a1a33));
    --_danger: var(--sf-color-danger, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--sf-color-focus, light-dark(#0b4fb3, #ffd166));
    --_notice: var(--sf-color-notice, light-dark(#eaf1fb, #1b2838));
    --_notice-border: var(--sf-color-notice-border, light-dark(#1a5bb8, #8ab4f8));
    --_radius: var(--sf-radius, 0.25rem);
    --_space-xs: var(--sf-space-xs, 0.25rem);
    --_space-s: var(--sf-space-s, 0.5rem);
    --_space-m: var(--sf-space-m, 1rem);
    --_space-l: var(--sf-space-l, 1.5rem);
    --_border-width: var(--sf-border-width, 2px);
    --_focus-width: var(--sf-focus-width, 3px);
  }

  :host([color-scheme='light']),
  :host(.sf-theme-light) {
    color-scheme: light;
  }

  :host([color-scheme='dark']),
  :host(.sf-theme-dark) {
    color-scheme: dark;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
