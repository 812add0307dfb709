/**
 * The set of subschemas that apply at one data location for the current answers. Sets are interned
 * per schema (see `applicable-subschemas.ts`), so what is computed from one — the effective schema,
 * the field info, the object shape… — is computed once and remembered on it.
 */
import type { FieldInfo } from '../field-info.js';
import type { AlternativeChoice, JsonPointer, JsonSchema, JsonSchemaObject } from '../types.js';
import type { MapSchema } from './map-entries.js';
import type { ObjectShape } from './object-shape.js';

/** One subschema that applies, with its rank: higher ranks are more specific (active branches). */
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

/** The subschemas that apply at one data location (interned by their pointers). */
export class AppliedSchemas {
  /** In application order: `$ref` targets and `allOf` members around the node, then active branches. */
  readonly subschemas: readonly AppliedSubschema[];
  private byRank: readonly AppliedSubschema[] | undefined;
  // Every key present from the start, so all sets share one hidden class and lookups stay fast.
  private readonly computed: { -readonly [K in keyof ComputedFromApplied]: ComputedFromApplied[K] | undefined } = {
    effectiveSchema: undefined,
    fieldInfo: undefined,
    declaredDefault: undefined,
    objectShape: undefined,
    itemEntries: undefined,
    triggers: undefined,
    alternatives: undefined,
    mapSchema: undefined,
  };

  constructor(subschemas: readonly AppliedSubschema[]) {
    this.subschemas = subschemas;
  }

  /** The subschemas least specific first, for annotations where the most specific wins. */
  inAnnotationOrder(): readonly AppliedSubschema[] {
    // A stable sort: subschemas of one rank keep their order (a field has mostly one: nothing to sort).
    return (this.byRank ??=
      this.subschemas.length < 2
        ? this.subschemas
        : this.subschemas.slice().sort((left, right) => left.rank - right.rank));
  }

  /** What was computed from this set under `key`, or `undefined` when not yet. */
  recall<K extends keyof ComputedFromApplied>(key: K): ComputedFromApplied[K] | undefined {
    return this.computed[key];
  }

  /** Remembers what was computed under `key` (a pure function of the set) and returns it. */
  keep<K extends keyof ComputedFromApplied>(key: K, value: ComputedFromApplied[K]): ComputedFromApplied[K] {
    this.computed[key] = value;
    return value;
  }
}
