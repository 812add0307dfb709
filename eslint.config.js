// Lint rules for the whole workspace: typescript-eslint's recommended set everywhere, and Lit's
// template and accessibility rules for the elements (the code that renders what sellers use).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'test-results/**',
      'bench/results/**',
      'bench/.gen/**',
      'vendor/**',
      'demo/generated/**',
      'packages/tooling/src/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position (an interface the function implements).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // Command-line programs, build scripts, the bench and tests talk to a terminal.
    files: [
      '**/*.mjs',
      'scripts/**',
      'bench/**',
      'packages/tooling/src/cli.ts',
      '**/*.test.ts',
      'test/**',
      'demo/server/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // Ambient declarations reference other ambient declarations; there is nothing to import.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/triple-slash-reference': 'off' },
  },
);
