import {
  answerResolver,
  MAX_HELP_LENGTH,
  parseHelp,
  type FieldModel,
  type Form,
  type HelpNode,
} from '@schemaforms/core';
import { renderHelp } from '../help/help-template.js';
import { warnOnce } from '../internal/dev-warning.js';

/** Help link templates (`{/loja}`) read other answers: those answers are part of the help's identity. */
const HELP_REFERENCE = /\{(\/[^}]*)\}/g;

/**
 * Help that `parseHelp` makes one paragraph of plain text: one line that starts with a letter (so no
 * list marker) and has no Markdown character. Up to `MAX_HELP_LENGTH` (UTF-16 units, where
 * `parseHelp` cuts) it renders as its trimmed text without being parsed (a form of a thousand fields
 * has a thousand such sentences).
 */
const PLAIN_HELP = /^\p{L}[^\n\r\\`*_[]*$/u;

/**
 * The help of a form's fields: Markdown-like text parsed once per text (cached), link templates
 * (`{/loja}`) filled from the answers as they would be submitted, never from a secret.
 */
export class FieldHelp {
  readonly #form: () => Form | undefined;
  readonly #newTabText: () => string;
  readonly #parsed = new Map<string, readonly HelpNode[]>();

  /** @param newTabText - "(opens in a new tab)", in the form's language. */
  constructor(form: () => Form | undefined, newTabText: () => string) {
    this.#form = form;
    this.#newTabText = newTabText;
  }

  /** The help `text` as a template. */
  render(text: string): unknown {
    if (text.length <= MAX_HELP_LENGTH && PLAIN_HELP.test(text)) return text.trim();
    return renderHelp(this.#parse(text), { newTabText: this.#newTabText() });
  }

  /** The answers a field's help links read, as one comparable string ('' when none). */
  inputs(field: FieldModel): string {
    // Every option's help counts, chosen or not: radios show each option's help as a hint.
    let text = field.help ?? '';
    for (const option of field.options ?? []) text += option.help ?? '';
    if (!text.includes('{/')) return '';
    const resolve = answerResolver(this.#form()!);
    let inputs = '';
    for (const [, pointer] of text.matchAll(HELP_REFERENCE)) inputs += `\u0000${String(resolve(pointer!))}`;
    return inputs;
  }

  #parse(text: string): readonly HelpNode[] {
    try {
      // Link templates read the answers as they would be submitted, never a secret (RELIABILITY, principle 7).
      if (text.includes('{/')) return parseHelp(text, { resolve: answerResolver(this.#form()!) });
      let nodes = this.#parsed.get(text);
      if (!nodes) {
        nodes = parseHelp(text);
        this.#parsed.set(text, nodes);
      }
      return nodes;
    } catch (error) {
      warnOnce('help-unparsable', `Help shown as plain text, it could not be parsed: ${String(error)}`);
      // Help that cannot be parsed is still worth reading: as plain text, never as markup.
      return [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    }
  }
}
