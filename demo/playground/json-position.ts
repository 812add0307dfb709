/**
 * Where a position sits in a JSON text that is being typed (so usually unfinished): the keys and
 * indices from the root to the container holding it, whether a property name or a value goes there,
 * and the token under it. A forgiving scanner instead of a parser: an unclosed string, a missing comma
 * or a trailing `[` still give an answer, which is what completion and hover need while someone types.
 */

/** One step of a path: a property name in an object, an index in an array. */
export type PathStep = string | number;

/** The token the position is in or right after. */
export interface TokenAt {
  /** Offset of its first character (the opening quote of a string). */
  readonly from: number;
  /** Offset after its last character (after the closing quote; the line's end for an unclosed string). */
  readonly to: number;
  /** The string's content (without quotes, escapes left as written) or the bare word. */
  readonly text: string;
  readonly quoted: boolean;
  /** A string has its closing quote (a bare word is always closed). */
  readonly closed: boolean;
}

/** What is at a position. */
export interface JsonPosition {
  /** Keys and indices from the root to the container the position is in. */
  readonly path: readonly PathStep[];
  readonly container: 'object' | 'array' | 'none';
  /** A property name goes here (`key`) or a value (`value`). */
  readonly role: 'key' | 'value';
  /** For a value in an object: the property it belongs to. */
  readonly key?: string;
  readonly token?: TokenAt;
}

interface Frame {
  readonly type: 'object' | 'array';
  /** The step under which the container was found in its parent. */
  readonly step: PathStep | undefined;
  key: string | undefined;
  index: number;
  expect: 'key' | 'colon' | 'value' | 'comma';
}

/** Called for every property name read, with the path of the object that holds it. */
export type KeyVisitor = (path: readonly PathStep[], key: string, from: number) => void;

const WORD_END = /[\s,:[\]{}"]/;

/** The end of a string starting at `from` (after its closing quote, or at the line's end when unclosed). */
function stringEnd(text: string, from: number): { end: number; closed: boolean } {
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return { end: i + 1, closed: true };
    else if (c === '\n') return { end: i, closed: false };
  }
  return { end: text.length, closed: false };
}

function pathOf(stack: readonly Frame[]): PathStep[] {
  return stack.slice(1).map((frame) => frame.step!);
}

/**
 * Scans `text` up to `until` (the whole text by default) and describes that position. `onKey` sees
 * every property name read on the way, with the path of its object.
 */
export function scanJson(text: string, until = text.length, onKey?: KeyVisitor): JsonPosition {
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  const stepForChild = (): PathStep | undefined => {
    const parent = top();
    if (!parent) return undefined;
    return parent.type === 'object' ? (parent.key ?? '') : parent.index;
  };
  const valueDone = () => {
    const frame = top();
    if (frame) frame.expect = 'comma';
  };
  const describe = (token?: TokenAt): JsonPosition => {
    const frame = top();
    const path = pathOf(stack);
    if (!frame) return { path, container: 'none', role: 'value', ...(token ? { token } : {}) };
    if (frame.type === 'array') return { path, container: 'array', role: 'value', ...(token ? { token } : {}) };
    const role = frame.expect === 'key' ? 'key' : 'value';
    return {
      path,
      container: 'object',
      role,
      ...(role === 'value' && frame.key !== undefined ? { key: frame.key } : {}),
      ...(token ? { token } : {}),
    };
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      if (i >= until) break;
      i++;
      continue;
    }
    if (i >= until) break;
    if (c === '"') {
      const { end, closed } = stringEnd(text, i);
      const content = text.slice(i + 1, closed ? end - 1 : end);
      const frame = top();
      const isKey = frame?.type === 'object' && frame.expect === 'key';
      if (until < end || (until === end && !closed)) {
        // The position is inside this string: describe it as the token being typed.
        return describe({ from: i, to: end, text: content, quoted: true, closed });
      }
      if (isKey) {
        frame.key = content;
        frame.expect = 'colon';
        onKey?.(pathOf(stack), content, i);
      } else valueDone();
      i = end;
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push({
        type: c === '{' ? 'object' : 'array',
        step: stepForChild(),
        key: undefined,
        index: 0,
        expect: c === '{' ? 'key' : 'value',
      });
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      valueDone();
      i++;
      continue;
    }
    if (c === ',') {
      const frame = top();
      if (frame?.type === 'object') {
        frame.key = undefined;
        frame.expect = 'key';
      } else if (frame) {
        frame.index++;
        frame.expect = 'value';
      }
      i++;
      continue;
    }
    if (c === ':') {
      const frame = top();
      if (frame?.type === 'object') frame.expect = 'value';
      i++;
      continue;
    }
    // A bare word: a number, true, false, null or a typo.
    let end = i + 1;
    while (end < text.length && !WORD_END.test(text[end]!)) end++;
    if (until <= end) return describe({ from: i, to: end, text: text.slice(i, end), quoted: false, closed: true });
    valueDone();
    i = end;
  }
  return describe();
}

/**
 * Property names declared by the form: every key of every `properties` object that holds schemas,
 * wherever it is (root, branches, nested objects), in the order first seen.
 */
export function declaredPropertyNames(text: string): string[] {
  const names = new Set<string>();
  scanJson(text, text.length, (path, key) => {
    if (path[path.length - 1] === 'properties' && isSchemaMapPath(path)) names.add(key);
  });
  return [...names];
}

/** The names under the root's `$defs`, in order. */
export function definitionNames(text: string): string[] {
  const names = new Set<string>();
  scanJson(text, text.length, (path, key) => {
    if (path.length === 1 && path[0] === '$defs') names.add(key);
  });
  return [...names];
}

/** Keywords whose value is one schema. */
const SCHEMA_KEYWORDS = new Set([
  'items',
  'contains',
  'additionalProperties',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
]);
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is an array of schemas. */
const SCHEMA_ARRAY_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

type Place = 'schema' | 'map' | 'array' | 'data';

function placeOf(path: readonly PathStep[]): Place {
  let place: Place = 'schema';
  for (const step of path) {
    if (place === 'schema') {
      if (typeof step !== 'string') return 'data';
      place = SCHEMA_KEYWORDS.has(step)
        ? 'schema'
        : SCHEMA_MAP_KEYWORDS.has(step)
          ? 'map'
          : SCHEMA_ARRAY_KEYWORDS.has(step)
            ? 'array'
            : 'data';
    } else if (place === 'map') {
      place = typeof step === 'string' ? 'schema' : 'data';
    } else if (place === 'array') {
      place = typeof step === 'number' ? 'schema' : 'data';
    } else return 'data';
  }
  return place;
}

/** Whether the object at `path` is a schema (the root, a property's schema, an `if`, an `items`…). */
export function isSchemaPath(path: readonly PathStep[]): boolean {
  return placeOf(path) === 'schema';
}

/** Whether the object at `path` maps names to schemas (`properties`, `$defs`…). */
export function isSchemaMapPath(path: readonly PathStep[]): boolean {
  return placeOf(path) === 'map';
}

/**
 * Where the token starting at `from` ends, for underlining it: a whole string, a whole word, or one
 * character for punctuation.
 */
export function tokenEnd(text: string, from: number): number {
  if (from >= text.length) return from;
  if (text[from] === '"') return stringEnd(text, from).end;
  if (!WORD_END.test(text[from]!)) {
    let end = from + 1;
    while (end < text.length && !WORD_END.test(text[end]!)) end++;
    return end;
  }
  return from + 1;
}
