import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileSchema, createForm, translationsReady } from '../index.js';
import type { CompiledSchema, JsonSchemaObject } from '../types.js';
import { declaredLocales, isLocaleTag, localizedCompiled, matchLocale } from './localized-texts.js';

/** A form in pt-BR with English texts: root, field, option, branch and error messages. */
const pedido: JsonSchemaObject = {
  title: 'Contestação de repasse',
  'x-i18n': { en: { title: 'Payout dispute' } },
  type: 'object',
  properties: {
    numeroPedido: {
      type: 'string',
      title: 'Número do pedido',
      description: 'Está em *Pedidos*.',
      maxLength: 20,
      pattern: '^\\d+$',
      'x-errorMessage': { pattern: 'Use só números' },
      'x-i18n': {
        en: {
          title: 'Order number',
          description: 'It is under *Orders*.',
          'x-errorMessage': { pattern: 'Use digits only' },
        },
      },
    },
    motivo: {
      type: 'string',
      title: 'Motivo',
      'x-i18n': { en: { title: 'Reason' } },
      oneOf: [
        { const: 'nao-recebido', title: 'Repasse não recebido', 'x-i18n': { en: { title: 'Payout not received' } } },
        { const: 'outro', title: 'Outro', description: 'Conte abaixo.' },
      ],
    },
  },
  required: ['numeroPedido', 'motivo'],
  if: { properties: { motivo: { const: 'outro' } }, required: ['motivo'] },
  then: {
    properties: {
      detalhe: {
        type: 'string',
        maxLength: 200,
        title: 'Detalhe',
        'x-i18n': { en: { title: 'Details' } },
      },
    },
    required: ['detalhe'],
  },
};

/** The form as written, before any test ran: translating must never change it. */
const PEDIDO_TEXT = JSON.stringify(pedido);

let compiled: CompiledSchema;

// Compiled once (Ajv's first load can be slow on a busy machine); every form of it shares the caches.
beforeAll(async () => {
  compiled = await compileSchema(pedido);
  await translationsReady(compiled);
}, 60_000);

function formIn(locale: 'pt-BR' | 'en', value: unknown = {}) {
  return createForm(compiled, { locale, value });
}

