/**
 * `schemaforms check`: every problem of every form file under a folder, with file, line, column,
 * JSON Pointer and a fix — the CI gate content editors run (RELIABILITY.md §A and §B).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dialect, JsonSchemaObject } from '@schemaforms/core';
import { checkSchemaSource, MAX_TEXT_BYTES, type SchemaTextCheck } from './check-text.js';
import { environmentLocale, type CheckLocale } from './check-locale.js';
import { crossFileChecks } from './cross-file-checks.js';
import { checkMessage } from './check-messages.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { folderDocuments, isSharedFile, type FolderDocuments } from './folder-documents.js';
import { FORM_SUFFIX, readFormFile, scanFormFiles } from './form-files.js';
import type { JsonSource } from './json-source.js';

/** The largest form file accepted, in bytes (RELIABILITY A22). */
export const MAX_FILE_BYTES = MAX_TEXT_BYTES;

export { FORM_SUFFIX };

/** One form file after the check. */
export interface CheckedForm {
  /** `<category-folder>/<subject-file>` without `.schema.json`, e.g. `token/revogacao-de-token`. */
  readonly id: string;
  /** Absolute path of the file. */
  readonly file: string;
  /** The file name as diagnostics show it. */
  readonly displayFile: string;
  /** The parsed schema, when the file is valid JSON with an object root. */
  readonly schema: JsonSchemaObject | undefined;
  /**
   * The schema with the files of the folder its `$ref`s name embedded, when it names any (what is
   * precompiled, served and validated against); `undefined` when it names none.
   */
  readonly bundle?: JsonSchemaObject | undefined;
  /** A shared file (in a folder whose name starts with `_`): no form, only a `$ref` target. */
  readonly shared?: boolean;
  readonly dialect: Dialect | undefined;
  /** `x-category` and `title`, when present. */
  readonly category: string | undefined;
  readonly title: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** Whether the file has no error (warnings allowed). */
  readonly ok: boolean;
  /**
   * The text with positions, when the file could be read; the cross-file checks locate their
   * diagnostics with it (`ClashCandidate.source` in `cross-file-checks.ts`).
   */
  readonly source: JsonSource | undefined;
}

