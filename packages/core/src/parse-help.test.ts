import { describe, expect, it } from 'vitest';
import {
  answerResolver,
  compileSchema,
  createForm,
  MAX_HELP_LENGTH,
  parseHelp,
  safeHref,
  type HelpNode,
} from './index.js';

const text = (nodes: readonly HelpNode[]): string =>
  nodes
    .map((n) =>
      'text' in n ? n.text : 'children' in n ? text(n.children) : n.type === 'list' ? n.items.map(text).join('|') : '',
    )
    .join('');

/** The children of a paragraph (or other container) node; none for a list. */
function childrenOf(node: HelpNode | undefined): readonly HelpNode[] {
  return node && 'children' in node ? node.children : [];
}

describe('parseHelp', () => {
  it('parses paragraphs, emphasis, code and lists', () => {
    expect(parseHelp('Primeiro *parágrafo*\ncontinua.\n\n- um\n- **dois**\n\n1. a\n2. `b`')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Primeiro ' },
          { type: 'em', children: [{ type: 'text', text: 'parágrafo' }] },
          { type: 'text', text: ' continua.' },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'text', text: 'um' }], [{ type: 'strong', children: [{ type: 'text', text: 'dois' }] }]],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'a' }], [{ type: 'code', text: 'b' }]] },
    ]);
  });

  it('keeps HTML as literal text', () => {
    const nodes = parseHelp('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(nodes).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: '<img src=x onerror=alert(1)> <script>alert(1)</script>' }],
      },
    ]);
  });

  it('does not treat snake_case words as emphasis', () => {
    expect(text(parseHelp('use client_id_value here'))).toBe('use client_id_value here');
    expect(parseHelp('use client_id_value here')[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'use client_id_value here' }],
    });
  });

  it.each([
    ['https://example.com/a?b=1&c=2', 'https://example.com/a?b=1&c=2'],
    ['mailto:suporte@example.com', 'mailto:suporte@example.com'],
    ['/ajuda/token', '/ajuda/token'],
    ['?assunto=token/revogacao-de-token', '?assunto=token/revogacao-de-token'],
    ['#secao', '#secao'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['java\u0000script:alert(1)', undefined],
    ['&#x6A;avascript:alert(1)', undefined],
    ['&#106;avascript:alert(1)', undefined],
    ['javascript&colon;alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['http://example.com', undefined],
    ['//evil.example.com/x', undefined],
    ['\\\\evil.example.com', undefined],
    ['/\\evil.example.com', undefined],
    [' \u200bjavascript:alert(1)', undefined],
  ])('allows only https:, mailto: and relative URLs: %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
    const [p] = parseHelp(`[ajuda](${href})`);
    const children = childrenOf(p);
    if (expected === undefined) expect(children).toEqual([{ type: 'text', text: 'ajuda' }]);
    else expect(children[0]).toMatchObject({ type: 'link', href: expected });
  });

  it('fills link templates with the URL-encoded answer, and never makes them unsafe', () => {
    const answers: Record<string, unknown> = { '/loja': 'Loja & Cia/Centro', '/x': 'javascript:alert(1)' };
    const resolve = (p: string) => answers[p];
    expect(parseHelp('[r](?loja={/loja}&v={/nada})', { resolve })[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'link', href: '?loja=Loja%20%26%20Cia%2FCentro&v=', children: [{ type: 'text', text: 'r' }] }],
    });
    const [p] = parseHelp('[r]({/x})', { resolve });
    expect(childrenOf(p)[0]).toEqual({
      type: 'link',
      href: 'javascript%3Aalert(1)',
      children: [{ type: 'text', text: 'r' }],
    });
  });

  it('caps input length and nesting depth (markdown bombs stay cheap)', () => {
    const long = 'a'.repeat(MAX_HELP_LENGTH * 10);
    expect(text(parseHelp(long)).length).toBe(MAX_HELP_LENGTH);
    const deep = '*'.repeat(5000) + 'x' + '*'.repeat(5000);
    const nodes = parseHelp(deep);
    let depth = 0;
    let cur: readonly HelpNode[] = nodes[0] && 'children' in nodes[0] ? nodes[0].children : [];
    while (cur.length && cur[0] && 'children' in cur[0] && cur[0].type !== 'link') {
      depth++;
      cur = cur[0].children;
    }
    expect(depth).toBeLessThanOrEqual(4);
    expect(() => parseHelp('[['.repeat(5000) + '**'.repeat(5000) + '`'.repeat(3))).not.toThrow();
  });

  it('never puts a secret answer in a link (answerResolver)', async () => {
    const form = createForm(
      await compileSchema({
        type: 'object',
        properties: { loja: { type: 'string' }, token: { type: 'string', writeOnly: true } },
      }),
    );
    form.setValue('/loja', 'l1');
    form.setValue('/token', 'tok_secret');
    const [p] = parseHelp('[x](?loja={/loja}&t={/token})', { resolve: answerResolver(form) });
    expect(childrenOf(p)[0]).toMatchObject({ href: '?loja=l1&t=' });
  });
});

describe('parseHelp on plain text and across list items', () => {
  it('turns one line of plain text into one trimmed paragraph, and blank text into nothing', () => {
    expect(parseHelp('  Informe o valor, como no painel (sem espaços).  ')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Informe o valor, como no painel (sem espaços).' }] },
    ]);
    expect(parseHelp('   ')).toEqual([]);
    expect(parseHelp('1. Primeiro')).toEqual([
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'Primeiro' }]] },
    ]);
  });

  it('does not let an unclosed marker in one list item hide markup in the next', () => {
    expect(parseHelp('- a *x\n- bbbbbbbbbb *y*')).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'text', text: 'a *x' }],
          [
            { type: 'text', text: 'bbbbbbbbbb ' },
            { type: 'em', children: [{ type: 'text', text: 'y' }] },
          ],
        ],
      },
    ]);
  });
});
