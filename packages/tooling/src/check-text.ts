/**
 * `@schemaforms/tooling/check`: the per-file part of `schemaforms check` with no Node built-ins, so a
 * browser (the demo's schema playground) runs exactly the checks CI runs. It mirrors `checkFormText`
 * in `check.ts` (a parity test keeps them equal); cross-file checks need the whole folder and stay
 * in `checkForms`.
 */
import { checkSchemaShape, declaredDraft, type Dialect, type JsonSchemaObject } from '@schemaforms/core';
import { ajvChecks, lintContextFor } from './ajv-checks.js';
import { environmentLocale, type CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { compareDiagnostics, type Diagnostic, type Severity } from './diagnostic.js';
import { checkFormConventions } from './form-conventions.js';
import { bundleFolderRefs, embeddedKeys, type FolderDocuments } from './folder-documents.js';
import { DEFAULT_MAX_DEPTH, parseJsonSource, type JsonSource } from './json-source.js';
import type { LintContext, Reporter } from './lint-context.js';
import { lintSchema } from './lint-schema.js';
import { lintLogic, PATTERN_CODES } from './rules/index.js';
import { isObject, walkSchemas } from './schema-walk.js';

export type { Diagnostic, Severity } from './diagnostic.js';
export { compareDiagnostics, formatDiagnostic, hasErrors, pointerFragment } from './diagnostic.js';
export {
  CHECK_LOCALES,
  DEFAULT_CHECK_LOCALE,
  environmentLocale,
  parseCheckLocale,
  type CheckLocale,
} from './check-locale.js';

/** The largest form file accepted, in bytes (RELIABILITY A22); the same cap as `MAX_FILE_BYTES`. */
export const MAX_TEXT_BYTES = 1_000_000;

/** Options of `checkSchemaText`. */
export interface CheckSchemaTextOptions {
  /** The file name shown in diagnostics. */
  readonly file: string;
  /**
   * The path relative to the forms folder (`token/revogacao-de-token.schema.json`), to also check the
   * form-file conventions (`$id`, `title`, `x-category`, location); omit for a schema that is not a
   * catalog form.
   */
  readonly relativePath?: string;
  /**
   * The language of the messages that have one (pt-BR or en); by default the environment's
   * (LC_ALL, LC_MESSAGES, LANG in Node; the browser's language in a page).
   */
  readonly locale?: CheckLocale;
  /** The category the other forms of this file's folder declare, to suggest when `x-category` is missing. */
  readonly folderCategory?: string;
  /**
   * The files of the forms folder by `$id`, which this file's `$ref`s may name (`folder-documents.ts`):
   * those refs are checked in the file they name, and the file is validated with them embedded.
   */
  readonly documents?: FolderDocuments;
}

/** What `checkSchemaSource` finds in one text. */
export interface SchemaTextCheck {
  /** The text with positions, when it could be read at all. */
  readonly source: JsonSource | undefined;
  /** The parsed schema, when the text is JSON with an object root. */
  readonly schema: JsonSchemaObject | undefined;
  readonly dialect: Dialect | undefined;
  /** Every problem, sorted by position. */
  readonly diagnostics: Diagnostic[];
  /**
   * The schema with the files of the folder its `$ref`s name embedded (what is precompiled and served),
   * when it names any and they all resolve; otherwise absent.
   */
  readonly bundle?: JsonSchemaObject;
}

const contexts = new Map<Dialect, LintContext>();
function contextFor(dialect: Dialect): LintContext {
  let context = contexts.get(dialect);
  if (!context) contexts.set(dialect, (context = lintContextFor(dialect)));
  return context;
}

/** UTF-8 length of a string, computed by hand so no Node API is needed (a lone surrogate counts 3, as U+FFFD). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Checks one schema text the way `schemaforms check` checks a file: strict JSON with positions,
 * dialect, static lints, the meta-schema, Ajv's strict mode and compilation, and whether `default`,
 * `const`, `enum` and `examples` fit their field. Never throws for bad input.
 */
export function checkSchemaSource(text: string, options: CheckSchemaTextOptions): SchemaTextCheck {
  const file = options.file;
  const locale = options.locale ?? environmentLocale();
  const diagnostics: Diagnostic[] = [];
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      pointer: '',
      severity: 'error',
      code: 'file-too-large',
      message: checkMessage('file-too-large', { bytes, max: MAX_TEXT_BYTES }, locale),
    });
    return { source: undefined, schema: undefined, dialect: undefined, diagnostics };
  }
  const source = parseJsonSource(text, file, { maxDepth: DEFAULT_MAX_DEPTH, locale });
  diagnostics.push(...source.diagnostics);
  const seen = new Set<string>();
  const report = (
    pointer: string,
    code: string,
    severity: Severity,
    message: string,
    opts: { key?: boolean } = {},
  ): void => {
    const id = `${pointer}\u0000${code}\u0000${message}`;
    if (seen.has(id)) return;
    seen.add(id);
    const { line, column } = source.locate(pointer, opts);
    diagnostics.push({ file, line, column, pointer, severity, code, message });
  };
  const value = source.value;
  if (value === undefined) return { source, schema: undefined, dialect: undefined, diagnostics };
  if (!isObject(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    report('', 'root-not-object', 'error', checkMessage('root-not-object', { kind }, locale));
    return { source, schema: undefined, dialect: undefined, diagnostics };
  }
  const schema = value as JsonSchemaObject;
  let dialect: Dialect;
  try {
    // Stricter than the runtime, which also reads draft-04/06 and guesses a dialect without `$schema`:
    // our own forms declare 2020-12 or draft-07, or are 2020-12.
    const declared = value.$schema === undefined ? '2020-12' : declaredDraft(value.$schema);
    if (declared !== '2020-12' && declared !== 'draft-07') throw new Error('unsupported dialect');
    dialect = declared;
  } catch {
    report(
      '/$schema',
      'unsupported-dialect',
      'error',
      checkMessage('unsupported-dialect', { value: value.$schema }, locale),
    );
    return { source, schema, dialect: undefined, diagnostics };
  }

  if (options.relativePath !== undefined)
    checkFormConventions(
      value,
      { relativePath: options.relativePath, locale, folderCategory: options.folderCategory },
      report,
    );
  const explained = lintLogic({
    root: value,
    dialect,
    locale,
    report,
    lineOf: (pointer) => source.locate(pointer).line,
  });
  lintSchema(
    value,
    contextFor(dialect),
    (pointer, code, severity, message, opts) => {
      if ((code === 'unknown-keyword' && explained.has(pointer)) || PATTERN_CODES.has(code)) return;
      report(pointer, code, severity, message, opts);
    },
    locale,
    options.documents,
  );
  const bundle = options.documents ? bundleOrNothing(schema, options.documents) : undefined;
  const embedded = bundle ? embeddedKeys(value, bundle).map((key) => `/$defs/${key}`) : [];
  const inEmbedded = (pointer: string): boolean =>
    embedded.some((at) => pointer === at || pointer.startsWith(`${at}/`));
  // What lies in the embedded files is checked in those files: here only this file's own parts count.
  const ownReport: Reporter = (pointer, ...rest) => {
    if (!inEmbedded(pointer)) report(pointer, ...rest);
  };
  const errorPointers = new Set(diagnostics.map((d) => d.pointer));
  ajvChecks(bundle ?? value, dialect, ownReport, {
    known: (pointer) =>
      errorPointers.has(pointer) || [...errorPointers].some((p) => p !== '' && pointer.startsWith(`${p}/`)),
    hasErrors: diagnostics.some((d) => d.severity === 'error'),
    locale,
  });
  const across = bundle ? { inside: inEmbedded, at: firstOtherFileRef(value, dialect) } : undefined;
  coreShapeCheck(bundle ?? value, diagnostics, report, locale, across);
  diagnostics.sort(compareDiagnostics);
  return { source, schema, dialect, diagnostics, ...(bundle && bundle !== schema ? { bundle } : {}) };
}

