/** What the builder needs from the playground page, and the check's problems sorted by where they point. */
import type { Diagnostic } from '@schemaforms/tooling/check';

/** The page around the builder. */
export interface BuilderHost {
  /** The document (the editor's text). */
  text(): string;
  /** Changes the document to `next`, as one small edit of the editor's text (undoable there). */
  edit(next: string): void;
  /** Replaces the whole document (the previous text is kept aside, as other replacements are). */
  replace(next: string): void;
  /** The `schemas/`-relative path of the file, or ''. */
  path(): string;
  setPath(path: string): void;
  /** Says a sentence in the page's polite live region. */
  announce(message: string): void;
  /** The page's current language (for the settings forms). */
  locale(): string;
}

/** The check's problems of the current text, grouped by field key, rule index, or the form. */
export interface PlacedProblems {
  readonly byField: ReadonlyMap<string, readonly Diagnostic[]>;
  readonly byRule: ReadonlyMap<number, readonly Diagnostic[]>;
  readonly form: readonly Diagnostic[];
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** Places each problem beside the field (`/properties/<key>/…`) or rule (`/allOf/<i>/…`) it points at. */
export function placeProblems(diagnostics: readonly Diagnostic[]): PlacedProblems {
  const byField = new Map<string, Diagnostic[]>();
  const byRule = new Map<number, Diagnostic[]>();
  const form: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const [first, second] = diagnostic.pointer.split('/').slice(1);
    if (first === 'properties' && second !== undefined) {
      const key = unescape(second);
      byField.set(key, [...(byField.get(key) ?? []), diagnostic]);
    } else if (first === 'allOf' && second !== undefined && /^\d+$/.test(second)) {
      const index = Number(second);
      byRule.set(index, [...(byRule.get(index) ?? []), diagnostic]);
    } else form.push(diagnostic);
  }
  return { byField, byRule, form };
}
