/**
 * axe-core run inside a Playwright page, for the end-to-end accessibility checks: every violation (one
 * entry per node), or only the serious and critical ones.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright';

let source: Promise<string> | undefined;

/** axe-core's browser build, read once per test file. */
function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  /** The CSS targets of the offending nodes, as JSON. */
  readonly targets: readonly string[];
}

async function runAxe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await axeSource() });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
}

/** Every axe violation on the page, one `id target` entry per offending node. */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await runAxe(page)).flatMap((v) => v.targets.map((target) => `${v.id} ${target}`));
}

/** The serious and critical axe violations on the page, as `id (count)`. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  return (await runAxe(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.targets.length})`);
}
