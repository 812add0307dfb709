/**
 * The engine behind a form: the effective schema at each data location for the current answers,
 * the field tree, the submission payload and error placement. Internal; `createForm` wraps it.
 *
 * Incremental by construction: values are replaced copy-on-write, so an unchanged subtree keeps its
 * identity and its field model is reused; each condition result is cached per data location and
 * reused while the properties its `if` reads are unchanged.
 */
import { fieldInfo, readableKey, type FieldInfo, type RawOption } from './field-info.js';
import { childPointer, escapeToken, getIn, isObject, own, parsePointer } from './json-pointer.js';
import { formatMessage } from './messages.js';
import { indexSchema, resolveRef, type SchemaIndex } from './schema-index.js';
import type {
  CompiledSchema,
  Dialect,
  FieldModel,
  FormWarning,
  JsonPointer,
  JsonSchema,
  JsonSchemaObject,
  Locale,
  RawError,
  ValidationError,
} from './types.js';

/** Fields nest at most this deep; a recursive schema expands only as deep as its data goes. */
export const MAX_FIELD_DEPTH = 32;

interface SNode {
  readonly ptr: JsonPointer;
  readonly s: JsonSchema;
  readonly rank: number;
}

/** The subschemas that apply at one data location for the current answers (interned by `sig`). */
interface Applied {
  readonly nodes: readonly SNode[];
  readonly sig: string;
  merged?: JsonSchemaObject;
  info?: FieldInfo;
  shape?: ObjectShape;
  items?: readonly string[] | null;
  ptrSet?: ReadonlySet<string>;
  defaultFrom?: { ptr: JsonPointer; value: unknown } | null;
}

interface ObjectShape {
  readonly order: readonly string[];
  readonly entries: ReadonlyMap<string, readonly string[]>;
  readonly required: ReadonlySet<string>;
  readonly dependentRequired: readonly (readonly [string, readonly string[]])[];
}

/** One node of the derived tree. */
export interface DNode {
  readonly field: FieldModel;
  readonly applied: Applied;
  readonly raw: unknown;
  readonly required: boolean;
  readonly label: string;
  /** What this field contributes to the submission; `undefined` = left out. */
  readonly payload: unknown;
  readonly children?: readonly DNode[];
  /** For arrays: payload index → working index. */
  readonly indexMap?: readonly number[];
  /** Strings with lone surrogates in this subtree. */
  readonly illFormed: number;
  /** A field in this subtree waits for its `default`. */
  readonly pendingDefault: boolean;
  byKey?: Map<string, DNode>;
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
const NONE: readonly string[] = Object.freeze([]);

/** Whether a string has lone surrogates (ill-formed UTF-16). */
export function isIllFormed(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Deep equality of JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as never)[k], (b as never)[k]));
}

