/**
 * The checks across form files: duplicate `$id`, the same subject twice in a category (or in two
 * categories), and one category per folder. A clash is blamed on the newer file (git, else mtime), so
 * the original form stays in the catalog while the copy is fixed.
 */
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import { fileAge, isNewer, type FileAge } from './file-age.js';
import { joinPointer } from './json-pointer.js';
import type { JsonSource } from './json-source.js';
import { labelKey } from './text-lint.js';

/** What the cross-file checks need of one checked form. */
export interface ClashCandidate {
  /** `<category-folder>/<subject-file>`, without `.schema.json`. */
  readonly id: string;
  /** Absolute path. */
  readonly file: string;
  readonly displayFile: string;
  readonly schema: Readonly<Record<string, unknown>> | undefined;
  readonly category: string | undefined;
  readonly title: string | undefined;
  readonly source?: JsonSource | undefined;
}

const FORM_SUFFIX = '.schema.json';

/** The `$id` a copied file should have: the original's, with the original's path replaced by this file's. */
export function idFor(copy: ClashCandidate, originalId: string, original: ClashCandidate): string {
  const originalPath = `${original.id}${FORM_SUFFIX}`;
  const bare = originalId.replace(/#$/, '');
  const base = bare.endsWith(originalPath)
    ? bare.slice(0, -originalPath.length)
    : 'https://schemaforms.example/schemas/';
  return `${base}${copy.id}${FORM_SUFFIX}`;
}

/** Runs the cross-file checks on `forms` (in file order) and returns their diagnostics. */
export async function crossFileChecks(forms: readonly ClashCandidate[], locale: CheckLocale): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const at = (
    form: ClashCandidate,
    pointer: string,
    code: string,
    message: string,
    severity: Severity = 'error',
  ): void => {
    const { line, column } = form.source ? form.source.locate(pointer) : { line: 1, column: 1 };
    out.push({ file: form.displayFile, line, column, pointer, severity, code, message });
  };
  const ages = new Map<ClashCandidate, Promise<FileAge>>();
  const ageOf = (form: ClashCandidate): Promise<FileAge> => {
    let age = ages.get(form);
    if (!age) ages.set(form, (age = fileAge(form.file)));
    return age;
  };
  /** The two forms ordered as [older, newer]. */
  const order = async (a: ClashCandidate, b: ClashCandidate): Promise<[ClashCandidate, ClashCandidate]> =>
    isNewer(await ageOf(a), await ageOf(b)) ? [b, a] : [a, b];

  const ids = new Map<string, ClashCandidate>();
  const subjects = new Map<string, ClashCandidate>();
  const titles = new Map<string, ClashCandidate>();
  const folderCategory = new Map<string, ClashCandidate>();
  const categoryFolder = new Map<string, ClashCandidate>();
  for (const form of forms) {
    if (!form.schema) continue;
    const id = form.schema.$id;
    if (typeof id === 'string') {
      const key = id.replace(/#$/, '');
      const first = ids.get(key);
      if (first) {
        const [older, newer] = await order(first, form);
        const write = idFor(newer, id, older);
        at(
          newer,
          '/$id',
          'duplicate-id',
          checkMessage('duplicate-id', { id, other: older.displayFile, write }, locale),
        );
      } else ids.set(key, form);
    }
    if (form.category !== undefined && form.title !== undefined) {
      const key = `${labelKey(form.category)}\u0000${labelKey(form.title)}`;
      const first = subjects.get(key);
      if (first) {
        const [older, newer] = await order(first, form);
        at(
          newer,
          '/title',
          'duplicate-subject',
          checkMessage(
            'duplicate-subject',
            { category: newer.category!, title: newer.title!, other: older.displayFile },
            locale,
          ),
        );
      } else subjects.set(key, form);
      const sameTitle = titles.get(labelKey(form.title));
      if (sameTitle && labelKey(sameTitle.category ?? '') !== labelKey(form.category)) {
        const [older, newer] = await order(sameTitle, form);
        at(
          newer,
          '/title',
          'title-in-two-categories',
          checkMessage(
            'title-in-two-categories',
            { title: newer.title!, otherCategory: older.category!, other: older.displayFile },
            locale,
          ),
          'warning',
        );
      } else if (!sameTitle) titles.set(labelKey(form.title), form);
    }
    if (form.category !== undefined) {
      const folder = form.id.split('/')[0] ?? '';
      const firstInFolder = folderCategory.get(folder);
      if (firstInFolder && labelKey(firstInFolder.category ?? '') !== labelKey(form.category)) {
        const params = {
          folder,
          category: firstInFolder.category!,
          other: firstInFolder.displayFile,
          mine: form.category,
        };
        at(
          form,
          joinPointer('', 'x-category'),
          'category-mismatch',
          checkMessage('category-folder-mismatch', params, locale),
        );
      } else if (!firstInFolder) folderCategory.set(folder, form);
      const firstFolder = categoryFolder.get(labelKey(form.category));
      const firstFolderName = firstFolder?.id.split('/')[0];
      if (firstFolder && firstFolderName !== folder) {
        const params = { category: form.category, folder: firstFolderName ?? '', other: firstFolder.displayFile };
        at(form, '/x-category', 'category-mismatch', checkMessage('category-in-two-folders', params, locale));
      } else if (!firstFolder) categoryFolder.set(labelKey(form.category), form);
    }
  }
  return out;
}
