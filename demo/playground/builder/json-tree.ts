/**
 * A JSON text read into a tree that remembers where every value and key sits in the text, so the
 * builder can change one value by rewriting only its characters: everything it did not touch
 * (formatting, key order, spacing, the final newline) stays byte for byte as the person wrote it.
 */

/** A JSON value and the text offsets it spans (`end` is exclusive). */
export type JsonNode = JsonObjectNode | JsonArrayNode | JsonScalarNode;

interface NodeRange {
  readonly start: number;
  readonly end: number;
}

/** An object, its members in the order written. */
export interface JsonObjectNode extends NodeRange {
  readonly kind: 'object';
  readonly members: readonly JsonMember[];
}

/** One `"key": value` of an object. */
export interface JsonMember {
  readonly key: string;
  /** Where the quoted key starts: the member's text runs from here to `value.end`. */
  readonly keyStart: number;
  readonly value: JsonNode;
}

/** An array, its items in order. */
export interface JsonArrayNode extends NodeRange {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
}

/** A string, number, boolean or null. */
export interface JsonScalarNode extends NodeRange {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
}

/** The text is not JSON: where (offset) and what. */
export class JsonTreeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonTreeError';
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Reads `text` (which must be valid JSON) into a tree of ranges; throws `JsonTreeError` otherwise. */
export function parseJsonTree(text: string): JsonNode {
  try {
    JSON.parse(text);
  } catch (error) {
    throw new JsonTreeError((error as Error).message, 0);
  }
  let at = 0;
  const skip = () => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at++;
  };
  const fail = (what: string): never => {
    throw new JsonTreeError(`${what} at offset ${at}`, at);
  };
  const stringEnd = (from: number): number => {
    let i = from + 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return i + 1;
  };
  const value = (): JsonNode => {
    skip();
    const start = at;
    const char = text[at];
    if (char === '{') {
      at++;
      const members: JsonMember[] = [];
      skip();
      if (text[at] === '}') return { kind: 'object', start, end: ++at, members };
      for (;;) {
        skip();
        if (text[at] !== '"') fail('expected a key');
        const keyStart = at;
        at = stringEnd(at);
        const key = JSON.parse(text.slice(keyStart, at)) as string;
        skip();
        if (text[at] !== ':') fail('expected ":"');
        at++;
        members.push({ key, keyStart, value: value() });
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return { kind: 'object', start, end: ++at, members };
        else fail('expected "," or "}"');
      }
    }
    if (char === '[') {
      at++;
      const items: JsonNode[] = [];
      skip();
      if (text[at] === ']') return { kind: 'array', start, end: ++at, items };
      for (;;) {
        items.push(value());
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return { kind: 'array', start, end: ++at, items };
        else fail('expected "," or "]"');
      }
    }
    if (char === '"') at = stringEnd(at);
    else {
      while (at < text.length && /[-+.\w]/.test(text[at]!)) at++;
      if (at === start) fail('expected a value');
    }
    return { kind: 'scalar', start, end: at, value: JSON.parse(text.slice(start, at)) as JsonScalarNode['value'] };
  };
  return value();
}

/** The plain value of a node, read from the text. */
export function nodeValue(text: string, node: JsonNode): unknown {
  return JSON.parse(text.slice(node.start, node.end));
}

/** The member `key` of an object node (the last one, as JSON.parse reads duplicates), if any. */
export function memberOf(node: JsonNode | undefined, key: string): JsonMember | undefined {
  if (node?.kind !== 'object') return undefined;
  for (let i = node.members.length - 1; i >= 0; i--) if (node.members[i]!.key === key) return node.members[i];
  return undefined;
}

/** The index of the member `key` of an object node, or -1. */
export function memberIndex(node: JsonObjectNode, key: string): number {
  for (let i = node.members.length - 1; i >= 0; i--) if (node.members[i]!.key === key) return i;
  return -1;
}
