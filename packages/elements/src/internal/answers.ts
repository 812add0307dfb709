import type { FieldModel } from '@schemaforms/core';

/**
 * The answers of the active fields with every `writeOnly` value left out: what drafts store and what
 * the `value` property returns, so a secret never leaves the form except in the submission itself.
 */
export function answersWithoutSecrets(field: FieldModel): unknown {
  if (field.writeOnly) return undefined;
  if (field.children && field.widget === 'array') {
    return field.children.map((child) => answersWithoutSecrets(child) ?? null);
  }
  if (field.children) {
    const entries: [string, unknown][] = [];
    for (const child of field.children) {
      const value = answersWithoutSecrets(child);
      if (value !== undefined) entries.push([child.key, value]);
    }
    // `fromEntries` defines own data properties, so a key such as `__proto__` cannot pollute.
    return Object.fromEntries(entries);
  }
  return field.value;
}

/** Every `writeOnly` field among the active ones, by pointer. */
export function secretPointers(field: FieldModel, into: Set<string> = new Set()): Set<string> {
  if (field.writeOnly) into.add(field.pointer);
  for (const child of field.children ?? []) secretPointers(child, into);
  return into;
}
