/**
 * The set of subschemas that apply at one data location for the current answers. Sets are interned
 * per schema (see `applicable-subschemas.ts`), so what is computed from one — the effective schema,
 * the field info, the object shape… — is computed once and remembered on it.
 */
import type { FieldInfo } from '../field-info.js';
import type { AlternativeChoice, JsonPointer, JsonSchema, JsonSchemaObject } from '../types.js';
import type { MapSchema } from './map-entries.js';
import type { ObjectShape } from './object-shape.js';

/**
 * One subschema that applies, with its rank: higher ranks are more specific (active branches). Ranks
 * are whole numbers: 1 for what the entries pull in, 2 more for each active branch below it.
 */
export interface AppliedSubschema {
  readonly pointer: JsonPointer;
  readonly schema: JsonSchema;
  readonly rank: number;
  /** Applied as (part of) the chosen branch of object alternatives: its `title` labels the choice, not the field. */
  readonly viaAlternative?: boolean;
}

/** A `default` and the subschema that declares it. */
export interface DeclaredDefault {
  readonly pointer: JsonPointer;
  readonly value: unknown;
}

/** What is computed once from an applied set, by the module named in each comment. */
export interface ComputedFromApplied {
  /** effective-schema.ts */
  readonly effectiveSchema: JsonSchemaObject;
  /** effective-schema.ts (not kept when the host context describes the field) */
  readonly fieldInfo: FieldInfo;
  /** effective-schema.ts: `null` when no subschema declares one. */
  readonly declaredDefault: DeclaredDefault | null;
  /** object-shape.ts */
  readonly objectShape: ObjectShape;
  /** object-shape.ts: the entry list of an array's items, `null` when no subschema says. */
  readonly itemEntries: readonly JsonPointer[] | null;
  /** read-set.ts: the property names whose change can change what applies ('all': any change). */
  readonly triggers: ReadonlySet<string> | 'all';
  /** alternative-choices.ts: the choices of object alternatives, `null` when there is none. */
  readonly alternatives: readonly AlternativeChoice[] | null;
  /** map-entries.ts: `null` when the object takes no entries. */
  readonly mapSchema: MapSchema | null;
}

/** The slots of `ComputedFromApplied`, empty until computed. */
type ComputedSlots = { -readonly [K in keyof ComputedFromApplied]: ComputedFromApplied[K] | undefined };

/** The subschemas that apply at one data location (interned by their pointers). */
export class AppliedSchemas {
  /** In application order: `$ref` targets and `allOf` members around the node, then active branches. */
  readonly subschemas: readonly AppliedSubschema[];
  // Only a set of two or more subschemas gets its own order (see `inAnnotationOrder`).
  declare private byRank?: readonly AppliedSubschema[];
  // What is computed from the set lives in the set itself (one object per set, not two; most fields have
  // their own set). The slots every field fills are present from the start, so all leaves' sets share
  // one hidden class; the slots only an object or an array fills are added when kept (8 bytes less per
  // leaf each). Protected, not private: they are read and written by key, through `recall` and `keep`.
  protected effectiveSchema: ComputedSlots['effectiveSchema'] = undefined;
  protected fieldInfo: ComputedSlots['fieldInfo'] = undefined;
  protected declaredDefault: ComputedSlots['declaredDefault'] = undefined;
  protected alternatives: ComputedSlots['alternatives'] = undefined;

  /** `subschemas` is copied: a list grown by `push` keeps spare room the interned set would hold for ever. */
  constructor(subschemas: readonly AppliedSubschema[]) {
    this.subschemas = subschemas.slice();
  }

  /** The subschemas least specific first, for annotations where the most specific wins. */
  inAnnotationOrder(): readonly AppliedSubschema[] {
    // A stable sort: subschemas of one rank keep their order (a field has mostly one: nothing to sort).
    if (this.subschemas.length < 2) return this.subschemas;
    return (this.byRank ??= this.subschemas.slice().sort((left, right) => left.rank - right.rank));
  }

  /** What was computed from this set under `key`, or `undefined` when not yet. */
  recall<K extends keyof ComputedFromApplied>(key: K): ComputedFromApplied[K] | undefined {
    return (this as unknown as ComputedSlots)[key] as ComputedFromApplied[K] | undefined;
  }

  /** Remembers what was computed under `key` (a pure function of the set) and returns it. */
  keep<K extends keyof ComputedFromApplied>(key: K, value: ComputedFromApplied[K]): ComputedFromApplied[K] {
    (this as unknown as ComputedSlots)[key] = value;
    return value;
  }
}
