/**
 * The derived tree: one node per active field, holding its field model, the subschemas that apply,
 * its answer and its payload; and the location a node is derived at.
 */
import { readableKey, valueLabel, type FieldInfo } from '../field-info.js';
import type { FieldModel, JsonPointer } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import type { ObjectReveals } from './answer-reveals.js';
import { effectiveSchema } from './effective-schema.js';
import { featureNeeded, loadedFeatures } from './features/engine-features.js';
import { jsonEqual } from './json-values.js';
import { mapSchemaOf } from './map-entries.js';
import type { ObjectShape } from './object-shape.js';
import type { ObjectPayload } from './payload-without-inactive-branches.js';
import type { SchemaCache } from './schema-cache.js';
import { UNDECLARED_VALUE } from './undeclared-value.js';

/** Fields nest at most this deep; a recursive schema expands only as deep as its data goes. */
export const MAX_FIELD_DEPTH = 32;

/**
 * One node of the derived tree. The parts after `pendingDefault` are only an object's or an array's:
 * a leaf (most nodes) has no such properties (see `buildNode`).
 */
export interface DerivedNode {
  readonly field: FieldModel;
  readonly applied: AppliedSchemas;
  /** The pointers of the subschemas the field starts from (interned). */
  readonly entries: readonly JsonPointer[];
  /** The answer in the form's value (live: read, never mutate). */
  readonly answer: unknown;
  readonly parentLabel: string;
  readonly itemIndex: number | undefined;
  readonly depth: number;
  /** What this field contributes to the submission; `undefined` = left out. */
  readonly payload: unknown;
  /** Strings with lone surrogates in this subtree. */
  readonly illFormedCount: number;
  /** A field in this subtree waits for its `default`. */
  readonly pendingDefault: boolean;
  /** For objects: the payload, kept across derivations and updated in place. */
  readonly objectPayload?: ObjectPayload | undefined;
  /** For objects: the names of required properties. */
  readonly requiredNames?: ReadonlySet<string> | undefined;
  /** For objects: the properties its children follow (map entries included). */
  readonly objectShape?: ObjectShape | undefined;
  /** For objects and arrays: how many children wait for a default. */
  readonly pendingDefaults?: number | undefined;
  readonly children?: readonly DerivedNode[] | undefined;
  /** For arrays: payload index → working index (items without a payload are left out). */
  readonly workingIndexes?: readonly number[] | undefined;
}

/** Where a field is derived: its place in the answers and in the tree. */
export interface FieldLocation {
  readonly pointer: JsonPointer;
  readonly key: string;
  readonly entries: readonly JsonPointer[];
  readonly answer: unknown;
  readonly required: boolean;
  /** Array items are always part of their array (sent even when empty). */
  readonly alwaysSent: boolean;
  readonly parentLabel: string;
  readonly itemIndex?: number;
  /** An entry of a map (its key is the person's to edit; the key is its label). */
  readonly mapEntry?: boolean;
  /** A tuple position (`prefixItems`, draft-07 `items` array): its own `title` is its label, unnumbered. */
  readonly tuplePosition?: boolean;
  readonly depth: number;
  /** The applied sets of the enclosing fields, outermost first (a recursive schema stops where its data does). */
  readonly ancestors: readonly AppliedSchemas[];
  /** For an object's property: the answer reveals among that object's properties. */
  readonly siblingReveals?: ObjectReveals | undefined;
}

/** The parts of a node that only objects and arrays have. */
export interface NodeParts {
  readonly objectPayload?: ObjectPayload | undefined;
  readonly requiredNames?: ReadonlySet<string> | undefined;
  readonly objectShape?: ObjectShape | undefined;
  readonly children?: readonly DerivedNode[] | undefined;
  readonly workingIndexes?: readonly number[] | undefined;
  readonly illFormedCount: number;
  readonly pendingDefault: boolean;
  readonly pendingDefaults?: number | undefined;
}

/**
 * Builds a node. A leaf's node is one literal of the properties every node has, so all leaves share one
 * hidden class; an object or array (a few nodes) takes its parts as further properties.
 */
