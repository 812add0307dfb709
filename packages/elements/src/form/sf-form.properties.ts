import { LitElement } from 'lit';
import type { SchemaInput } from './schema-loader.controller.js';

/**
 * The public properties of `<sf-form>` and the attributes that set them, declared apart from its
 * behaviour (`SfForm`, in sf-form.component.ts), which reads them.
 */
export class SfFormProperties extends LitElement {
  // Reactive properties declared statically, not with decorators: the bundle then carries no
  // decorator helpers and no per-property decorator calls.
  static override properties = {
    schema: { attribute: false },
    schemaSrc: { attribute: 'schema-src' },
    refs: { attribute: false },
    context: { attribute: false },
    locale: {},
    action: {},
    draftKey: { attribute: 'draft-key' },
    noSubmit: { type: Boolean, attribute: 'no-submit' },
    noTitle: { type: Boolean, attribute: 'no-title' },
    timeout: { type: Number },
    name: { reflect: true },
  };

  /**
   * The form's schema: a plain JSON Schema object (compiled at runtime; Ajv loads lazily), a
   * `PrecompiledForm` module from tooling (no compiler, CSP-safe) or a `CompiledSchema`.
   */
  schema: SchemaInput | undefined;

  /** URL of a JSON Schema to fetch and compile, when `schema` is not set. */
  schemaSrc: string | undefined;

  /**
   * Schemas the host registers for `$ref`s to other documents: an array of schemas, each with an `$id`
   * (`{ "$id": "https://example.com/geo.schema.json", … }`). A `$ref` of `schema` (a plain object) or of
   * `schema-src` that names one of them, directly or through each other, resolves to it, before
   * anything is fetched; a `$ref` to an `$id` nobody registered fails with a message naming the ref.
   * Compiled and precompiled schemas have their refs resolved already and ignore it.
   */
  refs: readonly object[] | undefined;

  /** Host data read by `x-context` fields (for example `{ stores: [...], store: 'id' }`). */
  context: Readonly<Record<string, unknown>> | undefined;

  /** `pt-BR` or `en`; when unset, the nearest `lang` ancestor decides, else pt-BR. */
  locale: string | undefined;

  /**
   * Where valid answers are POSTed as JSON (with an `Idempotency-Key`): `https:`, or `http:` on the page's
   * own origin. Without it, `sf-submit` is the whole submission (or the host `<form>` submits).
   */
  action: string | undefined;

  /** Opt-in drafts: answers (never `writeOnly` ones) are kept in `localStorage` under this key. */
  draftKey: string | undefined;

  /** Hides the submit button, for a host `<form>` that owns submission. */
  noSubmit = false;

  /** Hides the title and description of the root schema, for hosts that show their own. */
  noTitle = false;

  /** Milliseconds before a submission is abandoned as a `timeout`. */
  timeout = 30_000;

  /** The name of the element in its host form (the entries themselves are named by JSON Pointer). */
  name: string | undefined;
}
