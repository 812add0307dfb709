// The seed forms say what the help-centre article says: every label, help text and option of
// "Alteração de integradora" and "Revogação de Token", as the portal renders them, is checked against
// the article's words (test/fixtures/troca-de-integradora.txt). The only differences allowed are listed
// in DELIBERATE_DIFFERENCES and ADDED_TEXT below; anything else — an invented question, an invented
// help sentence, a lost word — fails here.
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { launchOptions } from '../scripts/browser.mjs';
import { removeDir, startDemo, type DemoServer } from './support/demo-server.js';
import { openTicket } from './support/portal.js';

/** Every place the forms deliberately differ from the article's wording, and why. Nothing else may. */
const DELIBERATE_DIFFERENCES: readonly { article: string; form: string; why: string }[] = [
  { article: 'Integradrora', form: 'Integradora', why: 'typo' },
  { article: 'SE/PARA', form: 'DE/PARA', why: 'typo: the article means the DE/PARA of SKUs' },
  { article: 'o token se mantido ativo', form: 'o token é mantido ativo', why: 'typo: the verb is missing' },
  {
    article: 'Mas caso sua nova integradora',
    form: 'Caso sua nova integradora',
    why: 'the paragraph is split into one hint per option; "Mas" tied it to the other option’s sentence',
  },
  {
    article: 'Nesse campo ao marcar',
    form: 'Ao marcar',
    why: 'split into option hints: "Nesse campo" pointed at the field',
  },
  { article: 'Mas caso selecione', form: 'Caso selecione', why: 'split into option hints, as above' },
];

/** Text the forms add to the article's, and why. */
const ADDED_TEXT: readonly { text: string; why: string }[] = [
  {
    text: 'Abrir chamado de Revogação de Token ao finalizar toda a configuração no novo sistema',
    why: 'the link to the follow-up ticket the article’s IMPORTANTE note asks for (issue 17), in the note’s words',
  },
];

interface ArticleField {
  readonly label: string;
  readonly help: string;
}

interface ArticleForm {
  readonly category: string;
  readonly subject: string;
  /** The fields in the article's order; `column` 2 after "E nos campos ao lado". */
  readonly fields: readonly (ArticleField & { column: 1 | 2 })[];
}

