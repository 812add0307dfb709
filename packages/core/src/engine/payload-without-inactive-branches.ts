/**
 * The submission payload as the derivation builds it. Only active fields are derived, so only their
 * answers enter the payload; when a branch stops applying, its properties are removed from the
 * object's payload here while the answers stay in the form's value (toggling back restores them).
 * Text is NFC, an empty string is unanswered, a code is trimmed, and an optional group with nothing
 * in it is left out.
 */
import { defineOwn } from '../json-pointer.js';
import type { DerivedNode } from './derived-node.js';
import { cloneJson } from './json-values.js';

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

/** An answer as conditions and the payload see it: text in NFC, an empty string unanswered. */
export function leafView(answer: unknown): unknown {
  if (typeof answer === 'string') return answer === '' ? undefined : answer.normalize('NFC');
  return answer;
}

/** What a leaf field submits: its view (an object answer copied), a code trimmed. */
export function leafPayload(answer: unknown, isCode: boolean | undefined): unknown {
  const view = typeof answer === 'object' && answer !== null ? cloneJson(answer) : leafView(answer);
  return isCode && typeof view === 'string' ? trimCode(view) : view;
}

/**
 * An object's payload, kept across derivations and updated in place (the validator and the
 * conditions read it): the payloads of its active properties, nothing else.
 */
export class ObjectPayload {
  /** The payload object itself; read it, change it only through `set` and `leaveOutInactive`. */
  readonly value: Record<string, unknown> = {};
  private count = 0;

  /** How many properties the payload holds. */
  get size(): number {
    return this.count;
  }

  /** Sets the payload of property `name` (`undefined`: left out). */
  set(name: string, payload: unknown): void {
    const had = Object.hasOwn(this.value, name);
    if (payload === undefined) {
      if (had) {
        delete this.value[name];
        this.count--;
      }
    } else if (!had || this.value[name] !== payload) {
      if (!had) this.count++;
      this.value[name] = payload;
    }
  }

  /**
   * Removes the properties among `candidates` (all it holds when `undefined`) that are no longer in
   * the object's shape: their branch stopped applying. Adds each removed name to `changed`.
   */
  leaveOutInactive(
    candidates: Iterable<string> | undefined,
    isActive: ReadonlyMap<string, unknown>,
    changed: Set<string>,
  ): void {
    for (const name of candidates ?? Object.keys(this.value))
      if (!isActive.has(name) && Object.hasOwn(this.value, name)) {
        this.set(name, undefined);
        changed.add(name);
      }
  }

  /** What the object submits: its payload, or `undefined` when empty and neither required nor always sent. */
  toSubmit(alwaysSent: boolean): Record<string, unknown> | undefined {
    return this.count === 0 && !alwaysSent ? undefined : this.value;
  }
}

/** What an array submits: its items' payloads, or `undefined` when empty and neither required nor always sent. */
export function listToSubmit(items: unknown[], alwaysSent: boolean): unknown[] | undefined {
  return items.length === 0 && !alwaysSent ? undefined : items;
}

/**
 * The payload of `node` with every `writeOnly` answer left out: what a host may read as the form's
 * value (`<sf-form>.value`), the same answers the validator judges, a secret never among them.
 */
export function payloadWithoutSecrets(node: DerivedNode): unknown {
  if (node.field.writeOnly || node.payload === undefined) return undefined;
  const children = node.children;
  if (!children?.length || typeof node.payload !== 'object') return cloneJson(node.payload);
  const answered = children.filter((child) => child.payload !== undefined);
  if (node.workingIndexes) {
    const items: unknown[] = [];
    for (const child of answered) {
      const item = payloadWithoutSecrets(child);
      if (item !== undefined) items.push(item);
    }
    return items;
  }
  const object: Record<string, unknown> = {};
  for (const child of answered) {
    const answer = payloadWithoutSecrets(child);
    if (answer !== undefined) defineOwn(object, child.field.key, answer);
  }
  return object;
}
