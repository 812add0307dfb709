/**
 * Driving the schema playground (demo/playground.html) from Playwright: open it, type a schema, wait
 * until the check and the form describe it, and read the CodeMirror editor's state.
 */
import type { Browser, BrowserContext, Page } from 'playwright';

/** What the playground exposes on `window` for the console and for these tests. */
interface PlaygroundWindow {
  playgroundEditor: {
    readonly value: string;
    readonly view: { state: { selection: { main: { head: number; from: number; to: number } } } };
  };
}

/** Opens the playground in a new page (of `context`, or of a fresh context); page errors fail the test. */
export async function openPlayground(browser: Browser, url: string, context?: BrowserContext): Promise<Page> {
  const page = await (context ?? (await browser.newContext())).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  await page.locator('#editor-text').waitFor();
  return page;
}

/** Waits until the problems list and the form both describe the editor's current text. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('#form-status')?.getAttribute('data-current') === 'true' &&
      !document.querySelector('#diagnostics')?.hasAttribute('data-stale') &&
      document.querySelector('#check-status')?.getAttribute('data-mode') !== null,
    null,
    { timeout: 60_000 },
  );
}

/** Types `text` as the whole editor content and waits for its check and its form. */
export async function typeSchema(page: Page, text: string): Promise<void> {
  await page.locator('#editor-text').fill(text);
  await settled(page);
}

/** The editor's whole text (CodeMirror draws only the lines in view, so it is read from its state). */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as PlaygroundWindow).playgroundEditor.value);
}

/** The caret's offset in the editor's text. */
export async function editorCaret(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as PlaygroundWindow).playgroundEditor.view.state.selection.main.head);
}

/** Focuses the editor with the caret at `offset`. */
export async function placeCaret(page: Page, offset: number): Promise<void> {
  await page.evaluate((anchor) => {
    const { view } = (
      window as unknown as { playgroundEditor: { view: { dispatch(spec: object): void; focus(): void } } }
    ).playgroundEditor;
    view.focus();
    view.dispatch({ selection: { anchor } });
  }, offset);
}

/** The editor's selection as [from, to]. */
export async function editorSelection(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const { from, to } = (window as unknown as PlaygroundWindow).playgroundEditor.view.state.selection.main;
    return [from, to] as [number, number];
  });
}
