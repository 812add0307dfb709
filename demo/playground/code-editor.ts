/**
 * A light code editor for JSON: a real `<textarea>` (so typing, selection, undo, IME, spellcheck-off
 * and screen readers work as in any text field) over a highlighted copy of its text, with line numbers
 * and diagnostic markers in a gutter. Both layers wrap lines the same way, so they stay aligned.
 */
import { highlightLines, lineStarts, offsetOf, plainLines, positionOf, type Mark } from './json-highlight.js';

/** A problem to show on the lines: where it is (1-based line and UTF-16 column) and what it says. */
export interface EditorDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** Options of `CodeEditor`. */
export interface CodeEditorOptions {
  /** Called after every change of the text, typed or programmatic. */
  readonly onChange: (text: string) => void;
  /** Above this many characters the text is shown without colours (typing stays fast). */
  readonly highlightLimit?: number;
}

const INDENT = '  ';

interface PlacedMark extends Mark {
  readonly message: string;
}

/** The editor wiring around existing markup: `.editor-view` holding `.editor-layer > pre` and a textarea. */
export class CodeEditor {
  readonly textarea: HTMLTextAreaElement;
  readonly #layer: HTMLElement;
  readonly #code: HTMLElement;
  readonly #options: CodeEditorOptions;
  #text: string;
  #marks: PlacedMark[] = [];
  #escaped = false;
  #frame = 0;

