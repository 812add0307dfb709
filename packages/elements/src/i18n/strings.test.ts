import { afterEach, describe, expect, it } from 'vitest';
import { stringsFor } from './strings-for.js';
import { arrivedStrings, loadStrings, normalizeLocale, resolveLocale } from './strings.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('strings', () => {
  it('speaks pt-BR by default and English for any en tag', () => {
    expect(normalizeLocale(undefined)).toBe('pt-BR');
    expect(normalizeLocale('pt')).toBe('pt-BR');
    expect(normalizeLocale('en-GB')).toBe('en');
    expect(normalizeLocale('es')).toBe('pt-BR');
  });

  it('counts characters in both languages', () => {
    expect(stringsFor('pt-BR').characterCount(12, 200)).toBe('12 de 200 caracteres');
    expect(stringsFor('en').characterCount(12, 200)).toBe('12 of 200 characters');
    expect(stringsFor('pt-BR').summaryHeading).toBe('Há um problema');
    expect(stringsFor('en').summaryHeading).toBe('There is a problem');
  });

  it('fetches English the first time it is asked for, the same strings stringsFor gives', async () => {
    expect(arrivedStrings('pt-BR')).toBe(stringsFor('pt-BR'));
    expect(await loadStrings('en')).toBe(stringsFor('en'));
    expect(arrivedStrings('en')).toBe(stringsFor('en'));
  });

  it('takes the language of the nearest lang ancestor, across shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).toBe('en');
    expect(resolveLocale(inner, 'pt-BR')).toBe('pt-BR');
  });
});
