/**
 * The public types of `@schemaforms/core`: schemas, validators, the field model and the form.
 * One path notation everywhere: JSON Pointer (RFC 6901), as in Ajv's `instancePath`.
 */

/** A JSON Pointer such as `/loja` or `/items/0/name`; `''` is the whole document. */
export type JsonPointer = string;

/** Languages of the built-in messages. */
export type Locale = 'pt-BR' | 'en';

/** A JSON Schema object or boolean schema, as parsed from JSON. */
export type JsonSchema = boolean | JsonSchemaObject;

/** A JSON Schema object; keywords are read as data, so unknown keys are allowed. */
export interface JsonSchemaObject {
  readonly [keyword: string]: unknown;
}

/** The dialects a schema may declare in `$schema`. */
export type Dialect = '2020-12' | 'draft-07';

/** A validation error in Ajv's shape, with a message in the form's locale. */
export interface ValidationError {
  /** The keyword that failed (`required`, `format`, `minLength`, …). */
  readonly keyword: string;
  /** The field the error is about: for `required`, the missing property itself. */
  readonly instancePath: JsonPointer;
  /** Where in the schema the failing keyword is (`#/properties/a/minLength`). */
  readonly schemaPath: string;
  /** The keyword's parameters, as Ajv gives them. */
  readonly params: Readonly<Record<string, unknown>>;
  /** A sentence for the person filling the form. */
  readonly message: string;
}

/** Ajv's own error object, as a validator function reports it (before localisation). */
export interface RawError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

/**
 * What the core asks of a compiled validator. Built at runtime by `compileSchema` (Ajv loaded lazily)
 * or from a precompiled standalone module (`fromPrecompiled`), so conditionals work without a compiler.
 */
export interface FormValidator {
  /** The errors of the whole answer; empty when it is valid. */
  validate(value: unknown): readonly RawError[];
  /**
   * Whether `data` matches the subschema at `schemaPointer` of the root schema
   * (for example `/properties/a/if`, `/oneOf/1`, `/dependentSchemas/b`).
   */
  matches(schemaPointer: JsonPointer, data: unknown): boolean;
  /**
   * True for the stand-in a form starts with before Ajv has compiled (`startSchema`): conditions are
   * decided by core's own evaluator, one it cannot decide is undecided (its branch does not apply
   * yet), `matches` throws and `validate` reports nothing. The form takes the real one with
   * `Form.useValidator`.
   */
  readonly provisional?: boolean;
}

/** A schema ready to drive forms: normalised, checked, with its validator. */
export interface CompiledSchema {
  /** The root schema as given (never mutated), or its draft-07 reading when it is draft-04/06. */
  readonly schema: JsonSchemaObject;
  readonly dialect: Dialect;
  readonly validator: FormValidator;
  /**
   * What the runtime compiler accepted although `schemaforms check` refuses it (an unknown keyword or
   * format ignored, a `required` naming a property declared only in a branch…), one per problem.
   */
  readonly warnings?: readonly SchemaWarning[];
}

/** A problem in a schema that the runtime survives, for the developer (never contains an answer). */
export interface SchemaWarning {
  /** What kind of problem (`unknown-keyword`, `unknown-format`, `strict`, …). */
  readonly code: string;
  /** Where: a URI-fragment JSON Pointer into the schema (`#/properties/x/format`). */
  readonly pointer: string;
  readonly message: string;
}

/**
 * A standalone module that tooling generates per form: the schema, the root validator and one
 * validator per subschema the core may ask `matches` about (see `conditionPointers`).
 */
export interface PrecompiledForm {
  readonly schema: JsonSchemaObject;
  readonly validate: PrecompiledFunction;
  readonly subschemas: Readonly<Record<JsonPointer, PrecompiledFunction>>;
}

/** An Ajv standalone validate function. */
export interface PrecompiledFunction {
  (data: unknown): boolean;
  errors?: readonly RawError[] | null;
}

/** How a field is rendered. A host can map kinds to its own widgets. */
export type WidgetKind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'url'
  | 'tel'
  | 'number'
  | 'integer'
  | 'date'
  | 'time'
  | 'date-time'
  | 'checkbox'
  | 'radio'
  | 'select'
  | 'secret'
  | 'array'
  | 'object'
  | 'file'
  | 'money'
  | 'code'
  | 'unsupported';

/** One option of a choice field. */
export interface ChoiceOption {
  readonly value: unknown;
  readonly label: string;
  /** The option's own `description`, shown under the choice while it is chosen. */
  readonly help?: string;
  /**
   * The fields this answer reveals (GOV.UK conditional reveal), by pointer: sibling properties declared
   * only in branches that apply once this option is chosen (see `FieldModel.revealedBy`). Present only
   * when the answer reveals something; a field is listed whether or not it is active now.
   */
  readonly reveals?: readonly JsonPointer[];
}

/**
 * A choice among object alternatives (`oneOf`/`anyOf` of object subschemas without a discriminating
 * `const`): which branch's fields the form shows. The person picks with `Form.chooseAlternative`.
 */