  constructor(view: HTMLElement, options: CodeEditorOptions) {
    this.textarea = view.querySelector('textarea')!;
    this.#layer = view.querySelector<HTMLElement>('.editor-layer')!;
    this.#code = this.#layer.querySelector<HTMLElement>('pre')!;
    this.#options = options;
    this.#text = this.textarea.value;
    this.textarea.addEventListener('input', () => this.#changed());
    this.textarea.addEventListener('scroll', () => this.#syncScroll());
    this.textarea.addEventListener('keydown', (event) => this.#keydown(event));
    // The gutter is outside the textarea: a wheel there scrolls the text, a click on a marked
    // line number goes to that line's first problem.
    this.#layer.addEventListener('wheel', (event) => {
      this.textarea.scrollTop += event.deltaY;
      event.preventDefault();
    }, { passive: false });
    this.#layer.addEventListener('mousedown', (event) => {
      const line = (event.target as Element).closest<HTMLElement>('.ln');
      if (!line) return;
      event.preventDefault();
      const index = [...this.#code.children].indexOf(line);
      const mark = this.#marksByLine().get(index + 1)?.[0];
      const starts = lineStarts(this.#text);
      this.focusOffset(mark ? mark.offset : offsetOf(this.#text, starts, index + 1, 1));
    });
    new ResizeObserver(() => this.#syncWidth()).observe(this.textarea);
    this.#render();
  }

  /** The current text. */
  get value(): string {
    return this.#text;
  }

  /**
   * Replaces the whole text as an edit (Ctrl+Z brings the old text back where the browser supports
   * `insertText`), then notifies `onChange`.
   */
  replace(text: string): void {
    if (text === this.#text) return;
    const ta = this.textarea;
    const hadFocus = document.activeElement === ta;
    ta.focus({ preventScroll: true });
    ta.select();
    if (!document.execCommand('insertText', false, text) || ta.value !== text) {
      ta.value = text;
      this.#changed();
    }
    ta.setSelectionRange(0, 0);
    ta.scrollTop = 0;
    if (!hadFocus) ta.blur();
  }

  /** Shows problems on their lines: a marker in the gutter and an underline on the token. */
  setDiagnostics(diagnostics: readonly EditorDiagnostic[]): void {
    const starts = lineStarts(this.#text);
    this.#marks = diagnostics.map((d) => ({
      offset: offsetOf(this.#text, starts, d.line, d.column),
      severity: d.severity,
      message: d.message,
    }));
    this.#render();
  }

  /** Moves the caret to a line and column, scrolls it into view and focuses the editor. */
  goTo(line: number, column: number): void {
    this.focusOffset(offsetOf(this.#text, lineStarts(this.#text), line, column));
  }

  /** Moves the caret to an offset, scrolls it into view and focuses the editor. */
  focusOffset(offset: number): void {
    const ta = this.textarea;
    ta.focus({ preventScroll: true });
    ta.setSelectionRange(offset, offset);
    const { line } = positionOf(lineStarts(this.#text), offset);
    const row = this.#code.children[line - 1] as HTMLElement | undefined;
    if (row) {
      const top = row.offsetTop;
      if (top < ta.scrollTop || top + row.offsetHeight > ta.scrollTop + ta.clientHeight) {
        ta.scrollTop = Math.max(0, top - ta.clientHeight / 3);
      }
    }
  }

  /** Goes to the next (or previous) problem after the caret, wrapping around. */
  nextDiagnostic(direction: 1 | -1): void {
    if (this.#marks.length === 0) return;
    const offsets = [...new Set(this.#marks.map((m) => m.offset))].sort((a, b) => a - b);
    const caret = this.textarea.selectionStart;
    const next =
      direction === 1
        ? (offsets.find((o) => o > caret) ?? offsets[0]!)
        : ([...offsets].reverse().find((o) => o < caret) ?? offsets[offsets.length - 1]!);
    this.focusOffset(next);
  }

  #changed(): void {
    const before = this.#text;
    const after = this.textarea.value;
    if (before === after) return;
    this.#text = after;
    this.#marks = shiftMarks(this.#marks, before, after);
    this.#render();
    this.#options.onChange(after);
  }

  #marksByLine(): Map<number, PlacedMark[]> {
    const starts = lineStarts(this.#text);
    const byLine = new Map<number, PlacedMark[]>();
    for (const mark of this.#marks) {
      const { line } = positionOf(starts, mark.offset);
      byLine.set(line, [...(byLine.get(line) ?? []), mark]);
    }
    return byLine;
  }

  #render(): void {
    const text = this.#text;
    const limit = this.#options.highlightLimit ?? 200_000;
    this.#code.innerHTML = text.length > limit ? plainLines(text) : highlightLines(text, this.#marks);
    for (const [line, marks] of this.#marksByLine()) {
      const row = this.#code.children[line - 1];
      if (!row) continue;
      row.classList.add(marks.some((m) => m.severity === 'error') ? 'has-error' : 'has-warning');
      row.setAttribute('title', marks.map((m) => m.message).join('\n'));
    }
    this.#syncWidth();
    this.#syncScroll();
  }

  #syncScroll(): void {
    this.#layer.style.transform = `translateY(${-this.textarea.scrollTop}px)`;
  }

  /** The highlighted copy must wrap at exactly the textarea's content width (scrollbar excluded). */
  #syncWidth(): void {
    const apply = () => {
      this.#code.style.width = `${this.textarea.offsetLeft + this.textarea.clientWidth}px`;
      this.#syncScroll();
    };
    apply();
    // A scrollbar that appears with this very render changes clientWidth only after layout.
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(apply);
  }

  #keydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const escaped = this.#escaped;
    this.#escaped = event.key === 'Escape';
    if (event.key === 'F8') {
      event.preventDefault();
      this.nextDiagnostic(event.shiftKey ? -1 : 1);
      return;
    }
    if (event.key === 'Tab' && !escaped && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      this.#indent(event.shiftKey ? -1 : 1);
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      const ta = this.textarea;
      const text = this.#text;
      const caret = ta.selectionStart;
      const lineStart = text.lastIndexOf('\n', caret - 1) + 1;
      const indent = /^[ \t]*/.exec(text.slice(lineStart, caret))![0];
      const before = text.slice(lineStart, caret).trimEnd();
      const opens = before.endsWith('{') || before.endsWith('[');
      const closes = /^\s*[}\]]/.test(text.slice(ta.selectionEnd, text.indexOf('\n', ta.selectionEnd) === -1 ? undefined : text.indexOf('\n', ta.selectionEnd)));
      if (opens && closes) {
        this.#insert(`\n${indent}${INDENT}\n${indent}`);
        const at = ta.selectionStart - indent.length - 1;
        ta.setSelectionRange(at, at);
      } else {
        this.#insert(`\n${indent}${opens ? INDENT : ''}`);
      }
    }
  }

  /** Inserts text at the selection as a user edit (undoable). */
  #insert(text: string): void {
    const ta = this.textarea;
    if (!document.execCommand('insertText', false, text)) {
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
      this.#changed();
    }
  }

  /** Tab: indents the caret position or every selected line; Shift+Tab: outdents the lines. */
  #indent(direction: 1 | -1): void {
    const ta = this.textarea;
    const text = this.#text;
    const { selectionStart: start, selectionEnd: end } = ta;
    if (direction === 1 && !text.slice(start, end).includes('\n')) {
      this.#insert(INDENT);
      return;
    }
    const first = text.lastIndexOf('\n', start - 1) + 1;
    const lastBreak = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
    const last = lastBreak === -1 ? text.length : lastBreak;
    const lines = text.slice(first, last).split('\n');
    const changed = lines.map((line) => (direction === 1 ? INDENT + line : line.replace(/^( {1,2}|\t)/, '')));
    const replacement = changed.join('\n');
    if (replacement === text.slice(first, last)) return;
    ta.setSelectionRange(first, last);
    this.#insert(replacement);
    ta.setSelectionRange(first, first + replacement.length);
  }
}

/** Moves marks after an edit: those after the changed range shift, those inside stay at its start. */
function shiftMarks<T extends Mark>(marks: readonly T[], before: string, after: string): T[] {
  if (marks.length === 0) return [];
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const oldEnd = before.length - suffix;
  const delta = after.length - before.length;
  return marks.map((m) => {
    if (m.offset < prefix) return m;
    if (m.offset >= oldEnd) return { ...m, offset: m.offset + delta };
    return { ...m, offset: prefix };
  });
}
