/**
 * One revision of a ticket form: its content hash, the precompiled module sellers load and the
 * validator the intake checks their answers with. DOM-free, Node only.
 */
import { compileSchema, secretPointers, validateSubmission, type JsonSchemaObject } from '@schemaforms/core';
import { precompileForm } from '@schemaforms/tooling';
import { fileAnswerPointers } from './attachments/split-attachments.js';
import type { IntakeForm } from './intake-handler.js';
import { revisionHash } from './store/ticket-records.js';
import { REVISION_HASH } from './store/ticket-store.js';

/** The shape of a revision id (the store's content hash: base64url of a SHA-256). */
export const REVISION_PATTERN = REVISION_HASH;

/** Where form modules are served: `/forms/<category>/<subject>.<revision>.js`. */
export const FORM_MODULE_PREFIX = '/forms/';

/** A checked, compiled revision of one subject's form. */
export interface FormRevision {
  /** The subject id, `token/revogacao-de-token`. */
  readonly subject: string;
  /** The content hash (`REVISION_PATTERN`). */
  readonly revision: string;
  readonly category: string;
  readonly title: string;
  readonly schema: JsonSchemaObject;
  /** The URL path of the precompiled module, content-hashed and so cacheable forever. */
  readonly modulePath: string;
  /** The module's source: Ajv standalone code and the schema, no eval, no import. */
  readonly moduleSource: string;
  /** The intake's validator for answers sent from this revision. */
  readonly form: IntakeForm;
}

/**
 * The revision id of a schema: the store's hash of its canonical JSON (object keys sorted), so
 * re-indenting a file or reordering its keys does not make a new revision, and any change that matters does.
 */
export function revisionOf(schema: unknown): string {
  return revisionHash(schema);
}

/** The module path of a revision: `/forms/token/revogacao-de-token.<revision>.js`. */
export function modulePathOf(subject: string, revision: string): string {
  return `${FORM_MODULE_PREFIX}${subject}.${revision}.js`;
}

/** The subject and revision a module path names, or undefined for any other path. */
export function parseModulePath(path: string): { subject: string; revision: string } | undefined {
  const match = /^\/forms\/([a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*)\.([A-Za-z0-9_-]{8,128})\.js$/.exec(path);
  return match ? { subject: match[1]!, revision: match[2]! } : undefined;
}

/** What `prepareRevision` needs. */
export interface RevisionSource {
  readonly subject: string;
  readonly category: string;
  readonly title: string;
  readonly schema: JsonSchemaObject;
  /** The file the schema came from, named in the module header and in errors. */
  readonly source: string;
}

/**
 * Compiles a checked schema into a `FormRevision`. The precompiled module is made now as well, so a
 * schema the precompiler refuses never becomes live (it throws a `SchemaError`), and is kept for the
 * module route.
 */
export async function prepareRevision(input: RevisionSource): Promise<FormRevision> {
  const revision = revisionHash(input.schema);
  const source = precompileForm(input.schema, { source: input.source });
  const compiled = await compileSchema(input.schema, { source: input.source });
  const secrets = secretPointers(input.schema);
  return {
    subject: input.subject,
    revision,
    category: input.category,
    title: input.title,
    schema: input.schema,
    modulePath: modulePathOf(input.subject, revision),
    moduleSource: source,
    form: {
      secretPointers: secrets,
      revision,
      validate(answers, locale) {
        const result = validateSubmission(compiled, answers, { locale });
        return { valid: result.valid, errors: result.errors, payload: result.payload };
      },
      filePointers: (payload) => fileAnswerPointers(compiled, payload),
    },
  };
}
