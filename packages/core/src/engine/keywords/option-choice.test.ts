import { describe, expect, it } from 'vitest';
import { scripted } from '../../test-support/scripted-schema.js';
import { chooseOption } from './choose-alternative.js';
import { constOptions } from './option-choice.js';

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

describe('object alternatives that all match (issue #14, item 1)', () => {
  // vue-json-schema-form's sample: neither branch has `required`, so `{bar}` matches both.
  const open = { type: 'object', oneOf: [{ properties: { foo: {} } }, { properties: { bar: {} } }] };
  const list = { keyword: 'oneOf', count: 2, choiceOfObjects: true } as const;

  it('chooses, among the matching ones, the branch that declares the answered properties', () => {
    const form = scripted(open, { matches: () => true });
    expect(chooseOption(form, '', list, { bar: '222222222' }, '/items/1')).toBe(1);
    expect(chooseOption(form, '', list, { foo: '11111' }, '/items/0')).toBe(0);
  });

  it('keeps the first matching branch on a tie', () => {
    const form = scripted(open, { matches: () => true });
    expect(chooseOption(form, '', list, {}, '')).toBe(0);
  });

  it('never prefers a better-fitting branch the answers do not match', () => {
    const form = scripted(open, { matches: (pointer) => pointer === '/oneOf/0' });
    expect(chooseOption(form, '', list, { bar: 'x' }, '')).toBe(0);
  });
});
