import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import { registerWidget } from '../widgets/registry.js';

afterEach(() => {
  vi.restoreAllMocks();
  cleanPage();
});

const schema = {
  type: 'object',
  properties: {
    nota: { type: 'string', title: 'Nota', 'x-widget': 'broken-stars' },
    nome: { type: 'string', title: 'Nome' },
  },
};

describe('<sf-form> dev warnings', () => {
  it('shows the neutral notice for a host widget that throws, and warns the developer once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const remove = registerWidget({
      name: 'broken-stars',
      rank: 10,
      tester: (field) => field.schema['x-widget'] === 'broken-stars',
      render: () => {
        throw new Error('stars not configured');
      },
    });
    try {
      const element = await mountForm({ schema, locale: 'pt-BR' });
      const field = shadowOf(element).querySelector('[data-pointer="/nota"]')!;
      expect(field.textContent).toContain('Esta pergunta não pode ser exibida.');
      // Rendering again (another form, the same widget) does not repeat the warning.
      await mountForm({ schema, locale: 'pt-BR' });
      const warnings = warn.mock.calls.map(([text]) => String(text));
      expect(warnings.filter((text) => text.includes('widget-render-failed'))).toEqual([
        '[schemaforms] widget-render-failed: The widget "broken-stars" threw while rendering /nota; the field shows "can\'t be displayed" instead: Error: stars not configured',
      ]);
    } finally {
      remove();
    }
  });
});
