/**
 * Completion and hover help for the playground's editor, from the vocabulary of our forms
 * (`schema-vocabulary.ts`): keywords where a schema's property name goes; the form's own property names
 * inside `required`, `dependentRequired` and `if.properties`; the registered widgets in `x-widget`; the
 * existing `$defs` in `$ref`; the JSON types in `type`. Hovering a keyword shows what it does.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { EditorView, Tooltip } from '@codemirror/view';
import {
  declaredPropertyNames,
  definitionNames,
  isSchemaPath,
  scanJson,
  type JsonPosition,
  type PathStep,
} from './json-position.js';
import { ALL_KEYWORDS, keywordDoc, TYPE_NAMES, WIDGETS, type KeywordDoc } from './schema-vocabulary.js';

/** The language of descriptions, asked at each use (the page can switch it). */
export type DescriptionLocale = () => 'pt-BR' | 'en';

const describe = (doc: { en: string; ptBR: string }, locale: 'pt-BR' | 'en') => (locale === 'en' ? doc.en : doc.ptBR);

/** What a keyword's value starts as when completion writes the name. */
function valueTemplate(doc: KeywordDoc): string {
  switch (doc.value) {
    case 'object':
      return '{}';
    case 'array':
      return '[]';
    case 'string':
      return '""';
    default:
      return '';
  }
}

/** A node showing a keyword's description and example (text only: schema text is never HTML). */
function keywordInfo(doc: KeywordDoc, locale: 'pt-BR' | 'en'): HTMLElement {
  const box = document.createElement('div');
  box.className = 'keyword-help';
  const text = document.createElement('p');
  text.textContent = describe(doc, locale);
  const example = document.createElement('code');
  example.textContent = doc.example;
  box.append(text, example);
  return box;
}

const last = (path: readonly PathStep[]) => path[path.length - 1];

/**
 * Where completion writes: from after the opening quote of the string being typed (so the typed
 * letters filter the list) to before its closing quote, or at the position when no string is open.
 */
function stringRange(position: JsonPosition, pos: number): { from: number; to: number; closed: boolean } | null {
  const token = position.token;
  if (!token) return { from: pos, to: pos, closed: false };
  if (!token.quoted) return null;
  return token.closed
    ? { from: token.from + 1, to: Math.max(pos, token.to - 1), closed: true }
    : { from: token.from + 1, to: pos, closed: false };
}

/** Whether a colon already follows the key that ends at `end`. */
const colonFollows = (text: string, end: number) => /^\s*:/.test(text.slice(end, end + 40));

