/**
 * Reads a form file as JSON with positions: strict JSON (no comments, no trailing commas), duplicate keys
 * reported, and every JSON Pointer mapped back to a line and column.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import type { Diagnostic } from './diagnostic.js';
import { joinPointer, splitPointer } from './json-pointer.js';

/** A 1-based line and column (UTF-16 code units, as editors count). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A parsed JSON document that can tell where each value is. */
export interface JsonSource {
  /** The file name used in diagnostics. */
  readonly file: string;
  readonly text: string;
  /** The parsed value, or `undefined` when the text is not valid JSON (see `diagnostics`). */
  readonly value: unknown;
  /** The syntax tree, when the text parsed. */
  readonly tree: Node | undefined;
  /** Syntax errors, duplicate keys and the nesting cap, in document order. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Where the value at `pointer` starts; with `key`, where its property name starts (for problems
   * about the name itself, such as an unknown keyword). Falls back to the nearest existing ancestor.
   */
  locate(pointer: string, options?: { key?: boolean }): Position;
  /** The line and column of a character offset. */
  position(offset: number): Position;
}

/** Options of `parseJsonSource`. */
export interface ParseJsonOptions {
  /** Deepest nesting of objects and arrays accepted before parsing (RELIABILITY A23); 32 by default. */
  readonly maxDepth?: number;
  /** The language of the messages that have one (English by default). */
  readonly locale?: CheckLocale;
}

/** The default nesting cap of a form file. */
export const DEFAULT_MAX_DEPTH = 32;

/**
 * Parses `text` as strict JSON with positions. The nesting depth is measured first without recursion,
 * so a 5,000-deep file is reported, not a stack overflow. Objects are built with own data properties,
 * so a `"__proto__"` key stays a key and never changes a prototype.
 */
export function parseJsonSource(text: string, file: string, options: ParseJsonOptions = {}): JsonSource {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const lineStarts = computeLineStarts(text);
  const position = (offset: number): Position => positionOf(lineStarts, offset);
  const diagnostics: Diagnostic[] = [];
  const report = (offset: number, pointer: string, code: string, message: string): void => {
    const { line, column } = position(offset);
    diagnostics.push({ file, line, column, pointer, severity: 'error', code, message });
  };

  // A leading byte-order mark is tolerated: editors on Windows add it and it carries no meaning.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tooDeep = findDepthOverflow(text, maxDepth);
  let tree: Node | undefined;
  if (tooDeep !== undefined) {
    report(
      tooDeep,
      '',
      'too-deep',
      `nesting deeper than ${maxDepth} levels — flatten the form (move repeated parts to "$defs" and use "$ref")`,
    );
  } else if (text.slice(start).trim() === '') {
    report(start, '', 'root-not-object', 'the file is empty — a form file holds one JSON object, the root schema');
  } else {
    const errors: ParseError[] = [];
    tree = parseTree(text.slice(start) === text ? text : ' ' + text.slice(start), errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
    const reported = new Set<string>();
    const unclosed = errors.length > 0 ? unclosedAtEnd(text) : undefined;
    if (unclosed) {
      report(text.length, '', 'json-syntax', `the file ends ${unclosed} (truncated?) — complete or restore the file`);
      errors.length = 0;
      tree = undefined;
    }
    for (const error of errors.slice(0, 5)) {
      const { offset, message } = describeSyntaxError(text, error, options.locale ?? 'en');
      if (reported.has(`${offset}:${message}`)) continue;
      reported.add(`${offset}:${message}`);
      report(offset, '', 'json-syntax', message);
    }
    if (errors.length > 0) tree = undefined;
  }

  if (tree) findDuplicateKeys(tree, (keyNode, pointer, firstLine) =>
    report(
      keyNode.offset,
      pointer,
      'duplicate-key',
      `duplicate key ${JSON.stringify(keyNode.value)} (first on line ${firstLine}) — JSON keeps only the last one silently; remove or rename one`,
    ),
  position);

  const value = tree ? nodeValue(tree) : undefined;
  return {
    file,
    text,
    value,
    tree,
    diagnostics,
    position,
    locate(pointer, opts = {}) {
      if (!tree) return { line: 1, column: 1 };
      const node = findNode(tree, pointer);
      if (opts.key && node.parent?.type === 'property' && node.parent.children?.[0]) {
        return position(node.parent.children[0].offset);
      }
      return position(node.offset);
    },
  };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function positionOf(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}

/** The offset where nesting first exceeds `maxDepth`, skipping strings; iterative on purpose. */
function findDepthOverflow(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth > maxDepth) return i;
    } else if (c === '}' || c === ']') {
      depth--;
    }
  }
  return undefined;
}

