import type { HelpNode } from '@schemaforms/core';
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { linkKind, renderHelp } from './help-template.js';

function show(nodes: HelpNode[]): HTMLElement {
  const host = document.createElement('div');
  render(renderHelp(nodes, { newTabText: '(abre em nova aba)' }), host);
  return host;
}

describe('renderHelp', () => {
  it('renders paragraphs, emphasis, code and lists as elements', () => {
    const host = show([
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', text: 'IMPORTANTE:' }] }] },
      {
        type: 'paragraph',
        children: [
          { type: 'em', children: [{ type: 'text', text: 'leia' }] },
          { type: 'code', text: 'x' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'um' }], [{ type: 'text', text: 'dois' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'primeiro' }]] },
    ]);
    expect(host.querySelector('p strong')?.textContent).toBe('IMPORTANTE:');
    expect(host.querySelector('p em')?.textContent).toBe('leia');
    expect(host.querySelector('code')?.textContent).toBe('x');
    expect([...host.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['um', 'dois']);
    expect(host.querySelector('ol li')?.textContent).toBe('primeiro');
  });

  it('renders markup in text as text, never as HTML', () => {
    const host = show([
      { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)><script>x</script>' }] },
    ]);
    expect(host.querySelector('img, script')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('opens https links in a new tab with rel="noopener noreferrer" and says so', () => {
    const host = show([
      { type: 'link', href: 'https://example.com/ajuda', children: [{ type: 'text', text: 'ajuda' }] },
    ]);
    const link = host.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.com/ajuda');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toContain('(abre em nova aba)');
  });

  it('opens relative links in a new tab too, so a form’s unsent answers stay; mailto stays in place', () => {
    const host = show([
      {
        type: 'link',
        href: '?assunto=token/revogacao-de-token&loja=10231',
        children: [{ type: 'text', text: 'abrir' }],
      },
      { type: 'link', href: 'mailto:suporte@example.com', children: [{ type: 'text', text: 'e-mail' }] },
    ]);
    const [relative, mail] = host.querySelectorAll('a');
    expect(relative!.target).toBe('_blank');
    expect(relative!.rel).toBe('noopener noreferrer');
    expect(relative!.textContent).toContain('(abre em nova aba)');
    expect(mail!.hasAttribute('target')).toBe(false);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    '//evil.example/x',
    'http://example.com',
  ])('renders a link to %j as plain text', (href) => {
    const host = show([{ type: 'link', href, children: [{ type: 'text', text: 'clique' }] }]);
    expect(host.querySelector('a')).toBeNull();
    expect(host.textContent).toBe('clique');
  });
});

describe('linkKind', () => {
  it('classifies links', () => {
    expect(linkKind('https://a.example')).toBe('external');
    expect(linkKind('mailto:a@b.c')).toBe('mailto');
    expect(linkKind('/ajuda')).toBe('relative');
    expect(linkKind('vbscript:x')).toBe('unsafe');
  });
});
