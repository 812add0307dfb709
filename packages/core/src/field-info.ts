/**
 * What a field looks like for a given effective schema: label, help, widget kind, options and
 * constraints. Pure functions of the merged schema (and the host context for `x-context`).
 */
import { getIn, isObject, parsePointer } from './json-pointer.js';
import type { ChoiceOption, FieldConstraints, FieldContext, FieldModel, JsonSchemaObject, WidgetKind } from './types.js';

/** Above this `maxLength`, a string is a `textarea`. */
export const TEXTAREA_MIN_LENGTH = 200;
/** Up to this many options, a choice is a `radio` group; more make a `select`. */
export const RADIO_MAX_OPTIONS = 5;

const WIDGET_KINDS = new Set<string>([
  'text', 'textarea', 'email', 'url', 'tel', 'number', 'integer', 'date', 'time', 'date-time',
  'checkbox', 'radio', 'select', 'secret', 'array', 'object', 'file', 'unsupported',
]);
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

/** The option label for an `enum` value: the value as text. */
export function valueLabel(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What a field model shows that follows from the effective schema alone. */
export type StaticField = Pick<
  FieldModel,
  'readOnly' | 'writeOnly' | 'code' | 'widget' | 'constraints' | 'help' | 'options' | 'placeholder' | 'unsupportedReason' | 'context'
>;

/** The static description of a field: everything but where it is, its value and label. */
export interface FieldInfo {
  readonly field: StaticField;
  readonly title?: string;
  readonly errorMessage?: unknown;
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
    if (value !== undefined) out.push({ value, label: isObject(item) && typeof item.label === 'string' ? item.label : valueLabel(value) });
  }
  return out;
}

function constraintsOf(s: JsonSchemaObject): FieldConstraints {
  const c: Record<string, unknown> = {};
  for (const k of ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems']) {
    const n = s[k];
    if (typeof n === 'number' && Number.isFinite(n)) c[k] = n;
  }
  for (const k of ['pattern', 'format', 'contentMediaType', 'contentEncoding']) if (typeof s[k] === 'string') c[k] = s[k];
  return c as FieldConstraints;
}

function typeOf(s: JsonSchemaObject): { type?: string; union?: string } {
  const t = s.type;
  if (typeof t === 'string') return { type: t };
  if (Array.isArray(t)) {
    const nonNull = t.filter((x) => x !== 'null');
    if (nonNull.length === 1) return { type: String(nonNull[0]) };
    if (nonNull.length > 1) return { union: t.join(' | ') };
  }
  if (s.properties !== undefined) return { type: 'object' };
  if (s.items !== undefined || s.prefixItems !== undefined) return { type: 'array' };
  const sample = typeof (s.const !== undefined ? s.const : Array.isArray(s.enum) ? s.enum[0] : undefined);
  return sample === 'boolean' || sample === 'number' || sample === 'string' ? { type: sample } : {};
}

/** Derives the field description from its effective (merged) schema. */
export function fieldInfo(s: JsonSchemaObject, input: FieldInfoInput = {}): FieldInfo {
  const { type, union } = typeOf(s);
  const readOnly = s.readOnly === true;
  const writeOnly = s.writeOnly === true;
  let options: ChoiceOption[] | undefined;
  let context: FieldContext | undefined;
  const xc = s['x-context'];
  if (isObject(xc)) {
    context = typeof xc.changeLabel === 'string' ? { changeLabel: xc.changeLabel } : {};
    if (typeof xc.options === 'string') options = contextOptions(readContext(input.context, xc.options)) ?? [];
  }
  if (!options && input.choice)
    options = input.choice.map((o) => {
      const opt: { value: unknown; label: string; help?: string } = {
        value: o.const,
        label: typeof o.title === 'string' ? o.title : valueLabel(o.const),
      };
      if (typeof o.description === 'string') opt.help = o.description;
      return opt;
    });
  if (!options && Array.isArray(s.enum)) options = s.enum.map((v) => ({ value: v, label: valueLabel(v) }));

  let widget: WidgetKind;
  let unsupportedReason = input.unsupported;
  const format = typeof s.format === 'string' ? s.format : '';
  if (unsupportedReason) widget = 'unsupported';
  else if (union) {
    widget = 'unsupported';
    unsupportedReason = `union type ${union}`;
  } else if (writeOnly && (type === 'string' || type === undefined) && !options) widget = 'secret';
  else if (options && type !== 'array' && type !== 'object') widget = options.length <= RADIO_MAX_OPTIONS ? 'radio' : 'select';
  else if (type === 'boolean') widget = 'checkbox';
  else if (type === 'number' || type === 'integer' || type === 'object' || type === 'array') widget = type;
  else if (type === 'null') {
    widget = 'unsupported';
    unsupportedReason = 'type null';
  } else if (typeof s.contentMediaType === 'string' || typeof s.contentEncoding === 'string') widget = 'file';
  else if (format === 'email' || format === 'idn-email') widget = 'email';
  else if (URL_FORMATS.has(format)) widget = 'url';
  else if (DATE_FORMATS.has(format)) widget = format as WidgetKind;
  else if (typeof s.maxLength === 'number' && s.maxLength > TEXTAREA_MIN_LENGTH) widget = 'textarea';
  else widget = 'text';
  // A code: as the author says for text typed in, else secrets, e-mails and URLs.
  const xCode = s['x-code'];
  const code = typeof xCode === 'boolean' ? xCode && (type === 'string' || type === undefined) && !options : widget === 'secret' || widget === 'email' || widget === 'url';
  const forced = s['x-widget'];
  if (typeof forced === 'string' && WIDGET_KINDS.has(forced) && widget !== 'unsupported') widget = forced as WidgetKind;

  const field: { -readonly [K in keyof StaticField]: StaticField[K] } = { readOnly, writeOnly, code, widget, constraints: constraintsOf(s) };
  if (typeof s.description === 'string') field.help = s.description;
  if (options) field.options = options;
  const ex = Array.isArray(s.examples) ? s.examples[0] : undefined;
  if (!writeOnly && (typeof ex === 'string' || typeof ex === 'number')) field.placeholder = String(ex);
  if (unsupportedReason) field.unsupportedReason = unsupportedReason;
  if (context) field.context = context;
  const info: { field: StaticField; title?: string; errorMessage?: unknown } = { field };
  if (typeof s.title === 'string') info.title = s.title;
  if (s['x-errorMessage'] !== undefined) info.errorMessage = s['x-errorMessage'];
  return info;
}
