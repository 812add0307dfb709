/**
 * The form-file conventions of a catalog form: where the file lives, `$id`, `title`, `x-category` and
 * `"type": "object"` — each problem worded in pt-BR or en with the value to write.
 */
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import type { Reporter } from './lint-context.js';

const FORM_SUFFIX = '.schema.json';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_BASE = 'https://schemaforms.example/schemas/';

/** A readable category title from a folder name: `dados-da-loja` → `Dados da loja`. */
export function categoryFromFolder(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Options of `checkFormConventions`. */
export interface FormConventionOptions {
  /** The path relative to the forms folder (`token/revogacao-de-token.schema.json`). */
  readonly relativePath: string;
  readonly locale: CheckLocale;
  /** The category the other forms of the folder declare, suggested when `x-category` is missing. */
  readonly folderCategory?: string | undefined;
}

/** Reports every convention `root` breaks. */
export function checkFormConventions(
  root: Record<string, unknown>,
  options: FormConventionOptions,
  report: Reporter,
): void {
  const { relativePath, locale, folderCategory } = options;
  const parts = relativePath.split(/[\\/]/);
  const [category, subjectFile] = parts;
  const subject = subjectFile?.endsWith(FORM_SUFFIX) ? subjectFile.slice(0, -FORM_SUFFIX.length) : undefined;
  const filePath = parts.join('/');
  if (parts.length !== 2 || !category || !subject || !SLUG.test(category) || !SLUG.test(subject)) {
    report('', 'file-location', 'error', checkMessage('file-location', { found: relativePath }, locale));
  }
  const missing = (keyword: string): boolean =>
    typeof root[keyword] !== 'string' || (root[keyword] as string).trim() === '';
  const at = (keyword: string): string => (keyword in root ? `/${keyword}` : '');
  if (missing('$id'))
    report(
      at('$id'),
      'form-convention',
      'error',
      checkMessage('missing-id', { example: `${ID_BASE}${filePath}` }, locale),
    );
  if (missing('title')) report(at('title'), 'form-convention', 'error', checkMessage('missing-title', {}, locale));
  if (missing('x-category')) {
    const en = locale === 'en';
    const suggestion =
      folderCategory !== undefined && category
        ? {
            category: folderCategory,
            from: en ? `as the other forms in "${category}/"` : `como os outros formulários de "${category}/"`,
          }
        : category
          ? {
              category: categoryFromFolder(category),
              from: en ? `from the folder name "${category}/"` : `pelo nome da pasta "${category}/"`,
            }
          : { category: 'Token', from: en ? 'the category title' : 'o título da categoria' };
    report(at('x-category'), 'form-convention', 'error', checkMessage('missing-category', suggestion, locale));
  }
  if (root.type !== 'object') report(at('type'), 'form-convention', 'error', checkMessage('root-type', {}, locale));
  const id = root.$id;
  if (typeof id === 'string' && parts.length === 2 && !id.replace(/#$/, '').endsWith(`/${filePath}`)) {
    const base = /^(.*\/)[^/]+\/[^/]+$/.exec(id.replace(/#$/, ''))?.[1] ?? ID_BASE;
    report(
      '/$id',
      'id-mismatch',
      'warning',
      checkMessage('id-mismatch', { path: filePath, write: `${base}${filePath}` }, locale),
    );
  }
}
