import { describe, expect, it } from 'vitest';
import { followUps, receiptLines } from './receipt-summary.js';
import { ticketStrings } from './ticket-strings.js';

const schema = {
  type: 'object',
  properties: {
    loja: { type: 'string', title: 'Chamado para loja', 'x-context': { options: '/stores' } },
    token: { type: 'string', title: 'Informe o seu Token', writeOnly: true },
    manter: {
      type: 'boolean',
      title: 'Manter o Token ativo?',
      oneOf: [
        {
          const: true,
          title: 'Sim',
          description:
            'Fica ativo.\n\n[Abrir chamado de Revogação](?assunto=token/revogacao&loja={/loja}&token={/token})',
        },
        { const: false, title: 'Não', description: '[Outro](?assunto=x/y)' },
      ],
    },
    aceite: { type: 'boolean', title: 'Aceite' },
    mensagem: { type: 'string', title: 'Deixe sua mensagem' },
  },
};
const context = { stores: [{ value: '10231', label: 'Casa Conforto (10231)' }] };
const answers = { loja: '10231', token: 'tok_live_secret', manter: true, aceite: false, mensagem: '' };

describe('receipt summary', () => {
  it('lists what was sent by label, with option and store names, the secret masked and empty answers left out', () => {
    const lines = receiptLines(schema, answers, context, ticketStrings('pt-BR'));
    expect(lines).toEqual([
      { label: 'Chamado para loja', value: 'Casa Conforto (10231)' },
      { label: 'Informe o seu Token', value: '•••••••• (oculto)' },
      { label: 'Manter o Token ativo?', value: 'Sim' },
      { label: 'Aceite', value: 'Não' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('tok_live_secret');
  });

  it('offers the follow-up linked from the chosen option only, filled from the answers but never a secret', () => {
    expect(followUps(schema, answers)).toEqual([
      { text: 'Abrir chamado de Revogação', href: '?assunto=token/revogacao&loja=10231&token=' },
    ]);
    expect(followUps(schema, { ...answers, manter: false })).toEqual([{ text: 'Outro', href: '?assunto=x/y' }]);
    expect(followUps(schema, { loja: '1' })).toEqual([]);
  });
});
