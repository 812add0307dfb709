/**
 * A field's settings as a small form: the JSON Schema of the settings panel of each kind (rendered by
 * `<sf-form>`, so the builder uses the engine it builds for), the panel's answers read from the field,
 * and the field keywords those answers mean. Only keywords whose value changed are rewritten.
 */
import type { FieldKind } from './field-kinds.js';
import type { BuilderField } from './form-model.js';

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LABEL = {
  type: 'string',
  title: 'Rótulo',
  description: 'A pergunta, como quem preenche lê.',
  minLength: 1,
  maxLength: 200,
};
const HELP = { type: 'string', title: 'Texto de ajuda', maxLength: 2000, 'x-widget': 'textarea' };
const REQUIRED = { type: 'boolean', title: 'Obrigatório' };
const MAX_LENGTH = { type: 'integer', title: 'Limite de caracteres', minimum: 1, maximum: 100000 };

/** The settings panel's schema for a kind. */
export function settingsSchema(kind: FieldKind): Schema {
  const properties: Schema = { title: LABEL, description: HELP, required: REQUIRED };
  switch (kind) {
    case 'text':
    case 'longText':
      properties.maxLength = MAX_LENGTH;
      break;
    case 'code':
      properties.maxLength = MAX_LENGTH;
      properties.pattern = {
        type: 'string',
        title: 'Formato (expressão regular)',
        description: 'Por exemplo `^\\d{10,12}$` para 10 a 12 números.',
        maxLength: 500,
      };
      break;
    case 'money':
      properties.minimum = { type: 'number', title: 'Valor mínimo', minimum: 0, multipleOf: 0.01 };
      properties.maximum = { type: 'number', title: 'Valor máximo', minimum: 0, multipleOf: 0.01 };
      break;
    case 'yesNo':
      properties.yesHelp = { type: 'string', title: 'Ajuda da opção Sim', maxLength: 500 };
      properties.noHelp = { type: 'string', title: 'Ajuda da opção Não', maxLength: 500 };
      break;
    case 'choice':
      properties.options = {
        type: 'array',
        title: 'Opções',
        minItems: 1,
        maxItems: 100,
        items: {
          type: 'object',
          title: 'Opção',
          properties: {
            title: { type: 'string', title: 'Texto da opção', minLength: 1, maxLength: 200 },
            description: { type: 'string', title: 'Ajuda da opção', maxLength: 500 },
          },
          required: ['title'],
        },
      };
      break;
    case 'choices':
      properties.options = {
        type: 'array',
        title: 'Opções',
        minItems: 1,
        maxItems: 100,
        items: { type: 'string', title: 'Opção', minLength: 1, maxLength: 200 },
      };
      break;
    case 'file':
      properties.accept = {
        type: 'array',
        title: 'Tipos aceitos',
        description: 'Extensões (`.pdf`) ou tipos (`image/*`).',
        maxItems: 20,
        items: { type: 'string', title: 'Tipo', minLength: 1, maxLength: 100 },
      };
      properties.maxSize = {
        type: 'string',
        title: 'Tamanho máximo',
        description: 'Como `2 MB` ou `500 KB`.',
        pattern: '^\\d+(\\.\\d+)? ?(KB|MB)$',
        maxLength: 20,
      };
      break;
    case 'date':
    case 'group':
    case 'list':
      break;
  }
  return { type: 'object', properties, required: ['title'] };
}

const optionsOf = (schema: Schema): Schema[] => (Array.isArray(schema.oneOf) ? schema.oneOf.filter(isObject) : []);

/** The settings panel's answers for a field, as its schema says now. */
export function settingsValue(field: BuilderField): Schema {
  const { schema } = field;
  const value: Schema = { title: field.label, required: field.required };
  if (field.help !== undefined) value.description = field.help;
  const copy = (from: string, to = from) => {
    if (schema[from] !== undefined) value[to] = schema[from];
  };
  switch (field.kind) {
    case 'text':
    case 'longText':
      copy('maxLength');
      break;
    case 'code':
      copy('maxLength');
      copy('pattern');
      break;
    case 'money':
      copy('minimum');
      copy('maximum');
      break;
    case 'yesNo': {
      const [yes, no] = optionsOf(schema);
      if (typeof yes?.description === 'string') value.yesHelp = yes.description;
      if (typeof no?.description === 'string') value.noHelp = no.description;
      break;
    }
    case 'choice':
      value.options = optionsOf(schema).map((option) =>
        typeof option.description === 'string'
          ? { title: option.title, description: option.description }
          : { title: option.title },
      );
      break;
    case 'choices':
      value.options = isObject(schema.items) && Array.isArray(schema.items.enum) ? schema.items.enum : [];
      break;
    case 'file':
      copy('x-accept', 'accept');
      copy('x-maxSize', 'maxSize');
      break;
    default:
      break;
  }
  return value;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** An option with its `description` set or removed, its other keywords (and `const`) kept. */
function withHelp(option: Schema, help: unknown): Schema {
  if (text(help) !== undefined) return { ...option, description: help };
  return Object.fromEntries(Object.entries(option).filter(([key]) => key !== 'description'));
}

/**
 * The field keywords the panel's answers mean (undefined: remove the keyword). Options keep their
 * `const` (the value sent) when their text changes; a new option's value is its text.
 */
export function keywordsFromSettings(field: BuilderField, answers: Schema): Record<string, unknown> {
  const { schema } = field;
  const title = text(answers.title);
  const out: Record<string, unknown> = {
    // A field without a title shows its key; leaving the key as the label adds no title.
    title:
      schema.title === undefined && (title === undefined || title === field.key) ? undefined : (title ?? field.label),
    description: text(answers.description),
  };
  switch (field.kind) {
    case 'text':
    case 'longText':
      out.maxLength = answers.maxLength;
      break;
    case 'code':
      out.maxLength = answers.maxLength;
      out.pattern = text(answers.pattern);
      break;
    case 'money':
      out.minimum = answers.minimum;
      out.maximum = answers.maximum;
      break;
    case 'yesNo': {
      const [yes, no] = optionsOf(schema);
      if (yes && no) out.oneOf = [withHelp(yes, answers.yesHelp), withHelp(no, answers.noHelp)];
      break;
    }
    case 'choice': {
      const current = optionsOf(schema);
      const given = Array.isArray(answers.options) ? answers.options.filter(isObject) : [];
      out.oneOf = given.map((option, i) => {
        const before = current[i] ?? { const: option.title };
        return withHelp({ ...before, title: option.title }, option.description);
      });
      break;
    }
    case 'choices': {
      const given = Array.isArray(answers.options) ? answers.options.filter((o) => typeof o === 'string') : [];
      out.items = { ...(isObject(schema.items) ? schema.items : { type: 'string' }), enum: given };
      break;
    }
    case 'file':
      out['x-accept'] = Array.isArray(answers.accept) && answers.accept.length > 0 ? answers.accept : undefined;
      out['x-maxSize'] = text(answers.maxSize);
      break;
    default:
      break;
  }
  return out;
}
