import { describe, expect, it } from 'vitest';
import { payloadFormData } from './form-data.js';

describe('payloadFormData', () => {
  it('names every answered leaf by its JSON Pointer', () => {
    const data = payloadFormData({
      loja: 'Loja Centro',
      ativo: true,
      quantidade: 3,
      contatos: [{ email: 'a@b.c' }, { email: 'd@e.f' }],
      'a/b': 'escaped',
      vazio: null,
    });
    expect([...data.entries()]).toEqual([
      ['/loja', 'Loja Centro'],
      ['/ativo', 'true'],
      ['/quantidade', '3'],
      ['/contatos/0/email', 'a@b.c'],
      ['/contatos/1/email', 'd@e.f'],
      ['/a~1b', 'escaped'],
      ['/vazio', ''],
    ]);
  });

  it('gives no entry for an empty payload', () => {
    expect([...payloadFormData({}).entries()]).toEqual([]);
  });
});
