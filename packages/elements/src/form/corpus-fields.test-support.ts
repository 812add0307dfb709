/**
 * Field-level checks of the corpus test: a property's own `title` labels its field (not a branch's),
 * and a choice made of `const` / one-item `enum` alternatives offers every one of them.
 */
import { controlsOf } from './corpus-checks.test-support.js';

type SchemaNode = Record<string, unknown>;

function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Follows a local `$ref` once, the referring schema's own keywords (its `title`) winning. */
function resolveLocal(root: unknown, node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const token of ref.slice(2).split('/'))
    target = isNode(target) ? target[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isNode(target) ? { ...target, ...node } : node;
}

/** The declared properties reachable from the root through `properties` only, with their data pointers. */
function propertiesOf(schema: unknown): { pointer: string; node: SchemaNode }[] {
  const found: { pointer: string; node: SchemaNode }[] = [];
  const visit = (raw: unknown, pointer: string, depth: number): void => {
    if (!isNode(raw) || depth > 6) return;
    const node = resolveLocal(schema, raw);
    if (pointer) found.push({ pointer, node });
    if (isNode(node.properties)) {
      for (const [key, child] of Object.entries(node.properties))
        visit(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
    }
  };
  visit(schema, '', 0);
  return found;
}

function isSingleValue(branch: unknown): boolean {
  return isNode(branch) && ('const' in branch || (Array.isArray(branch.enum) && branch.enum.length === 1));
}

function fieldAt(root: ShadowRoot, pointer: string): Element | null {
  return root.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
}

/** Rendered fields whose label or legend does not show the property's own `title` (issue #14, item 2). */
export function titleProblems(schema: unknown, root: ShadowRoot): string[] {
  return propertiesOf(schema).flatMap(({ pointer, node }) => {
    const field = fieldAt(root, pointer);
    if (!field || typeof node.title !== 'string' || node.title.trim() === '') return [];
    const label = field.querySelector('.legend, .label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return label.includes(node.title.trim())
      ? []
      : [`field ${pointer} is labelled "${label}", not its title "${node.title}"`];
  });
}

/** Rendered choices of `const` / one-item `enum` alternatives that offer fewer options (issue #14, item 3). */
export function optionProblems(schema: unknown, root: ShadowRoot): string[] {
  return propertiesOf(schema).flatMap(({ pointer, node }) => {
    const field = fieldAt(root, pointer);
    const branches = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
    if (!field || !branches || branches.length < 2) return [];
    const resolved = branches.map((branch) => (isNode(branch) ? resolveLocal(schema, branch) : branch));
    if (!resolved.every(isSingleValue)) return [];
    const offered = controlsOf(field).reduce(
      (count, control) =>
        count +
        (control instanceof HTMLSelectElement
          ? [...control.options].filter((option) => option.value !== '').length
          : control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')
            ? 1
            : 0),
      0,
    );
    return offered >= resolved.length ? [] : [`choice ${pointer} offers ${offered} of its ${resolved.length} options`];
  });
}
