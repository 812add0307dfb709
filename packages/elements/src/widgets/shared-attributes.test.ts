import { afterEach, describe, expect, it } from 'vitest';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import type { SfForm } from '../form/sf-form.component.js';

afterEach(cleanPage);

function controlOf(element: SfForm, pointer: string): HTMLInputElement {
  return shadowOf(element).querySelector<HTMLInputElement>(`[data-pointer="${pointer}"] input`)!;
}

// The prepared controls of `control-element.ts` are found by their shared attributes: a read-only
// field's (`readonly=""`, `disabled=""`) must not be the one an editable field of the same kind gets.
describe('prepared controls', () => {
  it('keeps a read-only field’s control apart from an editable one’s, whichever comes first', async () => {
    const element = await mountForm({
      schema: {
        type: 'object',
        properties: {
          fixedText: { type: 'string', title: 'Fixed text', readOnly: true },
          text: { type: 'string', title: 'Text' },
          fixedBox: { type: 'boolean', title: 'Fixed box', readOnly: true },
          box: { type: 'boolean', title: 'Box' },
          otherText: { type: 'string', title: 'Other text' },
          otherFixedText: { type: 'string', title: 'Other fixed text', readOnly: true },
        },
      },
      locale: 'en',
    });
    expect(controlOf(element, '/fixedText').readOnly).toBe(true);
    expect(controlOf(element, '/text').readOnly).toBe(false);
    expect(controlOf(element, '/otherText').readOnly).toBe(false);
    expect(controlOf(element, '/otherFixedText').readOnly).toBe(true);
    expect(controlOf(element, '/fixedBox').disabled).toBe(true);
    expect(controlOf(element, '/box').disabled).toBe(false);
  });
});
