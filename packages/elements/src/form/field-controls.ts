import { fieldId } from '../internal/ids.js';

/** What can take focus inside a field, when its control (`--control` id) cannot. */
const FOCUSABLE =
  'input:not([disabled]),select:not([disabled]),textarea:not([disabled]),button:not([disabled]),a[href],[tabindex]';

/** The element with `id` in the element's shadow root. */
export function elementById(root: ParentNode | undefined, id: string): HTMLElement | null {
  return (root as ShadowRoot | undefined)?.getElementById(id) ?? null;
}

/**
 * The control of the field at `pointer` in `root`, or the first focusable element of its field: what
 * the summary's links, the browser's validation bubble and a field's focus move lead to.
 */
export function controlOf(root: ParentNode | undefined, pointer: string): HTMLElement | null {
  if (!root) return null;
  const control = elementById(root, fieldId(pointer, 'control'));
  if (control?.matches(FOCUSABLE)) return control;
  const wrapper = root.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
  return wrapper?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
}
