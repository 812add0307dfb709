/**
 * Takes hostile or odd data in safely (RELIABILITY.md §C): cycles and excessive depth are refused up
 * front; poisoned keys, unknown properties, wrong types and secrets are left out with a warning.
 * The caller's objects are never mutated or merged into.
 */
import { cloneJson, isIllFormed, type FormEngine } from './form-engine.js';
import { childPointer, defineOwn, isObject, POISONED_KEYS } from './json-pointer.js';
import { DataError } from './schema-error.js';
import type { FormWarning, JsonPointer } from './types.js';

/** Data nests at most this deep (RFC 8259 §9 allows a limit). */
export const MAX_DATA_DEPTH = 64;

/** Throws `DataError` (`cyclic-data` / `too-deep`) for data no form can hold; never recurses. */
export function assertTractable(value: unknown): void {
  // Depth first with an explicit stack; `path` holds the containers from the root to the one visited.
  const path: object[] = [];
  const stack: { v: unknown; ptr: string; depth: number }[] = [{ v: value, ptr: '', depth: 0 }];
  while (stack.length) {
    const { v, ptr, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    path.length = depth;
    if (path.includes(v)) throw new DataError('cyclic-data', ptr, `Cyclic data at "${ptr}"`);
    if (depth >= MAX_DATA_DEPTH) throw new DataError('too-deep', ptr, `Data nests over ${MAX_DATA_DEPTH} levels deep at "${ptr}"`);
    path.push(v);
    for (const k of Object.keys(v)) stack.push({ v: (v as Record<string, unknown>)[k], ptr: childPointer(ptr, k), depth: depth + 1 });
  }
}

function typeFits(value: unknown, types: ReadonlySet<string>): boolean {
  if (types.size === 0) return true;
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return types.has(type) || (type === 'number' && types.has('integer'));
}

/** Records what was left out of the answers and where (never the value). */
export function warn(warnings: FormWarning[], code: FormWarning['code'], pointer: JsonPointer, what: string): void {
  warnings.push({ code, pointer, message: `${what}: "${pointer}"` });
}

/**
 * A clean copy of `value` for the schema at `entries`: only declared properties, of a declared type;
 * `warnings` receives what was left out (codes and pointers, never values).
 */
export function importValue(
  engine: FormEngine,
  value: unknown,
  warnings: FormWarning[],
  entries: readonly string[] = engine.entryList(['']),
  ptr: JsonPointer = '',
): unknown {
  if (value === undefined) return undefined;
  const possible = engine.possible(entries);
  const types = new Set<string>();
  let writeOnly = false;
  const props = new Map<string, string[]>();
  let open = false;
  for (const n of possible.nodes) {
    if (!isObject(n.s)) continue;
    const t = n.s.type;
    if (typeof t === 'string') types.add(t);
    else if (Array.isArray(t)) t.forEach((x) => types.add(String(x)));
    if (n.s.writeOnly === true) writeOnly = true;
    for (const [k, ptr] of engine.shapePart(n.ptr, n.s).props) {
      const l = props.get(k);
      if (l) l.push(ptr);
      else props.set(k, [ptr]);
    }
    if (n.s.patternProperties !== undefined || isObject(n.s.additionalProperties)) open = true;
  }
  if (writeOnly) {
    warn(warnings, 'dropped-secret', ptr, 'Secret (writeOnly) answer ignored: secrets are never prefilled');
    return undefined;
  }
  if (!typeFits(value, types)) {
    warn(warnings, 'wrong-type', ptr, `Answer not of type ${[...types].join(' or ')} left out`);
    return undefined;
  }
  if (typeof value === 'string' && isIllFormed(value)) warn(warnings, 'ill-formed-text', ptr, 'Text with lone surrogates');
  if (Array.isArray(value)) {
    const itemEntries = engine.itemEntries(possible);
    if (!itemEntries) return cloneJson(value, POISONED_KEYS);
    const out: unknown[] = [];
    value.forEach((v, i) => {
      const c = importValue(engine, v, warnings, itemEntries, childPointer(ptr, i));
      if (c !== undefined) out.push(c);
    });
    return out;
  }
  if (isObject(value)) {
    if (open && props.size === 0) return cloneJson(value, POISONED_KEYS);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const cp = childPointer(ptr, k);
      if (POISONED_KEYS.has(k)) {
        warn(warnings, 'poisoned-key', cp, 'Key that could alter object prototypes dropped');
        continue;
      }
      const l = props.get(k);
      if (!l) {
        warn(warnings, 'unknown-property', cp, 'Not a field of this form, left out');
        continue;
      }
      const c = importValue(engine, value[k], warnings, engine.entryList(l), cp);
      if (c !== undefined) defineOwn(out, k, c);
    }
    return out;
  }
  return value;
}
