import { describe, expect, it } from 'vitest';
import { formatMessage, sentenceLabel } from './messages.js';

describe('formatMessage', () => {
  it('writes a whole sentence that reads well around any label, in pt-BR and en', () => {
    expect(formatMessage('required', {}, { label: 'Integradora atual' }, 'pt-BR')).toBe(
      'Preencha o campo Integradora atual',
    );
    expect(formatMessage('required', {}, { label: 'Integradora atual' }, 'en')).toBe(
      'Fill in the field Integradora atual',
    );
    expect(formatMessage('minLength', { limit: 1 }, { label: 'Client ID' }, 'pt-BR')).toBe(
      'Preencha o campo Client ID',
    );
  });

  it('keeps a question’s mark out of the sentence (GOV.UK)', () => {
    const ctx = { label: 'Descadastrar TODOS os SKUs da loja?', widget: 'radio' as const };
    expect(formatMessage('required', {}, ctx, 'pt-BR')).toBe(
      'Escolha uma opção em: Descadastrar TODOS os SKUs da loja',
    );
    expect(formatMessage('required', {}, ctx, 'en')).toBe('Choose an option for: Descadastrar TODOS os SKUs da loja');
    expect(formatMessage('maxLength', { limit: 3 }, { label: 'Pergunta?' }, 'pt-BR')).toBe(
      'Pergunta deve ter no máximo 3 caracteres',
    );
  });

  it('prefers the field’s x-errorMessage, as one string or per keyword', () => {
    expect(formatMessage('required', {}, { label: 'X', errorMessage: 'Informe o Token' }, 'en')).toBe(
      'Informe o Token',
    );
    const perKeyword = { label: 'URL', errorMessage: { pattern: 'Comece com https://' } };
    expect(formatMessage('pattern', {}, perKeyword, 'pt-BR')).toBe('Comece com https://');
    expect(formatMessage('required', {}, perKeyword, 'pt-BR')).toBe('Preencha o campo URL');
  });
});

describe('sentenceLabel', () => {
  it('drops trailing question marks, colons and spaces only', () => {
    expect(sentenceLabel('Possui pedidos em andamento? ')).toBe('Possui pedidos em andamento');
    expect(sentenceLabel('Loja:')).toBe('Loja');
    expect(sentenceLabel('¿Qué? no')).toBe('¿Qué? no');
    expect(sentenceLabel(`a${' '.repeat(100_000)}b`)).toHaveLength(100_002);
  });
});
