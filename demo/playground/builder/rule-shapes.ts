/**
 * The three rules the builder writes as root `allOf` entries, and how it recognises them when it reads
 * a form (an entry of any other shape stays advanced JSON):
 * - show: "Mostrar [campo] quando [pergunta] for [valor]": `else` hides the field (`false`); when the
 *   field is required, the `then` requires it (so it is required only while shown).
 * - require: "[campo] obrigatório quando …": `then` requires the field.
 * - help: "Texto de ajuda de [campo] quando …": `then` redeclares only the field's `description`.
 * Each `if` names its question in `required` too, so it does not hold before the question is answered.
 */

type Schema = Record<string, unknown>;

/** One recognised rule. */
export interface BuilderRule {
  /** Its index in the root `allOf`. */
  readonly index: number;
  readonly kind: 'show' | 'require' | 'help';
  readonly target: string;
  readonly trigger: string;
  readonly value: unknown;
  /** A show rule whose `then` requires the field (a required field shown only when the rule holds). */
  readonly requires: boolean;
  /** The help text of a help rule. */
  readonly help?: string;
}

/** What a new rule says. */
export type RuleSpec = Pick<BuilderRule, 'kind' | 'target' | 'trigger' | 'value'> & { readonly help?: string };

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const keysOf = (value: Schema) => Object.keys(value).sort().join();

/** The `then` that requires `key` (declared empty there too, as the check's strict mode wants). */
export function requiring(key: string): Schema {
  return { properties: { [key]: {} }, required: [key] };
}

/** The `allOf` entry of a rule; `requires` says whether a show rule's field is required. */
export function ruleEntry(rule: RuleSpec, requires: boolean): Schema {
  const test = { properties: { [rule.trigger]: { const: rule.value } }, required: [rule.trigger] };
  switch (rule.kind) {
    case 'show':
      return {
        if: test,
        ...(requires ? { then: requiring(rule.target) } : {}),
        else: { properties: { [rule.target]: false } },
      };
    case 'require':
      return { if: test, then: requiring(rule.target) };
    case 'help':
      return { if: test, then: { properties: { [rule.target]: { description: rule.help ?? '' } } } };
  }
}

/** The question and value of an `if` the builder writes, if it is one. */
function testOf(test: unknown): { trigger: string; value: unknown } | undefined {
  if (!isObject(test) || keysOf(test) !== 'properties,required' || !isObject(test.properties)) return undefined;
  const tested = Object.entries(test.properties);
  if (tested.length !== 1) return undefined;
  const [trigger, condition] = tested[0]!;
  if (!isObject(condition) || keysOf(condition) !== 'const') return undefined;
  if (!Array.isArray(test.required) || test.required.length !== 1 || test.required[0] !== trigger) return undefined;
  return { trigger, value: condition.const };
}

/** The one field a `then` requires, when it is exactly `requiring(field)`. */
function requiredBy(then: unknown): string | undefined {
  if (!isObject(then) || keysOf(then) !== 'properties,required' || !Array.isArray(then.required)) return undefined;
  const [key] = then.required;
  if (then.required.length !== 1 || typeof key !== 'string') return undefined;
  return JSON.stringify(then.properties) === JSON.stringify({ [key]: {} }) ? key : undefined;
}

/** The rule an `allOf` entry says, when it has exactly a shape the builder writes. */
export function ruleOf(entry: unknown, index: number): BuilderRule | undefined {
  if (!isObject(entry)) return undefined;
  const test = testOf(entry.if);
  if (!test) return undefined;
  const keys = keysOf(entry);
  if (keys === 'else,if' || keys === 'else,if,then') {
    const hidden = entry.else;
    if (!isObject(hidden) || keysOf(hidden) !== 'properties' || !isObject(hidden.properties)) return undefined;
    const fields = Object.entries(hidden.properties);
    if (fields.length !== 1 || fields[0]![1] !== false) return undefined;
    const target = fields[0]![0];
    const requires = 'then' in entry;
    if (requires && requiredBy(entry.then) !== target) return undefined;
    return { index, kind: 'show', target, ...test, requires };
  }
  if (keys !== 'if,then') return undefined;
  const required = requiredBy(entry.then);
  if (required !== undefined) return { index, kind: 'require', target: required, ...test, requires: false };
  const then = entry.then;
  if (!isObject(then) || keysOf(then) !== 'properties' || !isObject(then.properties)) return undefined;
  const fields = Object.entries(then.properties);
  if (fields.length !== 1) return undefined;
  const [target, schema] = fields[0]!;
  if (!isObject(schema) || keysOf(schema) !== 'description' || typeof schema.description !== 'string') return undefined;
  return { index, kind: 'help', target, ...test, requires: false, help: schema.description };
}
