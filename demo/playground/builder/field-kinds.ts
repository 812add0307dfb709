/**
 * The ten kinds of field the builder offers, in an editor's words, and the JSON Schema each one is
 * (the project's shared presets): how to recognise a field's kind from its schema, the schema of a new
 * field of that kind, and which keywords the kind's settings cover (any other keyword of the field is
 * shown read-only as "JSON avançado" and kept as written).
 */

/** A kind of field. */
export type FieldKind =
  'text' | 'longText' | 'code' | 'money' | 'date' | 'yesNo' | 'choice' | 'choices' | 'file' | 'group' | 'list';

/** Every kind, in the order the "add a field" list offers them. */
export const FIELD_KINDS: readonly FieldKind[] = [
  'text',
  'longText',
  'code',
  'money',
  'date',
  'yesNo',
  'choice',
  'choices',
  'file',
  'group',
  'list',
];

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `options` is a non-empty list of `{ const, title }` options. */
export function isOptionList(options: unknown): options is Schema[] {
  return (
    Array.isArray(options) &&
    options.length > 0 &&
    options.every((option) => isObject(option) && 'const' in option && typeof option.title === 'string')
  );
}

/** The kind of a field's schema, or undefined when the builder has no kind for it (shown as advanced). */
export function kindOf(schema: unknown): FieldKind | undefined {
  if (!isObject(schema)) return undefined;
  const widget = schema['x-widget'];
  switch (schema.type) {
    case 'object':
      return 'group';
    case 'array':
      return isObject(schema.items) && Array.isArray(schema.items.enum) && schema.uniqueItems === true
        ? 'choices'
        : 'list';
    case 'boolean':
      return isOptionList(schema.oneOf) && schema.oneOf.length === 2 ? 'yesNo' : undefined;
    case 'number':
      return widget === 'money' ? 'money' : undefined;
    case 'string':
      if (schema.format === 'data-url') return 'file';
      if (schema.format === 'date') return 'date';
      if (isOptionList(schema.oneOf)) return 'choice';
      if (widget === 'textarea') return 'longText';
      if (widget === 'code') return 'code';
      if (widget === undefined && schema.format === undefined && !('enum' in schema) && !('const' in schema))
        return 'text';
      return undefined;
    default:
      return undefined;
  }
}

/** The schema of a new field of `kind` titled `label`. */
export function newFieldSchema(kind: FieldKind, label: string): Schema {
  switch (kind) {
    case 'text':
      return { type: 'string', title: label, maxLength: 200 };
    case 'longText':
      return { type: 'string', title: label, maxLength: 2000, 'x-widget': 'textarea' };
    case 'code':
      return { type: 'string', title: label, maxLength: 100, 'x-widget': 'code' };
    case 'money':
      return { type: 'number', title: label, multipleOf: 0.01, minimum: 0, 'x-widget': 'money' };
    case 'date':
      return { type: 'string', title: label, format: 'date', maxLength: 10 };
    case 'yesNo':
      return {
        type: 'boolean',
        title: label,
        oneOf: [
          { const: true, title: 'Sim' },
          { const: false, title: 'Não' },
        ],
      };
    case 'choice':
      return {
        type: 'string',
        title: label,
        oneOf: [
          { const: 'Opção 1', title: 'Opção 1' },
          { const: 'Opção 2', title: 'Opção 2' },
        ],
      };
    case 'choices':
      return {
        type: 'array',
        title: label,
        items: { type: 'string', enum: ['Opção 1', 'Opção 2'] },
        uniqueItems: true,
      };
    case 'file':
      return { type: 'string', title: label, format: 'data-url', 'x-accept': ['.pdf', 'image/*'], 'x-maxSize': '2 MB' };
    case 'group':
      return { type: 'object', title: label, properties: {} };
    case 'list':
      return { type: 'array', title: label, items: { type: 'string', maxLength: 200 }, maxItems: 20 };
  }
}

const COMMON = ['type', 'title', 'description'];

/** The keywords a kind's settings (and its kind itself) account for; the others are advanced. */
export const KNOWN_KEYWORDS: Readonly<Record<FieldKind, readonly string[]>> = {
  text: [...COMMON, 'minLength', 'maxLength'],
  longText: [...COMMON, 'minLength', 'maxLength', 'x-widget'],
  code: [...COMMON, 'maxLength', 'pattern', 'x-widget'],
  money: [...COMMON, 'multipleOf', 'minimum', 'maximum', 'x-widget'],
  date: [...COMMON, 'format', 'maxLength'],
  yesNo: [...COMMON, 'oneOf'],
  choice: [...COMMON, 'oneOf'],
  choices: [...COMMON, 'items', 'uniqueItems', 'minItems', 'maxItems'],
  file: [...COMMON, 'format', 'x-accept', 'x-maxSize'],
  // Its members are edited as fields of their own (group-edits.ts).
  group: [...COMMON, 'properties', 'required'],
  list: [...COMMON, 'minItems', 'maxItems'],
};
