/**
 * What the builder does to the fields inside a Grupo (an object property of the form): add, change,
 * require, reorder and remove them like root fields, and move a field into a group or out of it. Each is
 * a function from the current text to the next, touching only the JSON it concerns, as `form-edits.ts`.
 */
import { newFieldSchema, type FieldKind } from './field-kinds.js';
import { keyFromLabel } from './field-key.js';
import { readForm } from './form-model.js';
import { nodeAt, removeItems, setMember } from './json-path-edits.js';
import { memberIndex, nodeValue } from './json-tree.js';
import { moveField } from './form-edits.js';
import { applyChanges, replaceValue, swapMembers } from './text-edits.js';

type Path = readonly (string | number)[];

/** The path of a group's schema. */
const groupPath = (group: string): Path => ['properties', group];

/** The keys of the object's `properties` at `path`, in the order of the text. */
function keysAt(text: string, path: Path): string[] {
  const node = nodeAt(text, [...path, 'properties']);
  return node?.kind === 'object' ? node.members.map((member) => member.key) : [];
}

/** The `required` list of the object at `path`. */
function requiredAt(text: string, path: Path): string[] {
  const node = nodeAt(text, [...path, 'required']);
  return node?.kind === 'array' ? (JSON.parse(text.slice(node.start, node.end)) as string[]) : [];
}

/** Adds `key` to the `required` of the object at `path` (made when missing), in the order of its fields. */
function addRequiredAt(text: string, path: Path, key: string): string {
  const names = requiredAt(text, path);
  if (names.includes(key)) return text;
  const order = keysAt(text, path);
  const next = [...names, key].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return setMember(text, path, 'required', next, { after: ['properties'] });
}

/** Removes `key` from the `required` of the object at `path`, and the list when it is left empty. */
function removeRequiredAt(text: string, path: Path, key: string): string {
  const out = removeItems(text, [...path, 'required'], (value) => value === key);
  return path.length > 0 && requiredAt(out, path).length === 0 && nodeAt(out, [...path, 'required'])
    ? setMember(out, path, 'required', undefined)
    : out;
}

/** Adds a field of `kind` at the end of `group`; returns the next text and the new field's key. */
export function addGroupField(
  text: string,
  group: string,
  kind: FieldKind,
  label: string,
): { text: string; key: string } {
  const path = groupPath(group);
  let out = nodeAt(text, [...path, 'properties'])?.kind === 'object' ? text : setMember(text, path, 'properties', {});
  const key = keyFromLabel(label, new Set(keysAt(out, path)));
  out = setMember(out, [...path, 'properties'], key, newFieldSchema(kind, label));
  return { text: out, key };
}

/** Sets (or, with undefined, removes) keywords of the field `key` of `group`. */
export function setGroupFieldKeywords(
  text: string,
  group: string,
  key: string,
  keywords: Readonly<Record<string, unknown>>,
): string {
  let out = text;
  for (const [keyword, value] of Object.entries(keywords)) {
    const after = keyword === 'title' ? ['type'] : keyword === 'description' ? ['type', 'title'] : [];
    out = setMember(out, [...groupPath(group), 'properties', key], keyword, value, { after });
  }
  return out;
}

/** Makes the field `key` of `group` required or optional (in the group's own `required`). */
export function setGroupFieldRequired(text: string, group: string, key: string, required: boolean): string {
  const path = groupPath(group);
  return required ? addRequiredAt(text, path, key) : removeRequiredAt(text, path, key);
}

/** Moves the field `key` of `group` one place up (-1) or down (+1), its text kept as written. */
export function moveGroupField(text: string, group: string, key: string, step: -1 | 1): string {
  const node = nodeAt(text, [...groupPath(group), 'properties']);
  if (node?.kind !== 'object') return text;
  const index = memberIndex(node, key);
  const first = step === -1 ? index - 1 : index;
  if (index < 0 || first < 0 || first + 1 >= node.members.length) return text;
  return applyChanges(text, swapMembers(text, node, first));
}

/** Removes the field `key` of `group`, with its `required` entry. */
export function removeGroupField(text: string, group: string, key: string): string {
  const out = removeRequiredAt(text, groupPath(group), key);
  return setMember(out, [...groupPath(group), 'properties'], key, undefined);
}

/** A move the builder refuses, and why (for the page to say). */
export interface MoveRefused {
  readonly refused: 'has-rules' | 'key-taken' | 'not-a-group';
}

/**
 * Moves the root field `key` to the end of `group`. Its `required` goes with it and its place in the
 * layout is removed. A field a rule shows or tests stays where it is (rules address root fields).
 */
export function moveIntoGroup(text: string, key: string, group: string): { text: string } | MoveRefused {
  const model = readForm(text);
  if (model.fields.find((field) => field.key === group)?.kind !== 'group') return { refused: 'not-a-group' };
  if (model.rules.some((rule) => rule.target === key || rule.trigger === key)) return { refused: 'has-rules' };
  if (keysAt(text, groupPath(group)).includes(key)) return { refused: 'key-taken' };
  const member = nodeAt(text, ['properties', key]);
  if (!member) return { refused: 'not-a-group' };
  const schema = nodeValue(text, member);
  const required = requiredAt(text, []).includes(key);
  let out = removeItems(text, ['required'], (value) => value === key);
  const columns = nodeAt(out, ['x-layout', 'columns']);
  if (columns?.kind === 'array')
    for (let i = 0; i < columns.items.length; i++) out = removeItems(out, ['x-layout', 'columns', i], (v) => v === key);
  out = setMember(out, ['properties'], key, undefined);
  if (nodeAt(out, [...groupPath(group), 'properties'])?.kind !== 'object')
    out = setMember(out, groupPath(group), 'properties', {});
  out = setMember(out, [...groupPath(group), 'properties'], key, schema);
  return { text: required ? addRequiredAt(out, groupPath(group), key) : out };
}

/**
 * Moves the field `key` out of `group` to the root, right after the group. Its `required` goes with it,
 * and a layout that lists the group lists the field after it.
 */
export function moveOutOfGroup(text: string, group: string, key: string): { text: string } | MoveRefused {
  if (keysAt(text, []).includes(key)) return { refused: 'key-taken' };
  const member = nodeAt(text, [...groupPath(group), 'properties', key]);
  if (!member) return { refused: 'not-a-group' };
  const schema = nodeValue(text, member);
  const required = requiredAt(text, groupPath(group)).includes(key);
  let out = removeGroupField(text, group, key);
  // Right after the group: appended last, then moved up past the fields that follow the group.
  const following = keysAt(out, []).length - keysAt(out, []).indexOf(group) - 1;
  out = setMember(out, ['properties'], key, schema);
  for (let step = 0; step < following; step++) out = moveField(out, key, -1);
  const columns = nodeAt(out, ['x-layout', 'columns']);
  const count = columns?.kind === 'array' ? columns.items.length : 0;
  for (let i = 0; i < count; i++) {
    const column = nodeAt(out, ['x-layout', 'columns', i]);
    const list = column?.kind === 'array' ? (nodeValue(out, column) as unknown[]) : [];
    const at = list.indexOf(group);
    if (column && at >= 0)
      out = applyChanges(out, [replaceValue(out, column, [...list.slice(0, at + 1), key, ...list.slice(at + 1)])]);
  }
  if (required) {
    const names = requiredAt(out, []);
    const order = keysAt(out, []);
    const next = [...names, key].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    out = setMember(out, [], 'required', next, { after: ['properties'] });
  }
  return { text: out };
}
