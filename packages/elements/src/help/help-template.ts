import type { HelpNode } from '@schemaforms/core';
import { html, nothing } from 'lit';

/** Options of `renderHelp`. */
export interface RenderHelpOptions {
  /** Hidden text appended to links that open a new tab (`(abre em nova aba)`). */
  readonly newTabText: string;
}

/**
 * Renders the help AST from core's `parseHelp` as Lit templates. Text only ever goes through Lit text
 * bindings — never `innerHTML` — so schema text cannot become markup (RELIABILITY B1–B5). The usual
 * help, one plain sentence, renders as bare text: no template, no `<p>`, no markers.
 */
export function renderHelp(nodes: readonly HelpNode[], options: RenderHelpOptions): unknown {
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.type === 'paragraph' && only.children.length === 1 && only.children[0]!.type === 'text') {
    return only.children[0]!.text;
  }
  return renderChildren(nodes, options);
}

function renderNode(node: HelpNode, options: RenderHelpOptions): unknown {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'paragraph':
      return html`<p>${renderChildren(node.children, options)}</p>`;
    case 'strong':
      return html`<strong>${renderChildren(node.children, options)}</strong>`;
    case 'em':
      return html`<em>${renderChildren(node.children, options)}</em>`;
    case 'code':
      return html`<code>${node.text}</code>`;
    case 'list':
      return node.ordered
        ? html`<ol>${node.items.map((item) => html`<li>${renderChildren(item, options)}</li>`)}</ol>`
        : html`<ul>${node.items.map((item) => html`<li>${renderChildren(item, options)}</li>`)}</ul>`;
    case 'link':
      return renderLink(node.href, node.children, options);
    default:
      return nothing;
  }
}

function renderChildren(children: readonly HelpNode[], options: RenderHelpOptions): unknown {
  // A single child needs no array (each array item costs Lit a marker comment).
  return children.length === 1
    ? renderNode(children[0]!, options)
    : children.map((child) => renderNode(child, options));
}

function renderLink(href: string, children: readonly HelpNode[], options: RenderHelpOptions): unknown {
  const kind = linkKind(href);
  if (kind === 'unsafe') return renderChildren(children, options);
  // A help link opens a new tab, relative ones too: it never navigates away from a form's unsent answers.
  if (kind === 'external' || kind === 'relative') {
    return html`<a href=${href} target="_blank" rel="noopener noreferrer"
      >${renderChildren(children, options)}<span class="visually-hidden"> ${options.newTabText}</span></a
    >`;
  }
  return html`<a href=${href} rel="noopener noreferrer">${renderChildren(children, options)}</a>`;
}

/**
 * Core already drops unsafe links; this second check is defence in depth, because Lit does not
 * sanitise `href`. Only `https:` and scheme-less relative URLs (both opened in a new tab) and `mailto:` pass.
 */
export function linkKind(href: string): 'external' | 'mailto' | 'relative' | 'unsafe' {
  // Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`).
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const compact = href.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // `//host/path` is protocol-relative: treat it as the https link it would become, or refuse.
    if (compact.startsWith('//')) return 'unsafe';
    return 'relative';
  }
  if (scheme === 'https') return 'external';
  if (scheme === 'mailto') return 'mailto';
  return 'unsafe';
}
