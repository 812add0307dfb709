/**
 * The Vite plugin's own lines around the check's diagnostics (terminal, error overlay, build errors), in
 * pt-BR and en, so the frame speaks the language of the messages it carries.
 */
import type { CheckLocale } from './check-locale.js';

/** The plugin's headings, by situation; each takes what it names and returns one line. */
export const VITE_WORDS = {
  'pt-BR': {
    leftOut: (count: number, dir: string) =>
      `schemaforms: ${count} ${count === 1 ? 'problema' : 'problemas'} em ${dir}; os assuntos afetados ficam fora do catálogo:`,
    fileHasErrors: (file: string) => `schemaforms: ${file} tem erros (rode schemaforms check):`,
    formsHaveErrors: () => 'schemaforms: os formulários têm erros (rode schemaforms check):',
    noForm: (id: string, dir: string) => `schemaforms: não há formulário ${JSON.stringify(id)} em ${dir}`,
    formHasErrors: (id: string) => `schemaforms: o formulário ${JSON.stringify(id)} tem erros:`,
  },
  en: {
    leftOut: (count: number, dir: string) =>
      `schemaforms: ${count} problem${count === 1 ? '' : 's'} in ${dir}; the affected subjects are left out of the catalog:`,
    fileHasErrors: (file: string) => `schemaforms: ${file} has errors (run schemaforms check):`,
    formsHaveErrors: () => 'schemaforms: the forms have errors (run schemaforms check):',
    noForm: (id: string, dir: string) => `schemaforms: no form ${JSON.stringify(id)} in ${dir}`,
    formHasErrors: (id: string) => `schemaforms: the form ${JSON.stringify(id)} has errors:`,
  },
} satisfies Record<CheckLocale, Record<string, (...args: never[]) => string>>;
