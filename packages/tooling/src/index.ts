/**
 * `@schemaforms/tooling`: the `schemaforms` CLI's building blocks for Node — checking form files,
 * generating payload types, precompiling standalone validators and loading the catalog on a server.
 */
export { main, type CliIo } from './cli.js';
export {
  checkForms,
  checkFormText,
  findFormFiles,
  formId,
  FORM_SUFFIX,
  MAX_FILE_BYTES,
  type CheckedForm,
  type CheckResult,
  type CheckFormOptions,
  type CheckFormsOptions,
} from './check.js';
export {
  formatDiagnostic,
  compareDiagnostics,
  hasErrors,
  pointerFragment,
  type Diagnostic,
  type Severity,
} from './diagnostic.js';
export {
  parseJsonSource,
  DEFAULT_MAX_DEPTH,
  type JsonSource,
  type Position,
  type ParseJsonOptions,
} from './json-source.js';
export { lintPattern, unicodeSpelling, type RegexProblem } from './regex-lint.js';
export {
  generateTypes,
  writeGeneratedFiles,
  compareGeneratedFiles,
  pascalName,
  type GeneratedFile,
  type GeneratedTypes,
  type GenerateTypesOptions,
} from './generate-types.js';
/** json-schema-to-ts's `FromSchema`, re-exported so generated type modules import only this package. */
export type { FromSchema } from 'json-schema-to-ts';
export { precompileForm, FORMATS_MODULE, type PrecompileOptions } from './precompile.js';
export {
  loadCatalogForms,
  catalogEntries,
  catalogModuleSource,
  compareSubjects,
  CatalogError,
  type CatalogForm,
} from './catalog.js';
export { writeCatalog } from './catalog-command.js';
export { X_VOCABULARY, X_KEYWORDS, type XKeywordDoc } from './vocabulary.js';
export { CHECK_RULES, type CheckRule } from './check-rules.js';
