/** Playwright helpers for the portal demo: the ticket flow driven by visible labels, as a person would. */
import type { Locator, Page } from 'playwright';

/** Picks `option` in the choice labelled `label`, drawn as a select or as radios. */
export async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  const select = page.getByRole('combobox', { name: label });
  const radio = radioGroup(page, label).getByRole('radio', { name: option, exact: true });
  // Wait until the choice is drawn at all: asking for a select at once takes "not yet" for "radios".
  await select.or(radio).first().waitFor();
  if ((await select.count()) > 0) {
    await select.selectOption({ label: option });
    return;
  }
  await radio.check();
}

/** The radio group (fieldset) whose legend starts with `label`. */
export function radioGroup(page: Page, label: string | RegExp): Locator {
  return page.getByRole('group', { name: typeof label === 'string' ? new RegExp(`^${escape(label)}`) : label });
}

/** The control labelled by text starting with `label` (required/optional marks follow the title). */
export function field(page: Page, label: string): Locator {
  return page.getByLabel(new RegExp(`^${escape(label)}`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Suporte → Abrir chamado → Categoria → Assunto → Continuar, as the seed article describes. */
export async function openTicket(page: Page, category: string, subject: string): Promise<void> {
  await page.getByRole('link', { name: 'Suporte' }).click();
  await page.getByRole('button', { name: 'Abrir chamado' }).click();
  await choose(page, 'Categoria', category);
  await choose(page, 'Assunto', subject);
  await page.getByRole('button', { name: 'Continuar' }).click();
}
