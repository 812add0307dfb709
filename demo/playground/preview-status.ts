// The banner above the live form: compiling, broken (with why), ready, or ready with the check's errors.
import type { CheckOutcome } from './checker.js';
import { byId } from './page-text.js';
import type { PlaygroundStrings } from './strings.js';

/** Where the form for the editor's text stands: being made, made from `text`, or not made and why. */
export type CompileState =
  | { readonly kind: 'pending' }
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'broken'; readonly text: string; readonly detail: string };

/** What the banner describes. */
export interface PreviewState {
  readonly compileState: CompileState;
  /** Whether a form is on screen (from this text or an older one). */
  readonly hasForm: boolean;
  readonly lastCheck: CheckOutcome | undefined;
  /** The editor's text now. */
  readonly text: string;
}

/** Updates the banner and the frame around the form (hidden without a form, dimmed when it is stale). */
export function renderPreviewStatus(state: PreviewState, t: PlaygroundStrings): void {
  const { compileState, hasForm, lastCheck, text: current } = state;
  const banner = byId('form-status');
  const frame = byId('form-frame');
  const checkErrors =
    lastCheck && lastCheck.text === current ? lastCheck.diagnostics.filter((d) => d.severity === 'error').length : 0;
  let mode: string;
  let text: string;
  switch (compileState.kind) {
    case 'pending':
      mode = 'compiling';
      text = t.previewCompiling;
      break;
    case 'broken':
      mode = 'error';
      text = `${hasForm ? t.previewBroken : t.previewNone} ${compileState.detail}`;
      break;
    default:
      // While a newer text waits for its form, the banner keeps describing the form on screen.
      if (compileState.text !== current && banner.textContent) return;
      mode = checkErrors ? 'warning' : 'ok';
      text = checkErrors ? t.previewWithErrors(checkErrors) : t.previewReady;
  }
  banner.dataset.state = mode;
  banner.dataset.current = String(compileState.kind !== 'pending' && compileState.text === current);
  banner.textContent = text;
  frame.classList.toggle('stale', compileState.kind === 'broken' && hasForm);
  frame.hidden = !hasForm;
}