export function buildNode(
  location: FieldLocation,
  applied: AppliedSchemas,
  field: FieldModel,
  payload: unknown,
  parts: NodeParts,
): DerivedNode {
  const node: DerivedNode = {
    field,
    applied,
    entries: location.entries,
    answer: location.answer,
    parentLabel: location.parentLabel,
    itemIndex: location.itemIndex,
    depth: location.depth,
    payload,
    illFormedCount: parts.illFormedCount,
    pendingDefault: parts.pendingDefault,
  };
  return parts.children ? Object.assign(node, parts) : node;
}

/** What a field model shows of its info besides the keys every field has. */
const RARER_PARTS = ['options', 'placeholder', 'unsupportedReason', 'context', 'types'] as const;

/** The field model of a node (frozen): location, field info, answer, effective schema, children. */
export function fieldModelFor(
  schemas: SchemaCache,
  location: FieldLocation,
  applied: AppliedSchemas,
  info: FieldInfo,
  label: string,
  children?: readonly FieldModel[],
): FieldModel {
  // Every key most fields have in one literal, so they all sit in the object: a spread of the info would
  // leave those after it in a second store, one more object per field.
  const field: Record<string, unknown> = {
    pointer: location.pointer,
    key: location.key,
    label,
    required: location.required,
    readOnly: info.readOnly,
    writeOnly: info.writeOnly,
    code: info.code,
    widget: info.widget,
    constraints: info.constraints,
    help: info.help,
    value: location.answer,
    schema: effectiveSchema(schemas, applied),
  };
  for (const part of RARER_PARTS) if (info[part] !== undefined) field[part] = info[part];
  const options = info.options;
  const answer = location.answer;
  const chosen = answer === undefined ? undefined : options?.find((option) => jsonEqual(option.value, answer));
  if (chosen?.help !== undefined) field.optionHelp = chosen.help;
  // An answer outside the options (imported, or from a draft) is shown as one more option, chosen, so
  // the person sees what the form holds and its error, and can pick another (issue #14, item 10).
  if (options && !chosen && answer !== undefined && typeof answer !== 'object' && !info.context)
    field.options = [...options, { value: answer, label: valueLabel(answer) }];
  if (location.mapEntry) field.mapEntry = true;
  const map = info.widget === 'object' ? mapSchemaOf(applied) : null;
  // An open object is a map only while its data holds keys it does not declare.
  if (map && (map.declared || children?.some((child) => child.mapEntry))) {
    field.map = true;
    if (map.additional[0] === UNDECLARED_VALUE) field.openMap = true;
  }
  if (children) field.children = children;
  const reveals = location.siblingReveals;
  if (reveals && reveals.revealedBy.size) featureNeeded('reveals').addReveals(field, location, reveals);
  // Loaded whenever the schema has alternatives (features-used.ts); without them there is none to show.
  const alternatives = loadedFeatures.alternatives?.alternativesOf(schemas, applied);
  if (alternatives) field.alternatives = alternatives;
  return Object.freeze(field) as unknown as FieldModel;
}

/** A field's label: its title, else its key made readable; an array item's, its list's label and number. */
export function labelFor(location: FieldLocation, info: FieldInfo): string {
  if (location.mapEntry && location.key !== '') return location.key;
  if (location.itemIndex !== undefined && !(location.tuplePosition && info.title !== undefined))
    return `${info.title ?? location.parentLabel} ${location.itemIndex + 1}`.trim();
  return info.title ?? readableLabel(location.key);
}

const readableLabels = new Map<string, string>();
/** Labels remembered for keys, bounded so hostile data cannot grow it without end. */
const MAX_REMEMBERED_LABELS = 10_000;

function readableLabel(key: string): string {
  let label = readableLabels.get(key);
  if (label === undefined) {
    label = readableKey(key);
    if (readableLabels.size < MAX_REMEMBERED_LABELS) readableLabels.set(key, label);
  }
  return label;
}
