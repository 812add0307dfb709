import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { insertPart, removePart, setChildPartValue } from 'lit/directive-helpers.js';

/** How `fieldList` reads its items. */
export interface FieldListOptions<T> {
  /** A stable key per item (the JSON Pointer). */
  readonly key: (item: T) => string;
  /** What an item's rendering depends on; compared element by element with `===`. */
  readonly deps: (item: T) => readonly unknown[];
  /** The item's template. Called only for new items and items whose deps changed. */
  readonly render: (item: T) => unknown;
}

function sameDeps(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A keyed list that re-renders only the items whose dependencies changed: `repeat` and `guard` in one
 * pass, without a directive object per item. With a thousand fields, a keystroke walks the list
 * comparing a few values per field and touches one field's template (PERFORMANCE.md).
 */
class FieldListDirective extends Directive {
  #keys: string[] = [];
  readonly #parts = new Map<string, ChildPart>();
  readonly #deps = new Map<string, readonly unknown[]>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('fieldList() can only be used in child expressions');
  }

  render(items: readonly unknown[], options: FieldListOptions<unknown>): unknown {
    return items.map(options.render);
  }

  override update(container: ChildPart, [items, options]: [readonly unknown[], FieldListOptions<unknown>]): unknown {
    const keys = items.map(options.key);
    const sameOrder = keys.length === this.#keys.length && keys.every((key, i) => key === this.#keys[i]);
    if (!sameOrder) {
      // Structure changed (a branch opened or closed, an item moved): place every part, last to first.
      const wanted = new Set(keys);
      for (const [key, part] of this.#parts) {
        if (!wanted.has(key)) {
          removePart(part);
          this.#parts.delete(key);
          this.#deps.delete(key);
        }
      }
      let next: ChildPart | undefined;
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const existing = this.#parts.get(key);
        const part = insertPart(container, next, existing);
        if (!existing) this.#parts.set(key, part);
        next = part;
      }
      this.#keys = keys;
    }
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const key = keys[i]!;
      const deps = options.deps(item);
      if (sameDeps(this.#deps.get(key), deps)) continue;
      this.#deps.set(key, deps);
      setChildPartValue(this.#parts.get(key)!, options.render(item));
    }
    return noChange;
  }
}

/** Renders `items` keyed, re-rendering an item only when its `deps` change. */
export const fieldList = directive(FieldListDirective) as <T>(
  items: readonly T[],
  options: FieldListOptions<T>,
) => unknown;
