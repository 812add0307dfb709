/**
 * The engine behind a form: the effective schema at each data location for the current answers,
 * the field tree, the submission payload and error placement. Internal; `createForm` wraps it.
 *
 * Incremental by construction: values are replaced copy-on-write, so an unchanged subtree keeps its
 * identity and its field model is reused; each condition result is cached per data location and
 * reused while the properties its `if` reads are unchanged.
 */
import { fieldInfo, readableKey, readContext, type FieldInfo, type RawOption } from './field-info.js';
import { childPointer, defineOwn, escapeToken, isObject, own, parsePointer, POISONED_KEYS, unescapeToken } from './json-pointer.js';
import { formatMessage } from './messages.js';
import { indexSchema, resolveRef, type SchemaIndex } from './schema-index.js';
import type {
  CompiledSchema,
  Dialect,
  FieldModel,
  JsonPointer,
  JsonSchema,
  JsonSchemaObject,
  Locale,
  RawError,
  ValidationError,
} from './types.js';

/** Fields nest at most this deep; a recursive schema expands only as deep as its data goes. */
export const MAX_FIELD_DEPTH = 32;

/** How often an object is derived again while its conditions settle on its answers. */
const MAX_SETTLE_PASSES = 6;

interface SNode {
  readonly ptr: JsonPointer;
  readonly s: JsonSchema;
  readonly rank: number;
}

/** The subschemas that apply at one data location for the current answers (interned by their pointers). */
interface Applied {
  readonly nodes: readonly SNode[];
  /** `nodes` by rank (least specific first), computed once. */
  ordered?: readonly SNode[];
  merged?: JsonSchemaObject;
  info?: FieldInfo;
  shape?: ObjectShape;
  items?: readonly string[] | null;
  defaultFrom?: { ptr: JsonPointer; value: unknown } | null;
  /** The property names whose change can change what applies here ('all': any change). */
  triggers?: ReadonlySet<string> | 'all';
}

interface ObjectShape {
  readonly order: readonly string[];
  /** The entry list of each property, in `order`. */
  readonly lists: readonly (readonly string[])[];
  readonly index: ReadonlyMap<string, number>;
  readonly required: ReadonlySet<string>;
  readonly dependentRequired: readonly (readonly [string, readonly string[]])[];
}

/** One node of the derived tree. */
export interface DNode {
  readonly field: FieldModel;
  readonly applied: Applied;
  readonly entries: readonly string[];
  readonly raw: unknown;
  readonly required: boolean;
  readonly label: string;
  readonly parentLabel: string;
  readonly itemIndex: number | undefined;
  readonly depth: number;
  /** What this field contributes to the submission; `undefined` = left out. */
  readonly payload: unknown;
  /** For objects: the payload view, updated in place (the validator and conditions read it). */
  readonly bag?: Record<string, unknown>;
  readonly bagSize?: number;
  /** For objects: the names of required properties. */
  readonly req?: ReadonlySet<string>;
  /** For objects and arrays: how many children wait for a default. */
  readonly pendingCount?: number;
  readonly children?: readonly DNode[];
  /** For arrays: payload index → working index. */
  readonly indexMap?: readonly number[];
  /** Strings with lone surrogates in this subtree. */
  readonly illFormed: number;
  /** A field in this subtree waits for its `default`. */
  readonly pendingDefault: boolean;
}

/**
 * What changed since the last derivation: for each changed pointer, its ancestors list the child
 * keys on the way to it, and the pointer itself is 'all' (everything below it may differ).
 */
export type Dirty = 'all' | Map<JsonPointer, Set<string> | 'all'>;

/** Records in `dirty` that the value at `tokens` changed. */
export function markDirty(dirty: Map<JsonPointer, Set<string> | 'all'>, tokens: readonly string[]): void {
  let ptr = '';
  for (const t of tokens) {
    const cur = dirty.get(ptr);
    if (cur !== 'all') {
      if (cur) cur.add(t);
      else dirty.set(ptr, new Set([t]));
    }
    ptr += '/' + escapeToken(t);
  }
  dirty.set(ptr, 'all');
}

type Here = 'all' | ReadonlySet<string> | null;

interface NodeRest {
  readonly bag?: Record<string, unknown> | undefined;
  readonly bagSize?: number | undefined;
  readonly req?: ReadonlySet<string> | undefined;
  readonly children?: readonly DNode[] | undefined;
  readonly indexMap?: readonly number[] | undefined;
  readonly illFormed: number;
  readonly pendingDefault: boolean;
  readonly pendingCount?: number | undefined;
}

interface Loc {
  readonly ptr: JsonPointer;
  readonly key: string;
  readonly entries: readonly string[];
  readonly raw: unknown;
  readonly required: boolean;
  /** Array items are always part of their array. */
  readonly present: boolean;
  readonly parentLabel: string;
  readonly itemIndex?: number;
  readonly depth: number;
  readonly ancestors: readonly Applied[];
}

interface Plan {
  readonly s: JsonSchema;
  /** draft-07: `$ref` ignores its siblings. */
  readonly refOnly: boolean;
  readonly ref?: string | undefined;
  /** `properties` comes before `$ref`/`allOf` in the object, so its fields are listed first. */
  readonly ownFirst: boolean;
  readonly allOf: readonly string[];
  readonly cond?: { readonly if: string; readonly then: string | undefined; readonly else: string | undefined } | undefined;
  readonly deps: readonly (readonly [string, string])[];
  readonly options: readonly { readonly kw: 'oneOf' | 'anyOf'; readonly count: number }[];
  readonly dynamic: boolean;
  /** This subschema's `SNode` by rank × 2 (ranks are halves), so `apply` allocates none. */
  readonly snodes: SNode[];
}

/** What one subschema adds to an object's shape, computed once per subschema. */
interface ShapePart {
  /** Property names with the pointer of their subschema, and whether it is `false`. */
  readonly props: readonly (readonly [name: string, ptr: string, forbidden: boolean])[];
  readonly required: readonly string[];
  readonly dependentRequired: readonly (readonly [string, readonly string[]])[];
}

type ReadSet = readonly string[] | 'all';

const STRUCTURAL = new Set([
  '$ref', '$dynamicRef', 'allOf', 'if', 'then', 'else', 'dependentSchemas', 'dependencies', '$defs', 'definitions',
  '$schema', '$id', '$anchor', '$dynamicAnchor', '$comment', '$vocabulary', 'not',
]);
const ANNOTATIONS = new Set([
  'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated', '$comment', '$id', '$schema',
  '$anchor', '$defs', 'definitions', 'type', 'format', 'contentMediaType', 'contentEncoding',
]);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NONE: readonly never[] = Object.freeze([]);
const CHOICE_KEYWORDS = ['oneOf', 'anyOf'] as const;

/**
 * Whether a string has lone surrogates (ill-formed UTF-16) or NUL, which no answer may hold: text
 * systems cut at it (issue 13, RELIABILITY E14).
 */
