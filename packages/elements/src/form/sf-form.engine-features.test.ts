/**
 * The engine code for object alternatives, answer reveals and tuples (core's `engine/features/`) is
 * fetched only by a form whose schema uses one of them (issue #18): a plain form's page never asks for it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';

afterEach(cleanPage);

/** Whether the page has fetched the module of the engine features' chunk. */
function featuresFetched(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /engine\/features\/all-engine-features\.[jt]s/.test(entry.name));
}

const person = { type: 'object', title: 'Pessoa', properties: { cpf: { type: 'string', title: 'CPF' } } };
const company = { type: 'object', title: 'Empresa', properties: { cnpj: { type: 'string', title: 'CNPJ' } } };

describe('<sf-form> engine features by schema', () => {
  it('shows a plain form without fetching them, and fetches them for a form with alternatives', async () => {
    // The dev server serves each module on its own: keep every entry, however many came before.
    performance.setResourceTimingBufferSize(100_000);
    const plain = await mountForm({
      schema: {
        type: 'object',
        properties: {
          nome: { type: 'string', title: 'Nome' },
          urgente: {
            type: 'boolean',
            title: 'Urgente?',
            oneOf: [
              { const: true, title: 'Sim' },
              { const: false, title: 'Não' },
            ],
          },
        },
      },
    });
    expect(shadowOf(plain).querySelector('[data-pointer="/nome"] input')).not.toBeNull();
    expect(featuresFetched()).toBe(false);

    const withAlternatives = await mountForm({
      schema: { type: 'object', properties: { titular: { title: 'Titular', oneOf: [person, company] } } },
      value: { titular: { cnpj: '12' } },
    });
    const root = shadowOf(withAlternatives);
    expect(featuresFetched()).toBe(true);
    // The answers chose the second alternative: its field shows, with the choice between both.
    expect(root.querySelector('[data-pointer="/titular/cnpj"] input')).not.toBeNull();
    expect([...root.querySelectorAll('.alternatives label')].map((label) => label.textContent?.trim())).toEqual([
      'Pessoa',
      'Empresa',
    ]);
  });
});
