/**
 * The presets by intent (money, code, file) must be written the way the form reads them: a preset on
 * the wrong type is silently ignored, money without cents accepts 10,005, and an attachment without a
 * size limit tells people the limit only when they press Enviar.
 */
import { checkMessage } from '../check-messages.js';
import { joinPointer } from '../json-pointer.js';
import { walkSchemas } from '../schema-walk.js';
import { fieldNameAt, type RuleContext } from './rule-context.js';

/** A media type (`application/pdf`), a group of them (`image/*`) or an extension (`.pdf`), as `accept` reads them. */
const ACCEPT_ENTRY = /^(?:[a-z0-9][a-z0-9!#$&^_.+-]*\/(?:\*|[a-z0-9][a-z0-9!#$&^_.+-]*)|\.[a-z0-9][a-z0-9_+-]*)$/i;
/** A size as the file preset writes it: a number, a space, KB or MB. */
const MAX_SIZE = /^\d+(?:\.\d+)? (?:KB|MB)$/;
/** Top-level media types, for suggesting `image/*` when only `image` is written. */
const MEDIA_GROUPS = new Set(['image', 'audio', 'video', 'text', 'application', 'font', 'model']);

/** Whether a `multipleOf` step is a whole number of cents (0.01, 0.05, 1), tolerating the float error of `× 100`. */
function wholeCents(step: number): boolean {
  const cents = step * 100;
  return step > 0 && Math.round(cents) >= 1 && Math.abs(cents - Math.round(cents)) <= cents * 4 * Number.EPSILON;
}

/** The JSON text of a `type`, or `undefined` when the schema has none. */
function typeText(type: unknown): string | undefined {
  return type === undefined ? undefined : JSON.stringify(type);
}

/** A fix for an `x-accept` entry people often write: `pdf` or `PDF` → `.pdf`, `image` → `image/*`. */
function acceptSuggestion(entry: string): string | undefined {
  const word = entry.trim().toLowerCase();
  if (MEDIA_GROUPS.has(word)) return `${word}/*`;
  const extension = word.replace(/^\*?\.?/, '');
  return /^[a-z0-9]{1,8}$/.test(extension) ? `.${extension}` : undefined;
}

/** A fix for a size written another way: `2MB`, `2 mb`, `2 megas` → `2 MB`. */
function sizeSuggestion(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(k|kb|kib|m|mb|mib|mega|megas|megabytes?|kilobytes?)\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = match[2]!.toLowerCase().startsWith('k') ? 'KB' : 'MB';
  return `${match[1]!.replace(',', '.')} ${unit}`;
}

/** Reports presets written on the wrong type or without what they need. */
export function lintPresets(context: RuleContext): void {
  const { locale } = context;
  walkSchemas(context.root, context.dialect, ({ schema, pointer }) => {
    const field = fieldNameAt(pointer) || pointer || '/';
    const widget = schema['x-widget'];
    if (widget === 'money') {
      if (schema.type !== 'number') {
        const at = joinPointer(pointer, schema.type === undefined ? 'x-widget' : 'type');
        const message = checkMessage('money-not-number', { field, type: typeText(schema.type) }, locale);
        context.report(at, 'money-not-number', 'error', message);
      } else if (typeof schema.multipleOf !== 'number') {
        const message = checkMessage('money-without-cents', { field }, locale);
        context.report(joinPointer(pointer, 'x-widget'), 'money-without-cents', 'error', message);
      } else if (!wholeCents(schema.multipleOf)) {
        const message = checkMessage('money-without-cents', { field, multipleOf: schema.multipleOf }, locale);
        context.report(joinPointer(pointer, 'multipleOf'), 'money-without-cents', 'error', message);
      }
    }
    if (widget === 'code' && schema.type !== 'string') {
      const at = joinPointer(pointer, schema.type === undefined ? 'x-widget' : 'type');
      context.report(
        at,
        'code-not-string',
        'error',
        checkMessage('code-not-string', { field, type: typeText(schema.type) }, locale),
      );
    }
    lintFileKeywords(context, schema, pointer, field);
  });
}

function lintFileKeywords(
  context: RuleContext,
  schema: Readonly<Record<string, unknown>>,
  pointer: string,
  field: string,
): void {
  const { locale } = context;
  const accept = schema['x-accept'];
  if (Array.isArray(accept))
    accept.forEach((entry, i) => {
      if (typeof entry === 'string' && ACCEPT_ENTRY.test(entry)) return;
      const text = typeof entry === 'string' ? entry : JSON.stringify(entry);
      const suggestion = typeof entry === 'string' ? acceptSuggestion(entry) : undefined;
      context.report(
        joinPointer(pointer, 'x-accept', i),
        'file-accept-entry',
        'error',
        checkMessage('file-accept-entry', { field, entry: text, ...(suggestion ? { suggestion } : {}) }, locale),
      );
    });
  const maxSize = schema['x-maxSize'];
  if (maxSize !== undefined && !(typeof maxSize === 'string' && MAX_SIZE.test(maxSize))) {
    const suggestion = sizeSuggestion(maxSize);
    context.report(
      joinPointer(pointer, 'x-maxSize'),
      'file-max-size',
      'error',
      checkMessage(
        'file-max-size',
        { field, value: JSON.stringify(maxSize), ...(suggestion ? { suggestion } : {}) },
        locale,
      ),
    );
  }
  if (schema.format === 'data-url' && maxSize === undefined)
    context.report(
      joinPointer(pointer, 'format'),
      'file-without-max-size',
      'warning',
      checkMessage('file-without-max-size', { field }, locale),
    );
}
