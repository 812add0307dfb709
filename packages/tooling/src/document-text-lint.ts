/**
 * Text lints over a whole document: bidi controls and oversized texts in every string and property name
 * (not only in subschemas), and the help Markdown of each `description`.
 */
import type { CheckLocale } from './check-locale.js';
import { joinPointer } from './json-pointer.js';
import type { PointerAt, Reporter, SchemaObject } from './lint-context.js';
import { isObject } from './schema-walk.js';
import { lintHelp, lintText } from './text-lint.js';

/** Bidi controls and oversized texts anywhere in the document, names included (iterative). */
export function lintAllTexts(root: unknown, report: Reporter, locale: CheckLocale): void {
  const stack: { value: unknown; pointer: string }[] = [{ value: root, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (typeof value === 'string') {
      for (const p of lintText(value, locale)) report(pointer, p.code, p.severity, p.message);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: joinPointer(pointer, i) }));
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        const child = joinPointer(pointer, key);
        const prefix = locale === 'en' ? 'property name' : 'nome de propriedade:';
        for (const p of lintText(key, locale))
          report(child, p.code, p.severity, `${prefix} ${p.message}`, { key: true });
        stack.push({ value: value[key], pointer: child });
      }
    }
  }
}

/** Unsafe links and raw HTML in the help Markdown of one subschema's `description`. */
export function lintDescription(schema: SchemaObject, at: PointerAt, report: Reporter, locale: CheckLocale): void {
  if (typeof schema.description !== 'string') return;
  for (const problem of lintHelp(schema.description, locale))
    report(at('description'), problem.code, problem.severity, problem.message);
}
