// The playground's CodeMirror editor on the demo dev server: completion of our vocabulary and of the
// form's own names, hover help, the check's problems in the lint gutter with the CLI's messages,
// F8 between problems, search, undo across formatting, keyboard exit and axe.
import { checkSchemaText } from '@schemaforms/tooling/check';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_KEYWORD_DOCS } from '../demo/playground/schema-vocabulary.js';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { removeDir, startDemo, type DemoServer } from './support/demo-server.js';
import { editorSelection, editorText, openPlayground, placeCaret, typeSchema } from './support/playground-page.js';
import { seriousAxeViolations } from './support/axe.js';

let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo();
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (demo) await removeDir(demo.dataDir);
});

const open = () => openPlayground(browser, `${demo.url}/playground.html`);

const FORM = `{
  "type": "object",
  "properties": {
    "nome": { "type": "string", "title": "Nome completo", "maxLength": 80, "x-code": false },
    "email": { "type": "string", "format": "email", "maxLength": 120 },
    "motivo": {
      "type": "string",
      "maxLength": 40
    }
  },
  "required": []
}
`;

/**
 * Accepts the selected completion with Enter. CodeMirror ignores keys on a list for its
 * `interactionDelay` (75 ms) after the list opens or changes, so that a fast typist does not pick by
 * accident; an Enter inside that window would add a line break instead.
 */
async function acceptCompletion(page: Page): Promise<void> {
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
}

/** The labels in the open completion list. */
async function completionLabels(page: Page): Promise<string[]> {
  const list = page.locator('.cm-tooltip-autocomplete');
  await list.waitFor();
  return list.locator('.cm-completionLabel').allTextContents();
}

/** Hovers the lint marker of a line and returns the tooltip's text. */
async function gutterMessage(page: Page, line: number): Promise<string> {
  const number = page.locator('.cm-lineNumbers .cm-gutterElement', { hasText: new RegExp(`^${line}$`) });
  const top = (await number.boundingBox())!.y;
  const markers = page.locator('.cm-gutter-lint .cm-gutterElement:has(.cm-lint-marker)');
  for (const marker of await markers.all()) {
    const box = (await marker.boundingBox())!;
    if (Math.abs(box.y - top) < 2) {
      // A tooltip still open from another line may cover this marker (pt-BR messages wrap to more lines).
      // Not (0, 0): CodeMirror keeps a gutter tooltip open while the mouse is within 10 px of its marker's
      // box, and a marker the lint redrew since reports an empty box at (0, 0).
      const { width } = page.viewportSize()!;
      await page.mouse.move(width - 5, 5);
      await page.locator('.cm-tooltip-lint').waitFor({ state: 'detached' });
      await marker.hover();
      const tooltip = page.locator('.cm-tooltip .cm-diagnostic');
      await tooltip.first().waitFor();
      return (await page.locator('.cm-tooltip:has(.cm-diagnostic)').innerText()).trim();
    }
  }
  throw new Error(`no lint marker on line ${line}`);
}

