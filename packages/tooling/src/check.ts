/**
 * `schemaforms check`: every problem of every form file under a folder, with file, line, column,
 * JSON Pointer and a fix — the CI gate content editors run (RELIABILITY.md §A and §B).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkSchemaShape, type Dialect, type JsonSchemaObject } from '@schemaforms/core';
import { ajvChecks, lintContextFor } from './ajv-checks.js';
import { compareDiagnostics, type Diagnostic, type Severity } from './diagnostic.js';
import { joinPointer } from './json-pointer.js';
import { DEFAULT_MAX_DEPTH, parseJsonSource, type JsonSource } from './json-source.js';
import { lintSchema, type LintContext } from './lint-schema.js';
import { isObject } from './schema-walk.js';
import { labelKey } from './text-lint.js';

/** The largest form file accepted, in bytes (RELIABILITY A22). */
export const MAX_FILE_BYTES = 1_000_000;

/** The suffix of a form file. */
export const FORM_SUFFIX = '.schema.json';

const DIALECTS: Record<string, Dialect> = {
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft-07/schema': 'draft-07',
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

const contexts = new Map<Dialect, LintContext>();
function contextFor(dialect: Dialect): LintContext {
  let context = contexts.get(dialect);
  if (!context) contexts.set(dialect, (context = lintContextFor(dialect)));
  return context;
}

/** Checks one form file's text. Never throws for bad input: every problem is a diagnostic. */
export function checkFormText(text: string, options: CheckFormOptions): { source: JsonSource | undefined; schema: JsonSchemaObject | undefined; dialect: Dialect | undefined; diagnostics: Diagnostic[] } {
  const file = options.displayFile;
  const diagnostics: Diagnostic[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    diagnostics.push({ file, line: 1, column: 1, pointer: '', severity: 'error', code: 'file-too-large', message: `the file is ${bytes} bytes, more than ${MAX_FILE_BYTES} — split the form; big option lists belong in host data (x-context)` });
    return { source: undefined, schema: undefined, dialect: undefined, diagnostics };
  }
  const source = parseJsonSource(text, file, { maxDepth: DEFAULT_MAX_DEPTH });
  diagnostics.push(...source.diagnostics);
  const seen = new Set<string>();
  const report = (pointer: string, code: string, severity: Severity, message: string, opts: { key?: boolean } = {}): void => {
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
    report('', 'root-not-object', 'error', `root must be an object schema, not ${kind} — a form file holds one object: { "type": "object", "properties": { … } }`);
    return { source, schema: undefined, dialect: undefined, diagnostics };
  }
  const schema = value as JsonSchemaObject;
  let dialect: Dialect = '2020-12';
  if ('$schema' in value) {
    const declared = typeof value.$schema === 'string' ? DIALECTS[value.$schema.replace(/#$/, '')] : undefined;
    if (!declared) {
      report('/$schema', 'unsupported-dialect', 'error', `unsupported "$schema" ${JSON.stringify(value.$schema)} — use "https://json-schema.org/draft/2020-12/schema" (or "http://json-schema.org/draft-07/schema#" for draft-07)`);
      return { source, schema, dialect: undefined, diagnostics };
    }
    dialect = declared;
  }

  if (options.relativePath !== undefined) formConventions(value, options.relativePath, report);
  const context = contextFor(dialect);
  lintSchema(value, context, report);
  const errorPointers = new Set(diagnostics.map((d) => d.pointer));
  ajvChecks(value, dialect, report, {
    known: (pointer) => errorPointers.has(pointer) || [...errorPointers].some((p) => p !== '' && pointer.startsWith(`${p}/`)),
    hasErrors: diagnostics.some((d) => d.severity === 'error'),
  });
  coreShapeCheck(value, diagnostics, report);
  diagnostics.sort(compareDiagnostics);
  return { source, schema, dialect, diagnostics };
}

/**
 * What the runtime itself refuses (core's `checkSchemaShape`), so CI never passes a schema the page
 * would reject; reported only where the lints above said nothing.
 */
function coreShapeCheck(
  schema: Record<string, unknown>,
  diagnostics: readonly Diagnostic[],
  report: (pointer: string, code: string, severity: Severity, message: string) => void,
): void {
  const covered = (pointer: string): boolean =>
    diagnostics.some((d) => d.pointer === pointer || (d.pointer !== '' && pointer.startsWith(`${d.pointer}/`)) || (pointer !== '' && d.pointer.startsWith(`${pointer}/`)));
  let problems;
  try {
    problems = checkSchemaShape(schema);
  } catch (error) {
    report('', 'core-check', 'error', `the core could not check this schema: ${(error as Error).message} — report this as a bug`);
    return;
  }
  for (const problem of problems) {
    const pointer = problem.pointer.replace(/^#/, '');
    if (covered(pointer) || diagnostics.some((d) => d.code === problem.code && d.severity === problem.severity)) continue;
    report(pointer, problem.code, problem.severity, `${problem.message} (the form runtime refuses this schema) — fix it here`);
  }
}

function formConventions(
  root: Record<string, unknown>,
  relativePath: string,
  report: (pointer: string, code: string, severity: Severity, message: string, opts?: { key?: boolean }) => void,
): void {
  const parts = relativePath.split(/[\\/]/);
  const [category, subjectFile] = parts;
  const subject = subjectFile?.endsWith(FORM_SUFFIX) ? subjectFile.slice(0, -FORM_SUFFIX.length) : undefined;
  if (parts.length !== 2 || !category || !subject || !SLUG.test(category) || !SLUG.test(subject)) {
    report('', 'file-location', 'error', `form files live at <category>/<subject>.schema.json with lower-case, hyphenated ASCII names (found ${JSON.stringify(relativePath)}) — move or rename the file, e.g. token/revogacao-de-token.schema.json`);
  }
  const requireText = (keyword: string, what: string, example: string): void => {
    const value = root[keyword];
    if (typeof value !== 'string' || value.trim() === '') {
      report(keyword in root ? `/${keyword}` : '', 'form-convention', 'error', `a form needs "${keyword}" (${what}) — add "${keyword}": ${example}`);
    }
  };
  requireText('$id', 'a unique URI', `"https://schemaforms.example/schemas/${relativePath.replace(/\\/g, '/')}"`);
  requireText('title', 'the subject shown in the catalog', '"Revogação de Token"');
  requireText('x-category', 'the category title shown in the catalog', '"Token"');
  if (root.type !== 'object') {
    report('type' in root ? '/type' : '', 'form-convention', 'error', 'a form\'s root needs "type": "object" — the answers are an object with one property per field');
  }
  if (typeof root.$id === 'string' && parts.length === 2 && !root.$id.replace(/#$/, '').endsWith(`/${parts.join('/')}`)) {
    report('/$id', 'id-mismatch', 'warning', `"$id" does not end with the file's path "${parts.join('/')}" (copied from another form?) — make it …/${parts.join('/')}`);
  }
}

/** Lists the form files under `dir` (recursively, skipping dot folders and node_modules), sorted. */
export async function findFormFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const queue = [path.resolve(dir)];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) queue.push(full);
      else if (entry.isFile() && entry.name.endsWith(FORM_SUFFIX)) found.push(full);
    }
  }
  return found.sort();
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
  const files = await findFormFiles(root);
  const forms: CheckedForm[] = [];
  for (const file of files) {
    const relativePath = path.relative(root, file);
    const displayFile = path.relative(cwd, file).split(path.sep).join('/') || file;
    const text = await readFile(file, 'utf8');
    const result = checkFormText(text, { displayFile, relativePath });
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
  const diagnostics = merged.flatMap((f) => f.diagnostics).sort(compareDiagnostics);
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
