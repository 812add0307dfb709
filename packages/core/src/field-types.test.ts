/**
 * Field kinds for the types other projects' schemas use (issue #14, item 9) and choices of one-item
 * enums (item 3): union types, nullable and `null` types, enums of objects, multi-line text.
 */
import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, type Form, type JsonSchemaObject } from './index.js';

async function formOf(properties: JsonSchemaObject, value?: unknown, required: string[] = []): Promise<Form> {
  const schema = { type: 'object', properties, required };
  return createForm(await compileSchema(schema), value === undefined ? {} : { value });
}

describe('one-item enum options (item 3)', () => {
  const color = {
    title: 'Cor',
    type: 'string',
    anyOf: [
      { enum: ['#ff0000'], title: 'Vermelho' },
      { enum: ['#00ff00'], title: 'Verde' },
      { enum: ['#0000ff'], title: 'Azul' },
    ],
  };

  it('offers every one-item enum as an option, under the property’s own title', async () => {
    const form = await formOf({ color }, { color: '#00ff00' });
    const field = form.field('/color')!;
    expect(field.label).toBe('Cor');
    expect(field.widget).toBe('radio');
    expect(field.options!.map((option) => [option.label, option.value])).toEqual([
      ['Vermelho', '#ff0000'],
      ['Verde', '#00ff00'],
      ['Azul', '#0000ff'],
    ]);
    expect(form.payload()).toEqual({ color: '#00ff00' });
  });
});

describe('union types (item 9)', () => {
  it('renders a union allowing text as text, keeping an imported number as it is', async () => {
    const form = await formOf({ id: { type: ['string', 'number'] } }, { id: 42 });
    expect(form.field('/id')!.widget).toBe('text');
    expect(form.payload()).toEqual({ id: 42 });
    form.setValue('/id', 'abc');
    expect(form.validate()).toEqual([]);
  });

  it('renders a union of numbers as a number', async () => {
    const form = await formOf({ n: { type: ['integer', 'number'] } });
    expect(form.field('/n')!.widget).toBe('number');
  });

  it('draws a union of other types as its first type while unanswered, listing the types', async () => {
    const form = await formOf({ x: { type: ['boolean', 'array', 'null'] } });
    expect(form.field('/x')).toMatchObject({ widget: 'checkbox', types: ['boolean', 'array'] });
    expect(form.field('/x')!.unsupportedReason).toBeUndefined();
  });

  it('draws a union field for the type of its answer, and follows the answer when it changes type', async () => {
    const options = { type: ['object', 'array'], items: { type: 'string' }, properties: { a: { type: 'string' } } };
    const form = await formOf({ options }, { options: ['x', 'y'] });
    expect(form.warnings).toEqual([]);
    expect(form.field('/options')!.widget).toBe('array');
    expect(form.field('/options/1')).toMatchObject({ widget: 'text', value: 'y' });
    form.setValue('/options', { a: 'z' });
    expect(form.field('/options')!.widget).toBe('object');
    expect(form.field('/options/a')!.value).toBe('z');
    expect(form.payload()).toEqual({ options: { a: 'z' } });
    expect(form.validate()).toEqual([]);
  });

  it('draws a union with integer for a number answer as an integer', async () => {
    const form = await formOf({ n: { type: ['integer', 'boolean'] } }, { n: 3 });
    expect(form.field('/n')).toMatchObject({ widget: 'integer', value: 3 });
  });
});

describe('nullable and null types (item 9)', () => {
  it('keeps an imported null and submits it', async () => {
    const form = await formOf({ nick: { type: ['string', 'null'] } }, { nick: null });
    expect(form.field('/nick')!.widget).toBe('text');
    expect(form.payload()).toEqual({ nick: null });
  });

  it('submits null for a required nullable field left empty; an optional one is left out', async () => {
    const form = await formOf({ nick: { type: ['string', 'null'] }, other: { type: ['string', 'null'] } }, {}, [
      'nick',
    ]);
    expect(form.payload()).toEqual({ nick: null });
    expect(form.field('/nick')!.value).toBeNull();
    expect(form.validate()).toEqual([]);
    form.setValue('/nick', 'Bia');
    expect(form.payload()).toEqual({ nick: 'Bia' });
    form.setValue('/nick', '');
    expect(form.payload()).toEqual({ nick: null });
  });

  it('leaves a required non-nullable field empty (the required error says so)', async () => {
    const form = await formOf({ name: { type: 'string' } }, {}, ['name']);
    expect(form.payload()).toEqual({});
    expect(form.validate().map((error) => error.keyword)).toEqual(['required']);
  });

  it('shows a `"type": "null"` field read-only; required, it submits null', async () => {
    const form = await formOf({ nothing: { type: 'null', title: 'Nada' } }, {}, ['nothing']);
    const field = form.field('/nothing')!;
    expect(field.widget).toBe('text');
    expect(field.readOnly).toBe(true);
    expect(form.payload()).toEqual({ nothing: null });
    expect(form.validate()).toEqual([]);
  });
});

describe('enums of objects and arrays (item 9)', () => {
  const place = {
    enum: [
      { name: 'New York', lat: 40 },
      { name: 'Amsterdam', lat: 52 },
    ],
  };

  it('keeps a listed object answer on import and labels options by their name', async () => {
    const form = await formOf({ place }, { place: { name: 'Amsterdam', lat: 52 } });
    expect(form.warnings).toEqual([]);
    expect(form.payload()).toEqual({ place: { name: 'Amsterdam', lat: 52 } });
    expect(form.field('/place')!.options!.map((option) => option.label)).toEqual(['New York', 'Amsterdam']);
  });

  it('labels an object without a name, and an array, by their JSON text', async () => {
    const form = await formOf({ pair: { enum: [[1, 2], { x: 1 }] } }, { pair: [1, 2] });
    expect(form.payload()).toEqual({ pair: [1, 2] });
    expect(form.field('/pair')!.options!.map((option) => option.label)).toEqual(['[1,2]', '{"x":1}']);
  });

  it('does not keep an object the enum does not list: its keys are reported and left out', async () => {
    const form = await formOf({ place }, { place: { name: 'Paris', lat: 48 } });
    expect(form.warnings.map((warning) => warning.pointer)).toEqual(['/place/name', '/place/lat']);
    expect(form.value).toEqual({ place: {} });
  });
});

describe('multi-line text (item 9)', () => {
  it('shows text holding a line break in a textarea, line breaks kept', async () => {
    const form = await formOf({ note: { type: 'string' } }, { note: 'one\ntwo' });
    expect(form.field('/note')!.widget).toBe('textarea');
    expect(form.payload()).toEqual({ note: 'one\ntwo' });
  });

  it('derives the kind from the answer alone, as a fresh form would', async () => {
    const form = await formOf({ note: { type: 'string' } }, { note: 'one\ntwo' });
    form.setValue('/note', 'one two');
    expect(form.field('/note')!.widget).toBe('text');
    form.setValue('/note', 'one\ntwo');
    expect(form.field('/note')!.widget).toBe('textarea');
  });

  it('keeps one-line text in an input', async () => {
    const form = await formOf({ note: { type: 'string' } }, { note: 'one' });
    expect(form.field('/note')!.widget).toBe('text');
  });

  it('gives a textarea to x-widget textarea', async () => {
    const form = await formOf({ note: { type: 'string', 'x-widget': 'textarea' } });
    expect(form.field('/note')!.widget).toBe('textarea');
  });
});
