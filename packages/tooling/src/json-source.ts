/**
 * Reads a form file as JSON with positions: strict JSON (no comments, no trailing commas), duplicate keys
 * reported, and every JSON Pointer mapped back to a line and column.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { CheckLocale } from './check-locale.js';
import { checkMessage, type CheckMessageKey, type CheckMessageParams } from './check-messages.js';
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
  const locale = options.locale ?? 'en';
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
    report(tooDeep, '', 'too-deep', checkMessage('json-too-deep', { max: maxDepth }, locale));
  } else if (text.slice(start).trim() === '') {
    report(start, '', 'root-not-object', checkMessage('json-empty', {}, locale));
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
      report(text.length, '', 'json-syntax', checkMessage('json-truncated', unclosed, locale));
      errors.length = 0;
      tree = undefined;
    }
    for (const error of errors.slice(0, 5)) {
      const { offset, message } = describeSyntaxError(text, error, locale);
      if (reported.has(`${offset}:${message}`)) continue;
      reported.add(`${offset}:${message}`);
      report(offset, '', 'json-syntax', message);
    }
    if (errors.length > 0) tree = undefined;
  }

  if (tree)
    findDuplicateKeys(
      tree,
      (keyNode, pointer, firstLine) =>
        report(
          keyNode.offset,
          pointer,
          'duplicate-key',
          checkMessage('json-duplicate-key', { key: String(keyNode.value), line: firstLine }, locale),
        ),
      position,
    );

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

/** What is still open at the end of a cut-off file, or `undefined` when all is closed. */
function unclosedAtEnd(text: string): { inString: boolean; closers: string[] } | undefined {
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
  if (inString) return { inString: true, closers: [] };
  if (open.length > 0) return { inString: false, closers: open.reverse() };
  return undefined;
}

function previousSignificant(text: string, offset: number): { char: string; offset: number } | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i] ?? '';
    if (!/\s/.test(c)) return { char: c, offset: i };
  }
  return undefined;
}

function describeSyntaxError(
  text: string,
  error: ParseError,
  locale: CheckLocale,
): { offset: number; message: string } {
  const at = text[error.offset];
  const atEnd = error.offset >= text.length || text.slice(error.offset).trim() === '';
  const name = printParseErrorCode(error.error);
  const say = <K extends CheckMessageKey>(key: K, params: CheckMessageParams<K>): string =>
    checkMessage(key, params, locale);
  switch (name) {
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { offset: error.offset, message: say('json-comment', {}) };
    case 'PropertyNameExpected':
    case 'ValueExpected': {
      const before = previousSignificant(text, error.offset);
      if ((at === '}' || at === ']') && before?.char === ',') {
        return { offset: before.offset, message: say('json-trailing-comma', { closer: at }) };
      }
      if (atEnd) return { offset: error.offset, message: say('json-truncated-value', {}) };
      if (name === 'PropertyNameExpected') {
        return { offset: error.offset, message: say('json-property-name', {}) };
      }
      return { offset: error.offset, message: say('json-value', {}) };
    }
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const closer = name === 'CloseBraceExpected' ? '}' : ']';
      if (atEnd) return { offset: error.offset, message: say('json-truncated-value', { closer }) };
      return { offset: error.offset, message: say('json-comma-or-close', { closer }) };
    }
    case 'CommaExpected': {
      // The comma belongs right after the previous value, at the end of its line, not where the parser
      // noticed it missing (the start of the next line).
      const before = previousSignificant(text, error.offset);
      return { offset: before ? before.offset + 1 : error.offset, message: say('missing-comma', {}) };
    }
    case 'ColonExpected':
      return { offset: error.offset, message: say('json-colon', {}) };
    case 'UnexpectedEndOfString':
      return { offset: error.offset, message: say('json-open-string', {}) };
    case 'InvalidEscapeCharacter':
      return { offset: error.offset, message: say('json-escape', {}) };
    case 'InvalidCharacter':
      return { offset: error.offset, message: say('json-control-character', {}) };
    case 'InvalidUnicode':
      return { offset: error.offset, message: say('json-unicode-escape', {}) };
    case 'EndOfFileExpected':
      return { offset: error.offset, message: say('json-after-end', {}) };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { offset: error.offset, message: say('json-number', {}) };
    default:
      if (at === "'") return { offset: error.offset, message: say('json-single-quotes', {}) };
      return { offset: error.offset, message: say('json-unexpected', { character: at ?? '' }) };
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
      (node.children ?? []).forEach((child, index) =>
        stack.push({ node: child, pointer: joinPointer(pointer, index) }),
      );
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
