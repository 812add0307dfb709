/**
 * Derivation of an object field: its shape for the answers, its children (only the changed ones
 * visited again), and its payload, re-planned until the conditions settle on the answers.
 */
import type { FieldInfo } from '../field-info.js';
import { childPointer, own } from '../json-pointer.js';
import type { FieldModel } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import { applicableSubschemas } from './applicable-subschemas.js';
import { deriveField, shownAs } from './derive-field.js';
import {
  buildNode,
  fieldModelFor,
  labelFor,
  MAX_FIELD_DEPTH,
  type DerivedNode,
  type FieldLocation,
} from './derived-node.js';
import { changesBelow, type Dirty } from './dirty-tracking.js';
import { waitsForDefault } from './default-answers.js';
import { fieldInfoOf } from './effective-schema.js';
import type { EngineContext } from './engine-context.js';
import { loadedFeatures } from './features/engine-features.js';
import { cloneJson, sameSet } from './json-values.js';
import { requiredForAnswers } from './keywords/dependent-required.js';
import { sameProperties, shapeWithEntries } from './map-entries.js';
import { childForKey } from './node-lookup.js';
import { objectShapeOf, type ObjectShape } from './object-shape.js';
import { ObjectPayload } from './payload-without-inactive-branches.js';
import { conditionTriggers } from './read-set.js';

/** How often an object is derived again while its conditions settle on its answers. */
const MAX_SETTLE_PASSES = 6;

/** What the children found among the previous ones were derived for. */
interface ChildrenBasis {
  readonly applied: AppliedSchemas;
  readonly label: string;
  readonly required: ReadonlySet<string>;
  readonly shape: ObjectShape | undefined;
}

