/**
 * Where secrets (`writeOnly: true`) can sit in a form's answers, and a redaction that follows it
 * (issue 13 item 7, RELIABILITY E11): every use of a `$ref` (a `$defs.tok` reused by two properties and
 * by an array's items is secret at all three), array `items`/`prefixItems`/`contains`, maps
 * (`additionalProperties`/`patternProperties`) and every branch (`allOf`/`anyOf`/`oneOf`, `if`/`then`/
 * `else`, `dependentSchemas`). Iterative: a deep schema never overflows the stack.
 */
import { detectDialect } from './dialect.js';
import { assertTractable } from './import-value.js';
import { escapeToken, isObject, parsePointer, unescapeToken } from './json-pointer.js';
import { indexSchema, resolveRef } from './schema-index.js';
import type { JsonPointer, JsonSchema } from './types.js';

/** Pointer token for "any one array index or map key". */
export const ANY_TOKEN = '*';
/** Pointer token for "any number of tokens" (below a recursive `$ref` that reaches a secret). */
export const ANY_DEPTH_TOKEN = '**';

/** Subschemas that describe the same value as their parent. */
const SAME_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SAME_PLACE_SINGLE = ['if', 'then', 'else'] as const;
/** Subschemas that describe any item or any member of the value. */
const ANY_CHILD_SINGLE = [
  'additionalProperties',
  'unevaluatedProperties',
  'contains',
  'unevaluatedItems',
  'additionalItems',
] as const;

interface Step {
  /** The subschema's location in the schema document. */
  readonly schemaPointer: JsonPointer;
  /** The answers' pointer pattern so far. */
  readonly tokens: readonly string[];
  /** Schema locations entered on the way here, with the answer depth at each (a `$ref` cycle ends the walk). */
  readonly path: ReadonlyMap<JsonPointer, number>;
}

/**
 * Every JSON Pointer pattern of the answers at which a `writeOnly` value can sit, sorted. A token
 * `*` stands for any array index or map key; `**` for any run of tokens, below a recursive `$ref` that
 * reaches a secret. (A property literally named `*` reads as the wildcard: more is redacted, never less.)
 */
export function secretPointers(schema: JsonSchema): string[] {
  if (!isObject(schema) && typeof schema !== 'boolean') return [];
  const dialect = isObject(schema) ? detectDialect(schema) : '2020-12';
  const index = indexSchema(schema, dialect);
  const found = new Set<string>();
  const pattern = (tokens: readonly string[]) =>
    tokens
      .map((t) => (t === ANY_TOKEN || t === ANY_DEPTH_TOKEN ? t : escapeToken(t)))
      .map((t) => '/' + t)
      .join('');
  const stack: Step[] = [{ schemaPointer: '', tokens: [], path: new Map() }];
  // Each (schema location, answer pattern) pair is walked once: the same $defs from two places is two pairs.
  const done = new Set<string>();
  while (stack.length) {
    const step = stack.pop()!;
    const node = index.nodes.get(step.schemaPointer)?.schema;
    if (!isObject(node)) continue;
    const key = `${step.schemaPointer}\u0000${pattern(step.tokens)}`;
    if (done.has(key)) continue;
    done.add(key);
    if (node.writeOnly === true) found.add(pattern(step.tokens));
    const path = new Map(step.path).set(step.schemaPointer, step.tokens.length);
    const go = (schemaPointer: JsonPointer, tokens: readonly string[]) => {
      if (!index.nodes.has(schemaPointer)) return;
      // A cycle: the same subschema again further down the answers. Whatever it holds may repeat at any depth.
      const enteredAt = path.get(schemaPointer);
      if (enteredAt !== undefined) {
        // Deeper in the answers than last time: a recursive schema. Otherwise a pure $ref/allOf loop.
        if (tokens.length > enteredAt && reachesSecret(index, schemaPointer))
          found.add(pattern([...tokens, ANY_DEPTH_TOKEN]));
        return;
      }
      stack.push({ schemaPointer, tokens, path });
    };
    const at = (...keys: (string | number)[]) =>
      step.schemaPointer + keys.map((k) => '/' + escapeToken(String(k))).join('');
    if (typeof node.$ref === 'string') {
      const target = resolveRef(index, node.$ref, step.schemaPointer);
      if (target.ok) go(target.pointer, step.tokens);
    }
    if (typeof node.$dynamicRef === 'string') {
      const target = resolveRef(index, node.$dynamicRef, step.schemaPointer);
      if (target.ok) go(target.pointer, step.tokens);
    }
    for (const k of SAME_PLACE_LISTS) if (Array.isArray(node[k])) node[k].forEach((_, i) => go(at(k, i), step.tokens));
    for (const k of SAME_PLACE_SINGLE) if (node[k] !== undefined) go(at(k), step.tokens);
    for (const k of ['dependentSchemas', 'dependencies'] as const)
      if (isObject(node[k]))
        for (const name of Object.keys(node[k])) if (!Array.isArray(node[k][name])) go(at(k, name), step.tokens);
    if (isObject(node.properties))
      for (const name of Object.keys(node.properties)) go(at('properties', name), [...step.tokens, name]);
    if (isObject(node.patternProperties))
      for (const name of Object.keys(node.patternProperties))
        go(at('patternProperties', name), [...step.tokens, ANY_TOKEN]);
    for (const k of ANY_CHILD_SINGLE) if (node[k] !== undefined) go(at(k), [...step.tokens, ANY_TOKEN]);
    if (Array.isArray(node.prefixItems))
      node.prefixItems.forEach((_, i) => go(at('prefixItems', i), [...step.tokens, String(i)]));
    if (Array.isArray(node.items))
      node.items.forEach((_, i) => go(at('items', i), [...step.tokens, String(i)])); // draft-07 tuples
    else if (node.items !== undefined) go(at('items'), [...step.tokens, ANY_TOKEN]);
  }
  return [...found].sort();
}

