/**
 * The playground's JSON editor: CodeMirror 6 with JSON highlighting, the check's problems in the lint
 * gutter and under their tokens (F8 / Shift+F8 go between them), completion and hover help from our
 * forms' vocabulary, search (Ctrl+F), folding, bracket matching and an undo history that whole-text
 * replacements (format, a catalog form, a shared link) join, so Ctrl+Z brings the earlier text back.
 * Tab indents; Escape then Tab leaves the editor (CodeMirror's tab focus mode).
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab, isolateHistory } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import {
  lintGutter,
  nextDiagnostic,
  previousDiagnostic,
  setDiagnostics,
  type Diagnostic as LintDiagnostic,
} from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, Transaction, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { editorPhrases } from './editor-phrases.js';
import { editorTheme, jsonHighlight } from './editor-theme.js';
import { keywordHover, schemaCompletion, type DescriptionLocale } from './schema-completion.js';
import { tokenEnd } from './json-position.js';
import type { PlaygroundLocale } from './strings.js';

/** A problem to show: where it is (1-based line and UTF-16 column), how bad, what it says, its rule. */
export interface EditorDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly code?: string;
}

/** Options of `JsonEditor`. */
export interface JsonEditorOptions {
  /** Called after every change of the text, typed or programmatic. */
  readonly onChange: (text: string) => void;
  /** The language of the keyword descriptions, asked at each use. */
  readonly locale: DescriptionLocale;
  /** Attributes of the editable element: `id`, `aria-label`, `aria-describedby`. */
  readonly attributes: Record<string, string>;
}

/** The editor, mounted into `parent`. */
export class JsonEditor {
  readonly view: EditorView;
  readonly #attributes = new Compartment();
  readonly #phrases = new Compartment();
  readonly #onChange: (text: string) => void;
  #attributeValues: Record<string, string>;

  constructor(parent: HTMLElement, options: JsonEditorOptions) {
    this.#onChange = options.onChange;
    this.#attributeValues = { spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off', ...options.attributes };
    const extensions: Extension[] = [
      lineNumbers(),
      foldGutter(),
      lintGutter(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      closeBrackets(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      search({ top: true }),
      json(),
      syntaxHighlighting(jsonHighlight),
      autocompletion({ override: [schemaCompletion(options.locale)], icons: false }),
      hoverTooltip(keywordHover(options.locale), { hoverTime: 300 }),
      EditorView.lineWrapping,
      EditorState.tabSize.of(2),
      this.#phrases.of(EditorState.phrases.of(editorPhrases(options.locale()))),
      this.#attributes.of(EditorView.contentAttributes.of(this.#attributeValues)),
      keymap.of([
        { key: 'F8', run: nextDiagnostic, preventDefault: true },
        { key: 'Shift-F8', run: previousDiagnostic, preventDefault: true },
        ...closeBracketsKeymap,
        ...defaultKeymap,
        ...searchKeymap,
        ...historyKeymap,
        ...foldKeymap,
        ...completionKeymap,
        indentWithTab,
      ]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.state.doc.toString());
      }),
      editorTheme,
    ];
    this.view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions }) });
  }

  /** The current text. */
  get value(): string {
    return this.view.state.doc.toString();
  }

  /** Follows a change of the page's language: the editable element's name and CodeMirror's own text. */
  setLanguage(locale: PlaygroundLocale, label: string): void {
    this.#attributeValues = { ...this.#attributeValues, 'aria-label': label };
    this.view.dispatch({
      effects: [
        this.#attributes.reconfigure(EditorView.contentAttributes.of(this.#attributeValues)),
        this.#phrases.reconfigure(EditorState.phrases.of(editorPhrases(locale))),
      ],
    });
  }

  /** Puts the text the page starts with in, outside the undo history, and notifies `onChange`. */
  load(text: string): void {
    // The same text changes nothing, but the page still has to check it and build its form.
    if (text === this.value) return this.#onChange(text);
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      annotations: Transaction.addToHistory.of(false),
    });
  }

  /**
   * Replaces the whole text as one edit in the undo history (Ctrl+Z brings the old text back), keeps
   * the caret at the start, and notifies `onChange`.
   */
  replace(text: string): void {
    if (text === this.value) return;
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      selection: { anchor: 0 },
      userEvent: 'input.replace',
      // Its own step in the history, never merged with typing just before or after.
      annotations: isolateHistory.of('full'),
      scrollIntoView: true,
    });
  }

  /** Shows the check's problems in the gutter and under their tokens. */
  setDiagnostics(diagnostics: readonly EditorDiagnostic[]): void {
    const state = this.view.state;
    const marks: LintDiagnostic[] = diagnostics.map((d) => {
      const from = this.offsetOf(d.line, d.column);
      return {
        from,
        to: tokenEnd(state.doc.toString(), from),
        severity: d.severity,
        message: d.message,
        ...(d.code ? { source: d.code } : {}),
      };
    });
    this.view.dispatch(setDiagnostics(state, marks));
  }

  /** The offset of a 1-based line and UTF-16 column, clamped to the text. */
  offsetOf(line: number, column: number): number {
    const doc = this.view.state.doc;
    const row = doc.line(Math.min(Math.max(line, 1), doc.lines));
    return Math.min(row.from + Math.max(column, 1) - 1, row.to);
  }

  /** Moves the caret to a line and column, scrolls it into view and focuses the editor. */
  goTo(line: number, column: number): void {
    const anchor = this.offsetOf(line, column);
    this.view.dispatch({ selection: { anchor }, scrollIntoView: true });
    this.view.focus();
  }

  /** Goes to the next problem after the caret, wrapping around, and focuses the editor. */
  nextDiagnostic(): void {
    nextDiagnostic(this.view);
    this.view.focus();
  }
}