interface RenderedField {
  readonly label: string;
  readonly help: string | null;
  readonly options: readonly { label: string; hint: string | null }[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function applyDifferences(text: string): string {
  let fixed = text;
  for (const { article, form } of DELIBERATE_DIFFERENCES) fixed = fixed.split(article).join(form);
  return squash(fixed);
}

/** The two forms as the article describes them: steps 3 (Categoria/Assunto) and 5 (the fields). */
function parseArticle(text: string): { forms: ArticleForm[]; important: string[] } {
  // The article has no-break spaces here and there (`loja\u00a0 - Insira`): squash reads them as spaces.
  const lines = text.split('\n').map(squash);
  const forms: ArticleForm[] = [];
  let current: { category: string; subject: string; fields: (ArticleField & { column: 1 | 2 })[] } | undefined;
  let inFields = false;
  let column: 1 | 2 = 1;
  const important: string[] = [];
  let inImportant = false;
  for (const line of lines) {
    if (line.startsWith('Categoria: ')) {
      current = { category: line.slice('Categoria: '.length), subject: '', fields: [] };
      forms.push(current);
    } else if (line.startsWith('Assunto: ') && current) current.subject = line.slice('Assunto: '.length);
    else if (line === 'No campo:') {
      inFields = true;
      column = 1;
    } else if (line === 'E nos campos ao lado:') column = 2;
    else if (/^6 - /.test(line)) inFields = false;
    else if (line === 'IMPORTANTE:') inImportant = true;
    else if (line.startsWith('Caso precise solicitar')) inImportant = false;
    else if (inImportant && line.startsWith('- ')) important.push(applyDifferences(line.slice(2)));
    else if (inFields && current && line !== '') {
      const separator = line.indexOf(' - ');
      if (separator > 0) {
        current.fields.push({ label: line.slice(0, separator), help: line.slice(separator + 3), column });
      } else {
        // A paragraph that goes on from the field above (Descadastrar's second sentence).
        const last = current.fields.at(-1)!;
        current.fields[current.fields.length - 1] = { ...last, help: `${last.help} ${line}` };
      }
    }
  }
  return {
    forms: forms.map((form) => ({
      ...form,
      fields: form.fields.map((field) => ({
        ...field,
        label: applyDifferences(field.label),
        help: applyDifferences(field.help),
      })),
    })),
    important,
  };
}

/** What the portal's `<sf-form>` shows: title, description list items, and each top-level field. */
async function renderedForm(page: Page) {
  await page.locator('sf-form').locator('.fields').waitFor();
  // The help Markdown parser is a chunk fetched after the first fields show: read the form once it has
  // arrived (updateComplete waits for every chunk the fields asked for), as a reader sees it a moment later.
  return page.locator('sf-form').evaluate(async (form) => {
    await (form as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const root = form.shadowRoot!;
    // What a sighted reader sees: hidden notices ("(abre em nova aba)") belong to the elements, not the article.
    const text = (element: Element | null | undefined) => {
      if (!element) return null;
      const copy = element.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    };
    const fields: RenderedField[] = [...root.querySelectorAll('.fields > .field')].map((field) => ({
      label: text(field.querySelector(':scope .label > span, :scope legend > span'))!,
      help: text(field.querySelector('.help')),
      options: [...field.querySelectorAll('.choice')].map((choice) => ({
        label: text(choice.querySelector('label'))!,
        hint: text(choice.querySelector('.hint')),
      })),
    }));
    return {
      title: text(root.querySelector('.title')),
      description: [...root.querySelectorAll('.description li')].map((item) => text(item)!),
      hasDescription: root.querySelector('.description') !== null,
      fields,
    };
  });
}

/** Removes `piece` from `help` once; fails when the piece is not the article's. */
function consume(help: string, piece: string, where: string): string {
  let cleaned = piece;
  for (const { text } of ADDED_TEXT) cleaned = cleaned.split(text).join('');
  cleaned = squash(cleaned);
  if (cleaned === '') return help;
  expect(help, `${where}: "${cleaned}" is not in the article`).toContain(cleaned);
  return squash(help.replace(cleaned, ''));
}

let demo: DemoServer;
let browser: Browser;
let article: ReturnType<typeof parseArticle>;

beforeAll(async () => {
  article = parseArticle(await readFile(new URL('./fixtures/troca-de-integradora.txt', import.meta.url), 'utf8'));
  demo = await startDemo();
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (demo) await removeDir(demo.dataDir);
});

describe('the seed forms, against the help-centre article', () => {
  it('reads the article: two forms, their fields in two columns, and the IMPORTANTE notes', async () => {
    expect(article.forms.map((form) => `${form.category} / ${form.subject}`)).toEqual([
      'Dados e configurações da loja / Alteração de integradora',
      'Token / Revogação de Token',
    ]);
    expect(article.forms.map((form) => form.fields.length)).toEqual([9, 5]);
    expect(article.important).toHaveLength(2);
    // Every deliberate difference still matches the article: a stale entry would hide nothing.
    const text = squash(await readFile(new URL('./fixtures/troca-de-integradora.txt', import.meta.url), 'utf8'));
    for (const { article: words } of DELIBERATE_DIFFERENCES) expect(text).toContain(words);
  });

  for (const index of [0, 1]) {
    it(`renders form ${index + 1} with the article’s labels, help and options, and nothing invented`, async () => {
      const form = article.forms[index]!;
      const page = await browser.newPage();
      await page.goto(`${demo.url}/`);
      await openTicket(page, form.category, form.subject);
      const rendered = await renderedForm(page);

      expect(rendered.title).toBe(form.subject);
      // The IMPORTANTE notes belong to the Alteração form; the Revogação form has no introduction.
      if (index === 0) expect(rendered.description).toEqual(article.important);
      else expect(rendered.hasDescription).toBe(false);

      expect(rendered.fields.map((field) => field.label)).toEqual(form.fields.map((field) => field.label));
      for (const [position, expected] of form.fields.entries()) {
        const field = rendered.fields[position]!;
        const where = `${form.subject} › ${expected.label}`;
        let rest = expected.help;
        if (field.help !== null) rest = consume(rest, field.help, `${where} (help)`);
        const yesNo = /\bSIM\b/.test(expected.help) && /\bNÃO\b/.test(expected.help);
        expect(
          field.options.map((option) => option.label),
          where,
        ).toEqual(yesNo ? ['Sim', 'Não'] : []);
        for (const option of field.options) {
          if (option.hint !== null) rest = consume(rest, option.hint, `${where} › ${option.label}`);
        }
        if (expected.label === 'Possui pedidos em andamento?') {
          // One sentence names both answers: it stays whole, as the field's help.
          expect(field.help, where).toBe(expected.help);
        }
        expect(rest, `${where}: the article's help is not all shown`).toBe('');
      }
      await page.close();
    });
  }
});