export interface AlternativeChoice {
  /** Where the list is in the schema (`/properties/contact/oneOf`): what `chooseAlternative` names. */
  readonly list: JsonPointer;
  /** One entry per branch, in order. */
  readonly options: readonly AlternativeOption[];
  /** The index of the branch whose fields are shown. */
  readonly chosen: number;
}

/** One branch of an `AlternativeChoice`. */
export interface AlternativeOption {
  /** The branch's `title` (through `$ref`); a renderer numbers branches without one ("Option 2"). */
  readonly title?: string;
}

/** The constraints a UI shows or enforces (`maxlength`, `min`, a counter). */
export interface FieldConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly contentMediaType?: string;
  readonly contentEncoding?: string;
  /** A file field's accepted types (`x-accept`, else `contentMediaType`): media types, `type/*`, extensions. */
  readonly accept?: readonly string[];
  /** A file field's size limit in bytes (`x-maxSize`). */
  readonly maxSize?: number;
}

/**
 * One active field of the form. Objects of unchanged fields keep their identity across `setValue`,
 * so renderers can skip them.
 */
export interface FieldModel {
  /** Where its value lives: `/loja`, `/contatos/0/email`. Also the name it submits under. */
  readonly pointer: JsonPointer;
  /** The property name or array index. */
  readonly key: string;
  /** `title`, else the key made readable. */
  readonly label: string;
  /** Help text (safe Markdown subset): the active branch's `description`, else the base one. */
  readonly help?: string;
  /** The chosen option's `description`, for choices. */
  readonly optionHelp?: string;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
  /**
   * A code typed or pasted as is (a token, a Client ID, an e-mail, a URL): its answer is validated and
   * submitted without leading or trailing spaces and invisible characters. `x-code`, else true for
   * `writeOnly`, e-mail and URL text.
   */
  readonly code: boolean;
  readonly widget: WidgetKind;
  /** For `radio` and `select`. */
  readonly options?: readonly ChoiceOption[];
  readonly constraints: FieldConstraints;
  /** `examples[0]` as a hint, never as a value. */
  readonly placeholder?: string;
  /** The current value (`undefined` when unanswered). Secrets included: never log a field. */
  readonly value: unknown;
  /**
   * An object that takes entries besides its declared properties (`patternProperties`,
   * `additionalProperties` with a value schema): a map, whose entries are the children marked `mapEntry`.
   */
  readonly map?: true;
  /**
   * A map that also keeps keys its schema does not name (an open object: no `additionalProperties` or
   * `unevaluatedProperties`): such a key takes any value. Only with `map`.
   */
  readonly openMap?: true;
  /** An entry of a map: its key (`key`, also its label) is the person's to edit. */
  readonly mapEntry?: true;
  /** Child fields of an `object` (declared properties, then map entries) or the items of an `array`, in order. */
  readonly children?: readonly FieldModel[];
  /** The choices of object alternatives that decide which of its fields apply (outermost first). */
  readonly alternatives?: readonly AlternativeChoice[];
  /**
   * A union type (`"type": ["object", "array"]`, no `string` among them): the types its answer may
   * take, `null` left out. The field is drawn for its answer's type (the first type while unanswered);
   * a renderer offers the choice of type.
   */
  readonly types?: readonly string[];
  /** For `unsupported`: what could not be displayed, for the neutral notice. */
  readonly unsupportedReason?: string;
  /** `x-context` of the field: options and default from host data (for example the seller's stores). */
  readonly context?: FieldContext;
  /** The effective schema of the field for the current answers. */
  readonly schema: JsonSchemaObject;
  /**
   * The field (a sibling) whose answer reveals this one: it is declared only in the `then` of an `if`
   * requiring and testing that one field with `const`/`enum`, the `else` of such an `if` without the
   * `required`, or that field's `dependentSchemas`. When that field is a choice, renderers draw this one
   * under the answer that reveals it (`ChoiceOption.reveals`). Absent for fields shown always or
   * depending on anything else.
   */
  readonly revealedBy?: JsonPointer;
}

/** A field whose options and default come from the host's `context` (`x-context`). */
export interface FieldContext {
  /** Label of the action that lets the person pick another option (`Trocar de loja`). */
  readonly changeLabel?: string;
}

/** Something the host should know about its input; never contains a value. */
export interface FormWarning {
  readonly code:
    'unknown-property' | 'wrong-type' | 'poisoned-key' | 'invalid-default' | 'ill-formed-text' | 'dropped-secret';
  readonly pointer: JsonPointer;
  readonly message: string;
}

/** Why a key cannot name a map entry (`entryKeyProblem`): empty, already a key of the object, or admitted by no value schema. */
export type EntryKeyProblem = 'empty' | 'duplicate' | 'not-allowed';

