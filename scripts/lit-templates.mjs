// Compacts the static text of Lit's html`` and css`` templates at build time: the indentation that keeps
// templates readable in source costs bytes in every bundle (about 0.4 KB min+gzip for the elements).
// Rendering is unchanged: HTML and CSS treat any run of whitespace like one space, so a run becomes a
// single newline or space, never nothing, and only the template's own text changes (`${…}` values are
// untouched). The one place whitespace shows, `<pre>`, holds only an interpolated value in our templates.
// The text is not parsed: runs of spaces inside a quoted CSS string (`content: "a  b"`) or a static
// attribute value shrink too, so text whose spacing matters goes in an interpolation.
//
//   import { compactLitTemplates } from './scripts/lit-templates.mjs';
//   plugins: [compactLitTemplates()]   // in a Vite build config
import MagicString from 'magic-string';
import { parseAst } from 'rolldown/parseAst';

/** Tags whose templates are compacted; `css` also loses comments and spaces around punctuation. */
const TAGS = new Set(['html', 'svg', 'css']);

/** The compact form of one static part of a template (`raw` is its source text, escapes as written). */
export function compactPart(raw, tag) {
  let text = raw.replace(/[ \t]*\n\s*/g, '\n').replace(/[ \t]{2,}/g, ' ');
  if (tag === 'css') {
    text = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/\s+/g, ' ');
  }
  return text;
}

function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
    yield node;
  }
  for (const key in node) {
    if (key !== 'parent') yield* taggedTemplates(node[key]);
  }
}

/**
 * Compacts every html``/svg``/css`` template of a module's JavaScript. Returns null when nothing
 * changed, else the code and its source map.
 */
export function compactTemplates(code, id = 'module.js') {
  if (!/\b(html|svg|css)\s*`/.test(code)) return null;
  const source = new MagicString(code);
  for (const template of taggedTemplates(parseAst(code, { lang: 'js' }, id))) {
    const { quasis } = template.quasi;
    quasis.forEach((part, i) => {
      const raw = code.slice(part.start, part.end);
      let compact = compactPart(raw, template.tag.name);
      // A stylesheet's first and last whitespace separates nothing.
      if (template.tag.name === 'css' && i === 0) compact = compact.trimStart();
      if (template.tag.name === 'css' && i === quasis.length - 1) compact = compact.trimEnd();
      if (compact === raw) return;
      if (compact === '') source.remove(part.start, part.end);
      else source.overwrite(part.start, part.end, compact);
    });
  }
  if (!source.hasChanged()) return null;
  return { code: source.toString(), map: source.generateMap({ hires: 'boundary', source: id }) };
}

/** The Vite plugin: compacts the html``/svg``/css`` templates of every module in a production build. */
export function compactLitTemplates() {
  return {
    name: 'schemaforms:compact-lit-templates',
    apply: 'build',
    transform: {
      filter: { id: /\.[cm]?[jt]s$/, code: /\b(html|svg|css)\s*`/ },
      handler(code, id) {
        return compactTemplates(code, id);
      },
    },
  };
}