export function isIllFormed(text: string): boolean {
  return LONE_SURROGATE.test(text) || text.includes('\u0000');
}

/** Deep equality of JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual((a as never)[k], (b as never)[k]));
}

/**
 * A deep copy of a JSON value (defaults are copied so the schema's objects are never shared),
 * leaving out the keys in `drop` at every level.
 */
export function cloneJson<T>(value: T, drop?: ReadonlySet<string>): T {
  if (Array.isArray(value)) return value.map((v) => cloneJson(v, drop)) as T;
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) if (!drop?.has(k)) defineOwn(out, k, cloneJson(value[k], drop));
    return out as T;
  }
  return value;
}

function present(data: unknown, key: string): boolean {
  return own(data, key) !== undefined;
}

/** Caches that depend only on the schema, shared by every form of one compiled schema. */
interface SchemaCaches {
  readonly index: SchemaIndex;
  readonly interned: Map<string, Applied>;
  readonly staticApplied: WeakMap<readonly string[], Applied>;
  readonly plans: Map<string, Plan>;
  readonly entryLists: Map<string, readonly string[]>;
  readonly readSets: Map<string, ReadSet>;
  readonly refCache: Map<string, string | null>;
  readonly shapeParts: Map<string, ShapePart>;
}

const schemaCaches = new WeakMap<object, SchemaCaches>();

function cachesFor(compiled: CompiledSchema): SchemaCaches {
  let c = schemaCaches.get(compiled.schema);
  if (!c) {
    c = {
      index: indexSchema(compiled.schema, compiled.dialect),
      interned: new Map(),
      staticApplied: new WeakMap(),
      plans: new Map(),
      entryLists: new Map(),
      readSets: new Map(),
      refCache: new Map(),
      shapeParts: new Map(),
    };
    schemaCaches.set(compiled.schema, c);
  }
  return c;
}

/** The per-form engine. */
export class FormEngine {
  readonly index: SchemaIndex;
  private readonly dialect: Dialect;
  /** Shared by every form of the compiled schema. */
  private readonly cache: SchemaCaches;
  private readonly condCache = new Map<string, Map<string, { data: unknown; result: boolean }>>();
  /** The option chosen at each `oneOf`/`anyOf` for each data location: `${dataPtr}\0${schemaPtr}`. */
  readonly choices = new Map<string, number>();
  /** Localized errors by raw error, valid while the field's node is the same object. */
  private readonly errorCache = new WeakMap<DNode, Map<string, { locale: Locale; key: string; error: ValidationError }>>();
  /** Pointers whose default was already considered (never applied twice: clearing a field sticks). */
  readonly defaultsDone = new Set<string>();
  applyDefaults = true;

  constructor(
    private readonly compiled: CompiledSchema,
    private readonly context?: Readonly<Record<string, unknown>>,
  ) {
    this.dialect = compiled.dialect;
    this.cache = cachesFor(compiled);
    this.index = this.cache.index;
  }

  // ---------- schema access ----------

  schemaAt(ptr: JsonPointer): JsonSchema | undefined {
    return this.index.nodes.get(ptr)?.schema;
  }

  private refTarget(ptr: JsonPointer, ref: string): string | undefined {
    const key = ptr + '\0' + ref;
    let t = this.cache.refCache.get(key);
    if (t === undefined) {
      const r = resolveRef(this.index, ref, ptr);
      t = r.ok ? r.pointer : null;
      this.cache.refCache.set(key, t);
    }
    return t ?? undefined;
  }

  /** Follows the `$ref`s of the schema at `ptr` to the schema that says something. */
  private deref(ptr: JsonPointer): JsonSchema | undefined {
    for (let hops = 0; hops < 32; hops++) {
      const s = this.schemaAt(ptr);
      if (!isObject(s) || typeof s.$ref !== 'string' || s.const !== undefined) return s;
      const t = this.refTarget(ptr, s.$ref);
      if (t === undefined) return undefined;
      ptr = t;
    }
    return undefined;
  }

  /** The const options of a `oneOf`/`anyOf` whose every option is `{const, title?, description?}`. */
  choiceOf(ptr: JsonPointer, kw: 'oneOf' | 'anyOf'): readonly RawOption[] | null {
    const s = this.schemaAt(ptr);
    const list = isObject(s) ? s[kw] : undefined;
    if (!Array.isArray(list) || list.length === 0) return null;
    const options: RawOption[] = [];
    for (let i = 0; i < list.length; i++) {
      const o = this.deref(`${ptr}/${kw}/${i}`);
      if (!isObject(o) || o.const === undefined) return null;
      options.push(o as unknown as RawOption);
    }
    return options;
  }

  /** Interns a list of schema pointers so equal lists are the same array (caches key on identity). */
  entryList(ptrs: readonly string[]): readonly string[] {
    if (ptrs.length === 0) return NONE;
    const key = ptrs.join('\n');
    let l = this.cache.entryLists.get(key);
    if (!l) this.cache.entryLists.set(key, (l = Object.freeze(ptrs.slice())));
    return l;
  }

  // ---------- conditions ----------

