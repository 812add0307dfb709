/**
 * What the builder can do to a form, each as a function from the current text to the next: add,
 * change, require, move and remove fields, add and remove "show when" rules, set the form's title and
 * category. Each touches only the JSON it concerns, and writes the conditions the way the check and the
 * authoring guide expect (the field declared at the root right where it is, the tested question in the
 * `if`'s `required`, the field's `required` moved into the `then`).
 */
import { newFieldSchema, type FieldKind } from './field-kinds.js';
import { keyFromLabel } from './field-key.js';
import { readForm, type FormModel } from './form-model.js';
import { requiring, ruleEntry, type RuleSpec } from './rule-shapes.js';
import { appendItem, nodeAt, removeItems, setMember } from './json-path-edits.js';
import { memberIndex } from './json-tree.js';
import { applyChanges, swapMembers } from './text-edits.js';

const ROOT_TAIL = ['allOf', 'unevaluatedProperties', 'additionalProperties'];

/** Makes sure the root has `properties` (an empty object, before `required` and the conditions). */
function withProperties(text: string): string {
  if (nodeAt(text, ['properties'])?.kind === 'object') return text;
  return setMember(text, [], 'properties', {}, { before: ['required', ...ROOT_TAIL] });
}

/** Adds `key` to the root `required` (made when missing), unless it is there. */
function addRequired(text: string, key: string): string {
  const node = nodeAt(text, ['required']);
  if (node?.kind !== 'array') return setMember(text, [], 'required', [key], { after: ['properties'] });
  const present = node.items.some((item) => text.slice(item.start, item.end) === JSON.stringify(key));
  if (present) return text;
  const model = readForm(text);
  // In the order of the fields, as a person would list them.
  const order = model.fields.map((f) => f.key);
  const names = [...(JSON.parse(text.slice(node.start, node.end)) as string[]), key];
  names.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return setMember(text, [], 'required', names);
}

function removeRequired(text: string, key: string): string {
  return removeItems(text, ['required'], (value) => value === key);
}

/** Adds a field of `kind` at the end of the form; returns the next text and the new field's key. */
export function addField(
  text: string,
  kind: FieldKind,
  label: string,
  required = false,
): { text: string; key: string } {
  let out = withProperties(text);
  const taken = new Set(readForm(out).fields.map((f) => f.key));
  const key = keyFromLabel(label, taken);
  out = setMember(out, ['properties'], key, newFieldSchema(kind, label));
  if (required) out = addRequired(out, key);
  return { text: out, key };
}

/** Sets (or, with undefined, removes) keywords of a field's schema. */
export function setFieldKeywords(text: string, key: string, keywords: Readonly<Record<string, unknown>>): string {
  let out = text;
  for (const [keyword, value] of Object.entries(keywords)) {
    // A new label or help goes near the top, where people look for it; other keywords go last.
    const after = keyword === 'title' ? ['type'] : keyword === 'description' ? ['type', 'title'] : [];
    out = setMember(out, ['properties', key], keyword, value, { after });
  }
  return out;
}

/** Makes a field required or optional: in the rule that shows it when there is one, else at the root. */
export function setRequired(text: string, key: string, required: boolean): string {
  const model = readForm(text);
  const rule = model.rules.find((r) => r.kind === 'show' && r.target === key);
  if (rule) {
    if (rule.requires === required) return text;
    return setMember(text, ['allOf', rule.index], 'then', required ? requiring(key) : undefined, {
      after: ['if'],
    });
  }
  return required ? addRequired(text, key) : removeRequired(text, key);
}

/** Moves a field one place up (-1) or down (+1) in the form; the text of both fields is kept as written. */
export function moveField(text: string, key: string, step: -1 | 1): string {
  const node = nodeAt(text, ['properties']);
  if (node?.kind !== 'object') return text;
  const index = memberIndex(node, key);
  const first = step === -1 ? index - 1 : index;
  if (index < 0 || first < 0 || first + 1 >= node.members.length) return text;
  return applyChanges(text, swapMembers(text, node, first));
}

