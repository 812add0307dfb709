/**
 * Everything that depends only on the schema, computed once per compiled schema and shared by all
 * of its forms: subschemas by pointer, `$ref` targets, interned entry lists, and the caches the
 * plan, read-set, shape and applicable-subschema modules fill.
 */
import { isObject } from '../json-pointer.js';
import { indexSchema, resolveRef, type SchemaIndex } from '../schema-index.js';
import type { CompiledSchema, Dialect, JsonPointer, JsonSchema } from '../types.js';
import type { AppliedSchemas, AppliedSubschema } from './applied-schemas.js';
import { NONE } from './json-values.js';
import type { ShapePart } from './object-shape.js';
import type { ReadSet } from './read-set.js';
import type { SubschemaPlan } from './subschema-plan.js';
import { UNDECLARED_VALUE } from './undeclared-value.js';

/** `$ref` chains longer than this are treated as unresolved (a cycle of references). */
const MAX_REF_HOPS = 32;

/** The schema-only caches of one compiled schema. */
export class SchemaCache {
  readonly index: SchemaIndex;
  readonly dialect: Dialect;
  /** `${pointer}\0${ref}` → the target pointer, or null when the reference does not resolve. */
  private readonly refTargets = new Map<string, JsonPointer | null>();
  /** Interned entry lists by their pointers joined with newlines. */
  private readonly entryLists = new Map<string, readonly JsonPointer[]>();
  /** Plans of subschemas without an index entry (a value the schema does not declare); the others are kept on their entry (see `subschema-plan.ts`). */
  readonly plans = new Map<JsonPointer, SubschemaPlan>();
  /** Subschema pointer → the property names it reads (see `read-set.ts`). */
  readonly readSets = new Map<JsonPointer, ReadSet>();
  /** Subschema pointer → what it adds to an object's shape (see `object-shape.ts`). */
  readonly shapeParts = new Map<JsonPointer, ShapePart>();
  /** Applied sets interned by the pointers of their subschemas, or their lone subschema (see `applicable-subschemas.ts`). */
  readonly appliedBySignature = new Map<string | AppliedSubschema, AppliedSchemas>();
  /** Entry lists whose applied set does not depend on the answers → that set. */
  readonly staticApplied = new WeakMap<readonly JsonPointer[], AppliedSchemas>();

  constructor(compiled: CompiledSchema) {
    this.dialect = compiled.dialect;
    this.index = indexSchema(compiled.schema, compiled.dialect);
  }

  /** The subschema at `pointer` in the document, if there is one. */
  schemaAt(pointer: JsonPointer): JsonSchema | undefined {
    return pointer === UNDECLARED_VALUE ? true : this.index.nodes.get(pointer)?.schema;
  }

  /** Where the `$ref` found at `pointer` leads in this document, or `undefined` when nowhere. */
  refTarget(pointer: JsonPointer, ref: string): JsonPointer | undefined {
    const key = pointer + '\0' + ref;
    let target = this.refTargets.get(key);
    if (target === undefined) {
      const resolution = resolveRef(this.index, ref, pointer);
      target = resolution.ok ? resolution.pointer : null;
      this.refTargets.set(key, target);
    }
    return target ?? undefined;
  }

  /** Follows the `$ref`s of the schema at `pointer` to the schema that says something. */
  dereference(pointer: JsonPointer): JsonSchema | undefined {
    for (let hops = 0; hops < MAX_REF_HOPS; hops++) {
      const schema = this.schemaAt(pointer);
      if (!isObject(schema) || typeof schema.$ref !== 'string' || schema.const !== undefined) return schema;
      const target = this.refTarget(pointer, schema.$ref);
      if (target === undefined) return undefined;
      pointer = target;
    }
    return undefined;
  }

  /** Interns a list of schema pointers so equal lists are the same array (caches key on identity). */
  entryList(pointers: readonly JsonPointer[]): readonly JsonPointer[] {
    if (pointers.length === 0) return NONE;
    const key = pointers.length === 1 ? pointers[0]! : pointers.join('\n');
    let list = this.entryLists.get(key);
    if (!list) this.entryLists.set(key, (list = Object.freeze(pointers.slice())));
    return list;
  }
}

const cachesBySchema = new WeakMap<object, SchemaCache>();

/** The schema cache of `compiled`, shared by every form of the same schema object. */
export function schemaCacheFor(compiled: CompiledSchema): SchemaCache {
  let cache = cachesBySchema.get(compiled.schema);
  if (!cache) cachesBySchema.set(compiled.schema, (cache = new SchemaCache(compiled)));
  return cache;
}
