import { parseDataUrl } from '@schemaforms/core/file-answers';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

afterEach(cleanPage);

const FORM = {
  type: 'object',
  properties: {
    nome: { type: 'string', title: 'Nome' },
    comprovante: {
      type: 'string',
      title: 'Comprovante',
      format: 'data-url',
      'x-accept': ['application/pdf', 'image/*'],
      'x-maxSize': '2 KB',
    },
  },
};

/** The focused element, inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The sentence refusing a picked file. */
const refusal = (element: HTMLElement) => element.shadowRoot!.querySelector('[id$=file-problem]')?.textContent?.trim();

const bytes = (count: number) => new Uint8Array(count).fill(37);

async function mount(locale = 'pt-BR') {
  const element = await mountForm({ schema: FORM, locale });
  await expect.element(page.getByLabelText(/^Comprovante/)).toBeInTheDocument();
  return element;
}

describe('the file widget (format: data-url, x-accept, x-maxSize)', () => {
  it('says what it takes before anything is picked, with the accept list on the picker', async () => {
    const element = await mount();
    const limits = shadowOf(element).querySelector('[part~=file-limits]');
    expect(limits?.textContent).toBe('PDF ou imagem, até 2 KB');
    const input = shadowOf(element).querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).toBe('application/pdf,image/*');
    expect(input.getAttribute('aria-describedby')).toContain(limits!.id);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('attaches a file as a data URL with its name, shows its name and size, and removes it', async () => {
    const element = await mount();
    await page
      .getByLabelText(/^Comprovante/)
      .upload(new File([bytes(1500)], 'nota fiscal.pdf', { type: 'application/pdf' }));
    await expect.poll(() => (element.value as { comprovante?: string }).comprovante).toMatch(/^data:application\/pdf;/);
    const parts = parseDataUrl((element.value as { comprovante: string }).comprovante);
    expect(parts).toMatchObject({ mediaType: 'application/pdf', name: 'nota fiscal.pdf', size: 1500 });
    expect(shadowOf(element).querySelector('[part=file-name]')?.textContent).toBe('Arquivo anexado: nota fiscal.pdf');
    expect(shadowOf(element).querySelector('[part=file-size]')?.textContent).toBe('(1,5 KB)');
    expect(await axeViolations(element)).toEqual([]);
    const remove = page.getByRole('button', { name: 'Remover arquivo' });
    await remove.click();
    await expect.poll(() => (element.value as { comprovante?: string }).comprovante).toBeUndefined();
    await expect.poll(focused).toBe(page.getByLabelText(/^Comprovante/).element());
  });

  it('refuses a file of another type at pick time, naming it, and keeps every answer', async () => {
    const element = await mount();
    await page.getByLabelText(/^Nome/).fill('Ana');
    await page.getByLabelText(/^Comprovante/).upload(new File([bytes(10)], 'foto.png', { type: 'image/png' }));
    await expect.poll(() => (element.value as { comprovante?: string }).comprovante).toMatch(/^data:image\/png;/);
    const before = element.value;
    await page.getByLabelText(/^Comprovante/).upload(new File(['oi'], 'nota.txt', { type: 'text/plain' }));
    await expect.poll(() => refusal(element)).toBe('O arquivo “nota.txt” não é PDF ou imagem. Escolha outro arquivo.');
    expect(element.value).toEqual(before);
    expect(element.value).toMatchObject({ nome: 'Ana' });
    const input = shadowOf(element).querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('refuses a file over the limit at pick time, in the form language', async () => {
    const element = await mount('en');
    await page
      .getByLabelText(/^Comprovante/)
      .upload(new File([bytes(3 * 1024)], 'scan.pdf', { type: 'application/pdf' }));
    await expect.poll(() => refusal(element)).toBe('The file “scan.pdf” is 3 KB; it must be 2 KB or smaller.');
    expect((element.value as { comprovante?: string }).comprovante).toBeUndefined();
  });

  it('shows a progress bar while it reads a file', async () => {
    const element = await mount();
    const seen: number[] = [];
    const observer = new MutationObserver(() => {
      const bar = shadowOf(element).querySelector('progress');
      if (bar) seen.push(bar.value);
    });
    observer.observe(shadowOf(element), { subtree: true, childList: true, attributes: true });
    await page.getByLabelText(/^Comprovante/).upload(new File([bytes(2000)], 'foto.jpg', { type: 'image/jpeg' }));
    await expect.poll(() => (element.value as { comprovante?: string }).comprovante).toMatch(/^data:image\/jpeg;/);
    observer.disconnect();
    expect(seen.length).toBeGreaterThan(0);
    expect(shadowOf(element).querySelector('progress')).toBeNull();
  });

  it('can be picked and removed with the keyboard alone', async () => {
    const element = await mount();
    await page.getByLabelText(/^Comprovante/).upload(new File([bytes(10)], 'a.pdf', { type: 'application/pdf' }));
    await expect.element(page.getByRole('button', { name: 'Remover arquivo' })).toBeInTheDocument();
    (shadowOf(element).querySelector('input[type=file]') as HTMLInputElement).focus();
    await userEvent.tab();
    await expect.poll(focused).toBe(page.getByRole('button', { name: 'Remover arquivo' }).element());
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => (element.value as { comprovante?: string }).comprovante).toBeUndefined();
  });
});
