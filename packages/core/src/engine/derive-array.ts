/**
 * Derivation of an array field: one child per item, and the payload of the items that have one
 * (with the map from payload index to working index that error placement needs).
 */
import { childPointer } from '../json-pointer.js';
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
import { NONE } from './json-values.js';
import { listToSubmit } from './payload-without-inactive-branches.js';
import { isTuplePosition, itemEntriesAt } from './item-entries.js';

/** How often an array is derived again while conditions on the list settle on its payload. */
const MAX_SETTLE_PASSES = 3;

/** What changed, and where, for one array derivation. */
interface ArrayChanges {
  readonly previous: DerivedNode | undefined;
  readonly here: 'all' | ReadonlySet<string>;
  readonly dirty: Dirty;
}

/** The node of an array field; `previous` is the previous array node at the same place, if any. */
export function deriveArray(
  context: EngineContext,
  location: FieldLocation,
  previous: DerivedNode | undefined,
  here: 'all' | ReadonlySet<string>,
  dirty: Dirty,
): DerivedNode {
  let view: unknown[] = Array.isArray(previous?.payload) ? (previous.payload as unknown[]) : [];
  let node: DerivedNode | undefined;
  for (let pass = 0; pass < MAX_SETTLE_PASSES; pass++) {
    const applied = applicableSubschemas(context, location.entries, view, location.pointer);
    node = arrayNode(context, location, applied, { previous, here, dirty });
    const next = (node.payload as unknown[] | undefined) ?? [];
    if (applicableSubschemas(context, location.entries, next, location.pointer) === applied) break;
    view = next;
  }
  return node!;
}

function arrayNode(
  context: EngineContext,
  location: FieldLocation,
  applied: AppliedSchemas,
  changes: ArrayChanges,
): DerivedNode {
  const { previous, here, dirty } = changes;
  const items = location.answer as unknown[] | undefined; // see deriveField
  const info = shownAs(fieldInfoOf(context, applied), items);
  const label = labelFor(location, info);
  const ancestors = [...location.ancestors, applied];
  const children: DerivedNode[] = [];
  const payload: unknown[] = [];
  const workingIndexes: number[] = [];
  let illFormedCount = 0;
  let pendingDefault = waitsForDefault(context, location, applied, info);
  if (items && location.depth < MAX_FIELD_DEPTH)
    for (let index = 0; index < items.length; index++) {
      const pointer = childPointer(location.pointer, index);
      const key = String(index);
      const child = deriveField(
        context,
        {
          pointer,
          key,
          entries: itemEntriesAt(context.schemas, applied, index) ?? NONE,
          answer: items[index],
          required: false,
          alwaysSent: true,
          parentLabel: label,
          itemIndex: index,
          tuplePosition: isTuplePosition(context.schemas, applied, index),
          depth: location.depth + 1,
          ancestors,
        },
        previous?.children?.[index],
        changesBelow(here, dirty, key, pointer),
        dirty,
      );
      children.push(child);
      illFormedCount += child.illFormedCount;
      if (child.pendingDefault) pendingDefault = true;
      if (child.payload !== undefined) {
        payload.push(child.payload);
        workingIndexes.push(index);
      }
    }
  const submitted = listToSubmit(payload, location.required || location.alwaysSent);
  const same =
    previous !== undefined &&
    previous.applied === applied &&
    previous.answer === location.answer &&
    previous.field.required === location.required &&
    previous.field.label === label &&
    previous.children!.length === children.length &&
    children.every((child, index) => previous.children![index] === child);
  if (same && previous.pendingDefault === pendingDefault) return previous;
  const field = same
    ? previous.field
    : fieldModelFor(
        context.schemas,
        location,
        applied,
        info,
        label,
        children.map((child) => child.field),
      );
  return buildNode(location, applied, field, submitted, { children, workingIndexes, illFormedCount, pendingDefault });
}
