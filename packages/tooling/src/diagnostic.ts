/**
 * What `schemaforms check` reports: one problem, where it is and how to fix it.
 */

/** How bad a problem is: errors fail the check (exit code 1), warnings do not. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a form file. `line` and `column` are 1-based (UTF-16 columns, as editors count);
 * `pointer` is the RFC 6901 JSON Pointer of the culprit inside the file (`''` is the whole document).
 */
export interface Diagnostic {
  /** The file, as given to the check (relative to the working directory when the CLI found it). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;
  readonly severity: Severity;
  /** A stable, kebab-case identifier of the rule (`unknown-keyword`, `json-syntax`, …). */
  readonly code: string;
  /** What is wrong, then ` — ` and how to fix it. */
  readonly message: string;
}

/** Orders diagnostics by file, then position, then code, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** Renders a JSON Pointer as the URI fragment schema authors know from Ajv (`#/properties/a`). */
export function pointerFragment(pointer: string): string {
  return `#${pointer}`;
}

/**
 * Formats one diagnostic for people:
 * `schemas/x/y.schema.json:12:5 error #/properties/a/type unknown type "strin" — use one of …  [unknown-type]`.
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${pointerFragment(d.pointer)} ${d.message} [${d.code}]`;
}

/** Whether any diagnostic is an error (the check fails). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
