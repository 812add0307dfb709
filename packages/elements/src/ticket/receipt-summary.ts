/**
 * What the receipt says about a sent ticket: each answer as "label: value" (secrets masked) and the
 * follow-up tickets the chosen answers ask for. Read from the form's schema, so nothing is specific to a
 * form: a follow-up is a link to another subject (`?assunto=…`) in the help of an option that was chosen,
 * as "Manter o Token: Sim" links to the Revogação de Token.
 */
import { parseHelp, type HelpNode, type JsonSchemaObject } from '@schemaforms/core';
import type { Receipt } from './receipt-template.js';

/** One answer as the receipt lists it. */
export interface ReceiptLine {
  readonly label: string;
  readonly value: string;
}

/** A ticket the seller should open next, with the words of the link that asks for it. */
export interface FollowUp {
  readonly text: string;
  readonly href: string;
}

/** The words the summary needs in the form's language. */
export interface SummaryWords {
  readonly yes: string;
  readonly no: string;
  readonly masked: string;
  readonly items: (count: number) => string;
}

type Schema = Record<string, unknown>;

function isObject(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function properties(schema: JsonSchemaObject | undefined): [string, Schema][] {
  const props = isObject(schema) ? schema.properties : undefined;
  if (!isObject(props)) return [];
  return Object.entries(props).filter((entry): entry is [string, Schema] => isObject(entry[1]));
}

function constOptions(property: Schema): Schema[] {
  const list = Array.isArray(property.oneOf) ? property.oneOf : Array.isArray(property.anyOf) ? property.anyOf : [];
  return list.filter((option): option is Schema => isObject(option) && 'const' in option);
}

function chosenOption(property: Schema, answer: unknown): Schema | undefined {
  return constOptions(property).find((option) => option.const === answer);
}

/** The option label of an `x-context` answer (the store's name), from the host context's list. */
function contextLabel(property: Schema, answer: unknown, context: unknown): string | undefined {
  const xContext = property['x-context'];
  if (!isObject(xContext) || typeof xContext.options !== 'string') return undefined;
  let list: unknown = context;
  for (const token of xContext.options.split('/').slice(1)) {
    list = isObject(list) && Object.hasOwn(list, token) ? list[token] : undefined;
  }
  if (!Array.isArray(list)) return undefined;
  const found = list.find((item) => isObject(item) && item.value === answer);
  return isObject(found) && typeof found.label === 'string' ? found.label : undefined;
}

function display(property: Schema, answer: unknown, context: unknown, words: SummaryWords): string {
  if (property.writeOnly === true) return words.masked;
  const option = chosenOption(property, answer);
  if (option) return typeof option.title === 'string' ? option.title : String(answer);
  const fromContext = contextLabel(property, answer, context);
  if (fromContext !== undefined) return fromContext;
  if (typeof answer === 'boolean') return answer ? words.yes : words.no;
  if (Array.isArray(answer)) {
    return answer.every((item) => typeof item !== 'object') ? answer.join(', ') : words.items(answer.length);
  }
  if (isObject(answer)) return words.items(Object.keys(answer).length);
  return String(answer);
}

/** The sent answers as "label: value" lines, in the form's order; a `writeOnly` answer is masked. */
export function receiptLines(
  schema: JsonSchemaObject | undefined,
  answers: unknown,
  context: unknown,
  words: SummaryWords,
): ReceiptLine[] {
  if (!isObject(answers)) return [];
  return properties(schema)
    .filter(([key]) => Object.hasOwn(answers, key) && answers[key] !== undefined && answers[key] !== '')
    .map(([key, property]) => ({
      label: typeof property.title === 'string' ? property.title : key,
      value: display(property, answers[key], context, words),
    }));
}

function linksIn(nodes: readonly HelpNode[], found: FollowUp[]): void {
  for (const node of nodes) {
    if (node.type === 'link') {
      const text = textOf(node.children);
      if (node.href.startsWith('?') && new URLSearchParams(node.href.slice(1)).has('assunto'))
        found.push({ text, href: node.href });
    } else if ('children' in node) linksIn(node.children, found);
    else if (node.type === 'list') for (const item of node.items) linksIn(item, found);
  }
}

function textOf(nodes: readonly HelpNode[]): string {
  return nodes
    .map((node) =>
      node.type === 'text' || node.type === 'code' ? node.text : 'children' in node ? textOf(node.children) : '',
    )
    .join('');
}

/**
 * The follow-up tickets of the sent answers: links to another subject in the help of each chosen option,
 * their `{/pointer}` templates filled from the answers (never from a `writeOnly` one).
 */
export function followUps(schema: JsonSchemaObject | undefined, answers: unknown): FollowUp[] {
  if (!isObject(answers)) return [];
  const secret = new Set(
    properties(schema)
      .filter(([, property]) => property.writeOnly === true)
      .map(([key]) => key),
  );
  const resolve = (pointer: string): unknown => {
    const key = pointer.slice(1).replaceAll('~1', '/').replaceAll('~0', '~');
    return secret.has(key) || !Object.hasOwn(answers, key) ? undefined : answers[key];
  };
  const found: FollowUp[] = [];
  for (const [key, property] of properties(schema)) {
    const option = chosenOption(property, answers[key]);
    if (option && typeof option.description === 'string') linksIn(parseHelp(option.description, { resolve }), found);
  }
  return found;
}

/** What the receipt lists of a sent ticket: its answers and the follow-up tickets they ask for. */
export function receiptSummary(
  schema: JsonSchemaObject | undefined,
  sent: unknown,
  context: unknown,
  words: SummaryWords,
): Pick<Receipt, 'lines' | 'followUps'> {
  return { lines: receiptLines(schema, sent, context, words), followUps: followUps(schema, sent) };
}
