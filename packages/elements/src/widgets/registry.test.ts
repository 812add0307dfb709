import type { FieldModel } from '@schemaforms/core';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { registerWidget, selectWidget } from './registry.js';

function field(overrides: Partial<FieldModel>): FieldModel {
  return {
    pointer: '/x',
    key: 'x',
    label: 'X',
    required: false,
    readOnly: false,
    writeOnly: false,
    code: false,
    widget: 'text',
    constraints: {},
    value: undefined,
    schema: {},
    ...overrides,
  };
}

describe('the widget registry', () => {
  it('picks the built-in widget of each kind', () => {
    expect(selectWidget(field({ widget: 'text' })).name).toBe('text');
    expect(selectWidget(field({ widget: 'tel' })).name).toBe('text');
    expect(selectWidget(field({ widget: 'textarea' })).name).toBe('textarea');
    expect(selectWidget(field({ widget: 'integer' })).name).toBe('number');
    expect(selectWidget(field({ widget: 'date-time' })).name).toBe('date');
    expect(selectWidget(field({ widget: 'secret' })).name).toBe('secret');
    expect(selectWidget(field({ widget: 'radio', options: [] })).name).toBe('radio');
    expect(selectWidget(field({ widget: 'unsupported' })).name).toBe('unsupported');
  });

  it('prefers the context widget for x-context fields', () => {
    const store = field({
      widget: 'select',
      context: { changeLabel: 'Trocar de loja' },
      options: [{ value: 1, label: 'A' }],
    });
    expect(selectWidget(store).name).toBe('context');
  });

  it('lets a host widget with a higher rank win, and removes it again', () => {
    const stars = { name: 'stars', rank: 5, tester: (f: FieldModel) => f.widget === 'integer', render: () => html`★` };
    const remove = registerWidget(stars);
    expect(selectWidget(field({ widget: 'integer' }))).toBe(stars);
    expect(selectWidget(field({ widget: 'text' })).name).toBe('text');
    remove();
    expect(selectWidget(field({ widget: 'integer' })).name).toBe('number');
  });

  it('uses the widget x-widget names when it is registered', () => {
    const stars = { name: 'stars', rank: 0, tester: () => false, render: () => html`★` };
    const remove = registerWidget(stars);
    expect(selectWidget(field({ widget: 'integer', schema: { 'x-widget': 'stars' } }))).toBe(stars);
    remove();
  });

  it('draws a field with its own kind when a built-in x-widget does not fit it (money on a string)', () => {
    expect(selectWidget(field({ widget: 'text', schema: { type: 'string', 'x-widget': 'money' } })).name).toBe('text');
    expect(selectWidget(field({ widget: 'money', schema: { type: 'number', 'x-widget': 'money' } })).name).toBe(
      'money',
    );
    expect(selectWidget(field({ widget: 'number', schema: { type: 'number', 'x-widget': 'code' } })).name).toBe(
      'number',
    );
  });
});
