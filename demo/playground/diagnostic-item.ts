/**
 * One entry of the playground's problems list: a button reading `line:column`, the severity, the JSON
 * Pointer, the check's message and its rule code, which puts the caret on the problem.
 */
import type { Diagnostic } from '@schemaforms/tooling/check';
import type { PlaygroundStrings } from './strings.js';

/** The list item for `d`; `goTo` runs when it is chosen. */
export function diagnosticItem(d: Diagnostic, t: PlaygroundStrings, goTo: () => void): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.severity = d.severity;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'diagnostic';
  // The visible text is the accessible name (WCAG 2.5.3); the title adds what a click does.
  button.title = t.goTo(d.line, d.column);
  const part = (tag: 'span' | 'code', className: string, text: string) => {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    return element;
  };
  button.append(
    part('span', 'where', `${d.line}:${d.column}`),
    part('span', 'badge', d.severity === 'error' ? t.error : t.warning),
    part('code', 'pointer', `#${d.pointer}`),
    part('span', 'message', d.message),
    part('span', 'code', `[${d.code}]`),
  );
  button.addEventListener('click', goTo);
  item.append(button);
  return item;
}