/** Options of `createForm`. */
export interface FormOptions {
  /** Initial answers; never mutated. Unknown keys are reported, not kept; wrong types are reported and set aside (`Form.unrecognised`). */
  readonly value?: unknown;
  /** Host data read by `x-context` (for example `{ stores: [...], store: 'id' }`). */
  readonly context?: Readonly<Record<string, unknown>>;
  /** Language of messages; `pt-BR` by default. */
  readonly locale?: Locale;
  /**
   * Wrong-typed answers an earlier form of this schema set aside (its `Form.unrecognised`: the form
   * restarted, or a draft kept them), set aside again where `value` has no answer.
   */
  readonly unrecognised?: ReadonlyMap<JsonPointer, unknown> | undefined;
}

/** A live form: answers in, field model, errors and payload out. */
export interface Form {
  /** The root field (an `object`), holding the active fields. */
  readonly root: FieldModel;
  /** Every answer, including values of hidden branches kept for toggling back. */
  readonly value: unknown;
  readonly locale: Locale;
  /** Warnings about the initial value or schema defaults. */
  readonly warnings: readonly FormWarning[];
  /**
   * The answers of the initial value (or draft) of the wrong type for their field (RELIABILITY C3: a
   * number field given `"5"`), by pointer: never coerced, never in the payload, kept here (a copy) so
   * the person can be shown what was given. One leaves when its field, or a group holding it, is
   * answered; `reset()` brings them back.
   */
  readonly unrecognised: ReadonlyMap<JsonPointer, unknown>;
  /** The active field at `pointer`, if any. */
  field(pointer: JsonPointer): FieldModel | undefined;
  /** The answer at `pointer`. */
  getValue(pointer: JsonPointer): unknown;
  /** Sets (or, with `undefined`, clears) the answer at `pointer` and re-derives what depends on it. */
  setValue(pointer: JsonPointer, value: unknown): void;
  /**
   * Shows the branch `index` of the object alternatives `list` (an `AlternativeChoice.list`) for the
   * object at `pointer`: the person's pick wins over what the answers match until `reset()`. Answers of
   * the other branches stay in memory (picking back restores them) and are left out of the payload.
   */
  chooseAlternative(pointer: JsonPointer, list: JsonPointer, index: number): void;
  /** Array editing; `pointer` names the array. */
  addItem(pointer: JsonPointer): void;
  removeItem(pointer: JsonPointer, index: number): void;
  moveItem(pointer: JsonPointer, from: number, to: number): void;
  /**
   * Errors of the active fields for the current answers, keyed by `instancePath`. The first read
   * (or `validate()`) runs the first validation; a form whose errors are never read never validates.
   */
  readonly errors: ReadonlyMap<JsonPointer, readonly ValidationError[]>;
  /** All current errors, in field order. */
  validate(): readonly ValidationError[];
  /** Errors from a server (422), shown on their fields until the value there changes. */
  setServerErrors(errors: readonly Pick<ValidationError, 'instancePath' | 'message'>[]): void;
  /**
   * The submission: active fields only, no `undefined`, empty optional strings dropped. With
   * `withoutSecrets`, every `writeOnly` answer left out: the same answers, for a host to read.
   */
  payload(options?: { readonly withoutSecrets?: boolean }): unknown;
  /** Back to the initial answers. */
  reset(): void;
  /** Changes the language of messages. */
  setLocale(locale: Locale): void;
  /**
   * Takes the real validator of the same schema (`compiled.schema` is the one the form started with),
   * replacing the provisional one a form started with before Ajv had compiled: every condition is
   * decided again and errors, if asked for before, are computed. Answers are kept.
   */
  useValidator(compiled: CompiledSchema): void;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: (form: Form) => void): () => void;
}

/** One ticket type of a catalog: a form file under `schemas/<category>/<subject>.schema.json`. */
export interface CatalogSubject {
  /** `<category-folder>/<subject-file>` without `.schema.json`, e.g. `token/revogacao-de-token`. */
  readonly id: string;
  /** The category's title, from the form's `x-category`. */
  readonly category: string;
  /** The subject's title, from the form's `title`. */
  readonly title: string;
  /**
   * The form's revision (its content hash), when the server versions its forms: sent with the ticket
   * so the answers are validated against the form the person filled.
   */
  readonly revision?: string;
  /** Loads the form: a precompiled module (no eval) or a plain schema compiled at runtime. */
  readonly load: () => Promise<PrecompiledForm | JsonSchemaObject>;
}

/** Every ticket type a portal offers, in display order. */
export interface Catalog {
  readonly subjects: readonly CatalogSubject[];
  /**
   * Shared schemas that are not forms (each with its `$id`), for subjects' plain schemas to `$ref`, as a
   * JSON catalog's top-level `"schemas"` list. A subject's plain schema may also `$ref` another
   * subject's by `$id`.
   */
  readonly schemas?: readonly JsonSchemaObject[];
}

/**
 * A node of parsed help text (`parseHelp`): a safe Markdown subset as data, never HTML.
 * Blocks are `paragraph` and `list`; the rest are inline.
 */
export type HelpNode =
  | { readonly type: 'paragraph'; readonly children: readonly HelpNode[] }
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'strong' | 'em'; readonly children: readonly HelpNode[] }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly HelpNode[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly (readonly HelpNode[])[] };