/** The node of an object field; `previous` is the previous object node at the same place, if any. */
export function deriveObject(
  context: EngineContext,
  location: FieldLocation,
  previous: DerivedNode | undefined,
  here: 'all' | ReadonlySet<string>,
  dirty: Dirty,
): DerivedNode {
  const schemas = context.schemas;
  const answer = location.answer; // an object or undefined (see deriveField)
  const payload = previous?.objectPayload ?? new ObjectPayload();
  // Children derived now; the others are found among the previous ones by the previous shape.
  const derivedNow = new Map<string, DerivedNode>();
  const previousChildren = previous?.children;
  const previousIndex = previousChildren?.length ? previous!.objectShape?.index : undefined;
  const childNamed = (name: string): DerivedNode | undefined =>
    derivedNow.get(name) ?? childForKey(previousChildren?.[previousIndex?.get(name) ?? -1], name);
  // The previous derivation left the condition results consistent with `previous.applied`.
  // Which properties an answer of a sibling choice reveals: a fact of the object's schema.
  // Loaded whenever the schema has conditions (features-used.ts); without any, nothing is revealed.
  const siblingReveals = loadedFeatures.reveals?.answerRevealsOf(schemas, location.entries);
  let applied =
    previous && here !== 'all'
      ? previous.applied
      : applicableSubschemas(context, location.entries, payload.value, location.pointer);
  // What the children `childNamed` finds were derived for: while it stays, only dirty keys need a visit.
  let basis: ChildrenBasis | undefined = previous?.requiredNames
    ? {
        applied: previous.applied,
        label: previous.field.label,
        required: previous.requiredNames,
        shape: previous.objectShape,
      }
    : undefined;
  // Children waiting for a default must be visited, so only a shape difference without them is trusted.
  const revisitPending = !!previous?.pendingDefaults;
  // Set by the loop's first pass, which always runs.
  let shape!: ObjectShape;
  let required!: ReadonlySet<string>;
  let label!: string;
  let info!: FieldInfo;
  // The shape may change while conditions settle on the answers that will be submitted.
  for (let pass = 0; pass < MAX_SETTLE_PASSES; pass++) {
    info = shownAs(fieldInfoOf(context, applied), answer);
    label = labelFor(location, info);
    // A map's entries are properties of this answer's shape.
    shape = shapeWithEntries(schemas, objectShapeOf(schemas, applied), answer, location.entries);
    required = requiredForAnswers(shape.required, shape.dependentRequired, payload.value);
    // A recursive schema expands only as deep as the data goes.
    const current = applied;
    const recursive =
      location.depth > 0 &&
      location.ancestors.some((ancestor) =>
        ancestor.subschemas.some((outer) => current.subschemas.some((inner) => inner.pointer === outer.pointer)),
      );
    if ((recursive && answer === undefined) || location.depth >= MAX_FIELD_DEPTH)
      return unexpandedObject(context, location, applied, info, label);
    const ancestors = [...location.ancestors, applied];
    const sameShape =
      basis?.applied === applied &&
      basis.label === label &&
      sameSet(required, basis.required) &&
      (!basis.shape || sameProperties(basis.shape, shape));
    // Only the dirty keys, plus (when another branch now applies) the properties of the subschemas
    // that came or went: every other child keeps its entries, required flag and answer. Only the
    // features that change an object's set (conditions, alternatives) bring the code that tells them.
    const affected =
      !sameShape && here !== 'all' && basis?.label === label && !revisitPending
        ? basis.applied === applied && !shape.dependentRequired.length
          ? new Set<string>()
          : (loadedFeatures.reveals ?? loadedFeatures.alternatives)?.shapeDifference(schemas, basis.applied, applied)
        : undefined;
    if (affected) {
      for (const name of here) affected.add(name);
      // Entries that came or went (a key added, renamed or removed).
      for (const name of basis?.shape?.entryKeys ?? []) affected.add(name);
      for (const name of shape.entryKeys ?? []) affected.add(name);
    }
    const onlySome = (sameShape && here !== 'all') || affected !== undefined;
    const names = affected ? [...affected] : onlySome ? [...(here as ReadonlySet<string>)] : shape.order;
    // The children (or their payloads) changed in this pass: `applied` and the cached condition results
    // already account for the earlier passes' changes, so only these can make them stale.
    const changed = new Set<string>();
    for (let position = 0; position < names.length; position++) {
      const name = names[position]!;
      const entries = shape.entryLists[onlySome ? shape.index.get(name)! : position];
      if (!entries) continue;
      const before = childNamed(name);
      const pointer = before?.field.pointer ?? childPointer(location.pointer, name);
      // An unchanged child comes back as it was (see deriveField).
      const child = deriveField(
        context,
        {
          pointer,
          key: name,
          entries,
          answer: own(answer, name),
          required: required.has(name),
          alwaysSent: false,
          mapEntry: shape.entryKeys?.includes(name) ?? false,
          parentLabel: label,
          depth: location.depth + 1,
          ancestors,
          siblingReveals,
        },
        before,
        sameShape || before?.parentLabel === label ? changesBelow(here, dirty, name, pointer) : 'all',
        dirty,
      );
      if (child !== before) derivedNow.set(name, child);
      // Also an unchanged child whose payload an earlier pass left out (its branch applies again).
      if (child !== before || own(payload.value, name) !== child.payload) changed.add(name);
      payload.set(name, child.payload);
    }
    // Properties whose branch stopped applying: among the affected ones when only those were visited.
    if (affected || !sameShape) payload.leaveOutInactive(affected, shape.index, changed);
    if (changed.size === 0) break;
    context.conditions.forget(location.pointer, changed);
    // Only a change to a property that conditions, dependencies or options read can change what applies.
    const triggers = conditionTriggers(schemas, applied);
    if (triggers !== 'all' && ![...triggers].some((name) => changed.has(name))) break;
    const again = applicableSubschemas(context, location.entries, payload.value, location.pointer);
    if (
      again === applied &&
      sameSet(requiredForAnswers(shape.required, shape.dependentRequired, payload.value), required)
    )
      break;
    // Conditions that never settle (each answer flips the branch that hides it): stop with the shape
    // the children were derived for, so the node and its children agree.
    if (pass === MAX_SETTLE_PASSES - 1) break;
    // Another branch that only adds or removes properties: the new set keeps the field info and the rest
    // (code loaded with the other handlers of conditions, see features-used.ts).
    loadedFeatures.reveals?.takeOverUnchanged(applied, again);
    basis = { applied, label, required, shape };
    applied = again;
  }
  // With the previous shape, the children derived now take their places in the previous lists.
  let children: readonly DerivedNode[];
  let fields: readonly FieldModel[] | undefined;
  let illFormedCount = 0;
  let pendingDefaults = 0;
  if (
    previousChildren &&
    previous!.applied === applied &&
    previous!.objectShape === shape &&
    previousChildren.length === shape.order.length
  ) {
    let childrenCopy: DerivedNode[] | undefined;
    let fieldsCopy: FieldModel[] | undefined;
    illFormedCount = previous!.illFormedCount;
    pendingDefaults = previous!.pendingDefaults ?? 0;
    for (const [name, child] of derivedNow) {
      const position = shape.index.get(name);
      if (position === undefined) continue;
      const before = previousChildren[position]!;
      (childrenCopy ??= previousChildren.slice())[position] = child;
      (fieldsCopy ??= previous!.field.children!.slice())[position] = child.field;
      illFormedCount += child.illFormedCount - before.illFormedCount;
      pendingDefaults += (child.pendingDefault ? 1 : 0) - (before.pendingDefault ? 1 : 0);
    }
    children = childrenCopy ?? previousChildren;
    fields = fieldsCopy ?? previous!.field.children;
  } else {
    // One pass over the shape (a toggle's new shape at a large root): each child, its field, its counts.
    const childList: DerivedNode[] = [];
    const fieldList: FieldModel[] = [];
    for (const name of shape.order) {
      const child = childNamed(name)!;
      childList.push(child);
      fieldList.push(child.field);
      illFormedCount += child.illFormedCount;
      if (child.pendingDefault) pendingDefaults++;
    }
    children = childList;
    fields = fieldList;
  }
  const same =
    children === previousChildren &&
    previous!.applied === applied &&
    previous!.field.label === label &&
    previous!.field.required === location.required &&
    previous!.answer === location.answer;
  const selfPending = waitsForDefault(context, location, applied, info);
  const submitted = payload.toSubmit(location.required || location.alwaysSent);
  const pendingDefault = selfPending || pendingDefaults > 0;
  if (same && previous!.payload === submitted && previous!.pendingDefault === pendingDefault) return previous!;
  const field = same
    ? previous!.field
    : fieldModelFor(schemas, location, applied, info, label, fields ?? children.map((child) => child.field));
  return buildNode(location, applied, field, submitted, {
    objectPayload: payload,
    requiredNames: required,
    objectShape: shape,
    children,
    illFormedCount,
    pendingDefault,
    pendingDefaults,
  });
}

/**
 * An object shown without its fields: a recursive schema's object the data does not reach (it
 * expands once answered), or one nested deeper than `MAX_FIELD_DEPTH` (shown as unsupported).
 * Its answer is submitted as it is.
 */
function unexpandedObject(
  context: EngineContext,
  location: FieldLocation,
  applied: AppliedSchemas,
  info: FieldInfo,
  label: string,
): DerivedNode {
  const tooDeep = location.depth >= MAX_FIELD_DEPTH;
  const shown = tooDeep ? { ...info, widget: 'unsupported' as const, unsupportedReason: 'nested too deep' } : info;
  const field = fieldModelFor(context.schemas, location, applied, shown, label, []);
  return buildNode(location, applied, field, cloneJson(location.answer), {
    objectPayload: new ObjectPayload(),
    children: [],
    illFormedCount: 0,
    pendingDefault: false,
  });
}
