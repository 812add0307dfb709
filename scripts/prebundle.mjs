// Dependencies Vite pre-bundles at start-up. The workspace packages are served from their sources, so
// Vite would discover these only when a page first imports them, and then reload that page mid-use.
export const LIT_MODULES = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/directives/guard.js',
  'lit/directives/if-defined.js',
  'lit/directives/live.js',
  'lit/directives/repeat.js',
];