describe('the playground editor (CodeMirror)', () => {
  it('has an accessible name, indents with Tab, and Escape then Tab leaves it', async () => {
    const page = await open();
    await typeSchema(page, FORM);
    const editor = page.getByRole('textbox', { name: 'Schema (JSON)' });
    await expect(editor.getAttribute('id')).resolves.toBe('editor-text');
    await placeCaret(page, FORM.indexOf('"required"'));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('editor-text');
    await expect(editorText(page)).resolves.toContain('    "required"');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.not.toBe('editor-text');
    await expect(
      page.evaluate(() => document.querySelector('.cm-editor')?.contains(document.activeElement)),
    ).resolves.toBe(false);
    await page.context().close();
  });

  it('offers `required` after typing "req inside a property', async () => {
    const page = await open();
    await typeSchema(page, FORM);
    const inside = FORM.indexOf('"maxLength": 40') + '"maxLength": 40'.length;
    await placeCaret(page, inside);
    await page.keyboard.type(',\n"req');
    expect(await completionLabels(page)).toContain('required');
    await page.locator('.cm-completionLabel', { hasText: /^required$/ }).click();
    await expect(editorText(page)).resolves.toMatch(/"maxLength": 40,\n\s*"required": \[\]\n/);
    // The caret waits inside the new array, where the form's property names are offered next.
    await page.keyboard.type('"');
    expect(await completionLabels(page)).toEqual(expect.arrayContaining(['nome', 'email', 'motivo']));
    await page.context().close();
  });

  it('offers the form’s property names inside "required": [', async () => {
    const page = await open();
    await typeSchema(page, FORM);
    await placeCaret(page, FORM.indexOf('"required": [') + '"required": ['.length);
    await page.keyboard.type('"mo');
    expect(await completionLabels(page)).toEqual(['motivo']);
    await acceptCompletion(page);
    await expect(editorText(page)).resolves.toContain('"required": ["motivo"]');
    await page.context().close();
  });

  it('offers the registered widgets in x-widget and the existing $defs in $ref', async () => {
    const page = await open();
    const text = FORM.replace('"maxLength": 40\n', '"maxLength": 40,\n      "x-widget": ""\n')
      .replace('"format": "email",', '"format": "email", "$ref": "",')
      .replace('"required": []', '"required": [],\n  "$defs": { "cpf": { "type": "string", "maxLength": 14 } }');
    await typeSchema(page, text);
    await placeCaret(page, text.indexOf('"x-widget": "') + '"x-widget": "'.length);
    await page.keyboard.press('Control+Space');
    expect(await completionLabels(page)).toEqual(expect.arrayContaining(['text', 'textarea', 'radio', 'select']));
    await page.keyboard.type('texta');
    await acceptCompletion(page);
    await expect(editorText(page)).resolves.toContain('"x-widget": "textarea"\n');

    await placeCaret(page, (await editorText(page)).indexOf('"$ref": "') + '"$ref": "'.length);
    await page.keyboard.press('Control+Space');
    expect(await completionLabels(page)).toEqual(['#/$defs/cpf']);
    await page.context().close();
  });

  it('shows the description of x-code on hover, in the page’s language', async () => {
    const page = await open();
    await typeSchema(page, FORM);
    const doc = X_KEYWORD_DOCS.find((d) => d.keyword === 'x-code')!;
    const keyword = page.locator('.cm-line span', { hasText: '"x-code"' });
    await keyword.hover();
    const tooltip = page.locator('.keyword-hover');
    await tooltip.waitFor();
    await expect(tooltip.innerText()).resolves.toContain(doc.ptBR);
    await expect(tooltip.innerText()).resolves.toContain(doc.example);

    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'detached' });
    await page.getByLabel('Idioma').selectOption('en');
    await keyword.hover();
    await tooltip.waitFor();
    await expect(tooltip.innerText()).resolves.toContain(doc.en);
    // CodeMirror's own text follows too.
    await placeCaret(page, 0);
    await page.keyboard.press('Control+f');
    await page.getByRole('textbox', { name: 'Find' }).waitFor();
    await page.context().close();
  });

  it('shows a syntax error and a check error in the gutter with the CLI’s messages, and F8 goes between them', async () => {
    const page = await open();
    const syntax = '{\n  "type": "object",\n  "title": "Troca",\n}\n';
    // The page speaks pt-BR: the CLI's messages with --locale pt-BR.
    const [syntaxProblem] = checkSchemaText(syntax, { file: 'playground.schema.json', locale: 'pt-BR' });
    expect(syntaxProblem?.code).toBe('json-syntax');
    await typeSchema(page, syntax);
    await expect(gutterMessage(page, syntaxProblem!.line)).resolves.toContain(syntaxProblem!.message);

    const checked = FORM.replace('"format": "email"', '"format": "emial"').replace(
      '"type": "string",\n      "maxLength": 40',
      '"type": "strin",\n      "maxLength": 40',
    );
    const problems = checkSchemaText(checked, { file: 'playground.schema.json', locale: 'pt-BR' }).filter(
      (d) => d.severity === 'error',
    );
    expect(problems.length).toBeGreaterThanOrEqual(2);
    await typeSchema(page, checked);
    for (const problem of problems) await expect(gutterMessage(page, problem.line)).resolves.toContain(problem.message);

    const offsets = problems.map(
      (p) =>
        checked
          .split('\n')
          .slice(0, p.line - 1)
          .join('\n').length +
        (p.line > 1 ? 1 : 0) +
        p.column -
        1,
    );
    await placeCaret(page, 0);
    await page.keyboard.press('F8');
    await expect(editorSelection(page)).resolves.toEqual([offsets[0], expect.any(Number)]);
    await page.keyboard.press('F8');
    await expect(editorSelection(page)).resolves.toEqual([offsets[1], expect.any(Number)]);
    await page.keyboard.press('Shift+F8');
    await expect(editorSelection(page)).resolves.toEqual([offsets[0], expect.any(Number)]);
    await page.context().close();
  });

  it('finds text with Ctrl+F', async () => {
    const page = await open();
    await typeSchema(page, FORM);
    await placeCaret(page, 0);
    await page.keyboard.press('Control+f');
    const field = page.getByRole('textbox', { name: 'Localizar' });
    await field.pressSequentially('motivo');
    await field.press('Enter');
    const at = FORM.indexOf('motivo');
    await expect(editorSelection(page)).resolves.toEqual([at, at + 'motivo'.length]);
    await page.context().close();
  });

  it('undoes formatting with Ctrl+Z and redoes it', async () => {
    const page = await open();
    const compact = '{"type":"object","properties":{"nome":{"type":"string","maxLength":80}}}';
    await typeSchema(page, compact);
    const typed = await editorText(page);
    await page.getByRole('button', { name: 'Formatar JSON' }).click();
    const formatted = `${JSON.stringify(JSON.parse(compact), null, 2)}\n`;
    await expect(editorText(page)).resolves.toBe(formatted);
    await placeCaret(page, 0);
    await page.keyboard.press('Control+z');
    await expect(editorText(page)).resolves.toBe(typed);
    await page.keyboard.press('Control+y');
    await expect(editorText(page)).resolves.toBe(formatted);
    await page.context().close();
  });

  it('stays clean under axe with the search panel and a completion list open', async () => {
    const page = await open();
    await typeSchema(page, FORM);
    await placeCaret(page, FORM.indexOf('"required": [') + '"required": ['.length);
    await page.keyboard.type('"');
    await page.locator('.cm-tooltip-autocomplete').waitFor();
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await page.locator('.cm-search').waitFor();
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await page.context().close();
  });
});
