/**
 * `schemaforms check`: every problem of every form file under a folder, with file, line, column,
 * JSON Pointer and a fix — the CI gate content editors run (RELIABILITY.md §A and §B).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dialect, JsonSchemaObject } from '@schemaforms/core';
import { checkSchemaSource, MAX_TEXT_BYTES, type SchemaTextCheck } from './check-text.js';
import { compareDiagnostics, type Diagnostic, type Severity } from './diagnostic.js';
import { FORM_SUFFIX, readFormFile, scanFormFiles } from './form-files.js';
import { joinPointer } from './json-pointer.js';
import type { JsonSource } from './json-source.js';
import { labelKey } from './text-lint.js';

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
  readonly dialect: Dialect | undefined;
  /** `x-category` and `title`, when present. */
  readonly category: string | undefined;
  readonly title: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** Whether the file has no error (warnings allowed). */
  readonly ok: boolean;
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
}

/**
 * Checks one form file's text. Never throws for bad input: every problem is a diagnostic. The
 * per-file check itself lives in `check-text.ts` (no Node built-ins, so the playground runs it too).
 */
export function checkFormText(text: string, options: CheckFormOptions): SchemaTextCheck {
  return checkSchemaSource(text, {
    file: options.displayFile,
    ...(options.relativePath === undefined ? {} : { relativePath: options.relativePath }),
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
}

/**
 * Checks every `**\/*.schema.json` under `dir`: each file on its own, then across files (duplicate
 * `$id`, two forms with the same category and subject, one category per folder).
 */
export async function checkForms(dir: string, options: CheckFormsOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`no such folder: ${dir}`);
  const display = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;
  const scan = await scanFormFiles(root, display);
  const forms: CheckedForm[] = [];
  for (const file of scan.files) {
    const relativePath = path.relative(root, file);
    const displayFile = display(file);
    // Size from stat, encoding from the first bytes, before the text is read (never a 200 MB read).
    const read = await readFormFile(file, displayFile, MAX_FILE_BYTES);
    const result: Pick<SchemaTextCheck, 'schema' | 'dialect' | 'diagnostics' | 'source'> =
      read.text === undefined ? { schema: undefined, dialect: undefined, diagnostics: [read.diagnostic], source: undefined } : checkFormText(read.text, { displayFile, relativePath });
    const schema = result.schema;
    forms.push({
      id: formId(relativePath),
      file,
      displayFile,
      schema,
      dialect: result.dialect,
      category: typeof schema?.['x-category'] === 'string' ? (schema['x-category'] as string) : undefined,
      title: typeof schema?.title === 'string' ? schema.title : undefined,
      diagnostics: result.diagnostics,
      ok: !result.diagnostics.some((d) => d.severity === 'error'),
      ...{ source: result.source },
    } as CheckedForm);
  }
  const crossFile = crossFileChecks(forms);
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

function crossFileChecks(forms: readonly CheckedForm[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (form: CheckedForm, pointer: string, code: string, message: string, severity: Severity = 'error'): void => {
    const source = (form as unknown as { source?: JsonSource }).source;
    const { line, column } = source ? source.locate(pointer) : { line: 1, column: 1 };
    out.push({ file: form.displayFile, line, column, pointer, severity, code, message });
  };
  const ids = new Map<string, CheckedForm>();
  const subjects = new Map<string, CheckedForm>();
  const folderCategory = new Map<string, CheckedForm>();
  const categoryFolder = new Map<string, CheckedForm>();
  for (const form of forms) {
    if (!form.schema) continue;
    const id = form.schema.$id;
    if (typeof id === 'string') {
      const key = id.replace(/#$/, '');
      const first = ids.get(key);
      if (first) at(form, '/$id', 'duplicate-id', `"$id" ${JSON.stringify(id)} is already used by ${first.displayFile} — give each form its own "$id" (its path)`);
      else ids.set(key, form);
    }
    if (form.category !== undefined && form.title !== undefined) {
      const key = `${labelKey(form.category)}\u0000${labelKey(form.title)}`;
      const first = subjects.get(key);
      if (first) at(form, '/title', 'duplicate-subject', `category "${form.category}" already has a subject "${form.title}" (${first.displayFile}) — people could not tell them apart; rename one title or merge the forms`);
      else subjects.set(key, form);
    }
    if (form.category !== undefined) {
      const folder = form.id.split('/')[0] ?? '';
      const firstInFolder = folderCategory.get(folder);
      if (firstInFolder && labelKey(firstInFolder.category ?? '') !== labelKey(form.category)) {
        at(form, joinPointer('', 'x-category'), 'category-mismatch', `folder "${folder}/" holds category "${firstInFolder.category}" (${firstInFolder.displayFile}) but this form says "${form.category}" — one folder is one category: fix "x-category" or move the file`);
      } else if (!firstInFolder) folderCategory.set(folder, form);
      const firstFolder = categoryFolder.get(labelKey(form.category));
      const firstFolderName = firstFolder?.id.split('/')[0];
      if (firstFolder && firstFolderName !== folder) {
        at(form, '/x-category', 'category-mismatch', `category "${form.category}" is already the folder "${firstFolderName}/" (${firstFolder.displayFile}) — move this file there, or name a different category`);
      } else if (!firstFolder) categoryFolder.set(labelKey(form.category), form);
    }
  }
  return out;
}
