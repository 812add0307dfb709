/**
 * Pure helpers over stored tickets, shared by every store and the intake: numbers, fingerprints,
 * revision hashes, receipts and redaction. DOM-free, Node only.
 */
import { createHash } from 'node:crypto';
import { redactAtPointers } from '@schemaforms/core';
import type { StoredTicket } from './ticket-store.js';

/** The public summary of a ticket, as the 201 response carries it. */
export interface TicketReceipt {
  readonly number: string;
  readonly subject: string;
  readonly createdAt: string;
}

const NUMBER = /^CH-(\d{6,15})$/;

/** Formats a sequence number as a ticket number: `7` → `CH-000007`. */
export function ticketNumber(seq: number): string {
  return `CH-${String(seq).padStart(6, '0')}`;
}

/** The sequence number of a ticket number (`CH-000007` → 7), or undefined when it is not one. */
export function ticketSeq(number: string): number | undefined {
  const match = NUMBER.exec(number);
  if (!match) return undefined;
  const seq = Number(match[1]);
  return Number.isSafeInteger(seq) && seq > 0 && ticketNumber(seq) === number ? seq : undefined;
}

/** The receipt (public fields) of a stored ticket. */
export function receiptOf(ticket: StoredTicket): TicketReceipt {
  return { number: ticket.number, subject: ticket.subject, createdAt: ticket.createdAt };
}

/**
 * A stable SHA-256 of any JSON value: object keys sorted, so `{a,b}` and `{b,a}` agree.
 * Used to tell a replay (same key, same content) from a conflict (same key, other content).
 * Recursive: cap the depth of untrusted values first (`jsonDepthExceeds`).
 */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/**
 * The content hash of a form schema, as a revision id: SHA-256 of its canonical JSON, base64url, first
 * 22 characters (128 bits). The same schema always gives the same hash, whatever its key order.
 */
export function revisionHash(schema: unknown): string {
  return createHash('sha256').update(canonicalJson(schema)).digest('base64url').slice(0, 22);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Whether a parsed JSON value nests deeper than `max` arrays/objects. Iterative, so a hostile
 * 100 000-level body cannot overflow the stack while being measured.
 */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.node === null || typeof item.node !== 'object') continue;
    const depth = item.depth + 1;
    if (depth > max) return true;
    for (const child of Object.values(item.node)) stack.push({ node: child, depth });
  }
  return false;
}

/**
 * Replaces the answers at `pointers` (the secret pointer patterns of core's `secretPointers`, `*` for
 * any array index or map key) with a marker, without mutating.
 */
export function redact(answers: unknown, pointers: readonly string[], marker = '[redacted]'): unknown {
  return redactAtPointers(answers, pointers, marker);
}
