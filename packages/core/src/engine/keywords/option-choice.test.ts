import { describe, expect, it } from 'vitest';
import { scripted } from '../../test-support/scripted-schema.js';
import { chooseOption, constOptions } from './option-choice.js';

describe('oneOf/anyOf option choice', () => {
  it('reads a list of constants (through $ref) as the options of a choice', () => {
    const { schemas } = scripted({
      $defs: { yes: { const: true, title: 'Sim' } },
      properties: { answer: { oneOf: [{ $ref: '#/$defs/yes' }, { const: false, title: 'Não' }] } },
    });
    expect(constOptions(schemas, '/properties/answer', 'oneOf')).toEqual([
      { const: true, title: 'Sim' },
      { const: false, title: 'Não' },
    ]);
  });

  it('reads a list with one non-constant option as alternatives', () => {
    const { schemas } = scripted({ anyOf: [{ const: 1 }, { type: 'string' }] });
    expect(constOptions(schemas, '', 'anyOf')).toBeNull();
    expect(constOptions(schemas, '', 'oneOf')).toBeNull();
  });

  const alternatives = {
    oneOf: [
      { properties: { kind: { const: 'person' }, name: {} }, required: ['kind', 'name'] },
      { properties: { kind: { const: 'company' }, cnpj: {} }, required: ['kind', 'cnpj'] },
    ],
  };
  const list = { keyword: 'oneOf', count: 2, choiceOfObjects: false } as const;

  it('chooses the first alternative the answers match', () => {
    const form = scripted(alternatives, { matches: (pointer) => pointer === '/oneOf/1' });
    expect(chooseOption(form, '', list, { kind: 'company', cnpj: '1' }, '')).toBe(1);
    expect(form.choices.chosen('', '/oneOf')).toBe(1);
  });

  it('while none matches, chooses the one whose constants fit the answers', () => {
    const form = scripted(alternatives);
    expect(chooseOption(form, '', list, { kind: 'company' }, '')).toBe(1);
    expect(chooseOption(form, '', list, { kind: 'person' }, '')).toBe(0);
  });

  it('on a tie keeps the previous choice, so the fields stay where they are', () => {
    const form = scripted(alternatives);
    form.choices.choose('/item', '/oneOf', 1);
    expect(chooseOption(form, '', list, {}, '/item')).toBe(1);
    expect(chooseOption(form, '', list, {}, '/elsewhere')).toBe(0);
  });
});

describe('one-item enum options (issue #14, item 3)', () => {
  it('reads a list of one-item enums as constant options', () => {
    const { schemas } = scripted({
      anyOf: [
        { enum: ['#ff0000'], title: 'Vermelho' },
        { enum: ['#00ff00'], title: 'Verde' },
      ],
    });
    expect(constOptions(schemas, '', 'anyOf')).toEqual([
      { enum: ['#ff0000'], title: 'Vermelho', const: '#ff0000' },
      { enum: ['#00ff00'], title: 'Verde', const: '#00ff00' },
    ]);
  });

  it('keeps a list with an enum of two values as alternatives', () => {
    const { schemas } = scripted({ anyOf: [{ enum: ['a', 'b'] }, { const: 'c' }] });
    expect(constOptions(schemas, '', 'anyOf')).toBeNull();
  });

  it('scores a one-item enum property like a const when choosing an alternative', () => {
    const form = scripted({
      oneOf: [
        { properties: { kind: { enum: ['person'] }, name: {} } },
        { properties: { kind: { enum: ['company'] }, cnpj: {} } },
      ],
    });
    const list = { keyword: 'oneOf', count: 2, choiceOfObjects: false } as const;
    expect(chooseOption(form, '', list, { kind: 'company' }, '')).toBe(1);
  });
});