describe('translated texts (x-i18n)', () => {
  it('matches a page locale to a declared one: the same tag, else the same language', () => {
    expect(matchLocale('en', 'pt-BR', ['en'])).toBe('en');
    expect(matchLocale('en-US', 'pt-BR', ['en'])).toBe('en');
    expect(matchLocale('en', 'pt-BR', ['en-GB', 'es'])).toBe('en-GB');
    expect(matchLocale('pt-BR', 'pt-BR', ['en'])).toBeUndefined();
    expect(matchLocale('pt-PT', 'pt-BR', ['en'])).toBeUndefined();
    expect(matchLocale('fr', 'pt-BR', ['en'])).toBeUndefined();
    expect(matchLocale('pt-BR', 'en', ['pt-BR'])).toBe('pt-BR');
  });

  it('takes the declared locales from the root x-i18n and accepts only language tags', () => {
    expect(declaredLocales(pedido)).toEqual(['en']);
    expect(declaredLocales({ 'x-i18n': { en: {}, 'pt BR': {} } })).toEqual(['en']);
    expect(isLocaleTag('es-419')).toBe(true);
    expect(isLocaleTag('title')).toBe(false);
  });

  it('shows every text of an English page in English', async () => {
    const form = formIn('en', { motivo: 'outro' });
    expect(form.root.label).toBe('Payout dispute');
    const numero = form.field('/numeroPedido')!;
    expect(numero.label).toBe('Order number');
    expect(numero.help).toBe('It is under *Orders*.');
    expect(form.field('/motivo')!.label).toBe('Reason');
    expect(form.field('/motivo')!.options!.map((option) => option.label)).toEqual(['Payout not received', 'Outro']);
    expect(form.field('/detalhe')!.label).toBe('Details');
  });

  it('words error messages with the translated label and x-errorMessage', async () => {
    const form = formIn('en', { motivo: 'outro', numeroPedido: 'abc' });
    expect(form.errors.get('/numeroPedido')!.map((e) => e.message)).toEqual(['Use digits only']);
    expect(form.errors.get('/detalhe')!.map((e) => e.message)).toEqual(['Fill in the field Details']);
    expect(
      form
        .validate()
        .map((e) => e.message)
        .join(' '),
    ).not.toMatch(/Número|Detalhe|números/);
  });

  it('keeps the base texts on a pt-BR page', async () => {
    const form = formIn('pt-BR', { motivo: 'outro' });
    expect(form.root.label).toBe('Contestação de repasse');
    expect(form.field('/numeroPedido')!.label).toBe('Número do pedido');
    expect(form.errors.get('/detalhe')!.map((e) => e.message)).toEqual(['Preencha o campo Detalhe']);
  });

  it('switches every text when the locale changes, keeping the answers', async () => {
    const form = formIn('pt-BR', { motivo: 'outro', numeroPedido: 'abc' });
    expect(form.errors.get('/numeroPedido')!.map((e) => e.message)).toEqual(['Use só números']);
    form.setLocale('en');
    expect(form.field('/numeroPedido')!.label).toBe('Order number');
    expect(form.errors.get('/numeroPedido')!.map((e) => e.message)).toEqual(['Use digits only']);
    expect(form.getValue('/numeroPedido')).toBe('abc');
    form.setLocale('pt-BR');
    expect(form.field('/numeroPedido')!.label).toBe('Número do pedido');
    expect(form.field('/detalhe')!.label).toBe('Detalhe');
  });

  it('shows the base texts until the translation code arrives, then the translated ones', async () => {
    // A fresh copy of the modules: the translation code is not loaded there yet.
    vi.resetModules();
    const fresh = await import('../index.js');
    const compiled = await fresh.compileSchema(pedido);
    // As a browser host does: the engine code its conditions use first (see engine/features/).
    await fresh.engineFeaturesReady(compiled);
    const form = fresh.createForm(compiled, { locale: 'en' });
    expect(form.field('/numeroPedido')!.label).toBe('Número do pedido');
    let notified = 0;
    form.subscribe(() => notified++);
    await fresh.translationsReady(compiled);
    expect(form.field('/numeroPedido')!.label).toBe('Order number');
    expect(notified).toBe(1);
  });

  it('leaves a form without x-i18n as it is, and never mutates the schema', async () => {
    const plain = await compileSchema({ type: 'object', properties: { a: { type: 'string', title: 'A' } } });
    expect(translationsReady(plain)).toBeUndefined();
    expect(localizedCompiled(plain, 'en')).toBe(plain);
    const english = localizedCompiled(compiled, 'en');
    expect(JSON.stringify(compiled.schema)).toBe(PEDIDO_TEXT);
    expect(JSON.stringify(pedido)).toBe(PEDIDO_TEXT);
    expect(localizedCompiled(compiled, 'en-US')).toBe(english);
    expect(english.validator).toBe(compiled.validator);
  });

  it('keeps the base sentence for an x-errorMessage keyword the translation lacks', async () => {
    const compiled = await compileSchema({
      type: 'object',
      'x-i18n': { en: {} },
      properties: {
        codigo: {
          type: 'string',
          maxLength: 5,
          pattern: '^a',
          'x-errorMessage': { pattern: 'Comece com a', maxLength: 'Até 5' },
          'x-i18n': { en: { 'x-errorMessage': { pattern: 'Start with a' } } },
        },
      },
    });
    const english = localizedCompiled(compiled, 'en').schema.properties as Record<string, JsonSchemaObject>;
    expect(english.codigo!['x-errorMessage']).toEqual({ pattern: 'Start with a', maxLength: 'Até 5' });
  });
});
