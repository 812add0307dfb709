/**
 * The prepared controls `controlElement` clones (one per kind and set of shared attributes) stay
 * bounded on a page that mounts many schemas, and a control whose prepared one was dropped is built
 * again with the right attributes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPage, mountForm, shadowOf, until } from '../internal/fixtures.test-support.js';
import type { SfForm } from '../form/sf-form.component.js';
import { PREPARED_CONTROLS_PER_KIND, preparedControlCount, TEXT_INPUT_NAMES } from './control-element.js';

afterEach(cleanPage);

/** A one-field form whose text input has `maxLength` characters at most (one prepared control each). */
const schemaWith = (maxLength: number) => ({
  type: 'object',
  properties: { codigo: { type: 'string', title: `Código de ${maxLength}`, maxLength } },
  required: ['codigo'],
});

/** The form's text input once it shows the schema with `maxLength`. */
async function inputFor(element: SfForm, maxLength: number): Promise<HTMLInputElement> {
  element.schema = schemaWith(maxLength);
  await element.updateComplete;
  return until(() => {
    const field = shadowOf(element).querySelector('[data-pointer="/codigo"]');
    if (!field?.textContent?.includes(`Código de ${maxLength}`)) return undefined;
    return field.querySelector<HTMLInputElement>('input#sf_2f_codigo--control') ?? undefined;
  });
}

/** Every attribute of `element` as `name=value` lines, sorted. */
const attributesOf = (element: Element) =>
  [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`).sort();

describe('the prepared controls', () => {
  it('keep at most PREPARED_CONTROLS_PER_KIND per kind, however many schemas a page mounts', async () => {
    const element = await mountForm({ schema: schemaWith(1), locale: 'pt-BR' });
    const maxlengths = new Set<string | null>();
    for (let maxLength = 1; maxLength <= PREPARED_CONTROLS_PER_KIND * 2 + 5; maxLength++) {
      const input = await inputFor(element, maxLength);
      maxlengths.add(input.getAttribute('maxlength'));
      expect(input.getAttribute('aria-required')).toBe('true');
      expect(preparedControlCount(TEXT_INPUT_NAMES)).toBeLessThanOrEqual(PREPARED_CONTROLS_PER_KIND);
    }
    // Each schema did need a prepared control of its own (its `maxlength` differs from the others').
    expect(maxlengths.size).toBe(PREPARED_CONTROLS_PER_KIND * 2 + 5);
    expect(preparedControlCount(TEXT_INPUT_NAMES)).toBe(PREPARED_CONTROLS_PER_KIND);
  });

  it('build a dropped control again with its own attributes, and the field still takes answers', async () => {
    const element = await mountForm({ schema: schemaWith(1), locale: 'pt-BR' });
    const first = attributesOf(await inputFor(element, 1));
    // Enough other schemas that the prepared control of maxLength 1 was dropped.
    for (let maxLength = 100; maxLength < 100 + PREPARED_CONTROLS_PER_KIND + 3; maxLength++)
      await inputFor(element, maxLength);
    expect(preparedControlCount(TEXT_INPUT_NAMES)).toBe(PREPARED_CONTROLS_PER_KIND);
    const input = await inputFor(element, 1);
    expect(attributesOf(input)).toEqual(first);
    expect(first).toContain('part=input');
    expect(first).toContain('aria-required=true');
    input.value = '7';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(element.value).toEqual({ codigo: '7' });
  });
});
