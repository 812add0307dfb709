/**
 * Editing a map's entries (issue #14, item 4): whether a key can name a new entry, and the map's
 * answer with an entry added, renamed or removed — to set with `form.setValue(field.pointer, …)`.
 * Pure functions of the map's field model, so the map widget, which most forms never load, brings
 * them along instead of every form carrying them.
 */
import { defineOwn, isObject, POISONED_KEYS } from './json-pointer.js';
import type { EntryKeyProblem, FieldModel, JsonSchema } from './types.js';

/** Keys longer than this match no pattern here either (see `MAX_MATCHED_KEY_LENGTH` in map-entries.ts). */
const MAX_MATCHED_KEY_LENGTH = 128;

/** The value schema a new entry `key` of the map would get, or `undefined` when none admits it. */
function valueSchemaFor(field: FieldModel, key: string): JsonSchema | undefined {
  const patterns = field.schema.patternProperties;
  if (isObject(patterns) && key.length <= MAX_MATCHED_KEY_LENGTH)
    for (const pattern of Object.keys(patterns)) {
      try {
        if (new RegExp(pattern, 'u').test(key)) return patterns[pattern] as JsonSchema;
      } catch {
        // An invalid pattern admits nothing (the schema check reports it).
      }
    }
  const extra = field.schema.additionalProperties;
  return isObject(extra) || extra === true ? extra : field.openMap ? true : undefined;
}

function answerOf(field: FieldModel): Record<string, unknown> {
  return isObject(field.value) ? field.value : {};
}

/**
 * Why `key` cannot name a new entry of the map `field`: empty, already a key of the object (an
 * entry or a declared property), or admitted by no value schema. `undefined` when it can.
 */
export function entryKeyProblem(field: FieldModel, key: string): EntryKeyProblem | undefined {
  if (key === '') return 'empty';
  if (field.children?.some((child) => child.key === key) || Object.hasOwn(answerOf(field), key)) return 'duplicate';
  return POISONED_KEYS.has(key) || valueSchemaFor(field, key) === undefined ? 'not-allowed' : undefined;
}

/** The map's answer with a new entry `key` holding an empty answer of its value schema's type. */
export function withEntryAdded(field: FieldModel, key: string): Record<string, unknown> {
  const schema = valueSchemaFor(field, key);
  const type = isObject(schema) ? schema.type : undefined;
  const added = { ...answerOf(field) };
  defineOwn(added, key, type === 'object' ? {} : type === 'array' ? [] : '');
  return added;
}

/** The map's answer with entry `from` renamed `to`, keeping its value and its place among the entries. */
export function withEntryRenamed(field: FieldModel, from: string, to: string): Record<string, unknown> {
  const answer = answerOf(field);
  const renamed: Record<string, unknown> = {};
  for (const key of Object.keys(answer)) defineOwn(renamed, key === from ? to : key, answer[key]);
  return renamed;
}

/** The map's answer without entry `key`, the others in their order. */
export function withEntryRemoved(field: FieldModel, key: string): Record<string, unknown> {
  const answer = answerOf(field);
  const kept: Record<string, unknown> = {};
  for (const name of Object.keys(answer)) if (name !== key) defineOwn(kept, name, answer[name]);
  return kept;
}
