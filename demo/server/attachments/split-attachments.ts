/**
 * Takes the files out of a validated submission: each file answer (a `format: data-url` field, the shared
 * decision) becomes its own attachment — decoded content, name, media type, size, SHA-256 — and the answer
 * a reference to it, `{ "attachment": id, "name", "mediaType", "size" }`. So the ticket's answers stay
 * small and the help desk downloads each file as a file. DOM-free, Node only.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createForm, parsePointer, type CompiledSchema, type FieldModel } from '@schemaforms/core';
import { parseDataUrl } from '@schemaforms/core/file-answers';
import type { Attachment } from '../store/ticket-store.js';

/** What a file answer becomes in the stored ticket. */
export interface AttachmentReference {
  readonly attachment: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
}

/** The answers with references in place of files, and the files. */
export interface SplitSubmission {
  readonly answers: unknown;
  readonly attachments: readonly Attachment[];
}

/** The JSON Pointers of the file answers (`format: data-url`) among the active fields of `payload`. */
export function fileAnswerPointers(compiled: CompiledSchema, payload: unknown): string[] {
  const found: string[] = [];
  const visit = (field: FieldModel): void => {
    if (field.widget === 'file' && field.constraints.format === 'data-url' && typeof field.value === 'string')
      found.push(field.pointer);
    for (const child of field.children ?? []) visit(child);
  };
  visit(createForm(compiled, { value: payload }).root);
  return found;
}

/** Replaces the value at `pointer` in a copy-on-write way: only the objects on the path are copied. */
function replaceAt(root: unknown, tokens: readonly string[], value: unknown): unknown {
  if (tokens.length === 0) return value;
  const [head, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(head)] = replaceAt(copy[Number(head)], rest, value);
    return copy;
  }
  const record = root as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, value) };
}

function valueAt(root: unknown, tokens: readonly string[]): unknown {
  let node = root;
  for (const token of tokens) node = (node as Record<string, unknown> | undefined)?.[token];
  return node;
}

/**
 * Splits the files at `pointers` out of `payload` (validated: each is a data URL the form's `x-accept`
 * and `x-maxSize` allowed). A value at one of them that is not a data URL is left as it is.
 */
export function splitAttachments(payload: unknown, pointers: readonly string[]): SplitSubmission {
  let answers = payload;
  const attachments: Attachment[] = [];
  for (const pointer of pointers) {
    const tokens = parsePointer(pointer);
    const parts = parseDataUrl(valueAt(answers, tokens));
    if (!parts) continue;
    const content = Buffer.from(parts.base64, 'base64');
    const attachment: Attachment = {
      id: randomUUID(),
      name: parts.name || 'anexo',
      mediaType: parts.mediaType,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    };
    attachments.push(attachment);
    const reference: AttachmentReference = {
      attachment: attachment.id,
      name: attachment.name,
      mediaType: attachment.mediaType,
      size: attachment.size,
    };
    answers = replaceAt(answers, tokens, reference);
  }
  return { answers, attachments };
}