/** Moves a field to position `index` (0 = first) by steps, each a swap of neighbours (drag and drop). */
export function moveFieldTo(text: string, key: string, index: number): string {
  const node = nodeAt(text, ['properties']);
  if (node?.kind !== 'object') return text;
  let from = memberIndex(node, key);
  const to = Math.max(0, Math.min(index, node.members.length - 1));
  let out = text;
  while (from >= 0 && from !== to) {
    const step = from < to ? 1 : -1;
    out = moveField(out, key, step);
    from += step;
  }
  return out;
}

/** Removes the `allOf` entries at `indexes`, and `allOf` itself when it is left empty. */
function removeRuleEntries(text: string, indexes: ReadonlySet<number>): string {
  const out = removeItems(text, ['allOf'], (_value, index) => indexes.has(index));
  const node = nodeAt(out, ['allOf']);
  return node?.kind === 'array' && node.items.length === 0 ? setMember(out, [], 'allOf', undefined) : out;
}

/** Removes a field, with the rules that show it or test it, its `required` entry and its layout place. */
export function removeField(text: string, key: string): string {
  const model = readForm(text);
  const rules = model.rules.filter((r) => r.target === key || r.trigger === key);
  let out = removeRuleEntries(text, new Set(rules.map((r) => r.index)));
  // Another field that was required while this one showed it stays required, now always.
  for (const rule of rules)
    if (rule.kind === 'show' && rule.requires && rule.target !== key) out = addRequired(out, rule.target);
  out = removeRequired(out, key);
  const columns = nodeAt(out, ['x-layout', 'columns']);
  if (columns?.kind === 'array')
    for (let i = 0; i < columns.items.length; i++) out = removeItems(out, ['x-layout', 'columns', i], (v) => v === key);
  const properties = nodeAt(out, ['properties']);
  if (properties?.kind !== 'object') return out;
  return setMember(out, ['properties'], key, undefined);
}

/**
 * Adds a rule. A show rule keeps the field declared where it is; a required field is then required
 * only when shown (its `required` moves into the rule's `then`).
 */
export function addRule(text: string, rule: RuleSpec): string {
  const model: FormModel = readForm(text);
  const requires = rule.kind === 'show' && (model.fields.find((f) => f.key === rule.target)?.required ?? false);
  const out = requires ? removeRequired(text, rule.target) : text;
  const entry = ruleEntry(rule, requires);
  if (nodeAt(out, ['allOf'])?.kind === 'array') return appendItem(out, ['allOf'], entry);
  return setMember(out, [], 'allOf', [entry], { before: ['unevaluatedProperties', 'additionalProperties'] });
}

/** Adds "show `target` when `trigger` is `value`" (see `addRule`). */
export function addShowRule(text: string, target: string, trigger: string, value: unknown): string {
  return addRule(text, { kind: 'show', target, trigger, value });
}

/** Removes the rule at `index` of `allOf`; a field it required when shown becomes required always. */
export function removeRule(text: string, index: number): string {
  const rule = readForm(text).rules.find((r) => r.index === index);
  let out = removeRuleEntries(text, new Set([index]));
  if (rule?.kind === 'show' && rule.requires) out = addRequired(out, rule.target);
  return out;
}

/** The form's own settings. */
export interface FormSettings {
  readonly title: string;
  readonly category: string;
  readonly description: string;
  /** The `$id`, when it should change (a new path). */
  readonly id?: string;
}

/** Sets the form's title, category, description (removed when empty) and `$id`. */
export function setFormSettings(text: string, settings: FormSettings): string {
  let out = text;
  if (settings.id !== undefined) out = setMember(out, [], '$id', settings.id, { after: ['$schema'] });
  out = setMember(out, [], 'title', settings.title || undefined, { after: ['$schema', '$id', '$comment'] });
  out = setMember(out, [], 'x-category', settings.category || undefined, {
    after: ['$schema', '$id', '$comment', 'title'],
  });
  out = setMember(out, [], 'description', settings.description || undefined, {
    after: ['$schema', '$id', '$comment', 'title', 'x-category'],
  });
  return out;
}