/** The outcome of checking a folder. */
export interface CheckResult {
  readonly forms: readonly CheckedForm[];
  /** Every diagnostic, per-file and cross-file, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Options of `checkFormText`. */
export interface CheckFormOptions {
  /** The file name shown in diagnostics. */
  readonly displayFile: string;
  /**
   * The path relative to the forms folder (`token/revogacao-de-token.schema.json`), for the file
   * location convention; omit to skip form-file conventions (a schema that is not a catalog form).
   */
  readonly relativePath?: string;
  /** The language of the messages that have one; the environment's by default. */
  readonly locale?: CheckLocale;
  /** The category the other forms of the folder declare, suggested when `x-category` is missing. */
  readonly folderCategory?: string;
  /** The files of the forms folder by `$id`, which this file's `$ref`s may name. */
  readonly documents?: FolderDocuments;
}

/**
 * Checks one form file's text. Never throws for bad input: every problem is a diagnostic. The
 * per-file check itself lives in `check-text.ts` (no Node built-ins, so the playground runs it too).
 */
export function checkFormText(text: string, options: CheckFormOptions): SchemaTextCheck {
  return checkSchemaSource(text, {
    file: options.displayFile,
    ...(options.relativePath === undefined ? {} : { relativePath: options.relativePath }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.folderCategory === undefined ? {} : { folderCategory: options.folderCategory }),
    ...(options.documents === undefined ? {} : { documents: options.documents }),
  });
}

/**
 * Lists the form files under `dir` (recursively, skipping dot folders and node_modules; links to files
 * followed), sorted. Folders that cannot be read are left out: `checkForms` reports them.
 */
export async function findFormFiles(dir: string): Promise<string[]> {
  return [...(await scanFormFiles(dir)).files];
}

/** The catalog id of a form file relative to the forms folder. */
export function formId(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').slice(0, -FORM_SUFFIX.length);
}

/** Options of `checkForms`. */
export interface CheckFormsOptions {
  /** Directory file names are shown relative to; the process's working directory by default. */
  readonly cwd?: string;
  /** The language of the messages that have one; the environment's by default. */
  readonly locale?: CheckLocale;
}

/**
 * Checks every `**\/*.schema.json` under `dir`: each file on its own (its `$ref`s to other files of
 * the folder resolved in them), then across files (duplicate `$id`, two forms with the same category
 * and subject, one category per folder). Files in a folder whose name starts with `_` are shared
 * schemas, not forms: checked, but without the form conventions, and left out of the catalog.
 */
export async function checkForms(dir: string, options: CheckFormsOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const locale = options.locale ?? environmentLocale();
  const root = path.resolve(cwd, dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`no such folder: ${dir}`);
  const display = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;
  const scan = await scanFormFiles(root, display, locale);
  const files = [];
  for (const file of scan.files) {
    const displayFile = display(file);
    // Size from stat, encoding from the first bytes, before the text is read (never a 200 MB read).
    files.push({ file, displayFile, read: await readFormFile(file, displayFile, MAX_FILE_BYTES, locale) });
  }
  // Every file first, so that each one's `$ref`s to the others are checked in them.
  const documents = folderDocuments(
    files.map(({ read, displayFile }) => ({ schema: parseQuietly(read.text), displayFile })),
  );
  const forms: CheckedForm[] = [];
  for (const { file, displayFile, read } of files) {
    const relativePath = path.relative(root, file);
    const shared = isSharedFile(relativePath);
    const result: Pick<SchemaTextCheck, 'schema' | 'dialect' | 'diagnostics' | 'source' | 'bundle'> =
      read.text === undefined
        ? { schema: undefined, dialect: undefined, diagnostics: [read.diagnostic], source: undefined }
        : checkFormText(read.text, { displayFile, ...(shared ? {} : { relativePath }), locale, documents });
    const schema = result.schema;
    const diagnostics = [...result.diagnostics];
    if (shared && schema && typeof schema.$id !== 'string')
      diagnostics.unshift(sharedWithoutId(displayFile, relativePath, documents, locale));
    forms.push({
      id: formId(relativePath),
      file,
      displayFile,
      schema,
      bundle: result.bundle,
      shared,
      dialect: result.dialect,
      category: typeof schema?.['x-category'] === 'string' ? (schema['x-category'] as string) : undefined,
      title: typeof schema?.title === 'string' ? schema.title : undefined,
      diagnostics,
      ok: !diagnostics.some((d) => d.severity === 'error'),
      source: result.source,
    });
  }
  suggestFolderCategories(forms, root, locale, documents);
  const crossFile = await crossFileChecks(forms, locale);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of crossFile) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const merged = forms.map((form) => {
    const extra = byFile.get(form.displayFile) ?? [];
    if (extra.length === 0) return form;
    const diagnostics = [...form.diagnostics, ...extra].sort(compareDiagnostics);
    return { ...form, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
  });
  const diagnostics = [...scan.diagnostics, ...merged.flatMap((f) => f.diagnostics)].sort(compareDiagnostics);
  return {
    forms: merged,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/**
 * A form without `x-category` gets, instead of a category named after its folder, the one the other
 * forms of its folder declare (checked again with that hint; only such forms, which are rare).
 */
function suggestFolderCategories(
  forms: CheckedForm[],
  root: string,
  locale: CheckLocale,
  documents: FolderDocuments,
): void {
  const byFolder = new Map<string, string>();
  for (const form of forms) if (form.category !== undefined) byFolder.set(form.id.split('/')[0] ?? '', form.category);
  for (const [index, form] of forms.entries()) {
    const folderCategory = byFolder.get(form.id.split('/')[0] ?? '');
    if (form.shared || !form.source || !form.schema || form.category !== undefined || folderCategory === undefined)
      continue;
    const relativePath = path.relative(root, form.file);
    // The text already read (through the size and encoding checks), not a second read of the file.
    const result = checkFormText(form.source.text, {
      displayFile: form.displayFile,
      relativePath,
      locale,
      folderCategory,
      documents,
    });
    forms[index] = { ...form, diagnostics: result.diagnostics, source: result.source };
  }
}

/** The parsed value of a file's text, or undefined (the check reports why it cannot be read). */
function parseQuietly(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The error of a shared file without `$id`: forms name it by its `$id`, which ends with its path, after
 * the base the forms' own `$id`s have.
 */
function sharedWithoutId(
  displayFile: string,
  relativePath: string,
  documents: FolderDocuments,
  locale: CheckLocale,
): Diagnostic {
  const filePath = relativePath.split(path.sep).join('/');
  const base =
    [...documents.keys()].map((url) => /^(.*\/)[^/]+\/[^/]+$/.exec(url)?.[1]).find(Boolean) ??
    'https://schemaforms.example/schemas/';
  const message = checkMessage('shared-missing-id', { example: `${base}${filePath}` }, locale);
  return { file: displayFile, line: 1, column: 1, pointer: '', severity: 'error', code: 'form-convention', message };
}
