/**
 * `@schemaforms/core`: JSON Schema in, a live form model out: effective schema for the current
 * answers, field model, localized errors and the submission payload. DOM-free; Ajv is loaded
 * lazily (only `compileSchema` needs it; precompiled forms never do).
 *
 * In ten lines: `compileSchema(schema)` or `fromPrecompiled(mod)` gives a `CompiledSchema`;
 * `createForm(compiled, { value, context, locale })` gives a `Form`; `form.root` is the field tree,
 * `form.setValue(pointer, value)` changes an answer, `form.errors` maps JSON Pointers to messages,
 * `form.payload()` is what to submit; `validateSubmission` does the same checks on a server;
 * `parseHelp` turns help text into a safe AST; `SchemaError` names what is wrong and where.
 */
export type * from './types.js';
export {
  compileSchema,
  fromPrecompiled,
  isPrecompiledForm,
  schemaReadingReady,
  startSchema,
  type CompileOptions,
  type StartedSchema,
} from './compile-schema.js';
export { createForm } from './create-form.js';
export { translationsReady } from './translations.js';
export { engineFeaturesReady } from './engine/features/load-engine-features.js';
export { errorWordingReady, errorWordingLoaded } from './engine/error-wording-loader.js';
export { conditionPointers } from './condition-pointers.js';
export { validateSubmission, type SubmissionResult } from './validate-submission.js';
export { parseHelp, safeHref, type ParseHelpOptions } from './parse-help.js';
export { MAX_HELP_LENGTH } from './help-limits.js';
export {
  SchemaError,
  DataError,
  type SchemaErrorCode,
  type SchemaProblem,
  type SchemaErrorOptions,
} from './schema-error.js';
export { checkSchemaShape, POISONED_NAMES, SCHEMA_LIMITS } from './check-schema-shape.js';
export { detectDialect } from './dialect.js';
export { declaredDraft, schemaDraft, type SchemaDraft } from './dialects/schema-draft.js';
export { messages, formatMessage, type MessageContext } from './messages.js';
export { readableKey, TEXTAREA_MIN_LENGTH, RADIO_MAX_OPTIONS, WIDGET_KINDS } from './field-info.js';
export { MAX_DATA_DEPTH } from './import-value.js';
export { MAX_FIELD_DEPTH } from './engine/derived-node.js';
export { trimCode } from './engine/payload-without-inactive-branches.js';
export { parsePointer, formatPointer, escapeToken } from './json-pointer.js';
export { answerResolver } from './answer-resolver.js';
export { entryKeyProblem, withEntryAdded, withEntryRenamed, withEntryRemoved } from './map-editing.js';
export {
  secretPointers,
  matchesSecretPointer,
  redactSecrets,
  redactAtPointers,
  ANY_TOKEN,
  ANY_DEPTH_TOKEN,
} from './secret-pointers.js';