  /** The property names the subschema at `ptr` reads from an object, or 'all'. */
  readSet(ptr: JsonPointer, seen?: Set<string>): ReadSet {
    const cached = this.cache.readSets.get(ptr);
    if (cached) return cached;
    seen ??= new Set();
    if (seen.has(ptr) || seen.size > 64) return 'all';
    seen.add(ptr);
    const s = this.schemaAt(ptr);
    let result: ReadSet;
    if (s === undefined) result = 'all';
    else if (typeof s === 'boolean') result = NONE;
    else {
      const keys = new Set<string>();
      const sub = (p: string): boolean => {
        const r = this.readSet(p, seen!);
        if (r === 'all') return false;
        for (const k of r) keys.add(k);
        return true;
      };
      let all = false;
      for (const kw of Object.keys(s)) {
        const v = s[kw];
        if (ANNOTATIONS.has(kw) || kw.startsWith('x-')) continue;
        if (kw === 'properties' && isObject(v)) Object.keys(v).forEach((k) => keys.add(k));
        else if (kw === 'required' && Array.isArray(v)) v.forEach((k) => keys.add(String(k)));
        else if (kw === 'dependentRequired' && isObject(v))
          for (const k of Object.keys(v)) {
            keys.add(k);
            const d = v[k];
            if (Array.isArray(d)) d.forEach((x) => keys.add(String(x)));
          }
        else if (kw === 'dependentSchemas' && isObject(v)) {
          for (const k of Object.keys(v)) {
            keys.add(k);
            if (!sub(`${ptr}/dependentSchemas/${escapeToken(k)}`)) all = true;
          }
        } else if ((kw === 'allOf' || kw === 'anyOf' || kw === 'oneOf') && Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) if (!sub(`${ptr}/${kw}/${i}`)) all = true;
        } else if (kw === 'not' || kw === 'if' || kw === 'then' || kw === 'else') {
          if (!sub(`${ptr}/${kw}`)) all = true;
        } else if (kw === '$ref' && typeof v === 'string') {
          const t = this.refTarget(ptr, v);
          if (t === undefined || !sub(t)) all = true;
        } else all = true;
        if (all) break;
      }
      result = all ? 'all' : [...keys];
    }
    seen.delete(ptr);
    if (seen.size === 0 || result === 'all') this.cache.readSets.set(ptr, result);
    return result;
  }

  /**
   * Whether `data` (at `dataPtr`) matches the subschema at `ptr`. Cached per location; an object's
   * entries are dropped by `invalidate` when a property their `if` reads changes.
   */
  matches(ptr: JsonPointer, data: unknown, dataPtr: JsonPointer): boolean {
    let at = this.condCache.get(dataPtr);
    const c = at?.get(ptr);
    if (c && c.data === data) return c.result;
    const result = this.compiled.validator.matches(ptr, data);
    if (!at) this.condCache.set(dataPtr, (at = new Map()));
    at.set(ptr, { data, result });
    return result;
  }

  /** Forgets the condition results at `dataPtr` that read one of `changed`. */
  invalidate(dataPtr: JsonPointer, changed: ReadonlySet<string>): void {
    const at = this.condCache.get(dataPtr);
    if (!at) return;
    for (const ptr of at.keys()) {
      const rs = this.readSet(ptr);
      if (rs === 'all' || rs.some((k) => changed.has(k))) at.delete(ptr);
    }
  }

  private selectOption(ptr: JsonPointer, kw: 'oneOf' | 'anyOf', count: number, data: unknown, dataPtr: JsonPointer): number {
    const key = dataPtr + '\0' + ptr + '/' + kw;
    for (let i = 0; i < count; i++)
      if (this.matches(`${ptr}/${kw}/${i}`, data, dataPtr)) {
        this.choices.set(key, i);
        return i;
      }
    // No option matches yet (a required answer is missing): the option whose constants and
    // properties fit the answers best; on a tie, the previous choice, so the fields stay put.
    const prev = this.choices.get(key);
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < count; i++) {
      const o = this.deref(`${ptr}/${kw}/${i}`);
      const props = isObject(o) && isObject(o.properties) ? o.properties : undefined;
      let score = 0;
      if (props && isObject(data))
        for (const k of Object.keys(props)) {
          const p = props[k];
          if (!present(data, k)) continue;
          if (isObject(p) && p.const !== undefined) score += jsonEqual(p.const, own(data, k)) ? 10 : -10;
          else score += 1;
        }
      if (score > bestScore || (score === bestScore && i === prev)) {
        best = i;
        bestScore = score;
      }
    }
    this.choices.set(key, best);
    return best;
  }

  // ---------- effective schema ----------

  /**
   * The subschemas that apply at `dataPtr` for `data`, starting from `entries`: `$ref` targets and
   * `allOf` members, then the node itself, then active branches (`then`/`else`, `dependentSchemas`,
   * draft-07 `dependencies`, the chosen `oneOf`/`anyOf` option). Static results are cached per entry list.
   */
  apply(entries: readonly string[], data: unknown, dataPtr: JsonPointer): Applied {
    const st = this.cache.staticApplied.get(entries);
    if (st) return st;
    const out: SNode[] = [];
    let dynamic = false;
    const visit = (ptr: string, rank: number, hops: number): void => {
      if (hops > 48) return;
      const plan = this.plan(ptr);
      if (!plan) return;
      if (plan.refOnly) {
        if (plan.ref !== undefined) visit(plan.ref, rank, hops + 1);
        return;
      }
      const self = snode(plan, ptr, rank + 0.5);
      if (plan.ownFirst) out.push(self);
      if (plan.ref !== undefined) visit(plan.ref, rank, hops + 1);
      for (const p of plan.allOf) visit(p, rank, hops + 1);
      if (!plan.ownFirst) out.push(self);
      if (!plan.dynamic) return;
      dynamic = true;
      if (plan.cond) {
        const branch = this.matches(plan.cond.if, data, dataPtr) ? plan.cond.then : plan.cond.else;
        if (branch !== undefined) visit(branch, rank + 1, hops + 1);
      }
      for (let i = 0; i < plan.deps.length; i++) {
        const [k, p] = plan.deps[i]!;
        if (present(data, k)) visit(p, rank + 1, hops + 1);
      }
      for (let i = 0; i < plan.options.length; i++) {
        const o = plan.options[i]!;
        visit(`${ptr}/${o.kw}/${this.selectOption(ptr, o.kw, o.count, data, dataPtr)}`, rank + 1, hops + 1);
      }
    };
    for (const e of entries) visit(e, 0, 0);
    let sig = '';
    for (const n of out) sig += n.ptr + '\n';
    let applied = this.cache.interned.get(sig);
    if (!applied) {
      applied = { nodes: out };
      // Bounded: 50 independent conditions make 2^50 combinations.
      if (this.cache.interned.size > 5000) this.cache.interned.clear();
      this.cache.interned.set(sig, applied);
    }
    if (!dynamic) this.cache.staticApplied.set(entries, applied);
    return applied;
  }

  /** What `apply` needs to know about the subschema at `ptr`, computed once. */
  private plan(ptr: JsonPointer): Plan | undefined {
    let p = this.cache.plans.get(ptr);
    if (p) return p;
    const schema = this.schemaAt(ptr);
    if (schema === undefined) return undefined;
    // A boolean subschema has no keywords: it applies as itself (its rank orders no annotation).
    const s: JsonSchemaObject = isObject(schema) ? schema : {};
    const draft07 = this.dialect === 'draft-07';
    // Whether `properties` comes before `$ref` and `allOf` in the object.
    let ownFirst = false;
    if (s.properties !== undefined)
      for (const k in s) {
        if (k === 'properties') {
          ownFirst = true;
          break;
        }
        if (k === '$ref' || k === 'allOf') break;
      }
    const cond =
      s.if !== undefined && (s.then !== undefined || s.else !== undefined)
        ? { if: `${ptr}/if`, then: s.then === undefined ? undefined : `${ptr}/then`, else: s.else === undefined ? undefined : `${ptr}/else` }
        : undefined;
    const depKw = draft07 ? 'dependencies' : 'dependentSchemas';
    const deps: [string, string][] = [];
    const dm = s[depKw];
    if (isObject(dm)) for (const k of Object.keys(dm)) if (!Array.isArray(dm[k])) deps.push([k, `${ptr}/${depKw}/${escapeToken(k)}`]);
    const options: { kw: 'oneOf' | 'anyOf'; count: number }[] = [];
    for (const kw of CHOICE_KEYWORDS) {
      const list = s[kw];
      if (Array.isArray(list) && list.length > 0 && !this.choiceOf(ptr, kw)) options.push({ kw, count: list.length });
    }
    p = {
      s: schema,
      refOnly: draft07 && typeof s.$ref === 'string',
      ref: typeof s.$ref === 'string' ? this.refTarget(ptr, s.$ref) : undefined,
      ownFirst,
      allOf: Array.isArray(s.allOf) ? s.allOf.map((_, i) => `${ptr}/allOf/${i}`) : NONE,
      cond,
      deps,
      options,
      dynamic: !!cond || deps.length > 0 || options.length > 0 || isObject(s.dependentRequired) || (draft07 && isObject(s.dependencies)),
      snodes: [],
    };
    this.cache.plans.set(ptr, p);
    return p;
  }

  /** Every subschema that could apply at a location, ignoring conditions (for importing data). */
  possible(entries: readonly string[]): Applied {
    const out: SNode[] = [];
    const seen = new Set<string>();
    const visit = (ptr: string): void => {
      if (seen.has(ptr) || seen.size > 512) return;
      seen.add(ptr);
      const s = this.schemaAt(ptr);
      if (s === undefined) return;
      out.push({ ptr, s, rank: 0 });
      if (!isObject(s)) return;
      if (typeof s.$ref === 'string') {
        const t = this.refTarget(ptr, s.$ref);
        if (t !== undefined) visit(t);
      }
      for (const kw of ['allOf', 'oneOf', 'anyOf'])
        if (Array.isArray(s[kw])) for (let i = 0; i < (s[kw] as unknown[]).length; i++) visit(`${ptr}/${kw}/${i}`);
      for (const kw of ['then', 'else']) if (s[kw] !== undefined) visit(`${ptr}/${kw}`);
      for (const kw of ['dependentSchemas', 'dependencies']) {
        const m = s[kw];
        if (isObject(m)) for (const k of Object.keys(m)) if (!Array.isArray(m[k])) visit(`${ptr}/${kw}/${escapeToken(k)}`);
      }
    };
    for (const e of entries) visit(e);
    return { nodes: out };
  }

  private annotationOrder(a: Applied): readonly SNode[] {
    // A stable sort: subschemas of one rank keep their order.
    return (a.ordered ??= a.nodes.slice().sort((x, y) => x.rank - y.rank));
  }

  /** The property names that conditions, dependencies and options at this location read. */
  triggers(a: Applied): ReadonlySet<string> | 'all' {
    if (a.triggers) return a.triggers;
    const keys = new Set<string>();
    let all = false;
    const add = (rs: ReadSet) => {
      if (rs === 'all') all = true;
      else for (const k of rs) keys.add(k);
    };
    for (const n of a.nodes) {
      const plan = this.plan(n.ptr);
      if (!plan) continue;
      if (plan.cond) add(this.readSet(plan.cond.if));
      for (const o of plan.options) for (let i = 0; i < o.count; i++) add(this.readSet(`${n.ptr}/${o.kw}/${i}`));
      const s = n.s as JsonSchemaObject;
      for (const kw of ['dependentRequired', 'dependentSchemas', 'dependencies']) {
        const m = s[kw];
        if (isObject(m)) for (const k of Object.keys(m)) keys.add(k);
      }
    }
    a.triggers = all ? 'all' : keys;
    return a.triggers;
  }

  /** The effective schema: keywords of the applying subschemas, the most specific winning. */
  merged(a: Applied): JsonSchemaObject {
    if (a.merged) return a.merged;
    const m: Record<string, unknown> = {};
    let props: Record<string, unknown> | undefined;
    let required: Set<string> | undefined;
    for (const n of this.annotationOrder(a)) {
      if (n.s === false) m.not = {};
      if (!isObject(n.s)) continue;
      for (const k of Object.keys(n.s)) {
        if (STRUCTURAL.has(k)) continue;
        const v = n.s[k];
        if ((k === 'oneOf' || k === 'anyOf') && !this.choiceOf(n.ptr, k)) continue;
        if (k === 'properties' && isObject(v)) {
          props ??= {};
          for (const name of Object.keys(v)) if (!POISONED_KEYS.has(name)) props[name] = v[name];
        }
        else if (k === 'required' && Array.isArray(v)) {
          required ??= new Set();
          for (const r of v) required.add(String(r));
        } else m[k] = v;
      }
    }
    if (props) m.properties = props;
    if (required) m.required = [...required];
    a.merged = Object.freeze(m);
    return a.merged;
  }

  /** The choice options that apply (the most specific `oneOf`/`anyOf` of consts wins). */
  private choiceFor(a: Applied): readonly RawOption[] | undefined {
    let found: readonly RawOption[] | undefined;
    for (const n of this.annotationOrder(a)) {
      if (!isObject(n.s)) continue;
      for (const kw of CHOICE_KEYWORDS) found = this.choiceOf(n.ptr, kw) ?? found;
      if (Array.isArray(n.s.enum)) found = undefined;
    }
    return found;
  }

  private unsupportedOf(a: Applied): string | undefined {
    for (const n of a.nodes) {
      if (!isObject(n.s)) continue;
      if (n.s.$dynamicRef !== undefined) return '$dynamicRef';
      if (typeof n.s.$ref === 'string' && this.refTarget(n.ptr, n.s.$ref) === undefined) return `unresolved $ref ${n.s.$ref}`;
      if (n.s.prefixItems !== undefined || Array.isArray(n.s.items)) return 'tuple items';
    }
    const m = this.merged(a);
    // A map: an object whose properties are not named.
    if (m.type === 'object' && m.properties === undefined && (m.patternProperties !== undefined || isObject(m.additionalProperties)))
      return m.patternProperties !== undefined ? 'patternProperties' : 'additionalProperties map';
    return undefined;
  }

  info(a: Applied): FieldInfo {
    if (a.info) return a.info;
    const merged = this.merged(a);
    const info = fieldInfo(merged, { choice: this.choiceFor(a), unsupported: this.unsupportedOf(a), context: this.context });
    // `a` is shared by every form of the schema: a field described by this form's host context is not kept on it.
    if (merged['x-context'] === undefined) a.info = info;
    return info;
  }

  /** What the subschema at `ptr` adds to an object's shape (cached per schema). */
  shapePart(ptr: JsonPointer, s: JsonSchemaObject): ShapePart {
    let part = this.cache.shapeParts.get(ptr);
    if (part) return part;
    const props: (readonly [string, string, boolean])[] = [];
    const required: string[] = [];
    const depReq: [string, string[]][] = [];
    const p = s.properties;
    if (isObject(p)) {
      const base = ptr + '/properties/';
      for (const k of Object.keys(p)) props.push([k, base + escapeToken(k), p[k] === false]);
    }
    if (Array.isArray(s.required)) for (const r of s.required) required.push(String(r));
    for (const m of [s.dependentRequired, this.dialect === 'draft-07' ? s.dependencies : undefined])
      if (isObject(m)) for (const k of Object.keys(m)) if (Array.isArray(m[k])) depReq.push([k, (m[k] as unknown[]).map(String)]);
    part = { props, required, dependentRequired: depReq };
    this.cache.shapeParts.set(ptr, part);
    return part;
  }

  /**
   * The property names whose entries or required flag may differ between two applied sets: those
   * the subschemas in one but not the other declare. `undefined` when that cannot be told so simply
   * (`dependentRequired` and draft-07 `dependencies` make required depend on the answers).
   */
  private shapeDiff(a: Applied, b: Applied): Set<string> | undefined {
    const sa = this.shape(a);
    const sb = this.shape(b);
    if (sa.dependentRequired.length || sb.dependentRequired.length) return undefined;
    const keys = new Set<string>();
    const add = (n: SNode) => {
      if (!isObject(n.s)) return;
      const part = this.shapePart(n.ptr, n.s);
      for (const [k] of part.props) keys.add(k);
      for (const r of part.required) keys.add(r);
    };
    // Nodes are interned per subschema and rank, so the same node is the same object.
    const inA = new Set(a.nodes);
    const inB = new Set(b.nodes);
    for (const n of b.nodes) if (!inA.has(n)) add(n);
    for (const n of a.nodes) if (!inB.has(n)) add(n);
    return keys;
  }

  shape(a: Applied): ObjectShape {
    if (a.shape) return a.shape;
    const lists = new Map<string, string[]>();
    let forbidden: Set<string> | undefined;
    const required = new Set<string>();
    const depReq: (readonly [string, readonly string[]])[] = [];
    for (const n of a.nodes) {
      if (!isObject(n.s)) continue;
      const part = this.shapePart(n.ptr, n.s);
      for (const [k, ptr, no] of part.props) {
        if (no) (forbidden ??= new Set()).add(k);
        const l = lists.get(k);
        if (l) l.push(ptr);
        else lists.set(k, [ptr]);
      }
      for (const r of part.required) required.add(r);
      for (const d of part.dependentRequired) depReq.push(d);
    }
    const order: string[] = [];
    const entryLists: (readonly string[])[] = [];
    const index = new Map<string, number>();
    for (const [k, l] of lists) {
      if (forbidden?.has(k)) continue;
      index.set(k, order.length);
      order.push(k);
      entryLists.push(this.entryList(l));
    }
    a.shape = { order, lists: entryLists, index, required, dependentRequired: depReq };
    return a.shape;
  }

  /** The entry list of the items of an array, or null when no subschema says. */
  itemEntries(a: Applied): readonly string[] | null {
    if (a.items !== undefined) return a.items;
    const l: string[] = [];
    for (const n of a.nodes) if (isObject(n.s) && (isObject(n.s.items) || typeof n.s.items === 'boolean')) l.push(`${n.ptr}/items`);
    a.items = l.length ? this.entryList(l) : null;
    return a.items;
  }

  /** The `default` that applies (the most specific) and the subschema declaring it. */
  defaultOf(a: Applied): { ptr: JsonPointer; value: unknown } | null {
    if (a.defaultFrom !== undefined) return a.defaultFrom;
    let d: { ptr: JsonPointer; value: unknown } | null = null;
    for (const n of this.annotationOrder(a)) if (isObject(n.s) && n.s.default !== undefined) d = { ptr: n.ptr, value: n.s.default };
    a.defaultFrom = d;
    return d;
  }

  /** The default answer from the host context (`x-context.default`), if any. */
  contextDefault(a: Applied): unknown {
    const xc = this.merged(a)['x-context'];
    return isObject(xc) && typeof xc.default === 'string' && this.context ? readContext(this.context, xc.default) : undefined;
  }

  // ---------- derivation ----------

  /**
   * Derives the field tree for `value`, reusing `prev` below every pointer `dirty` does not name.
   * Values are plain objects that the form updates in place; `dirty` says where.
   */
  derive(value: unknown, prev: DNode | undefined, dirty: Dirty = 'all'): DNode {
    // A new value: every cached condition result may be stale.
    if (dirty === 'all') this.condCache.clear();
    const here: Here = dirty === 'all' ? 'all' : (dirty.get('') ?? null);
    return this.deriveField(
      { ptr: '', key: '', entries: this.entryList(['']), raw: value, required: true, present: true, parentLabel: '', depth: 0, ancestors: [] },
      prev,
      here,
      dirty,
    );
  }

  private labelFor(loc: Loc, info: FieldInfo): string {
    if (loc.itemIndex !== undefined) return `${info.title ?? loc.parentLabel} ${loc.itemIndex + 1}`.trim();
    return info.title ?? readableLabel(loc.key);
  }

  private deriveField(loc: Loc, prev: DNode | undefined, here: Here, dirty: Dirty): DNode {
    // Nothing changed at or below this pointer: the previous node still holds.
    if (
      here === null &&
      prev &&
      prev.entries === loc.entries &&
      prev.required === loc.required &&
      prev.parentLabel === loc.parentLabel &&
      prev.itemIndex === loc.itemIndex &&
      prev.depth === loc.depth &&
      !prev.pendingDefault
    )
      return prev;
    // The kind comes from the previous node while the value keeps its type, so conditions are
    // always evaluated on the same view (the payload) and their cached results stay valid.
    const objectLike = isObject(loc.raw) || loc.raw === undefined;
    const arrayLike = Array.isArray(loc.raw) || loc.raw === undefined;
    const samePlace = prev?.entries === loc.entries;
    let applied: Applied | undefined;
    const kind =
      samePlace && prev!.bag && objectLike
        ? 'object'
        : samePlace && prev!.indexMap && arrayLike
          ? 'array'
          : this.info((applied = this.applyLeaf(loc))).field.widget;
    if (kind === 'object' && objectLike) return this.deriveObject(loc, prev?.bag ? prev : undefined, here ?? 'all', dirty);
    if (kind === 'array' && arrayLike) return this.deriveArray(loc, prev?.children ? prev : undefined, here ?? 'all', dirty);
    // A kind taken from the previous node always leads above, so `applied` is set here.
    return this.deriveLeaf(loc, applied!, prev);
  }

  /** A leaf's effective schema, its conditions read as the payload has it (a code trimmed). */
  private applyLeaf(loc: Loc): Applied {
    const view = leafView(loc.raw);
    const applied = this.apply(loc.entries, view, loc.ptr);
    if (typeof view !== 'string' || !this.info(applied).field.code) return applied;
    const code = trimCode(view);
    return code === view ? applied : this.apply(loc.entries, code, loc.ptr);
  }

  private fieldModel(loc: Loc, applied: Applied, info: FieldInfo, label: string, children?: readonly FieldModel[]): FieldModel {
    const f: Record<string, unknown> = {
      pointer: loc.ptr,
      key: loc.key,
      label,
      required: loc.required,
      ...info.field,
      value: loc.raw,
      schema: this.merged(applied),
    };
    const chosen = loc.raw === undefined ? undefined : info.field.options?.find((o) => jsonEqual(o.value, loc.raw));
    if (chosen?.help !== undefined) f.optionHelp = chosen.help;
    if (children) f.children = children;
    return Object.freeze(f) as unknown as FieldModel;
  }

  private wantsDefault(loc: Loc, applied: Applied, info: FieldInfo): boolean {
    if (!this.applyDefaults || loc.raw !== undefined || info.field.writeOnly || this.defaultsDone.has(loc.ptr)) return false;
    return this.defaultOf(applied) !== null || this.contextDefault(applied) !== undefined;
  }

  /** Builds a node with every property present, so all nodes share one hidden class. */
  private node(loc: Loc, applied: Applied, label: string, field: FieldModel, payload: unknown, rest: NodeRest): DNode {
    return {
      field,
      applied,
      entries: loc.entries,
      raw: loc.raw,
      required: loc.required,
      label,
      parentLabel: loc.parentLabel,
      itemIndex: loc.itemIndex,
      depth: loc.depth,
      payload,
      bag: rest.bag,
      bagSize: rest.bagSize,
      req: rest.req,
      children: rest.children,
      indexMap: rest.indexMap,
      illFormed: rest.illFormed,
      pendingDefault: rest.pendingDefault,
      pendingCount: rest.pendingCount,
    };
  }

  private deriveLeaf(loc: Loc, applied: Applied, prev: DNode | undefined): DNode {
    const info = this.info(applied);
    const label = this.labelFor(loc, info);
    const pendingDefault = this.wantsDefault(loc, applied, info);
    const raw = loc.raw;
    const sameField =
      prev && !prev.children && prev.applied === applied && prev.raw === raw && prev.required === loc.required && prev.label === label;
    // An object answer is copied into the payload anew; anything else keeps its node where nothing moved.
    if (
      sameField &&
      (typeof raw !== 'object' || raw === null) &&
      prev.entries === loc.entries &&
      prev.parentLabel === loc.parentLabel &&
      prev.depth === loc.depth &&
      prev.pendingDefault === pendingDefault
    )
      return prev;
    const view = typeof raw === 'object' && raw !== null ? cloneJson(raw) : leafView(raw);
    const payload = info.field.code && typeof view === 'string' ? trimCode(view) : view;
    const illFormed = typeof raw === 'string' && isIllFormed(raw) ? 1 : 0;
    const field = sameField ? prev.field : this.fieldModel(loc, applied, info, label);
    return this.node(loc, applied, label, field, payload, { illFormed, pendingDefault });
  }

  private requiredOf(shape: ObjectShape, view: unknown): Set<string> {
    if (shape.dependentRequired.length === 0) return shape.required as Set<string>;
    const required = new Set(shape.required);
    for (const [k, deps] of shape.dependentRequired) if (present(view, k)) for (const d of deps) required.add(d);
    return required;
  }

  private deriveObject(loc: Loc, prev: DNode | undefined, here: 'all' | ReadonlySet<string>, dirty: Dirty): DNode {
    const raw = loc.raw; // an object or undefined (see deriveField)
    const bag: Record<string, unknown> = prev?.bag ?? {};
    let bagSize = prev?.bagSize ?? 0;
    const setBag = (k: string, v: unknown) => {
      const had = Object.hasOwn(bag, k);
      if (v === undefined) {
        if (had) {
          delete bag[k];
          bagSize--;
        }
      } else if (!had || bag[k] !== v) {
        if (!had) bagSize++;
        bag[k] = v;
      }
    };
    const changed = new Set<string>();
    // Children derived now; the others are found among the previous ones by the previous shape.
    const kids = new Map<string, DNode>();
    const prevChildren = prev?.children;
    const prevIndex = prevChildren?.length ? prev!.applied.shape?.index : undefined;
    const kid = (k: string): DNode | undefined => kids.get(k) ?? keyed(prevChildren?.[prevIndex?.get(k) ?? -1], k);
    // The previous derivation left the condition cache consistent with `prev.applied`.
    let applied = prev && here !== 'all' ? prev.applied : this.apply(loc.entries, bag, loc.ptr);
    // What the children `kid` finds were derived for: while it stays, only dirty keys need a visit.
    let base = prev?.req ? { applied: prev.applied, label: prev.label, required: prev.req } : undefined;
    // Children waiting for a default must be visited, so only a shape diff without them is trusted.
    const revisitPending = !!prev?.pendingCount;
    // Set by the loop's first pass, which always runs.
    let shape!: ObjectShape;
    let required!: ReadonlySet<string>;
    let label!: string;
    let info!: FieldInfo;
    // The shape may change while conditions settle on the answers that will be submitted.
    for (let iter = 0; iter < MAX_SETTLE_PASSES; iter++) {
      info = this.info(applied);
      label = this.labelFor(loc, info);
      shape = this.shape(applied);
      required = this.requiredOf(shape, bag);
      // A recursive schema expands only as deep as the data goes.
      const recursive = loc.depth > 0 && loc.ancestors.some((anc) => anc.nodes.some((m) => applied.nodes.some((n) => n.ptr === m.ptr)));
      if ((recursive && raw === undefined) || loc.depth >= MAX_FIELD_DEPTH) return this.lazyObject(loc, applied, info, label);
      const ancestors = [...loc.ancestors, applied];
      const sameShape = base?.applied === applied && base.label === label && sameSet(required, base.required);
      // Only the dirty keys, plus (when another branch now applies) the properties of the subschemas
      // that came or went: every other child keeps its entries, required flag and answer.
      const affected =
        !sameShape && here !== 'all' && base?.label === label && !revisitPending ? this.shapeDiff(base.applied, applied) : undefined;
      if (affected) for (const k of here) affected.add(k);
      const some = (sameShape && here !== 'all') || affected !== undefined;
      const keys = affected ? [...affected] : some ? [...(here as ReadonlySet<string>)] : shape.order;
      for (let ki = 0; ki < keys.length; ki++) {
        const k = keys[ki]!;
        const entries = shape.lists[some ? shape.index.get(k)! : ki];
        if (!entries) continue;
        const before = kid(k);
        const childPtr = before?.field.pointer ?? childPointer(loc.ptr, k);
        // An unchanged child comes back as it was (see deriveField).
        const c = this.deriveField(
          { ptr: childPtr, key: k, entries, raw: own(raw, k), required: required.has(k), present: false, parentLabel: label, depth: loc.depth + 1, ancestors },
          before,
          sameShape || before?.parentLabel === label ? childHere(here, dirty, k, childPtr) : 'all',
          dirty,
        );
        if (c !== before) {
          kids.set(k, c);
          changed.add(k);
        }
        setBag(k, c.payload);
      }
      // Properties that left the shape: among the affected ones when only those were visited.
      for (const k of affected ?? (sameShape ? NONE : Object.keys(bag)))
        if (!shape.index.has(k) && Object.hasOwn(bag, k)) {
          setBag(k, undefined);
          changed.add(k);
        }
      if (changed.size === 0) break;
      this.invalidate(loc.ptr, changed);
      // Only a change to a property that conditions, dependencies or options read can change what applies.
      const triggers = this.triggers(applied);
      if (triggers !== 'all' && ![...triggers].some((k) => changed.has(k))) break;
      const again = this.apply(loc.entries, bag, loc.ptr);
      if (again === applied && sameSet(this.requiredOf(shape, bag), required)) break;
      // Conditions that never settle (each answer flips the branch that hides it): stop with the shape
      // the children were derived for, so the node and its children agree.
      if (iter === MAX_SETTLE_PASSES - 1) break;
      base = { applied, label, required };
      applied = again;
    }
    // With the previous shape, the children derived now take their places in the previous lists.
    let children: readonly DNode[];
    let fields: readonly FieldModel[] | undefined;
    let illFormed = 0;
    let pending = 0;
    if (prevChildren && prev!.applied === applied && prevChildren.length === shape.order.length) {
      let copy: DNode[] | undefined;
      let fieldCopy: FieldModel[] | undefined;
      illFormed = prev!.illFormed;
      pending = prev!.pendingCount ?? 0;
      for (const [k, c] of kids) {
        const i = shape.index.get(k);
        if (i === undefined) continue;
        const before = prevChildren[i]!;
        (copy ??= prevChildren.slice())[i] = c;
        (fieldCopy ??= prev!.field.children!.slice())[i] = c.field;
        illFormed += c.illFormed - before.illFormed;
        pending += (c.pendingDefault ? 1 : 0) - (before.pendingDefault ? 1 : 0);
      }
      children = copy ?? prevChildren;
      fields = fieldCopy ?? prev!.field.children;
    } else {
      children = shape.order.map((k) => kid(k)!);
      for (const c of children) {
        illFormed += c.illFormed;
        if (c.pendingDefault) pending++;
      }
    }
    const same =
      children === prevChildren && prev!.applied === applied && prev!.label === label && prev!.required === loc.required && prev!.raw === loc.raw;
    const selfPending = this.wantsDefault(loc, applied, info);
    const payload = bagSize === 0 && !(loc.required || loc.present) ? undefined : bag;
    if (same && prev!.payload === payload && prev!.pendingDefault === (selfPending || pending > 0)) return prev!;
    const field = same ? prev!.field : this.fieldModel(loc, applied, info, label, fields ?? children.map((c) => c.field));
    return this.node(loc, applied, label, field, payload, {
      bag,
      bagSize,
      req: required,
      children,
      illFormed,
      pendingDefault: selfPending || pending > 0,
      pendingCount: pending,
    });
  }

  private lazyObject(loc: Loc, applied: Applied, info: FieldInfo, label: string): DNode {
    const tooDeep = loc.depth >= MAX_FIELD_DEPTH;
    const shown = tooDeep ? { ...info, field: { ...info.field, widget: 'unsupported' as const, unsupportedReason: 'nested too deep' } } : info;
    const payload = cloneJson(loc.raw);
    return this.node(loc, applied, label, this.fieldModel(loc, applied, shown, label, []), payload, {
      bag: {},
      children: [],
      illFormed: 0,
      pendingDefault: false,
    });
  }

  private deriveArray(loc: Loc, prev: DNode | undefined, here: 'all' | ReadonlySet<string>, dirty: Dirty): DNode {
    const raw = loc.raw as unknown[] | undefined; // see deriveField
    let view: unknown[] = Array.isArray(prev?.payload) ? (prev!.payload as unknown[]) : [];
    let node: DNode | undefined;
    for (let iter = 0; iter < 3; iter++) {
      const applied = this.apply(loc.entries, view, loc.ptr);
      node = this.arrayWith(loc, applied, prev, here, dirty, raw);
      const next = (node.payload as unknown[] | undefined) ?? [];
      if (this.apply(loc.entries, next, loc.ptr) === applied) break;
      view = next;
    }
    return node!;
  }

  private arrayWith(loc: Loc, applied: Applied, prev: DNode | undefined, here: 'all' | ReadonlySet<string>, dirty: Dirty, raw: unknown[] | undefined): DNode {
    const info = this.info(applied);
    const label = this.labelFor(loc, info);
    const itemEntries = this.itemEntries(applied) ?? NONE;
    const ancestors = [...loc.ancestors, applied];
    const children: DNode[] = [];
    const payload: unknown[] = [];
    const indexMap: number[] = [];
    let illFormed = 0;
    let pendingDefault = this.wantsDefault(loc, applied, info);
    if (raw && loc.depth < MAX_FIELD_DEPTH)
      for (let i = 0; i < raw.length; i++) {
        const childPtr = childPointer(loc.ptr, i);
        const k = String(i);
        const c = this.deriveField(
          { ptr: childPtr, key: k, entries: itemEntries, raw: raw[i], required: false, present: true, parentLabel: label, itemIndex: i, depth: loc.depth + 1, ancestors },
          prev?.children?.[i],
          childHere(here, dirty, k, childPtr),
          dirty,
        );
        children.push(c);
        illFormed += c.illFormed;
        if (c.pendingDefault) pendingDefault = true;
        if (c.payload !== undefined) {
          payload.push(c.payload);
          indexMap.push(i);
        }
      }
    const out = payload.length === 0 && !loc.required && !loc.present ? undefined : payload;
    const same =
      prev !== undefined &&
      prev.applied === applied &&
      prev.raw === loc.raw &&
      prev.required === loc.required &&
      prev.label === label &&
      prev.children!.length === children.length &&
      children.every((c, i) => prev.children![i] === c);
    if (same && prev!.pendingDefault === pendingDefault) return prev!;
    const field = same ? prev!.field : this.fieldModel(loc, applied, info, label, children.map((c) => c.field));
    return this.node(loc, applied, label, field, out, { children, indexMap, illFormed, pendingDefault });
  }

  // ---------- lookups ----------

  /** The derived node at a working-value pointer. */
  nodeAt(root: DNode, pointer: JsonPointer): DNode | undefined {
    let cur: DNode | undefined = root;
    for (const t of parsePointer(pointer)) cur = cur && childOf(cur, t);
    return cur;
  }

  /** The nearest derived node at or above a working-value pointer. */
  nearest(root: DNode, pointer: JsonPointer): DNode {
    let cur = root;
    for (const t of parsePointer(pointer)) {
      const next = childOf(cur, t);
      if (!next) break;
      cur = next;
    }
    return cur;
  }

  /** Translates a payload pointer (array items may be left out) to the working-value pointer. */
  toWorkingPointer(root: DNode, payloadPointer: JsonPointer): { pointer: JsonPointer; node?: DNode } {
    if (payloadPointer[0] !== '/') parsePointer(payloadPointer); // '' is the root; anything else throws
    // Hot path (every error, every change): the string is walked, not split.
    let pointer = payloadPointer;
    let cur: DNode | undefined = root;
    for (let start = 1; cur && start <= pointer.length; ) {
      let end = pointer.indexOf('/', start);
      if (end < 0) end = pointer.length;
      let t = pointer.slice(start, end);
      const working = cur.indexMap && /^\d+$/.test(t) ? cur.indexMap[Number(t)] : undefined;
      if (working !== undefined && String(working) !== t) {
        t = String(working);
        pointer = pointer.slice(0, start) + t + pointer.slice(end);
        end = start + t.length;
      }
      cur = childOf(cur, unescapeToken(t));
      start = end + 1;
    }
    return cur ? { pointer, node: cur } : { pointer };
  }

  // ---------- errors ----------

  /** Places and words Ajv's errors of the payload: each on the field it is about, in `locale`. */
  localizeErrors(root: DNode, raw: readonly RawError[], locale: Locale): ValidationError[] {
    // A `oneOf`/`anyOf` error and its options' errors: only the chosen option's errors show (none
    // for a choice of constants), and the aggregate error only when none of them does.
    const groups = raw
      .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
      .map((e) => {
        const at = decodeSchemaPath(e.schemaPath.replace(/^#|\/(oneOf|anyOf)$/g, ''));
        const work = this.toWorkingPointer(root, e.instancePath).pointer;
        return {
          error: e,
          options: e.schemaPath + '/',
          choice: !!this.choiceOf(at, e.keyword as 'oneOf' | 'anyOf'),
          chosen: this.choices.get(work + '\0' + at + '/' + e.keyword),
          kept: false,
        };
      });
    const out: ValidationError[] = [];
    const seen = new Set<string>();
    const emit = (e: RawError) => {
      let path = e.instancePath;
      const missing = e.params.missingProperty;
      if ((e.keyword === 'required' || e.keyword === 'dependentRequired' || e.keyword === 'dependencies') && typeof missing === 'string')
        path = childPointer(path, missing);
      const { pointer, node } = this.toWorkingPointer(root, path);
      const at = node ?? this.nearest(root, pointer);
      let byPath = this.errorCache.get(at);
      if (!byPath) this.errorCache.set(at, (byPath = new Map()));
      let cached = byPath.get(e.schemaPath);
      if (!cached || cached.locale !== locale || cached.error.instancePath !== pointer) {
        const f = at.field;
        const params = f.writeOnly && (e.keyword === 'const' || e.keyword === 'enum' || e.keyword === 'pattern') ? {} : e.params;
        const label = at.label || (node ? '' : readableKey(pointer.split('/').pop()!));
        const message = formatMessage(e.keyword, params, { label, widget: f.widget, errorMessage: this.info(at.applied).errorMessage }, locale);
        const error: ValidationError = Object.freeze({ keyword: e.keyword, instancePath: pointer, schemaPath: e.schemaPath, params, message });
        byPath.set(e.schemaPath, (cached = { locale, key: pointer + '\0' + e.keyword + '\0' + message, error }));
      }
      if (seen.has(cached.key)) return;
      seen.add(cached.key);
      out.push(cached.error);
    };
    for (const e of raw) {
      if (e.keyword === 'if' || e.keyword === 'oneOf' || e.keyword === 'anyOf') continue;
      let drop = false;
      for (const g of groups) {
        if (!e.schemaPath.startsWith(g.options) || !e.instancePath.startsWith(g.error.instancePath)) continue;
        const option = Number(e.schemaPath.slice(g.options.length).split('/')[0]);
        if (g.choice || option !== g.chosen) drop = true;
        else g.kept = true;
      }
      if (!drop) emit(e);
    }
    for (const g of groups) if (!g.kept) emit(g.error);
    return out;
  }

  /** Errors for strings with lone surrogates (Ajv would accept them). */
  illFormedErrors(root: DNode, locale: Locale): ValidationError[] {
    const out: ValidationError[] = [];
    // A leaf counts as ill-formed only for a non-empty string with lone surrogates.
    const walk = (n: DNode) => {
      if (n.illFormed === 0) return;
      if (n.children) n.children.forEach(walk);
      else
        out.push({
          keyword: 'wellFormed',
          instancePath: n.field.pointer,
          schemaPath: '',
          params: {},
          message: formatMessage('wellFormed', {}, { label: n.label, widget: n.field.widget, errorMessage: this.info(n.applied).errorMessage }, locale),
        });
    };
    walk(root);
    return out;
  }
}

const labels = new Map<string, string>();

function readableLabel(key: string): string {
  let l = labels.get(key);
  if (l === undefined) {
    l = readableKey(key);
    if (labels.size < 10_000) labels.set(key, l);
  }
  return l;
}

function snode(plan: Plan, ptr: JsonPointer, rank: number): SNode {
  const i = rank * 2;
  return (plan.snodes[i] ??= { ptr, s: plan.s, rank });
}

/** What changed at or below the child `key` (at `childPtr`) of a node whose changes are `here`. */
function childHere(here: 'all' | ReadonlySet<string>, dirty: Dirty, key: string, childPtr: JsonPointer): Here {
  return here === 'all' ? 'all' : here.has(key) ? (dirty === 'all' ? 'all' : (dirty.get(childPtr) ?? 'all')) : null;
}

/** The answer as conditions and the payload see it: text in NFC, an empty string unanswered. */
function leafView(raw: unknown): unknown {
  if (typeof raw === 'string') return raw === '' ? undefined : raw.normalize('NFC');
  return raw;
}

/**
 * Spaces and invisible characters (zero-width, bidi marks, BOM, soft hyphen, variation selectors…)
 * at the start, then the text up to its last other character: one greedy run and one walk back over
 * the blanks at the end, so the match is linear.
 */
const CODE = /^[\s\p{DI}]*(.*[^\s\p{DI}])?/su;

/** Control characters (C0, DEL, C1: escape sequences, tabs) but NUL, which stays to be refused. */
const CONTROLS = /(?!\0)\p{Cc}/gu;

/**
 * A code's answer as validated and submitted: what copy and paste left around it removed, control
 * characters removed anywhere (no code holds one), the rest of the inside kept.
 */
export function trimCode(text: string): string | undefined {
  return CODE.exec(text.replace(CONTROLS, ''))![1] || undefined;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function decodeSchemaPath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** The child of a derived node by key (an array's by canonical index; an object's children follow its shape). */
function childOf(node: DNode, key: string): DNode | undefined {
  const children = node.children;
  if (!children) return undefined;
  if (node.indexMap) return /^(0|[1-9]\d*)$/.test(key) ? children[Number(key)] : undefined;
  return keyed(children[node.applied.shape?.index.get(key) ?? -1], key);
}

/** `node` when it is the child for `key`: a cheap guard that a shape and a child list still agree. */
function keyed(node: DNode | undefined, key: string): DNode | undefined {
  return node?.field.key === key ? node : undefined;
}
