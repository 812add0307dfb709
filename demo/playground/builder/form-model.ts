/**
 * The builder's view of a form document: its fields in order (with their kind, label, help, whether
 * they are required and what the builder cannot edit), its "show when" rules as sentences, and the
 * root keywords it leaves alone. Read from the JSON text every time the text changes; the text stays the
 * one document both tabs edit.
 */
import { kindOf, KNOWN_KEYWORDS, type FieldKind } from './field-kinds.js';
import { memberOf, nodeValue, parseJsonTree, type JsonNode, type JsonObjectNode } from './json-tree.js';

type Schema = Record<string, unknown>;

/** One field of the form (a member of the root `properties`). */
export interface BuilderField {
  readonly key: string;
  /** Undefined when the builder has no kind for the field: it is then shown only as advanced JSON. */
  readonly kind: FieldKind | undefined;
  readonly label: string;
  readonly help: string | undefined;
  readonly required: boolean;
  /** The field's whole schema. */
  readonly schema: Schema;
  /** The keywords the settings do not cover, kept as written and shown read-only. */
  readonly advanced: Schema;
}

/** "Mostrar [target] quando [trigger] for [value]": one recognised `allOf` entry. */
export interface ShowRule {
  /** Its index in the root `allOf`. */
  readonly index: number;
  readonly target: string;
  readonly trigger: string;
  readonly value: unknown;
  /** The `then` requires the target (a required field shown only when the rule holds). */
  readonly requires: boolean;
}

/** The form as the builder shows it. */
export interface FormModel {
  readonly title: string;
  readonly category: string;
  readonly description: string;
  readonly fields: readonly BuilderField[];
  readonly rules: readonly ShowRule[];
  /** Root keywords the builder does not edit (and `allOf` entries it does not read as rules). */
  readonly advanced: Schema;
  /** The parsed text, for edits. */
  readonly tree: JsonObjectNode;
}

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Root keywords the builder accounts for. */
const ROOT_KEYWORDS = new Set([
  '$schema',
  '$id',
  'title',
  'x-category',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'unevaluatedProperties',
]);

/** The rule an `allOf` entry says, when it has exactly the shape the builder writes. */
export function ruleOf(entry: unknown, index: number): ShowRule | undefined {
  if (!isObject(entry) || !isObject(entry.if) || !isObject(entry.else)) return undefined;
  const keys = Object.keys(entry).sort().join();
  if (keys !== 'else,if,then' && keys !== 'else,if') return undefined;
  const test = entry.if;
  if (Object.keys(test).sort().join() !== 'properties,required' || !isObject(test.properties)) return undefined;
  const tested = Object.entries(test.properties);
  if (tested.length !== 1) return undefined;
  const [trigger, condition] = tested[0]!;
  if (!isObject(condition) || Object.keys(condition).join() !== 'const') return undefined;
  if (!Array.isArray(test.required) || test.required.join() !== trigger || test.required.length !== 1) return undefined;
  const hidden = entry.else;
  if (Object.keys(hidden).join() !== 'properties' || !isObject(hidden.properties)) return undefined;
  const hiddenFields = Object.entries(hidden.properties);
  if (hiddenFields.length !== 1 || hiddenFields[0]![1] !== false) return undefined;
  const target = hiddenFields[0]![0];
  let requires = false;
  if ('then' in entry) {
    const shown = entry.then;
    if (!isObject(shown) || Object.keys(shown).sort().join() !== 'properties,required') return undefined;
    if (!Array.isArray(shown.required) || shown.required.length !== 1 || shown.required[0] !== target) return undefined;
    if (JSON.stringify(shown.properties) !== JSON.stringify({ [target]: {} })) return undefined;
    requires = true;
  }
  return { index, target, trigger, value: condition.const, requires };
}

function fieldOf(key: string, schema: unknown, required: boolean): BuilderField {
  const kind = kindOf(schema);
  const whole: Schema = isObject(schema) ? schema : {};
  const known = kind ? new Set(KNOWN_KEYWORDS[kind]) : new Set<string>();
  const advanced = kind ? Object.fromEntries(Object.entries(whole).filter(([k]) => !known.has(k))) : whole;
  return {
    key,
    kind,
    label: typeof whole.title === 'string' ? whole.title : key,
    help: typeof whole.description === 'string' ? whole.description : undefined,
    required,
    schema: whole,
    advanced,
  };
}

/** Reads a form document; throws `JsonTreeError` when the text is not JSON, `Error` when its root is not an object. */
export function readForm(text: string): FormModel {
  const tree: JsonNode = parseJsonTree(text);
  if (tree.kind !== 'object') throw new Error('the schema is not a JSON object');
  const root = nodeValue(text, tree) as Schema;
  const requiredList = Array.isArray(root.required) ? root.required : [];
  const properties = isObject(root.properties) ? root.properties : {};
  const propertiesNode = memberOf(tree, 'properties')?.value;
  // The order of the text, which is the order of the form (JSON.parse would put "1" before "a").
  const keys = propertiesNode?.kind === 'object' ? [...new Set(propertiesNode.members.map((m) => m.key))] : [];
  const fields = keys.map((key) => fieldOf(key, properties[key], requiredList.includes(key)));
  const rules: ShowRule[] = [];
  const otherEntries: unknown[] = [];
  if (Array.isArray(root.allOf)) {
    root.allOf.forEach((entry, index) => {
      const rule = ruleOf(entry, index);
      if (rule) rules.push(rule);
      else otherEntries.push(entry);
    });
  }
  const advanced: Schema = {};
  for (const [key, value] of Object.entries(root)) {
    if (key === 'allOf' && Array.isArray(value)) {
      if (otherEntries.length > 0) advanced.allOf = otherEntries;
    } else if (!ROOT_KEYWORDS.has(key)) advanced[key] = value;
  }
  return {
    title: typeof root.title === 'string' ? root.title : '',
    category: typeof root['x-category'] === 'string' ? root['x-category'] : '',
    description: typeof root.description === 'string' ? root.description : '',
    fields,
    rules,
    advanced,
    tree,
  };
}
