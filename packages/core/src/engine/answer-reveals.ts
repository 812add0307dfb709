/**
 * Answer reveals (GOV.UK "conditional reveal"): which properties of an object only an answer of one
 * choice field shows, so a renderer can draw them directly under that answer. Found once per object
 * schema from its `if`/`then`/`else` and `dependentSchemas`, whatever the answers.
 *
 * A branch is revealed by an answer when it applies only once that field is answered:
 * - `then` of an `if` testing one field with `const`/`enum` and requiring it (`"required": [field]`);
 * - `else` of such an `if` without the `required`: without it the `if` holds while the field is
 *   unanswered, so that `then` shows before any answer (the check warns about it: `if-not-required`)
 *   and only its `else` waits for an answer;
 * - a `dependentSchemas` entry (it applies while its property is answered, whatever the option).
 * A property counts as revealed when every declaration of it sits directly in such branches of one and
 * the same choice field; declared anywhere else (always, under another field's condition, in a nested
 * condition, in an alternative) it keeps its place.
 */
import { childPointer, escapeToken, isObject } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import { jsonEqual } from './json-values.js';
import { CHOICE_KEYWORDS } from './keywords/option-choice.js';
import type { SchemaCache } from './schema-cache.js';
import { planOf } from './subschema-plan.js';

/** Which answers of a choice field show a branch: those in `values` (or not in them), or any answer. */
export type RevealCondition =
  { readonly values: readonly unknown[]; readonly inValues: boolean } | { readonly anyAnswer: true };

/** One property an answer of a choice field reveals. */
export interface RevealRule {
  /** The revealed property's name. */
  readonly name: string;
  readonly when: RevealCondition;
}

/** The answer reveals among the properties of one object. */
export interface ObjectReveals {
  /** Revealed property → the choice property whose answer reveals it. */
  readonly revealedBy: ReadonlyMap<string, string>;
  /** Choice property → what its answers reveal. */
  readonly rules: ReadonlyMap<string, readonly RevealRule[]>;
}

/** Subschemas visited per object before giving up (a cycle of references). */
const MAX_VISITS = 512;
/** Keywords an `if` may hold besides the tested property and still test only that one field. */
const QUIET_IF_KEYWORDS = new Set(['properties', 'required', 'type', '$comment']);
/** Keywords the tested property's subschema may hold besides `const`/`enum`. */
const QUIET_TEST_KEYWORDS = new Set(['const', 'enum', 'type', '$comment']);

const NO_REVEALS: ObjectReveals = Object.freeze({ revealedBy: new Map(), rules: new Map() });
/** By the object's entry list, which its schema cache interns (so one per object schema). */
const revealsByEntries = new WeakMap<readonly JsonPointer[], ObjectReveals>();

/** Where a declaration was found: applied always, under a reveal of `field`, or under anything else. */
type Origin = 'always' | 'other' | { readonly field: string; readonly when: RevealCondition };

/** The answer reveals of the object whose subschemas start at `entries` (cached per entry list). */
export function answerRevealsOf(schemas: SchemaCache, entries: readonly JsonPointer[]): ObjectReveals {
  let reveals = revealsByEntries.get(entries);
  if (!reveals) revealsByEntries.set(entries, (reveals = findReveals(schemas, entries)));
  return reveals;
}

/** Whether answer `value` of a choice field satisfies `when`. */
export function revealsFor(when: RevealCondition, value: unknown): boolean {
  if ('anyAnswer' in when) return value !== undefined;
  return when.values.some((candidate) => jsonEqual(candidate, value)) === when.inValues;
}

/** The data pointers the answer `value` of choice property `name` reveals in the object at `objectPointer`. */
export function revealedPointers(
  reveals: ObjectReveals,
  objectPointer: JsonPointer,
  name: string,
  value: unknown,
): readonly JsonPointer[] {
  const pointers: JsonPointer[] = [];
  for (const rule of reveals.rules.get(name) ?? [])
    if (revealsFor(rule.when, value)) {
      const pointer = childPointer(objectPointer, rule.name);
      if (!pointers.includes(pointer)) pointers.push(pointer);
    }
  return pointers;
}

