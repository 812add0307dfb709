/**
 * The builder's view of a form document: its fields in order (with their kind, label, help, whether
 * they are required and what the builder cannot edit), its "show when" rules as sentences, and the
 * root keywords it leaves alone. Read from the JSON text every time the text changes; the text stays the
 * one document both tabs edit.
 */
import { kindOf, KNOWN_KEYWORDS, type FieldKind } from './field-kinds.js';
import { ruleOf, type BuilderRule } from './rule-shapes.js';
import { memberOf, nodeValue, parseJsonTree, type JsonNode, type JsonObjectNode } from './json-tree.js';

export type { BuilderRule } from './rule-shapes.js';

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
  /** A Grupo's own fields (its `properties`, required by its own `required`). */
  readonly children?: readonly BuilderField[];
}

/** The form as the builder shows it. */
export interface FormModel {
  readonly title: string;
  readonly category: string;
  readonly description: string;
  readonly fields: readonly BuilderField[];
  readonly rules: readonly BuilderRule[];
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

function fieldOf(key: string, schema: unknown, required: boolean): BuilderField {
  const kind = kindOf(schema);
  const whole: Schema = isObject(schema) ? schema : {};
  const known = kind ? new Set(KNOWN_KEYWORDS[kind]) : new Set<string>();
  const advanced = kind ? Object.fromEntries(Object.entries(whole).filter(([k]) => !known.has(k))) : whole;
  const members = kind === 'group' && isObject(whole.properties) ? whole.properties : undefined;
  const inner = Array.isArray(whole.required) ? whole.required : [];
  return {
    key,
    kind,
    label: typeof whole.title === 'string' ? whole.title : key,
    help: typeof whole.description === 'string' ? whole.description : undefined,
    required,
    schema: whole,
    advanced,
    ...(members
      ? { children: Object.entries(members).map(([name, child]) => fieldOf(name, child, inner.includes(name))) }
      : {}),
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
  const rules: BuilderRule[] = [];
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