/** A deep copy of a JSON value (defaults are copied so the schema's objects are never shared). */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) Object.defineProperty(out, k, { value: cloneJson(value[k]), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

function present(data: unknown, key: string): boolean {
  return own(data, key) !== undefined;
}

/** The per-form engine. */
export class FormEngine {
  readonly schema: JsonSchemaObject;
  readonly dialect: Dialect;
  readonly index: SchemaIndex;
  private readonly compiled: CompiledSchema;
  private readonly context: Readonly<Record<string, unknown>> | undefined;
  private readonly interned = new Map<string, Applied>();
  private readonly staticApplied = new WeakMap<readonly string[], Applied | null>();
  private readonly entryLists = new Map<string, readonly string[]>();
  private readonly condCache = new Map<string, { data: unknown; result: boolean }>();
  private readonly readSets = new Map<string, ReadSet>();
  private readonly choiceCache = new Map<string, readonly RawOption[] | null>();
  private readonly refCache = new Map<string, string | null>();
  /** The option chosen at each `oneOf`/`anyOf` for each data location: `${dataPtr}\0${schemaPtr}`. */
  readonly choices = new Map<string, number>();
  /** Pointers whose default was already considered (never applied twice: clearing a field sticks). */
  readonly defaultsDone = new Set<string>();
  applyDefaults = true;

  constructor(compiled: CompiledSchema, context?: Readonly<Record<string, unknown>>) {
    this.compiled = compiled;
    this.schema = compiled.schema;
    this.dialect = compiled.dialect;
    this.context = context;
    this.index = indexSchema(compiled.schema, compiled.dialect);
  }

  // ---------- schema access ----------

  schemaAt(ptr: JsonPointer): JsonSchema | undefined {
    return this.index.nodes.get(ptr)?.schema;
  }

  private refTarget(ptr: JsonPointer, ref: string): string | undefined {
    const key = ptr + '\0' + ref;
    let t = this.refCache.get(key);
    if (t === undefined) {
      const r = resolveRef(this.index, ref, ptr);
      t = r.ok ? r.pointer : null;
      this.refCache.set(key, t);
    }
    return t ?? undefined;
  }

  /** Follows `$ref`s (and single-member `allOf`s) of the schema at `ptr` to the object that says something. */
  private deref(ptr: JsonPointer): { ptr: string; s: JsonSchema } | undefined {
    let cur = ptr;
    for (let hops = 0; hops < 32; hops++) {
      const s = this.schemaAt(cur);
      if (!isObject(s) || typeof s.$ref !== 'string') return s === undefined ? undefined : { ptr: cur, s };
      if (s.const !== undefined) return { ptr: cur, s };
      const t = this.refTarget(cur, s.$ref);
      if (t === undefined) return undefined;
      cur = t;
    }
    return undefined;
  }

  /** The const options of a `oneOf`/`anyOf` whose every option is `{const, title?, description?}`. */
  choiceOf(ptr: JsonPointer, kw: 'oneOf' | 'anyOf'): readonly RawOption[] | null {
    const key = ptr + '/' + kw;
    let c = this.choiceCache.get(key);
    if (c !== undefined) return c;
    const s = this.schemaAt(ptr);
    const list = isObject(s) ? s[kw] : undefined;
    c = null;
    if (Array.isArray(list) && list.length > 0) {
      const opts: RawOption[] = [];
      for (let i = 0; i < list.length; i++) {
        const o = this.deref(`${key}/${i}`);
        if (!o || !isObject(o.s) || o.s.const === undefined) {
          opts.length = 0;
          break;
        }
        opts.push(o.s as unknown as RawOption);
      }
      if (opts.length === list.length) c = opts;
    }
    this.choiceCache.set(key, c);
    return c;
  }

  /** Interns a list of schema pointers so equal lists are the same array (caches key on identity). */
  entryList(ptrs: readonly string[]): readonly string[] {
    if (ptrs.length === 0) return NONE;
    const key = ptrs.join('\n');
    let l = this.entryLists.get(key);
    if (!l) {
      l = Object.freeze(ptrs.slice());
      this.entryLists.set(key, l);
    }
    return l;
  }

  // ---------- conditions ----------

  /** The property names the subschema at `ptr` reads from an object, or 'all'. */
  readSet(ptr: JsonPointer, seen: Set<string> = new Set()): ReadSet {
    const cached = this.readSets.get(ptr);
    if (cached) return cached;
    if (seen.has(ptr) || seen.size > 64) return 'all';
    seen.add(ptr);
    const s = this.schemaAt(ptr);
    let result: ReadSet;
    if (s === undefined) result = 'all';
    else if (typeof s === 'boolean') result = NONE;
    else {
      const keys = new Set<string>();
      const sub = (p: string): boolean => {
        const r = this.readSet(p, seen);
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
    if (seen.size === 0 || result === 'all') this.readSets.set(ptr, result);
    return result;
  }

  /** Whether `data` (at `dataPtr`) matches the subschema at `ptr`; cached while its read set is unchanged. */
  matches(ptr: JsonPointer, data: unknown, dataPtr: JsonPointer): boolean {
    const key = dataPtr + '\0' + ptr;
    const c = this.condCache.get(key);
    if (c) {
      if (c.data === data) return c.result;
      if (isObject(c.data) && isObject(data)) {
        const rs = this.readSet(ptr);
        if (rs !== 'all') {
          let same = true;
          for (const k of rs)
            if (own(c.data, k) !== own(data, k)) {
              same = false;
              break;
            }
          if (same) {
            c.data = data;
            return c.result;
          }
        }
      }
    }
    const result = this.compiled.validator.matches(ptr, data);
    this.condCache.set(key, { data, result });
    return result;
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
      const props = o && isObject(o.s) && isObject(o.s.properties) ? o.s.properties : undefined;
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
    const st = this.staticApplied.get(entries);
    if (st) return st;
    const out: SNode[] = [];
    let dynamic = false;
    const draft07 = this.dialect === 'draft-07';
    const visit = (ptr: string, rank: number, hops: number): void => {
      if (hops > 48) return;
      const s = this.schemaAt(ptr);
      if (s === undefined) return;
      if (typeof s === 'boolean') {
        out.push({ ptr, s, rank });
        return;
      }
      const ref = typeof s.$ref === 'string' ? this.refTarget(ptr, s.$ref) : undefined;
      if (draft07 && typeof s.$ref === 'string') {
        if (ref !== undefined) visit(ref, rank, hops + 1);
        return;
      }
      const includes = () => {
        if (ref !== undefined) visit(ref, rank, hops + 1);
        if (Array.isArray(s.allOf)) for (let i = 0; i < s.allOf.length; i++) visit(`${ptr}/allOf/${i}`, rank, hops + 1);
      };
      const keys = Object.keys(s);
      const pi = keys.indexOf('properties');
      const ii = Math.min(...['$ref', 'allOf'].map((k) => keys.indexOf(k)).filter((i) => i >= 0), Infinity);
      const ownFirst = pi >= 0 && pi < ii;
      if (!ownFirst) includes();
      out.push({ ptr, s, rank: rank + 0.5 });
      if (ownFirst) includes();
      if (s.if !== undefined && (s.then !== undefined || s.else !== undefined)) {
        dynamic = true;
        const branch = this.matches(`${ptr}/if`, data, dataPtr) ? 'then' : 'else';
        if (s[branch] !== undefined) visit(`${ptr}/${branch}`, rank + 1, hops + 1);
      }
      const depKw = draft07 ? 'dependencies' : 'dependentSchemas';
      const deps = s[depKw];
      if (isObject(deps))
        for (const k of Object.keys(deps)) {
          if (Array.isArray(deps[k])) continue;
          dynamic = true;
          if (present(data, k)) visit(`${ptr}/${depKw}/${escapeToken(k)}`, rank + 1, hops + 1);
        }
      if (isObject(s.dependentRequired) || (draft07 && isObject(s.dependencies))) dynamic = true;
      for (const kw of ['oneOf', 'anyOf'] as const) {
        const list = s[kw];
        if (!Array.isArray(list) || list.length === 0 || this.choiceOf(ptr, kw)) continue;
        dynamic = true;
        const i = this.selectOption(ptr, kw, list.length, data, dataPtr);
        visit(`${ptr}/${kw}/${i}`, rank + 1, hops + 1);
      }
    };
    for (const e of entries) visit(e, 0, 0);
    let sig = '';
    for (const n of out) sig += n.ptr + '\n';
    let applied = this.interned.get(sig);
    if (!applied) {
      applied = { nodes: out, sig };
      this.interned.set(sig, applied);
    }
    if (!dynamic) this.staticApplied.set(entries, applied);
    else if (!this.staticApplied.has(entries)) this.staticApplied.set(entries, null);
    return applied;
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
    return { nodes: out, sig: '' };
  }

  private annotationOrder(a: Applied): SNode[] {
    return a.nodes.slice().sort((x, y) => x.rank - y.rank);
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
        if (k === 'properties' && isObject(v)) props = { ...props, ...v };
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
      for (const kw of ['oneOf', 'anyOf'] as const) {
        const c = Array.isArray(n.s[kw]) ? this.choiceOf(n.ptr, kw) : null;
        if (c) found = c;
      }
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
    const isObj = m.type === 'object' || (m.type === undefined && m.properties !== undefined);
    if (isObj && m.properties === undefined && (m.patternProperties !== undefined || isObject(m.additionalProperties)))
      return m.patternProperties !== undefined ? 'patternProperties' : 'additionalProperties map';
    return undefined;
  }

  info(a: Applied): FieldInfo {
    if (!a.info) {
      const choice = this.choiceFor(a);
      const unsupported = this.unsupportedOf(a);
      const input: { choice?: readonly RawOption[]; unsupported?: string; context?: Readonly<Record<string, unknown>> } = {};
      if (choice) input.choice = choice;
      if (unsupported) input.unsupported = unsupported;
      if (this.context) input.context = this.context;
      a.info = fieldInfo(this.merged(a), input);
    }
    return a.info;
  }

  shape(a: Applied): ObjectShape {
    if (a.shape) return a.shape;
    const lists = new Map<string, string[]>();
    const forbidden = new Set<string>();
    const required = new Set<string>();
    const depReq: [string, string[]][] = [];
    for (const n of a.nodes) {
      if (!isObject(n.s)) continue;
      const props = n.s.properties;
      if (isObject(props))
        for (const k of Object.keys(props)) {
          if (props[k] === false) forbidden.add(k);
          let l = lists.get(k);
          if (!l) lists.set(k, (l = []));
          l.push(`${n.ptr}/properties/${escapeToken(k)}`);
        }
      if (Array.isArray(n.s.required)) for (const r of n.s.required) required.add(String(r));
      const dr = n.s.dependentRequired;
      if (isObject(dr)) for (const k of Object.keys(dr)) if (Array.isArray(dr[k])) depReq.push([k, (dr[k] as unknown[]).map(String)]);
      const d7 = this.dialect === 'draft-07' ? n.s.dependencies : undefined;
      if (isObject(d7)) for (const k of Object.keys(d7)) if (Array.isArray(d7[k])) depReq.push([k, (d7[k] as unknown[]).map(String)]);
    }
    const order: string[] = [];
    const entries = new Map<string, readonly string[]>();
    for (const [k, l] of lists) {
      if (forbidden.has(k)) continue;
      order.push(k);
      entries.set(k, this.entryList(l));
    }
    a.shape = { order, entries, required, dependentRequired: depReq };
    return a.shape;
  }

  private itemEntries(a: Applied): readonly string[] | null {
    if (a.items !== undefined) return a.items;
    const l: string[] = [];
    for (const n of a.nodes) if (isObject(n.s) && (isObject(n.s.items) || typeof n.s.items === 'boolean')) l.push(`${n.ptr}/items`);
    a.items = l.length ? this.entryList(l) : null;
    return a.items;
  }

  private ptrSet(a: Applied): ReadonlySet<string> {
    return (a.ptrSet ??= new Set(a.nodes.map((n) => n.ptr)));
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
    if (!isObject(xc) || typeof xc.default !== 'string' || !this.context) return undefined;
    try {
      return getIn(this.context, parsePointer(xc.default));
    } catch {
      return undefined;
    }
  }

  // ---------- derivation ----------

  /** Derives the whole field tree for `value`, reusing `prev` wherever nothing changed. */
  derive(value: unknown, prev: DNode | undefined, rootEntries: readonly string[] = this.entryList([''])): DNode {
    return this.deriveField(
      { ptr: '', key: '', entries: rootEntries, raw: value, required: true, present: true, parentLabel: '', depth: 0, ancestors: [] },
      prev,
    );
  }

  private labelFor(loc: Loc, info: FieldInfo): string {
    if (loc.itemIndex !== undefined) return `${info.title ?? loc.parentLabel} ${loc.itemIndex + 1}`.trim();
    return info.title ?? (loc.key ? readableKey(loc.key) : '');
  }

  private deriveField(loc: Loc, prev: DNode | undefined): DNode {
    let applied = this.apply(loc.entries, this.leafView(loc.raw), loc.ptr);
    let info = this.info(applied);
    const kind = info.widget;
    if (kind === 'object' || kind === 'array') {
      let view: unknown = kind === 'object' ? (isObject(loc.raw) ? loc.raw : {}) : Array.isArray(loc.raw) ? loc.raw : [];
      let node: DNode | undefined;
      for (let iter = 0; iter < 4; iter++) {
        applied = this.apply(loc.entries, view, loc.ptr);
        info = this.info(applied);
        if (info.widget !== kind) return this.deriveLeaf(loc, applied, prev);
        node = kind === 'object' ? this.deriveObject(loc, applied, view, prev) : this.deriveArray(loc, applied, prev);
        const nextView = node.payload ?? (kind === 'object' ? {} : []);
        if (nextView === view) break;
        const again = this.apply(loc.entries, nextView, loc.ptr);
        if (again === applied && (kind === 'array' || this.sameDependentRequired(applied, view, nextView))) break;
        view = nextView;
      }
      return node!;
    }
    return this.deriveLeaf(loc, applied, prev);
  }

  private leafView(raw: unknown): unknown {
    if (typeof raw === 'string') return raw === '' ? undefined : raw.normalize('NFC');
    return raw;
  }

  private sameDependentRequired(a: Applied, v1: unknown, v2: unknown): boolean {
    for (const [k] of this.shape(a).dependentRequired) if (present(v1, k) !== present(v2, k)) return false;
    return true;
  }

  private fieldModel(loc: Loc, applied: Applied, info: FieldInfo, label: string, children?: readonly FieldModel[]): FieldModel {
    const f: Record<string, unknown> = {
      pointer: loc.ptr,
      key: loc.key,
      label,
      required: loc.required,
      readOnly: info.readOnly,
      writeOnly: info.writeOnly,
      widget: info.widget,
      constraints: info.constraints,
      value: loc.raw,
      schema: this.merged(applied),
    };
    if (info.help !== undefined) f.help = info.help;
    if (info.options) {
      f.options = info.options;
      const chosen = loc.raw === undefined ? undefined : info.options.find((o) => jsonEqual(o.value, loc.raw));
      if (chosen?.help !== undefined) f.optionHelp = chosen.help;
    }
    if (info.placeholder !== undefined) f.placeholder = info.placeholder;
    if (children) f.children = children;
    if (info.unsupportedReason !== undefined) f.unsupportedReason = info.unsupportedReason;
    if (info.context) f.context = info.context;
    return Object.freeze(f) as unknown as FieldModel;
  }

  private wantsDefault(loc: Loc, applied: Applied, info: FieldInfo): boolean {
    if (!this.applyDefaults || loc.raw !== undefined || info.writeOnly || this.defaultsDone.has(loc.ptr)) return false;
    return this.defaultOf(applied) !== null || (info.context !== undefined && this.contextDefault(applied) !== undefined);
  }

  private deriveLeaf(loc: Loc, applied: Applied, prev: DNode | undefined): DNode {
    const info = this.info(applied);
    const label = this.labelFor(loc, info);
    if (prev && prev.applied === applied && prev.raw === loc.raw && prev.required === loc.required && prev.label === label && !prev.children)
      return prev;
    const raw = loc.raw;
    let payload: unknown = raw;
    let illFormed = 0;
    if (typeof raw === 'string') {
      payload = raw === '' ? undefined : raw.normalize('NFC');
      if (isIllFormed(raw)) illFormed = 1;
    }
    return {
      field: this.fieldModel(loc, applied, info, label),
      applied,
      raw,
      required: loc.required,
      label,
      payload,
      illFormed,
      pendingDefault: this.wantsDefault(loc, applied, info),
    };
  }

  private deriveObject(loc: Loc, applied: Applied, view: unknown, prev: DNode | undefined): DNode {
    const info = this.info(applied);
    const label = this.labelFor(loc, info);
    const shape = this.shape(applied);
    const raw = isObject(loc.raw) ? loc.raw : undefined;
    const required = new Set(shape.required);
    for (const [k, deps] of shape.dependentRequired) if (present(view, k)) for (const d of deps) required.add(d);
    // A recursive schema expands only as deep as the data goes.
    const recursive =
      loc.depth > 0 && loc.ancestors.some((anc) => applied.nodes.some((n) => this.ptrSet(anc).has(n.ptr)));
    if ((recursive && raw === undefined) || loc.depth >= MAX_FIELD_DEPTH) {
      const lazy = loc.depth >= MAX_FIELD_DEPTH ? { ...info, widget: 'unsupported' as const, unsupportedReason: 'nested too deep' } : info;
      return { field: this.fieldModel(loc, applied, lazy, label, []), applied, raw: loc.raw, required: loc.required, label, payload: raw === undefined ? undefined : raw, illFormed: 0, pendingDefault: false, children: [] };
    }
    const prevChildren = prev?.children && prev.applied === applied ? prev : undefined;
    const ancestors = [...loc.ancestors, applied];
    const children: DNode[] = [];
    let payload: Record<string, unknown> | undefined;
    let same = !!prev && prev.children !== undefined && prev.raw === loc.raw && prev.required === loc.required && prev.label === label && prev.applied === applied;
    let illFormed = 0;
    let pendingDefault = this.wantsDefault(loc, applied, info);
    let count = 0;
    for (const k of shape.order) {
      const pc = prevChildren ? childOf(prevChildren, k) : prev?.children ? childOf(prev, k) : undefined;
      const c = this.deriveField(
        {
          ptr: childPointer(loc.ptr, k),
          key: k,
          entries: shape.entries.get(k)!,
          raw: own(raw, k),
          required: required.has(k),
          present: false,
          parentLabel: label,
          depth: loc.depth + 1,
          ancestors,
        },
        pc,
      );
      if (same && prev!.children![count] !== c) same = false;
      children.push(c);
      count++;
      illFormed += c.illFormed;
      if (c.pendingDefault) pendingDefault = true;
      if (c.payload !== undefined) Object.defineProperty((payload ??= {}), k, { value: c.payload, enumerable: true, writable: true, configurable: true });
    }
    if (same && prev!.children!.length === count) return prev!;
    if (payload === undefined && (loc.required || loc.present)) payload = {};
    const prevPayload = prev?.payload;
    if (payload && isObject(prevPayload) && shallowEqualObject(payload, prevPayload)) payload = prevPayload;
    return {
      field: this.fieldModel({ ...loc, required: loc.required }, applied, info, label, children.map((c) => c.field)),
      applied,
      raw: loc.raw,
      required: loc.required,
      label,
      payload,
      children,
      illFormed,
      pendingDefault,
    };
  }

  private deriveArray(loc: Loc, applied: Applied, prev: DNode | undefined): DNode {
    const info = this.info(applied);
    const label = this.labelFor(loc, info);
    const raw = Array.isArray(loc.raw) ? loc.raw : undefined;
    const itemEntries = this.itemEntries(applied) ?? NONE;
    const ancestors = [...loc.ancestors, applied];
    const children: DNode[] = [];
    const payload: unknown[] = [];
    const indexMap: number[] = [];
    let illFormed = 0;
    let pendingDefault = this.wantsDefault(loc, applied, info);
    if (raw && loc.depth < MAX_FIELD_DEPTH)
      for (let i = 0; i < raw.length; i++) {
        const c = this.deriveField(
          {
            ptr: childPointer(loc.ptr, i),
            key: String(i),
            entries: itemEntries,
            raw: raw[i],
            required: false,
            present: true,
            parentLabel: label,
            itemIndex: i,
            depth: loc.depth + 1,
            ancestors,
          },
          prev?.children?.[i],
        );
        children.push(c);
        illFormed += c.illFormed;
        if (c.pendingDefault) pendingDefault = true;
        if (c.payload !== undefined) {
          payload.push(c.payload);
          indexMap.push(i);
        }
      }
    if (
      prev &&
      prev.applied === applied &&
      prev.raw === loc.raw &&
      prev.required === loc.required &&
      prev.label === label &&
      prev.children?.length === children.length &&
      children.every((c, i) => prev.children![i] === c)
    )
      return prev;
    let out: unknown[] | undefined = payload.length || loc.required || loc.present || raw ? payload : undefined;
    if (out && payload.length === 0 && !loc.required && !loc.present) out = undefined;
    const prevPayload = prev?.payload;
    if (out && Array.isArray(prevPayload) && prevPayload.length === out.length && out.every((x, i) => x === prevPayload[i])) out = prevPayload;
    return {
      field: this.fieldModel(loc, applied, info, label, children.map((c) => c.field)),
      applied,
      raw: loc.raw,
      required: loc.required,
      label,
      payload: out,
      children,
      indexMap,
      illFormed,
      pendingDefault,
    };
  }

  // ---------- lookups ----------

  /** The derived node at a working-value pointer. */
  nodeAt(root: DNode, pointer: JsonPointer): DNode | undefined {
    let cur: DNode | undefined = root;
    for (const t of parsePointer(pointer)) {
      if (!cur?.children) return undefined;
      cur = cur.field.widget === 'array' ? (/^(0|[1-9]\d*)$/.test(t) ? cur.children[Number(t)] : undefined) : childOf(cur, t);
    }
    return cur;
  }

  /** Translates a payload pointer (array items may be left out) to the working-value pointer. */
  toWorkingPointer(root: DNode, payloadPointer: JsonPointer): { pointer: JsonPointer; node?: DNode } {
    let cur: DNode | undefined = root;
    let out = '';
    for (const t of parsePointer(payloadPointer)) {
      let token = t;
      let next: DNode | undefined;
      if (cur?.field.widget === 'array' && cur.indexMap && /^\d+$/.test(t)) {
        const wi = cur.indexMap[Number(t)];
        if (wi !== undefined) token = String(wi);
        next = cur.children?.[Number(token)];
      } else if (cur?.children) next = childOf(cur, t);
      out += '/' + escapeToken(token);
      cur = next;
    }
    return cur ? { pointer: out, node: cur } : { pointer: out };
  }

  /** The nearest derived node at or above `pointer`. */
  nearest(root: DNode, pointer: JsonPointer): DNode {
    let cur = root;
    for (const t of parsePointer(pointer)) {
      const next = cur.children ? (cur.field.widget === 'array' ? cur.children[Number(t)] : childOf(cur, t)) : undefined;
      if (!next) break;
      cur = next;
    }
    return cur;
  }

  // ---------- errors ----------

  /** Places and words Ajv's errors of the payload: each on the field it is about, in `locale`. */
  localizeErrors(root: DNode, raw: readonly RawError[], locale: Locale): ValidationError[] {
    const groups: { schemaPath: string; instancePath: string; choice: boolean; chosen?: number; kept: boolean }[] = [];
    for (const e of raw)
      if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
        const sp = e.schemaPath.replace(/^#/, '').replace(/\/(oneOf|anyOf)$/, '');
        const kw = e.keyword;
        const work = this.toWorkingPointer(root, e.instancePath).pointer;
        const choice = !!this.choiceOf(decodeSchemaPath(sp), kw);
        const chosen = this.choices.get(work + '\0' + decodeSchemaPath(sp) + '/' + kw);
        const g: { schemaPath: string; instancePath: string; choice: boolean; chosen?: number; kept: boolean } = {
          schemaPath: e.schemaPath + '/',
          instancePath: e.instancePath,
          choice,
          kept: false,
        };
        if (chosen !== undefined) g.chosen = chosen;
        groups.push(g);
      }
    const out: ValidationError[] = [];
    const seen = new Set<string>();
    const emit = (e: RawError) => {
      let path = e.instancePath;
      const missing = e.params.missingProperty;
      if ((e.keyword === 'required' || e.keyword === 'dependentRequired' || e.keyword === 'dependencies') && typeof missing === 'string')
        path = childPointer(path, missing);
      const { pointer, node } = this.toWorkingPointer(root, path);
      const at = node ?? this.nearest(root, pointer);
      const f = at.field;
      const params = f.writeOnly && (e.keyword === 'const' || e.keyword === 'enum' || e.keyword === 'pattern') ? {} : e.params;
      const message = formatMessage(e.keyword, params, { label: at.label || (node ? '' : readableKey(pointer.split('/').pop() ?? '')), widget: f.widget, errorMessage: this.info(at.applied).errorMessage }, locale);
      const key = pointer + '\0' + e.keyword + '\0' + message;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ keyword: e.keyword, instancePath: pointer, schemaPath: e.schemaPath, params, message });
    };
    const aggregates: RawError[] = [];
    for (const e of raw) {
      if (e.keyword === 'if') continue;
      if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
        aggregates.push(e);
        continue;
      }
      let drop = false;
      for (const g of groups) {
        if (!e.schemaPath.startsWith(g.schemaPath) || !e.instancePath.startsWith(g.instancePath)) continue;
        const option = Number(e.schemaPath.slice(g.schemaPath.length).split('/')[0]);
        if (g.choice || option !== g.chosen) drop = true;
        else g.kept = true;
      }
      if (!drop) emit(e);
    }
    for (const e of aggregates) {
      const g = groups.find((x) => x.schemaPath === e.schemaPath + '/' && x.instancePath === e.instancePath);
      if (!g?.kept) emit(e);
    }
    return out;
  }

  /** Errors for strings with lone surrogates (Ajv would accept them). */
  illFormedErrors(root: DNode, locale: Locale): ValidationError[] {
    const out: ValidationError[] = [];
    const walk = (n: DNode) => {
      if (n.illFormed === 0) return;
      if (!n.children) {
        if (typeof n.raw === 'string' && n.payload !== undefined)
          out.push({
            keyword: 'wellFormed',
            instancePath: n.field.pointer,
            schemaPath: '',
            params: {},
            message: formatMessage('wellFormed', {}, { label: n.label, widget: n.field.widget, errorMessage: this.info(n.applied).errorMessage }, locale),
          });
        return;
      }
      n.children.forEach(walk);
    };
    walk(root);
    return out;
  }

  /** Warnings collected while importing data. */
  readonly warnings: FormWarning[] = [];
}

function decodeSchemaPath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

function childOf(node: DNode, key: string): DNode | undefined {
  if (!node.children) return undefined;
  if (!node.byKey) {
    node.byKey = new Map();
    for (const c of node.children) node.byKey.set(c.field.key, c);
  }
  return node.byKey.get(key);
}

function shallowEqualObject(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== own(b, k)) return false;
  return true;
}