function findReveals(schemas: SchemaCache, entries: readonly JsonPointer[]): ObjectReveals {
  // name → 'fixed' (keeps its place) or the reveals that declare it, all of one field.
  const declared = new Map<string, 'fixed' | { field: string; when: RevealCondition }[]>();
  // name → the subschema pointers declaring it, to tell whether a revealing field is a choice.
  const declarations = new Map<string, JsonPointer[]>();
  let conditional = false;
  let visits = 0;
  const record = (name: string, origin: Origin, pointer: JsonPointer): void => {
    (declarations.get(name) ?? declarations.set(name, []).get(name)!).push(pointer);
    const known = declared.get(name);
    if (known === 'fixed') return;
    if (typeof origin === 'string' || (known && known[0]!.field !== origin.field)) declared.set(name, 'fixed');
    else if (known) known.push(origin);
    else declared.set(name, [origin]);
  };
  const visit = (pointer: JsonPointer, origin: Origin): void => {
    if (++visits > MAX_VISITS) return;
    const plan = planOf(schemas, pointer);
    if (!plan || !isObject(plan.schema)) return;
    const schema = plan.schema;
    if (plan.refIgnoresSiblings) {
      if (plan.refTarget !== undefined) visit(plan.refTarget, origin);
      return;
    }
    if (isObject(schema.properties))
      for (const name of Object.keys(schema.properties))
        record(name, origin, `${pointer}/properties/${escapeToken(name)}`);
    if (plan.refTarget !== undefined) visit(plan.refTarget, origin);
    for (const member of plan.allOfMembers) visit(member, origin);
    // What depends on answers inside a revealed branch depends on more than one field.
    const always = origin === 'always';
    if (plan.conditional) {
      conditional = true;
      const { then: thenPointer, else: elsePointer } = plan.conditional;
      if (thenPointer) visit(thenPointer, always ? branchOrigin(schema.if, 'then') : 'other');
      if (elsePointer) visit(elsePointer, always ? branchOrigin(schema.if, 'else') : 'other');
    }
    for (const [field, subschema] of plan.dependentSchemas) {
      conditional = true;
      visit(subschema, always ? { field, when: { anyAnswer: true } } : 'other');
    }
    for (const list of plan.optionLists)
      for (let index = 0; index < list.count; index++) visit(`${pointer}/${list.keyword}/${index}`, 'other');
  };
  for (const entry of entries) visit(entry, 'always');
  if (!conditional) return NO_REVEALS;
  const revealedBy = new Map<string, string>();
  const rules = new Map<string, RevealRule[]>();
  for (const [name, origins] of declared) {
    if (origins === 'fixed') continue;
    const field = origins[0]!.field;
    if (!isChoice(schemas, declarations.get(field))) continue;
    revealedBy.set(name, field);
    const list = rules.get(field) ?? rules.set(field, []).get(field)!;
    for (const { when } of origins) list.push({ name, when });
  }
  return revealedBy.size ? { revealedBy, rules } : NO_REVEALS;
}

/**
 * The reveal a `then`/`else` branch of `test` (the `if`) stands for, or `'other'` when the branch does
 * not wait for one answer of one field (see the module comment).
 */
function branchOrigin(test: unknown, branch: 'then' | 'else'): Origin {
  if (!isObject(test) || !isObject(test.properties)) return 'other';
  for (const keyword of Object.keys(test)) if (!QUIET_IF_KEYWORDS.has(keyword)) return 'other';
  if (test.type !== undefined && test.type !== 'object') return 'other';
  const names = Object.keys(test.properties);
  if (names.length !== 1) return 'other';
  const field = names[0]!;
  const required = test.required;
  if (required !== undefined && !Array.isArray(required)) return 'other';
  if (required?.some((name) => name !== field)) return 'other';
  const tested = test.properties[field];
  if (!isObject(tested)) return 'other';
  for (const keyword of Object.keys(tested)) if (!QUIET_TEST_KEYWORDS.has(keyword)) return 'other';
  const values = tested.const !== undefined ? [tested.const] : Array.isArray(tested.enum) ? tested.enum : undefined;
  if (!values) return 'other';
  const answerRequired = required?.includes(field) ?? false;
  // Required: `then` waits for a matching answer. Not required: `else` waits for any other answer.
  if (answerRequired !== (branch === 'then')) return 'other';
  return { field, when: { values, inValues: answerRequired } };
}

/** Whether a declaration of the property is a choice: an `enum` or a `oneOf`/`anyOf` of constants. */
function isChoice(schemas: SchemaCache, pointers: readonly JsonPointer[] | undefined): boolean {
  for (const pointer of pointers ?? []) {
    const schema = schemas.dereference(pointer);
    if (!isObject(schema)) continue;
    if (Array.isArray(schema.enum)) return true;
    for (const keyword of CHOICE_KEYWORDS) {
      const list = schema[keyword];
      if (Array.isArray(list) && list.length > 0 && list.every((option) => isObject(option) && 'const' in option))
        return true;
    }
  }
  return false;
}
