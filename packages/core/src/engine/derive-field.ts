/**
 * Derivation of one field: reuses the previous node where nothing changed, otherwise picks the kind
 * (object, array or leaf) and derives it. Leaves are derived here; objects and arrays in their modules.
 */
import { allowsNull, type FieldInfo } from '../field-info.js';
import { isObject } from '../json-pointer.js';
import type { WidgetKind } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import { applicableSubschemas } from './applicable-subschemas.js';
import { deriveArray } from './derive-array.js';
import { deriveObject } from './derive-object.js';
import { buildNode, fieldModelFor, labelFor, type DerivedNode, type FieldLocation } from './derived-node.js';
import { changesAtRoot, type ChangesHere, type Dirty } from './dirty-tracking.js';
import { waitsForDefault } from './default-answers.js';
import { effectiveSchema, fieldInfoOf } from './effective-schema.js';
import type { EngineContext } from './engine-context.js';
import { isIllFormed } from './json-values.js';
import { leafPayload, leafView, trimCode } from './payload-without-inactive-branches.js';

/**
 * Derives the field tree for `value`, reusing `previous` below every pointer `dirty` does not name.
 * Values are plain objects that the form updates in place; `dirty` says where.
 */
export function deriveTree(
  context: EngineContext,
  value: unknown,
  previous: DerivedNode | undefined,
  dirty: Dirty,
): DerivedNode {
  // A new value: every cached condition result may be stale.
  if (dirty === 'all') context.conditions.clear();
  const location: FieldLocation = {
    pointer: '',
    key: '',
    entries: context.schemas.entryList(['']),
    answer: value,
    required: true,
    alwaysSent: true,
    parentLabel: '',
    depth: 0,
    ancestors: [],
  };
  return deriveField(context, location, previous, changesAtRoot(dirty), dirty);
}

/** The node of the field at `location`, where `here` says what changed at or below it. */
export function deriveField(
  context: EngineContext,
  location: FieldLocation,
  previous: DerivedNode | undefined,
  here: ChangesHere,
  dirty: Dirty,
): DerivedNode {
  // Nothing changed at or below this pointer: the previous node still holds.
  if (
    here === null &&
    previous &&
    previous.entries === location.entries &&
    previous.field.required === location.required &&
    previous.parentLabel === location.parentLabel &&
    previous.itemIndex === location.itemIndex &&
    previous.depth === location.depth &&
    !previous.pendingDefault
  )
    return previous;
  // The kind comes from the previous node while the value keeps its type, so conditions are
  // always evaluated on the same view (the payload) and their cached results stay valid.
  const answer = location.answer;
  const objectLike = isObject(answer) || answer === undefined;
  const arrayLike = Array.isArray(answer) || answer === undefined;
  const samePlace = previous?.entries === location.entries;
  let applied: AppliedSchemas | undefined;
  const kind =
    samePlace && previous!.objectPayload && objectLike
      ? 'object'
      : samePlace && previous!.workingIndexes && arrayLike
        ? 'array'
        : shownAs(fieldInfoOf(context, (applied = applyToLeaf(context, location))), answer).widget;
  if (kind === 'object' && objectLike)
    return deriveObject(context, location, previous?.objectPayload ? previous : undefined, here ?? 'all', dirty);
  if (kind === 'array' && arrayLike)
    return deriveArray(context, location, previous?.children ? previous : undefined, here ?? 'all', dirty);
  // A kind taken from the previous node always leads above, so `applied` is set here.
  return deriveLeaf(context, location, applied!, previous);
}

/** A leaf's applied subschemas, its conditions reading the answer as the payload has it (a code trimmed). */
function applyToLeaf(context: EngineContext, location: FieldLocation): AppliedSchemas {
  const view = leafView(location.answer);
  const applied = applicableSubschemas(context, location.entries, view, location.pointer);
  if (typeof view !== 'string' || !fieldInfoOf(context, applied).code) return applied;
  const code = trimCode(view);
  return code === view ? applied : applicableSubschemas(context, location.entries, code, location.pointer);
}

function deriveLeaf(
  context: EngineContext,
  location: FieldLocation,
  applied: AppliedSchemas,
  previous: DerivedNode | undefined,
): DerivedNode {
  const info = shownAs(fieldInfoOf(context, applied), location.answer);
  const label = labelFor(location, info);
  const pendingDefault = waitsForDefault(context, location, applied, info);
  const answer = location.answer;
  const sameField =
    previous &&
    !previous.children &&
    previous.applied === applied &&
    previous.answer === answer &&
    previous.field.required === location.required &&
    previous.field.label === label;
  // An object answer is copied into the payload anew; anything else keeps its node where nothing moved.
  if (
    sameField &&
    (typeof answer !== 'object' || answer === null) &&
    previous.entries === location.entries &&
    previous.parentLabel === location.parentLabel &&
    previous.depth === location.depth &&
    previous.pendingDefault === pendingDefault
  )
    return previous;
  const illFormedCount = typeof answer === 'string' && isIllFormed(answer) ? 1 : 0;
  let payload = leafPayload(answer, info.code);
  // Nullable: a required field left empty answers null where its type allows it (issue #14, item 9);
  // its field says so too, so the value a renderer reports is the one validated.
  const answersNull =
    payload === undefined && location.required && allowsNull(effectiveSchema(context.schemas, applied));
  if (answersNull) payload = null;
  const field = sameField
    ? previous.field
    : fieldModelFor(context.schemas, answersNull ? { ...location, answer: null } : location, applied, info, label);
  return buildNode(location, applied, field, payload, { illFormedCount, pendingDefault });
}

/** The kind an answer of each JSON type is drawn as where the schema leaves its type open. */
const KIND_OF_TYPE: Readonly<Record<string, WidgetKind>> = {
  object: 'object',
  array: 'array',
  number: 'number',
  boolean: 'checkbox',
};

/**
 * The field info as shown for `answer`: one-line text holding a line break is a textarea, since an
 * input would lose the breaks; a field whose schema says no type (`FieldInfo.anyType`), or a union
 * that has the answer's type, is drawn for that type (an object as its entries, a list as items, a
 * number, a yes/no). A function of the answer alone, so a field derived again after edits is the field
 * a fresh form derives; renderers keep the textarea while the person edits it.
 */
export function shownAs(info: FieldInfo, answer: unknown): FieldInfo {
  const types = info.types;
  const type = Array.isArray(answer) ? 'array' : answer === null ? 'null' : typeof answer;
  const widget =
    info.widget === 'text' && type === 'string' && (answer as string).includes('\n')
      ? 'textarea'
      : info.anyType || types?.includes(type)
        ? KIND_OF_TYPE[type]
        : type === 'number' && types?.includes('integer')
          ? 'integer'
          : undefined;
  return widget === undefined || widget === info.widget ? info : { ...info, widget };
}