/** The bundle of `schema` with the folder's files, or nothing when a ref names no file (reported already). */
function bundleOrNothing(schema: JsonSchemaObject, documents: FolderDocuments): JsonSchemaObject | undefined {
  try {
    return bundleFolderRefs(schema, documents);
  } catch {
    return undefined;
  }
}

/** The pointer of the first `$ref` of `root` to another file (where problems across files are shown). */
function firstOtherFileRef(root: Record<string, unknown>, dialect: Dialect): string {
  let found: string | undefined;
  walkSchemas(root, dialect, ({ schema, pointer }) => {
    if (found === undefined && typeof schema.$ref === 'string' && !schema.$ref.startsWith('#'))
      found = `${pointer}/$ref`;
  });
  return found ?? '';
}

/** The diagnostics of one schema text (see `checkSchemaSource`), sorted by position. */
export function checkSchemaText(text: string, options: CheckSchemaTextOptions): Diagnostic[] {
  return checkSchemaSource(text, options).diagnostics;
}

/** Which of tooling's codes already say what a core `checkSchemaShape` code says. */
const CORE_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  'invalid-root': ['root-not-object', 'form-convention'],
  'too-large': ['too-many-properties', 'enum-too-large', 'file-too-large'],
  'too-deep': ['too-deep'],
  'invalid-pattern': ['invalid-regex', 'regex-not-unicode', 'regex-not-linear'],
  'missing-ref': ['missing-ref', 'remote-ref'],
  'union-type': ['union-type', 'nullable-type'],
};

/**
 * What the runtime itself refuses (core's `checkSchemaShape`), reported only where the lints above
 * said nothing (as in `check.ts`).
 */
function coreShapeCheck(
  schema: Record<string, unknown>,
  diagnostics: readonly Diagnostic[],
  report: (pointer: string, code: string, severity: Severity, message: string) => void,
  locale: CheckLocale,
  across?: { readonly inside: (pointer: string) => boolean; readonly at: string },
): void {
  const covered = (pointer: string): boolean =>
    diagnostics.some(
      (d) =>
        d.pointer === pointer ||
        (d.pointer !== '' && pointer.startsWith(`${d.pointer}/`)) ||
        (pointer !== '' && d.pointer.startsWith(`${pointer}/`)),
    );
  let problems;
  try {
    problems = checkSchemaShape(schema);
  } catch (error) {
    report('', 'core-check', 'error', checkMessage('core-check', { detail: String((error as Error).message) }, locale));
    return;
  }
  for (const problem of problems) {
    const pointer = problem.pointer.replace(/^#/, '');
    // A problem inside an embedded file is that file's, except a `$ref` cycle through several files.
    if (across?.inside(pointer)) {
      if (problem.code === 'ref-cycle')
        report(across.at, 'ref-cycle', 'error', checkMessage('ref-across-files', { detail: problem.message }, locale));
      continue;
    }
    const same = CORE_EQUIVALENTS[problem.code] ?? [problem.code];
    if (covered(pointer) || diagnostics.some((d) => same.includes(d.code))) continue;
    report(
      pointer,
      problem.code,
      problem.severity,
      checkMessage('core-shape', { code: problem.code, detail: problem.message }, locale),
    );
  }
}
