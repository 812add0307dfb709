import { describe, expect, it } from 'vitest';
import { compactPart, compactTemplates } from '../scripts/lit-templates.mjs';

describe('compacting Lit templates at build time (scripts/lit-templates.mjs)', () => {
  it('turns a run of HTML whitespace into one newline or space, never into nothing', () => {
    expect(compactPart('<div class="a">\n      <span>x</span>   <b>y</b>\n    </div>', 'html')).toBe(
      '<div class="a">\n<span>x</span> <b>y</b>\n</div>',
    );
    expect(compactPart('\n    ', 'html')).toBe('\n');
  });

  it('drops CSS comments, indentation and spaces around punctuation', () => {
    expect(
      compactPart(
        '\n  :host {\n    display: block; /* why */\n    font: 1rem system-ui, sans-serif;\n  }\n  .a .b { color: red }\n',
        'css',
      ),
    ).toBe(' :host{display:block;font:1rem system-ui,sans-serif;}.a .b{color:red}');
  });

  it('changes only the static text of html/css templates, not interpolations or other strings', () => {
    const code = [
      'const note = `keep   this\n    text`;',
      'const view = html`<p>\n    ${cond ? html`<b>\n      ${"  spaced  "}</b>` : nothing}\n  </p>`;',
      'const style = css `\n  .x {\n    margin: ${unsafeCSS(gap)};\n  }\n`;',
      'const other = tag`a   b`;',
    ].join('\n');
    const result = compactTemplates(code);
    expect(result).not.toBeNull();
    expect(result!.code).toBe(
      [
        'const note = `keep   this\n    text`;',
        'const view = html`<p>\n${cond ? html`<b>\n${"  spaced  "}</b>` : nothing}\n</p>`;',
        'const style = css `.x{margin:${unsafeCSS(gap)};}`;',
        'const other = tag`a   b`;',
      ].join('\n'),
    );
  });

  it('leaves a module without Lit templates alone', () => {
    expect(compactTemplates('export const a = `x   y`;')).toBeNull();
    expect(compactTemplates('const t = html`<p>a</p>`;')).toBeNull();
  });
});
