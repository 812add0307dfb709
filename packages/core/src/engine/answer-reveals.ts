/**
 * Answer reveals (GOV.UK "conditional reveal"): which properties of an object only an answer of one
 * other field shows, so a renderer can draw them directly under that answer. Found once per object
 * schema from its `if`/`then`/`else` and `dependentSchemas`, whatever the answers.
 *
 * A branch is revealed by an answer when it applies only once that field is answered:
 * - `then` of an `if` testing one field with `const`/`enum` and requiring it (`"required": [field]`);
 * - `else` of such an `if` without the `required`: without it the `if` holds while the field is
 *   unanswered, so that `then` shows before any answer (the check warns about it: `if-not-required`)
 *   and only its `else` waits for an answer;
 * - a `dependentSchemas` entry (it applies while its property is answered, whatever the option).
 * The `if` holds `properties` with that one field (its subschema only a `const` or an `enum`) and
 * `required`, nothing else. A property counts as revealed when every declaration of it sits directly in
 * such branches of one and the same field; declared anywhere else (always, under another field's
 * condition, in a nested condition, in an alternative) it keeps its place. Whether that field is a
 * choice, whose options can show what they reveal, is for the field model to say (`ChoiceOption.reveals`).
 */
import { childPointer, isObject } from '../json-pointer.js';
import type { ChoiceOption, JsonPointer } from '../types.js';
import type { FieldLocation } from './derived-node.js';
import { jsonEqual } from './json-values.js';
import type { SchemaCache } from './schema-cache.js';
import { planOf } from './subschema-plan.js';

/** Which answers of a field show a branch: those in `values`, or (`inValues` false) any answer not in them. */
export interface RevealCondition {
  readonly values: readonly unknown[];
  readonly inValues: boolean;
}

/** The answer reveals among the properties of one object. */
export interface ObjectReveals {
  /** Revealed property → the property whose answer reveals it. */
  readonly revealedBy: ReadonlyMap<string, string>;
  /** Revealed property → the answers that reveal it (any one of the conditions). */
  readonly when: ReadonlyMap<string, readonly RevealCondition[]>;
}

/** A branch that one answer of `field` reveals. */
interface Reveal {
  readonly field: string;
  readonly when: RevealCondition;
}

/** Subschemas visited per object before giving up (a cycle of references). */
const MAX_VISITS = 512;

const NO_REVEALS: ObjectReveals = Object.freeze({ revealedBy: new Map(), when: new Map() });
/** By the object's entry list, which its schema cache interns (so one per object schema). */
const revealsByEntries = new WeakMap<readonly JsonPointer[], ObjectReveals>();

/** The answer reveals of the object whose subschemas start at `entries` (cached per entry list). */
export function answerRevealsOf(schemas: SchemaCache, entries: readonly JsonPointer[]): ObjectReveals {
  let reveals = revealsByEntries.get(entries);
  if (!reveals) revealsByEntries.set(entries, (reveals = findReveals(schemas, entries)));
  return reveals;
}

/** Whether the answer `value` satisfies one of `conditions`. */
export function revealedByAnswer(conditions: readonly RevealCondition[], value: unknown): boolean {
  return conditions.some(
    (condition) => condition.values.some((candidate) => jsonEqual(candidate, value)) === condition.inValues,
  );
}

/**
 * Adds `revealedBy` to a field (its model under construction) an answer of a sibling reveals, and to
 * the options of a choice the fields each answer reveals.
 */
export function addReveals(field: Record<string, unknown>, location: FieldLocation, reveals: ObjectReveals): void {
  const objectPointer = location.pointer.slice(0, location.pointer.lastIndexOf('/'));
  const revealer = reveals.revealedBy.get(location.key);
  if (revealer !== undefined) field.revealedBy = childPointer(objectPointer, revealer);
  const options = field.options as readonly ChoiceOption[] | undefined;
  if (!options) return;
  field.options = options.map((option) => {
    const pointers: JsonPointer[] = [];
    for (const [name, conditions] of reveals.when)
      if (reveals.revealedBy.get(name) === location.key && revealedByAnswer(conditions, option.value))
        pointers.push(childPointer(objectPointer, name));
    return pointers.length ? { ...option, reveals: pointers } : option;
  });
}

function findReveals(schemas: SchemaCache, entries: readonly JsonPointer[]): ObjectReveals {
  // Property → the field whose answers reveal every declaration of it, or null: it keeps its place.
  const found = new Map<string, { field: string; when: RevealCondition[] } | null>();
  let visits = 0;
  // `origin`: undefined where the subschema always applies, null under anything but one reveal.
  const visit = (pointer: JsonPointer, origin: Reveal | null | undefined): void => {
    const plan = ++visits > MAX_VISITS ? undefined : planOf(schemas, pointer);
    const schema = plan?.schema;
    if (!plan || !isObject(schema)) return;
    if (isObject(schema.properties))
      for (const name of Object.keys(schema.properties)) {
        const known = found.get(name);
        if (known === null) continue;
        if (!origin || (known && known.field !== origin.field)) found.set(name, null);
        else if (known) known.when.push(origin.when);
        else found.set(name, { field: origin.field, when: [origin.when] });
      }
    if (plan.refTarget !== undefined) visit(plan.refTarget, origin);
    for (const member of plan.allOfMembers) visit(member, origin);
    // What depends on answers inside a revealed branch depends on more than one answer.
    const always = origin === undefined;
    if (plan.conditional?.then) visit(plan.conditional.then, always ? branchReveal(schema.if, true) : null);
    if (plan.conditional?.else) visit(plan.conditional.else, always ? branchReveal(schema.if, false) : null);
    // A dependent schema applies once its property has any answer: "not among no values".
    for (const [field, subschema] of plan.dependentSchemas)
      visit(subschema, always ? { field, when: { values: [], inValues: false } } : null);
    for (const list of plan.optionLists)
      for (let index = 0; index < list.count; index++) visit(`${pointer}/${list.keyword}/${index}`, null);
  };
  for (const entry of entries) visit(entry, undefined);
  const revealedBy = new Map<string, string>();
  const when = new Map<string, readonly RevealCondition[]>();
  for (const [name, reveal] of found)
    if (reveal) {
      revealedBy.set(name, reveal.field);
      when.set(name, reveal.when);
    }
  return revealedBy.size ? { revealedBy, when } : NO_REVEALS;
}

/**
 * The reveal the `then` (or else the `else`) branch of `test`, an `if`, stands for, or null when the
 * branch does not wait for an answer of one field (see the module comment).
 */
function branchReveal(test: unknown, then: boolean): Reveal | null {
  if (!isObject(test) || !isObject(test.properties)) return null;
  const [field, ...others] = Object.keys(test.properties);
  const tested = field === undefined ? undefined : test.properties[field];
  const required = test.required ?? [];
  if (
    others.length ||
    !isObject(tested) ||
    !Array.isArray(required) ||
    required.some((name) => name !== field) ||
    Object.keys(test).some((keyword) => keyword !== 'properties' && keyword !== 'required') ||
    Object.keys(tested).length !== 1
  )
    return null;
  const values = 'const' in tested ? [tested.const] : tested.enum;
  if (!Array.isArray(values)) return null;
  // Required: `then` waits for a matching answer. Not required: `else` waits for any other answer.
  const inValues = required.length > 0;
  return inValues === then ? { field: field!, when: { values, inValues } } : null;
}
