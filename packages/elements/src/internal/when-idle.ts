/**
 * Runs `task` when the browser is idle (at the latest after `timeout` ms), or on the next task where
 * `requestIdleCallback` is missing (Safari before 26). For code fetched after the first render: the
 * fields show first, the rest arrives while the person reads them.
 */
export function whenIdle(task: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, 1);
}
