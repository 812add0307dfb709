/**
 * What a field looks like for a given effective schema: label, help, widget kind, options and
 * constraints. Pure functions of the merged schema (and the host context for `x-context`).
 */
import { parseFileSize } from './file-answers/file-size.js';
import { getIn, isObject, parsePointer } from './json-pointer.js';
import type {
  ChoiceOption,
  FieldConstraints,
  FieldContext,
  FieldModel,
  JsonSchemaObject,
  WidgetKind,
} from './types.js';

/** Above this `maxLength`, a string is a `textarea`. */
export const TEXTAREA_MIN_LENGTH = 200;
/** Up to this many options, a choice is a `radio` group; more make a `select`. */
export const RADIO_MAX_OPTIONS = 5;

/** Every field kind the model gives a field (`FieldModel.widget`); `x-widget` may name any but `unsupported`. */
export const WIDGET_KINDS: readonly string[] = Object.freeze([
  'text',
  'textarea',
  'email',
  'url',
  'tel',
  'number',
  'integer',
  'date',
  'time',
  'date-time',
  'checkbox',
  'radio',
  'select',
  'secret',
  'array',
  'object',
  'file',
  'money',
  'code',
  'unsupported',
]);
const WIDGET_KIND_SET = new Set(WIDGET_KINDS);
const NUMBER_CONSTRAINTS = [
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
];
const TEXT_CONSTRAINTS = ['pattern', 'format', 'contentMediaType', 'contentEncoding'];
/** The constraints of every field without any, shared (most fields of a form have none or few). */
const NO_CONSTRAINTS: FieldConstraints = Object.freeze({});
const URL_FORMATS = new Set(['uri', 'url', 'iri']);
const DATE_FORMATS = new Set(['date', 'time', 'date-time']);

