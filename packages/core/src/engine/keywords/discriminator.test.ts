import { describe, expect, it } from 'vitest';
import { scripted } from '../../test-support/scripted-schema.js';
import { discriminatedOption, discriminatorAnswer } from './discriminator.js';
import { chooseOption } from './choose-alternative.js';

const pets = {
  $defs: {
    Cat: { type: 'object', properties: { petType: { type: 'string' }, meows: { type: 'boolean' } } },
    Dog: { type: 'object', properties: { petType: { type: 'string' }, barks: { type: 'boolean' } } },
    Lizard: { type: 'object', properties: { petType: { const: 'lizard' }, scales: { type: 'boolean' } } },
  },
  oneOf: [{ $ref: '#/$defs/Cat' }, { $ref: '#/$defs/Dog' }, { $ref: '#/$defs/Lizard' }],
  discriminator: { propertyName: 'petType', mapping: { gato: '#/$defs/Cat' } },
};
const list = { keyword: 'oneOf', count: 3, choiceOfObjects: true } as const;

describe('OpenAPI discriminator', () => {
  it('names a branch through mapping, a const of the property, or the $ref’s schema name', () => {
    const { schemas } = scripted(pets);
    expect(discriminatedOption(schemas, '', list, { petType: 'gato' })).toBe(0);
    expect(discriminatedOption(schemas, '', list, { petType: 'Dog' })).toBe(1);
    expect(discriminatedOption(schemas, '', list, { petType: 'lizard' })).toBe(2);
  });

  it('names none for an unknown, missing or non-text value', () => {
    const { schemas } = scripted(pets);
    expect(discriminatedOption(schemas, '', list, { petType: 'Fish' })).toBeUndefined();
    expect(discriminatedOption(schemas, '', list, {})).toBeUndefined();
    expect(discriminatedOption(schemas, '', list, { petType: 3 })).toBeUndefined();
    expect(discriminatedOption(scripted({ oneOf: pets.oneOf }).schemas, '', list, { petType: 'Dog' })).toBeUndefined();
  });

  it('picks the branch it names before any branch the answers match', () => {
    const form = scripted(pets, { matches: (pointer) => pointer === '/oneOf/0' });
    expect(chooseOption(form, '', list, { petType: 'Dog' }, '')).toBe(1);
    expect(chooseOption(form, '', list, { petType: 'Fish' }, '')).toBe(0);
  });

  it('gives the answer that names a branch the person picks', () => {
    const { schemas } = scripted(pets);
    expect(discriminatorAnswer(schemas, '/oneOf', 0)).toEqual({ propertyName: 'petType', value: 'gato' });
    expect(discriminatorAnswer(schemas, '/oneOf', 1)).toEqual({ propertyName: 'petType', value: 'Dog' });
    expect(discriminatorAnswer(scripted({ oneOf: pets.oneOf }).schemas, '/oneOf', 1)).toBeUndefined();
  });
});