/** Describes what is still open at the end of a cut-off file, or `undefined` when all is closed. */
function unclosedAtEnd(text: string): string | undefined {
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') open.pop();
  }
  if (inString) return 'inside a string';
  if (open.length > 0) return `before its closing ${open.reverse().map((c) => `"${c}"`).join(' ')}`;
  return undefined;
}

function previousSignificant(text: string, offset: number): { char: string; offset: number } | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i] ?? '';
    if (!/\s/.test(c)) return { char: c, offset: i };
  }
  return undefined;
}

function describeSyntaxError(text: string, error: ParseError, locale: CheckLocale): { offset: number; message: string } {
  const at = text[error.offset];
  const atEnd = error.offset >= text.length || text.slice(error.offset).trim() === '';
  const name = printParseErrorCode(error.error);
  switch (name) {
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return {
        offset: error.offset,
        message: 'comments are not allowed in JSON — delete the comment (put notes in a "$comment" keyword)',
      };
    case 'PropertyNameExpected':
    case 'ValueExpected': {
      const before = previousSignificant(text, error.offset);
      if ((at === '}' || at === ']') && before?.char === ',') {
        return {
          offset: before.offset,
          message: `trailing comma before "${at}" — JSON allows no comma after the last ${at === '}' ? 'property' : 'item'}; remove it`,
        };
      }
      if (atEnd) return { offset: error.offset, message: 'the file ends in the middle of a value (truncated?) — complete or restore the file' };
      if (name === 'PropertyNameExpected') {
        return { offset: error.offset, message: 'expected a property name in double quotes — JSON keys are "quoted"' };
      }
      return { offset: error.offset, message: 'expected a value (a string in double quotes, number, true, false, null, object or array)' };
    }
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const closer = name === 'CloseBraceExpected' ? '}' : ']';
      if (atEnd) return { offset: error.offset, message: `the file ends before a closing "${closer}" (truncated?) — complete or restore the file` };
      return { offset: error.offset, message: `expected "," or "${closer}" — a comma or the closing bracket is missing` };
    }
    case 'CommaExpected': {
      // The comma belongs right after the previous value, at the end of its line, not where the parser
      // noticed it missing (the start of the next line).
      const before = previousSignificant(text, error.offset);
      return { offset: before ? before.offset + 1 : error.offset, message: checkMessage('missing-comma', {}, locale) };
    }
    case 'ColonExpected':
      return { offset: error.offset, message: 'expected ":" after the property name' };
    case 'UnexpectedEndOfString':
      return { offset: error.offset, message: 'a string is not closed — add the closing double quote' };
    case 'InvalidEscapeCharacter':
      return { offset: error.offset, message: 'invalid escape in a string — JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (write a backslash as \\\\)' };
    case 'InvalidCharacter':
      return { offset: error.offset, message: 'a control character (such as a raw line break or tab) inside a string — write it as \\n or \\t' };
    case 'InvalidUnicode':
      return { offset: error.offset, message: 'invalid \\u escape — it needs exactly four hex digits' };
    case 'EndOfFileExpected':
      return { offset: error.offset, message: 'text after the end of the JSON value — a form file holds exactly one object; remove the rest' };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { offset: error.offset, message: 'invalid number — JSON numbers have no leading zeros, no trailing dot and no NaN/Infinity' };
    default:
      if (at === "'") return { offset: error.offset, message: "single quotes are not JSON — use double quotes" };
      return { offset: error.offset, message: `unexpected character ${JSON.stringify(at ?? '')} — this is not valid JSON here` };
  }
}

function findDuplicateKeys(
  root: Node,
  onDuplicate: (keyNode: Node, pointer: string, firstLine: number) => void,
  position: (offset: number) => Position,
): void {
  const stack: { node: Node; pointer: string }[] = [{ node: root, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const childPointer = joinPointer(pointer, key);
        const first = seen.get(key);
        if (first !== undefined) onDuplicate(keyNode, childPointer, position(first).line);
        else seen.set(key, keyNode.offset);
        if (valueNode) stack.push({ node: valueNode, pointer: childPointer });
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => stack.push({ node: child, pointer: joinPointer(pointer, index) }));
    }
  }
}

/** Builds the value of a node like JSON.parse does (last duplicate wins), with own data properties only. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        Object.defineProperty(object, String(keyNode.value), {
          value: nodeValue(valueNode),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function findNode(root: Node, pointer: string): Node {
  let node = root;
  let tokens: string[];
  try {
    tokens = splitPointer(pointer);
  } catch {
    return root;
  }
  for (const token of tokens) {
    let next: Node | undefined;
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode && String(keyNode.value) === token && valueNode) next = valueNode;
      }
    } else if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(token)) {
      next = node.children?.[Number(token)];
    }
    if (!next) return node;
    node = next;
  }
  return node;
}
