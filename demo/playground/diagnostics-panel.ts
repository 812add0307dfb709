// The check's findings under the editor: the status line, the counts and the list of diagnostics.
import type { CheckOutcome } from './checker.js';
import { diagnosticItem } from './diagnostic-item.js';
import { byId } from './page-text.js';
import type { PlaygroundStrings } from './strings.js';

/**
 * Shows the latest check (or "checking" before the first one); choosing a diagnostic calls `goTo` with
 * its line and column.
 */
export function renderDiagnostics(
  lastCheck: CheckOutcome | undefined,
  t: PlaygroundStrings,
  goTo: (line: number, column: number) => void,
): void {
  const list = byId('diagnostics');
  const status = byId('check-status');
  const counts = byId('counts');
  if (!lastCheck) {
    list.replaceChildren();
    counts.textContent = '';
    status.textContent = t.checking;
    return;
  }
  const diagnostics = lastCheck.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  counts.textContent = diagnostics.length ? `· ${t.counts(errors, warnings)}` : '';
  counts.dataset.state = errors ? 'error' : warnings ? 'warning' : 'ok';
  const scope = lastCheck.path ? t.checkedAsForm(lastCheck.path) : t.checkedAsSchema;
  status.textContent = lastCheck.failure
    ? `${t.checkFailed}: ${lastCheck.failure}`
    : `${diagnostics.length ? t.counts(errors, warnings) : t.noProblems} ${scope}`;
  list.replaceChildren(...diagnostics.map((d) => diagnosticItem(d, t, () => goTo(d.line, d.column))));
}
