import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import type { SfForm } from './sf-form.component.js';

const text = (title: string) => ({ type: 'string', title, maxLength: 50 });
const schema = {
  type: 'object',
  'x-layout': {
    columns: [
      ['a', 'b', 'c'],
      ['d', 'e'],
    ],
  },
  properties: {
    a: text('A'),
    b: text('B'),
    c: text('C'),
    d: text('D'),
    e: {
      ...text('E'),
      oneOf: [
        { const: 'x', title: 'X' },
        { const: 'y', title: 'Y' },
      ],
    },
  },
};

afterEach(() => cleanPage());

async function mountAt(width: string) {
  const parent = document.createElement('main');
  parent.style.width = width;
  document.body.append(parent);
  const element = await mountForm({ schema, locale: 'pt-BR', parent });
  element.style.setProperty('--sf-form-max-width', 'none');
  await element.updateComplete;
  return element;
}

function box(element: SfForm, pointer: string): DOMRect {
  return shadowOf(element).querySelector(`[data-pointer="${pointer}"]`)!.getBoundingClientRect();
}

describe('<sf-form> x-layout', () => {
  it('has no axe violations in two columns', async () => {
    const element = await mountAt('1000px');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('puts the columns side by side on a wide form, each in reading order', async () => {
    const element = await mountAt('1000px');
    expect(box(element, '/d').left).toBeGreaterThan(box(element, '/a').right);
    expect(Math.round(box(element, '/d').top)).toBe(Math.round(box(element, '/a').top));
    expect(box(element, '/b').left).toBe(box(element, '/a').left);
    expect(box(element, '/c').top).toBeGreaterThan(box(element, '/b').top);
    expect(box(element, '/e').left).toBe(box(element, '/d').left);
  });

  it('stacks the columns in reading order on a narrow form (a phone)', async () => {
    const element = await mountAt('360px');
    const tops = ['/a', '/b', '/c', '/d', '/e'].map((pointer) => box(element, pointer).top);
    expect([...tops].sort((x, y) => x - y)).toEqual(tops);
    expect(box(element, '/d').left).toBe(box(element, '/a').left);
  });

  it('tabs through the fields in reading order: down the first column, then the second', async () => {
    const element = await mountAt('1000px');
    (shadowOf(element).querySelector('[data-pointer="/a"] input') as HTMLElement).focus();
    const visited: string[] = [];
    for (let step = 0; step < 4; step++) {
      await userEvent.tab();
      visited.push(shadowOf(element).activeElement!.closest('[data-pointer]')!.getAttribute('data-pointer')!);
    }
    expect(visited).toEqual(['/b', '/c', '/d', '/e']);
  });

  it('names x-layout when it is malformed, instead of guessing a layout', async () => {
    const parent = document.createElement('main');
    document.body.append(parent);
    const element = await mountForm({ schema: { ...schema, 'x-layout': { columns: 'a' } }, locale: 'pt-BR', parent });
    expect(shadowOf(element).querySelector('.fields')).toBeNull();
    expect(shadowOf(element).querySelector('.fallback')?.textContent).toContain('x-layout');
  });
});
