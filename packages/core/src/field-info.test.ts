import { describe, expect, it } from 'vitest';
import { fieldInfo } from './field-info.js';

describe('the field info of an effective schema', () => {
  it('describes a text field with help, title and constraints', () => {
    const info = fieldInfo({ type: 'string', title: 'Loja', description: 'Onde', minLength: 3 });
    expect(info).toEqual({
      readOnly: false,
      writeOnly: false,
      code: false,
      widget: 'text',
      constraints: { minLength: 3 },
      help: 'Onde',
      title: 'Loja',
    });
    expect(info.anyType).toBeUndefined();
  });

  it('gives every field without constraints the same frozen empty set', () => {
    const first = fieldInfo({ type: 'string' }).constraints;
    expect(fieldInfo({ type: 'number', title: 'N' }).constraints).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toEqual({});
  });

  it('reads the type of a union as the field is drawn', () => {
    expect(fieldInfo({ type: ['string', 'number'] }).types).toBeUndefined();
    expect(fieldInfo({ type: ['string', 'number'] }).widget).toBe('text');
    expect(fieldInfo({ type: ['integer', 'number', 'null'] }).widget).toBe('number');
    expect(fieldInfo({ type: ['boolean', 'null'] }).widget).toBe('checkbox');
    expect(fieldInfo({ type: ['null'] }).readOnly).toBe(true);
    const union = fieldInfo({ type: ['object', 'array', 'null'] });
    expect(union.widget).toBe('object');
    expect(union.types).toEqual(['object', 'array']);
    expect(union.anyType).toBeUndefined();
  });

  it('says a schema with no type is drawn for its answer, and keeps the error message', () => {
    const info = fieldInfo({ 'x-errorMessage': 'Diga algo' });
    expect(info.anyType).toBe(true);
    expect(info.errorMessage).toBe('Diga algo');
    expect(info.help).toBeUndefined();
  });
});