/** Whether any subschema under `from` (following `$ref`s) is `writeOnly`. */
function reachesSecret(index: ReturnType<typeof indexSchema>, from: JsonPointer): boolean {
  const seen = new Set<JsonPointer>();
  const queue = [from];
  while (queue.length) {
    const at = queue.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const [pointer, entry] of index.nodes) {
      if (pointer !== at && !pointer.startsWith(at + '/')) continue;
      const s = entry.schema;
      if (!isObject(s)) continue;
      if (s.writeOnly === true) return true;
      for (const ref of [s.$ref, s.$dynamicRef]) {
        if (typeof ref !== 'string') continue;
        const target = resolveRef(index, ref, pointer);
        if (target.ok) queue.push(target.pointer);
      }
    }
  }
  return false;
}

/** Whether the answers' `pointer` matches a `secretPointers` pattern. */
export function matchesSecretPointer(pattern: string, pointer: JsonPointer): boolean {
  const want = pattern === '' ? [] : pattern.split('/').slice(1);
  const have = parsePointer(pointer);
  const match = (w: number, h: number): boolean => {
    // Iterative over plain tokens; `**` tries each split (patterns hold at most a few).
    for (; w < want.length; w++, h++) {
      if (want[w] === ANY_DEPTH_TOKEN) {
        for (let skip = h; skip <= have.length; skip++) if (match(w + 1, skip)) return true;
        return false;
      }
      if (h >= have.length) return false;
      if (want[w] !== ANY_TOKEN && unescapeToken(want[w]!) !== have[h]) return false;
    }
    return h === have.length;
  };
  return match(0, 0);
}

/**
 * A copy of `answers` with every value at a secret pointer of `schema` replaced by `marker`: what may
 * be listed, logged or shown. The caller's object is never changed. Throws `DataError` for answers
 * that are cyclic or nest deeper than `MAX_DATA_DEPTH` (no form sends those; `validateSubmission` refuses them).
 */
export function redactSecrets(answers: unknown, schema: JsonSchema, marker: unknown = '[redacted]'): unknown {
  return redactAtPointers(answers, secretPointers(schema), marker);
}

/**
 * A copy of `answers` with every value at one of `patterns` (as `secretPointers` returns them, kept
 * with a stored ticket) replaced by `marker`. Same guarantees as `redactSecrets`.
 */
export function redactAtPointers(
  answers: unknown,
  patterns: readonly string[],
  marker: unknown = '[redacted]',
): unknown {
  assertTractable(answers);
  if (patterns.length === 0) return answers;
  if (patterns.some((p) => matchesSecretPointer(p, ''))) return answers === undefined ? undefined : marker;
  const copy = (value: unknown, pointer: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => redactAt(item, `${pointer}/${i}`));
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value))
      Object.defineProperty(out, k, {
        value: redactAt(value[k], `${pointer}/${escapeToken(k)}`),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  };
  const redactAt = (value: unknown, pointer: string): unknown =>
    patterns.some((p) => matchesSecretPointer(p, pointer)) ? marker : copy(value, pointer);
  return copy(answers, '');
}