/** Names offered as JSON strings (an item of `required`, the value of `x-widget`…). */
function stringOptions(
  position: JsonPosition,
  pos: number,
  names: readonly { label: string; detail?: string }[],
): CompletionResult | null {
  const range = stringRange(position, pos);
  if (!range) return null;
  const bare = position.token === undefined;
  const options: Completion[] = names.map(({ label, detail }) => ({
    label,
    type: 'constant',
    ...(detail ? { detail } : {}),
    // Inside quotes only the name goes in (and the closing quote when there was none).
    apply: bare ? JSON.stringify(label) : range.closed ? label : `${label}"`,
  }));
  return { from: range.from, to: range.to, options, validFor: /^[^"\\]*$/ };
}

/** Options that write a whole property name, a colon and a starting value, replacing the key typed so far. */
function keyOptions(
  text: string,
  position: JsonPosition,
  pos: number,
  keys: readonly { label: string; value: string; extra?: Partial<Completion> }[],
): CompletionResult | null {
  const range = stringRange(position, pos);
  if (!range) return null;
  const start = position.token ? position.token.from : pos;
  const end = range.closed ? position.token!.to : pos;
  const hasColon = colonFollows(text, end);
  const options: Completion[] = keys.map(({ label, value, extra }) => ({
    label,
    ...extra,
    apply: (view: EditorView) => {
      const insert = hasColon ? JSON.stringify(label) : `${JSON.stringify(label)}: ${value}`;
      // The caret goes inside the value's brackets or quotes, ready to type it.
      const caret = start + insert.length - (!hasColon && value.length === 2 ? 1 : 0);
      view.dispatch({
        changes: { from: start, to: end, insert },
        selection: { anchor: caret },
        userEvent: 'input.complete',
      });
    },
  }));
  return { from: range.from, to: range.to, options, validFor: /^[\w$-]*$/ };
}

function keywordOptions(
  text: string,
  position: JsonPosition,
  pos: number,
  locale: DescriptionLocale,
): CompletionResult | null {
  const atRoot = position.path.length === 0;
  const keys = ALL_KEYWORDS.filter((doc) => atRoot || doc.where === 'any').map((doc) => ({
    label: doc.keyword,
    value: valueTemplate(doc),
    extra: {
      type: doc.keyword.startsWith('x-') ? 'keyword' : 'property',
      detail: doc.keyword.startsWith('x-') ? 'schemaforms' : 'JSON Schema',
      info: () => keywordInfo(doc, locale()),
    },
  }));
  return keyOptions(text, position, pos, keys);
}

/**
 * The completion source. Activates on typing inside a key or string, and on Ctrl+Space anywhere.
 */
export function schemaCompletion(locale: DescriptionLocale) {
  return (context: CompletionContext): CompletionResult | null => {
    const text = context.state.doc.toString();
    const pos = context.pos;
    const position = scanJson(text, pos);
    if (!position.token && !context.explicit && !/[[{,:]\s*$/.test(text.slice(Math.max(0, pos - 40), pos))) return null;
    const { path } = position;
    const parentPath = path.slice(0, -1);
    const container = last(path);

    if (position.container === 'array') {
      // "required": [ … ] in a schema, and the arrays of dependentRequired.
      const inRequired = container === 'required' && isSchemaPath(parentPath);
      const inDependent =
        path.length >= 2 && path[path.length - 2] === 'dependentRequired' && isSchemaPath(path.slice(0, -2));
      if (inRequired || inDependent)
        return stringOptions(
          position,
          pos,
          declaredPropertyNames(text).map((label) => ({ label })),
        );
      return null;
    }
    if (position.container !== 'object') return null;

    if (position.role === 'key') {
      if (isSchemaPath(path)) return keywordOptions(text, position, pos, locale);
      const names = (value: string) =>
        declaredPropertyNames(text).map((label) => ({ label, value, extra: { type: 'property' } }));
      if (container === 'dependentRequired' && isSchemaPath(parentPath))
        return keyOptions(text, position, pos, names('[]'));
      if (container === 'properties' && last(parentPath) === 'if' && isSchemaPath(parentPath)) {
        return keyOptions(text, position, pos, names('{}'));
      }
      return null;
    }

    if (!isSchemaPath(path)) return null;
    switch (position.key) {
      case 'x-widget':
        return stringOptions(
          position,
          pos,
          WIDGETS.map((w) => ({ label: w.name, detail: describe(w, locale()) })),
        );
      case '$ref':
        return stringOptions(
          position,
          pos,
          definitionNames(text).map((name) => ({ label: `#/$defs/${name}` })),
        );
      case 'type':
        return stringOptions(
          position,
          pos,
          TYPE_NAMES.map((label) => ({ label })),
        );
      default:
        return null;
    }
  };
}

/** The hover help: a keyword of a schema object, its description and example. */
export function keywordHover(locale: DescriptionLocale) {
  return (view: EditorView, pos: number): Tooltip | null => {
    const text = view.state.doc.toString();
    // Scan to just inside the token under the pointer (the opening quote itself belongs to it too).
    const position = scanJson(text, text[pos] === '"' && text[pos - 1] !== '\\' ? pos + 1 : pos);
    const token = position.token;
    if (!token?.quoted || position.container !== 'object' || position.role !== 'key') return null;
    if (!isSchemaPath(position.path)) return null;
    const doc = keywordDoc(token.text);
    if (!doc) return null;
    return {
      pos: token.from,
      end: token.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'keyword-hover';
        const title = document.createElement('strong');
        title.textContent = doc.keyword;
        dom.append(title, keywordInfo(doc, locale()));
        return { dom };
      },
    };
  };
}
