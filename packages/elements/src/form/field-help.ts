import { answerResolver, MAX_HELP_LENGTH, type FieldModel, type Form, type HelpNode } from '@schemaforms/core';
import { warnOnce } from '../internal/dev-warning.js';

/** The Markdown parser and template: a chunk fetched the first time a help text needs them. */
const loadMarkdown = () => import('../help/markdown-help.js');
type Markdown = Awaited<ReturnType<typeof loadMarkdown>>;

/** How `FieldHelp` tells its form about the Markdown chunk. */
export interface MarkdownLoading {
  /** The chunk is being fetched; the promise settles (never rejects) once it has arrived or failed. */
  readonly loading: (load: Promise<void>) => void;
  /** The chunk could not be fetched: help stays plain text; `message` says why, for `sf-error`. */
  readonly failed: (message: string) => void;
}

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
 * (`{/loja}`) filled from the answers as they would be submitted, never from a secret. Plain help
 * renders as it is; the parser comes in a chunk fetched the first time a text has Markdown syntax, and
 * until it arrives (or if it cannot be fetched) that text shows as plain text.
 */
export class FieldHelp {
  readonly #form: () => Form | undefined;
  readonly #newTabText: () => string;
  readonly #markdownLoading: MarkdownLoading;
  readonly #parsed = new Map<string, readonly HelpNode[]>();
  #markdown: Markdown | undefined;
  #markdownRequested = false;

  /** @param newTabText - "(opens in a new tab)", in the form's language. */
  constructor(form: () => Form | undefined, newTabText: () => string, markdownLoading: MarkdownLoading) {
    this.#form = form;
    this.#newTabText = newTabText;
    this.#markdownLoading = markdownLoading;
  }

  /** Whether the Markdown parser has arrived: help drawn as plain text before then is drawn again. */
  get parserArrived(): boolean {
    return this.#markdown !== undefined;
  }

  /** The help `text` as a template. */
  render(text: string): unknown {
    if (text.length <= MAX_HELP_LENGTH && PLAIN_HELP.test(text)) return text.trim();
    const markdown = this.#markdown;
    if (!markdown) {
      this.#requestMarkdown();
      // Lit's text binding: shown as the characters it has, never as markup.
      return text.trim();
    }
    return markdown.renderHelp(this.#parse(text, markdown), { newTabText: this.#newTabText() });
  }

  /** The answers a field's help links read, as one comparable string ('' when none). */
  inputs(field: FieldModel): string {
    // Every option's help counts, chosen or not: radios show each option's help as a hint. Most help
    // has no link template: nothing is concatenated for it (this runs for every field on each render).
    let text = field.help?.includes('{/') ? field.help : '';
    for (const option of field.options ?? []) if (option.help?.includes('{/')) text += option.help;
    if (text === '') return '';
    const resolve = answerResolver(this.#form()!);
    let inputs = '';
    for (const [, pointer] of text.matchAll(HELP_REFERENCE)) inputs += `\u0000${String(resolve(pointer!))}`;
    return inputs;
  }

  /** Fetches the Markdown chunk once; a failed fetch is reported and not tried again (browsers keep it). */
  #requestMarkdown(): void {
    if (this.#markdownRequested) return;
    this.#markdownRequested = true;
    this.#markdownLoading.loading(
      loadMarkdown().then(
        (markdown) => {
          this.#markdown = markdown;
        },
        (error: unknown) =>
          this.#markdownLoading.failed(
            `Help with Markdown is shown as plain text: its parser could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
          ),
      ),
    );
  }

  #parse(text: string, { parseHelp }: Markdown): readonly HelpNode[] {
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