/** "clientId" → "Client id", "url_callback" → "Url callback". */
export function readableKey(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** Names an object value may carry, tried in order for its option label. */
const NAMING_PROPERTIES = ['title', 'label', 'name'];

/**
 * The option label for an `enum` value: the value as text; an object by its `title`, `label` or
 * `name` when it has one, else as JSON text.
 */
export function valueLabel(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return '—';
  if (isObject(value))
    for (const name of NAMING_PROPERTIES) {
      const naming = value[name];
      if (typeof naming === 'string' && naming !== '') return naming;
    }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What a field model shows that follows from the effective schema alone. */
export type StaticField = Pick<
  FieldModel,
  | 'readOnly'
  | 'writeOnly'
  | 'code'
  | 'widget'
  | 'constraints'
  | 'help'
  | 'options'
  | 'placeholder'
  | 'unsupportedReason'
  | 'context'
  | 'types'
>;

/**
 * The static description of a field: what its field model shows but where it is, its value and label
 * (`StaticField`), with what the engine reads besides. One object per applied set.
 */
export interface FieldInfo extends StaticField {
  readonly title?: string;
  readonly errorMessage?: unknown;
  /**
   * The schema says nothing of the answer's type (`true`, `{}`, an open object's undeclared key): the
   * field is drawn for the answer it holds (an object, a list, a number, a yes/no), text otherwise.
   */
  readonly anyType?: true;
}

/** A choice option as written in a `oneOf`/`anyOf` list (already dereferenced). */
export interface RawOption {
  readonly const: unknown;
  readonly title?: unknown;
  readonly description?: unknown;
}

/** Inputs of `fieldInfo` besides the merged schema. */
export interface FieldInfoInput {
  /** The `oneOf`/`anyOf` const options that apply, if the field is such a choice. */
  readonly choice?: readonly RawOption[];
  /** Why the field cannot be displayed, found while expanding its schema. */
  readonly unsupported?: string;
  readonly context?: Readonly<Record<string, unknown>>;
}

/** The host context's value at a JSON Pointer (`x-context`), or `undefined` for a bad pointer. */
export function readContext(context: unknown, pointer: string): unknown {
  try {
    return getIn(context, parsePointer(pointer));
  } catch {
    return undefined;
  }
}

function contextOptions(list: unknown): ChoiceOption[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: ChoiceOption[] = [];
  for (const item of list) {
    // A plain string or number, or `{ value, label? }`.
    const value = typeof item === 'string' || typeof item === 'number' ? item : isObject(item) ? item.value : undefined;
    if (value !== undefined)
      out.push({ value, label: isObject(item) && typeof item.label === 'string' ? item.label : valueLabel(value) });
  }
  return out;
}

function constraintsOf(schema: JsonSchemaObject): FieldConstraints {
  let constraints: Record<string, unknown> | undefined;
  // The schema's own few keywords looked at, rather than every constraint keyword looked up.
  for (const keyword in schema) {
    const value = schema[keyword];
    if (
      NUMBER_CONSTRAINTS.includes(keyword)
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string' && TEXT_CONSTRAINTS.includes(keyword)
    )
      (constraints ??= {})[keyword] = value;
  }
  // A file field's limits (the shared file-answer decision): `x-accept` (else `contentMediaType`), `x-maxSize`.
  const accept = schema['x-accept'];
  if (Array.isArray(accept) && accept.every((entry) => typeof entry === 'string')) (constraints ??= {}).accept = accept;
  else if (typeof schema.contentMediaType === 'string') (constraints ??= {}).accept = [schema.contentMediaType];
  const maxSize = parseFileSize(schema['x-maxSize']);
  if (maxSize !== undefined) (constraints ??= {}).maxSize = maxSize;
  return (constraints ?? NO_CONSTRAINTS) as FieldConstraints;
}

/** Scalar types a text answer can stand for: a union with `string` is typed as text. */
const NUMERIC_TYPES = new Set(['number', 'integer']);

/**
 * The type a field is rendered as. A union (`["string", "number"]`) that allows `string` is typed as
 * text (the answer stays the text typed, which the union accepts); a union of numbers as a number;
 * `null` beside one other type makes it nullable, not a union. Other unions are the list of their
 * types (the first is the type it is drawn as). A string or a list, so no object is made per field.
 */
function typeOf(schema: JsonSchemaObject): string | readonly string[] | undefined {
  const declared = schema.type;
  if (typeof declared === 'string') return declared;
  if (Array.isArray(declared)) {
    const nonNull = declared.filter((type) => type !== 'null');
    if (nonNull.length === 0 && declared.length > 0) return 'null';
    if (nonNull.length === 1) return String(nonNull[0]);
    if (nonNull.includes('string')) return 'string';
    if (nonNull.length > 1 && nonNull.every((type) => NUMERIC_TYPES.has(String(type)))) return 'number';
    if (nonNull.length > 1) return nonNull.map(String);
  }
  if (
    schema.properties !== undefined ||
    schema.patternProperties !== undefined ||
    isObject(schema.additionalProperties)
  )
    return 'object';
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  const sample = typeof (schema.const !== undefined
    ? schema.const
    : Array.isArray(schema.enum)
      ? schema.enum[0]
      : undefined);
  return sample === 'boolean' || sample === 'number' || sample === 'string' ? sample : undefined;
}

/** Whether the schema's `type` allows `null` (`"null"` or a list naming it). */
export function allowsNull(schema: JsonSchemaObject): boolean {
  return schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'));
}

/** Derives the field description from its effective (merged) schema. */
export function fieldInfo(schema: JsonSchemaObject, input: FieldInfoInput = {}): FieldInfo {
  const typed = typeOf(schema);
  const union = Array.isArray(typed) ? typed : undefined;
  const type = union ? union[0] : (typed as string | undefined);
  const readOnly = schema.readOnly === true;
  const writeOnly = schema.writeOnly === true;
  let options: ChoiceOption[] | undefined;
  let context: FieldContext | undefined;
  const hostData = schema['x-context'];
  if (isObject(hostData)) {
    context = typeof hostData.changeLabel === 'string' ? { changeLabel: hostData.changeLabel } : {};
    if (typeof hostData.options === 'string')
      options = contextOptions(readContext(input.context, hostData.options)) ?? [];
  }
  if (!options && input.choice)
    options = input.choice.map((choice) => {
      const option: { value: unknown; label: string; help?: string } = {
        value: choice.const,
        label: typeof choice.title === 'string' ? choice.title : valueLabel(choice.const),
      };
      if (typeof choice.description === 'string') option.help = choice.description;
      return option;
    });
  if (!options && Array.isArray(schema.enum))
    options = schema.enum.map((value) => ({ value, label: valueLabel(value) }));

  let widget: WidgetKind;
  const unsupportedReason = input.unsupported;
  const format = typeof schema.format === 'string' ? schema.format : '';
  if (unsupportedReason) widget = 'unsupported';
  else if (writeOnly && (type === 'string' || type === undefined) && !options) widget = 'secret';
  else if (options && type !== 'array' && type !== 'object')
    widget = options.length <= RADIO_MAX_OPTIONS ? 'radio' : 'select';
  else if (type === 'boolean') widget = 'checkbox';
  else if (type === 'number' || type === 'integer' || type === 'object' || type === 'array') widget = type;
  else if (type === 'null') widget = 'text';
  else if (
    format === 'data-url' ||
    typeof schema.contentMediaType === 'string' ||
    typeof schema.contentEncoding === 'string'
  )
    widget = 'file';
  else if (format === 'email' || format === 'idn-email') widget = 'email';
  else if (URL_FORMATS.has(format)) widget = 'url';
  else if (DATE_FORMATS.has(format)) widget = format as WidgetKind;
  else if (typeof schema.maxLength === 'number' && schema.maxLength > TEXTAREA_MIN_LENGTH) widget = 'textarea';
  else widget = 'text';
  const forced = schema['x-widget'];
  // The presets fit one type: money a number, code a string; on another the check reports it and the form ignores it.
  const fits = forced === 'money' ? type === 'number' : forced !== 'code' || type === 'string';
  // A code: as the author says for text typed in, else secrets, e-mails, URLs and the code preset.
  const xCode = schema['x-code'];
  const code =
    typeof xCode === 'boolean'
      ? xCode && (type === 'string' || type === undefined) && !options
      : widget === 'secret' || widget === 'email' || widget === 'url' || (forced === 'code' && fits);
  if (typeof forced === 'string' && WIDGET_KIND_SET.has(forced) && widget !== 'unsupported' && fits)
    widget = forced as WidgetKind;

  // One literal with every key most fields have (an absent one `undefined`), so the info is one object
  // of one shape, its properties in the object; the rarer ones follow. It is the engine's own, never
  // handed out: the field model copies what it shows (derived-node.ts).
  // `readOnly`: `null` is the only answer of a `"type": "null"` field: nothing to type (it submits null).
  const info: { -readonly [K in keyof FieldInfo]: FieldInfo[K] } = {
    readOnly: readOnly || type === 'null',
    writeOnly,
    code,
    widget,
    constraints: constraintsOf(schema),
    help: typeof schema.description === 'string' ? schema.description : undefined,
    title: typeof schema.title === 'string' ? schema.title : undefined,
    errorMessage: schema['x-errorMessage'],
    anyType: type === undefined && !union && widget === 'text' && forced === undefined && !options ? true : undefined,
  };
  if (options) info.options = options;
  const example = Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  if (!writeOnly && (typeof example === 'string' || typeof example === 'number')) info.placeholder = String(example);
  if (unsupportedReason) info.unsupportedReason = unsupportedReason;
  if (context) info.context = context;
  // A union (`["object", "array"]`): drawn as its first type until an answer says another (issue #14, item 9).
  if (union) info.types = union;
  return info;
}
