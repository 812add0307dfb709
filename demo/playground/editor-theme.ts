/**
 * How the editor looks: the page's colour tokens (playground.css, light and dark) applied to
 * CodeMirror's parts and to JSON's syntax, so text keeps the contrast the page was checked for.
 */
import { HighlightStyle } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** Colours of JSON tokens. */
export const jsonHighlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--tok-key)' },
  { tag: tags.string, color: 'var(--tok-string)' },
  { tag: tags.number, color: 'var(--tok-number)' },
  { tag: [tags.bool, tags.null], color: 'var(--tok-literal)' },
  { tag: [tags.separator, tags.brace, tags.squareBracket, tags.punctuation], color: 'var(--tok-punct)' },
  { tag: tags.invalid, color: 'var(--danger)' },
]);

/** The editor's frame, gutters, selection, tooltips and panels. */
export const editorTheme = EditorView.theme({
  '&': { color: 'var(--text)', backgroundColor: 'var(--code-bg)', fontSize: 'var(--code-size)' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: 'var(--code-line)', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--text)', padding: 'var(--pad-y) 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--selection)',
  },
  '.cm-gutters': { backgroundColor: 'var(--gutter-bg)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'transparent' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--border)', color: 'var(--text)' },
  '.cm-matchingBracket': { outline: '1px solid var(--muted)', backgroundColor: 'transparent' },
  '.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)' },
  '.cm-completionDetail': { color: 'inherit', opacity: '0.85' },
  '.cm-panels': { backgroundColor: 'var(--surface)', color: 'var(--text)' },
  '.cm-panels-top': { borderBottom: '1px solid var(--border)' },
  '.cm-textfield': { color: 'var(--text)', backgroundColor: 'var(--code-bg)' },
  '.cm-button': { color: 'var(--text)', backgroundImage: 'none', backgroundColor: 'var(--surface)' },
  '.cm-searchMatch': { backgroundColor: 'rgb(255 196 0 / 0.35)' },
  '.cm-searchMatch-selected': { backgroundColor: 'rgb(255 160 0 / 0.55)' },
  '.cm-diagnosticText': { whiteSpace: 'pre-wrap' },
  '.cm-diagnosticSource': { color: 'var(--muted)', opacity: '1' },
});
