import { compileSchema } from '@schemaforms/core';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

afterEach(cleanPage);

function wideSchema(count: number): { type: 'object'; properties: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) properties[`f${i}`] = { type: 'string', title: `Campo ${i}`, maxLength: 100 };
  return { type: 'object', properties };
}

describe('<sf-form> with 1000 fields', () => {
  it('mounts them in one shadow root, with no inner form and a small DOM per field', async () => {
    const compiled = await compileSchema(wideSchema(1000));
    const start = performance.now();
    const element = await mountForm({ schema: compiled, locale: 'pt-BR' });
    void document.body.offsetHeight; // reading it forces style and layout, which the mount includes
    const mount = performance.now() - start;
    const root = shadowOf(element);
    expect(root.querySelectorAll('input').length).toBe(1000);
    expect(root.querySelector('form')).toBeNull();
    expect(root.querySelectorAll('*').length / 1000).toBeLessThan(8);
    console.log(`mount + layout of 1000 fields: ${mount.toFixed(1)} ms`);
  });

  it('re-renders only the field whose answer changed', async () => {
    // Field 500 needs three characters and has been left once with one (a field left empty stays
    // untouched), so typing makes its error appear and go: its own DOM must change, which proves the
    // observer below sees changes at all.
    const schema = wideSchema(1000);
    schema.properties.f500 = { type: 'string', title: 'Campo 500', minLength: 3 };
    const compiled = await compileSchema(schema);
    const element = await mountForm({ schema: compiled, locale: 'pt-BR' });
    const root = shadowOf(element);
    const input = root.getElementById('sf_2f_f500--control') as HTMLInputElement;
    input.focus();
    input.value = 'x';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.blur();
    await element.updateComplete;
    // Where each DOM change happened: the pointer of its field, or "outside any field".
    const changed = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        changed.add(target?.closest('[data-pointer]')?.getAttribute('data-pointer') ?? 'outside any field');
      }
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });

    const times: number[] = [];
    for (const text of ['a', 'ab', 'abc', 'abcd', 'abcde']) {
      input.value = text;
      const start = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      times.push(performance.now() - start);
    }
    observer.disconnect();
    expect(element.value).toMatchObject({ f500: 'abcde' });
    // Field 500 changed (its error came and went), and nothing else did.
    expect([...changed]).toEqual(['/f500']);
    times.sort((a, b) => a - b);
    console.log(`keystroke → rendered, median of 5: ${times[2]!.toFixed(2)} ms`);
  });
});
