import { describe, expect, it } from 'vitest';
import { FieldHelp } from './field-help.js';

describe('FieldHelp', () => {
  it('renders plain help at once, and Markdown help as plain text until the parser chunk has arrived', async () => {
    const loads: Promise<void>[] = [];
    const failures: string[] = [];
    const help = new FieldHelp(
      () => undefined,
      () => '(abre em nova aba)',
      { loading: (load) => loads.push(load), failed: (message) => failures.push(message) },
    );
    expect(help.render('Uma frase simples.  ')).toBe('Uma frase simples.');
    // Plain help fetches nothing.
    expect(loads).toEqual([]);

    expect(help.render('  Use **negrito** aqui ')).toBe('Use **negrito** aqui');
    expect(help.parserArrived).toBe(false);
    expect(help.render('- um item')).toBe('- um item');
    // One fetch, however many texts wait for it.
    expect(loads).toHaveLength(1);
    await loads[0];
    expect(help.parserArrived).toBe(true);
    expect(failures).toEqual([]);
    const container = document.createElement('div');
    const { render } = await import('lit');
    render(help.render('Use **negrito** aqui'), container);
    expect(container.querySelector('strong')?.textContent).toBe('negrito');
  });
});
