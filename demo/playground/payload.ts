/**
 * The payload panel: what `<sf-form>` would submit, shown with every secret masked. `<sf-form>` never
 * hands out `writeOnly` answers (only the submission carries them), so the panel marks a secret field
 * as filled from the field's own input events and prints a mask in its place.
 */
import { createForm, type CompiledSchema, type FieldModel } from '@schemaforms/core';

/** What a secret shows as. */
export const MASK = '••••••';

/**
 * A form model for the answers `<sf-form>` reports, to know which fields are active, in which order,
 * and which are secrets. `undefined` when the answers do not fit the schema at all.
 */
export function mirrorOf(
  compiled: CompiledSchema,
  value: unknown,
  context?: Readonly<Record<string, unknown>>,
): FieldModel | undefined {
  try {
    return createForm(compiled, { value, ...(context ? { context } : {}) }).root;
  } catch {
    return undefined;
  }
}

/** The active `writeOnly` fields of a form model, by JSON Pointer. */
export function secretPointers(root: FieldModel): Set<string> {
  const out = new Set<string>();
  const walk = (field: FieldModel) => {
    if (field.writeOnly) out.add(field.pointer);
    field.children?.forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * The payload to show while answering, in field order: each active field's answer as the core
 * submits it (empty texts left out), and the mask for each secret that holds something.
 */
export function livePayload(root: FieldModel, answers: unknown, filledSecrets: ReadonlySet<string>): unknown {
  const build = (field: FieldModel, answer: unknown): unknown => {
    if (field.writeOnly) return filledSecrets.has(field.pointer) ? MASK : undefined;
    if (field.widget === 'object' && field.children) {
      const out: Record<string, unknown> = {};
      for (const child of field.children) {
        const own =
          answer && typeof answer === 'object' && Object.hasOwn(answer, child.key)
            ? (answer as Record<string, unknown>)[child.key]
            : undefined;
        const v = build(child, own);
        if (v !== undefined)
          Object.defineProperty(out, child.key, { value: v, enumerable: true, writable: true, configurable: true });
      }
      return Object.keys(out).length > 0 || field.required || field.pointer === '' ? out : undefined;
    }
    if (field.widget === 'array' && field.children) {
      const list = Array.isArray(answer) ? answer : [];
      const items = field.children.map((child, i) => build(child, list[i])).filter((v) => v !== undefined);
      // As the core does: an empty list is left out unless the field is required.
      return items.length > 0 || field.required ? items : undefined;
    }
    return payloadOf(answer);
  };
  return build(root, answers);
}

/**
 * The submission the answers make, as the core builds it: no `undefined`, empty strings left out
 * (the form's `value` already holds only active fields).
 */
export function payloadOf(value: unknown): unknown {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (Array.isArray(value)) return value.map(payloadOf).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const v = payloadOf(item);
      if (v !== undefined)
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** A copy of `value` with `replacement` at each pointer (created when missing, for secrets). */
export function withAt(value: unknown, pointers: Iterable<string>, replacement: unknown): unknown {
  let out = structuredClone(value ?? {}) as Record<string, unknown>;
  for (const pointer of pointers) {
    const tokens = pointer
      .split('/')
      .slice(1)
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (tokens.length === 0) {
      out = replacement as Record<string, unknown>;
      continue;
    }
    let node: Record<string, unknown> = out;
    for (const token of tokens.slice(0, -1)) {
      const next = node[token];
      if (typeof next !== 'object' || next === null) {
        Object.defineProperty(node, token, { value: {}, enumerable: true, writable: true, configurable: true });
      }
      node = node[token] as Record<string, unknown>;
    }
    Object.defineProperty(node, tokens[tokens.length - 1]!, {
      value: replacement,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Replaces the secrets present in a submitted payload with the mask. */
export function maskSecrets(payload: unknown, secrets: ReadonlySet<string>): unknown {
  const present = [...secrets].filter((pointer) => {
    let node: unknown = payload;
    for (const token of pointer
      .split('/')
      .slice(1)
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return false;
      node = (node as Record<string, unknown>)[token];
    }
    return node !== undefined;
  });
  return present.length ? withAt(payload, present, MASK) : payload;
}
