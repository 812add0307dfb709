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
  /**
   * A number that changes whenever something outside the items may change how they render (UI state,
   * language, which errors are shown). While it stays the same, an identical, non-volatile item is
   * skipped without computing its deps.
   */
  readonly epoch: () => number;
  /** Whether an item depends on more than itself and the epoch (then its deps are always compared). */
  readonly volatile: (item: T) => boolean;
}

interface Entry {
  part: ChildPart;
  item: unknown;
  deps: readonly unknown[] | undefined;
  volatile: boolean;
  epoch: number;
}

function sameDeps(previous: readonly unknown[] | undefined, next: readonly unknown[]): boolean {
  if (!previous || previous.length !== next.length) return false;
  for (let i = 0; i < previous.length; i++) if (previous[i] !== next[i]) return false;
  return true;
}

/**
 * A keyed list that re-renders only the items whose dependencies changed: `repeat` and `guard` in one
 * pass, without a directive object per item. With a thousand fields a keystroke checks, per field,
 * that the field object and the epoch are unchanged, and renders one field (PERFORMANCE.md).
 */
class FieldListDirective extends Directive {
  #keys: string[] = [];
  readonly #entries = new Map<string, Entry>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('fieldList() can only be used in child expressions');
  }

  render(items: readonly unknown[], options: FieldListOptions<unknown>): unknown {
    return items.map(options.render);
  }

  override update(container: ChildPart, [items, options]: [readonly unknown[], FieldListOptions<unknown>]): unknown {
    const count = items.length;
    let sameOrder = count === this.#keys.length;
    const keys = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      const key = options.key(items[i]);
      keys[i] = key;
      if (sameOrder && key !== this.#keys[i]) sameOrder = false;
    }
    if (!sameOrder) this.#place(container, keys);
    const epoch = options.epoch();
    for (let i = 0; i < count; i++) {
      const item = items[i];
      const entry = this.#entries.get(keys[i]!)!;
      if (entry.item === item && !entry.volatile && entry.epoch === epoch) continue;
      const deps = options.deps(item);
      entry.item = item;
      entry.epoch = epoch;
      entry.volatile = options.volatile(item);
      if (sameDeps(entry.deps, deps)) continue;
      entry.deps = deps;
      setChildPartValue(entry.part, options.render(item));
    }
    return noChange;
  }

  /**
   * Structure changed (a branch opened or closed, an item moved). Removes the parts whose keys left,
   * keeps in place the longest run of parts already in the new relative order (a longest increasing
   * subsequence of their old indices), and moves or inserts only the others, last to first: one field
   * appearing in the middle inserts one part and moves nothing else, as Lit's `repeat` does.
   */
  #place(container: ChildPart, keys: string[]): void {
    const wanted = new Set(keys);
    for (const [key, entry] of this.#entries) {
      if (!wanted.has(key)) {
        removePart(entry.part);
        this.#entries.delete(key);
      }
    }
    const oldIndex = new Map<string, number>();
    for (let i = 0; i < this.#keys.length; i++) oldIndex.set(this.#keys[i]!, i);
    const stay = stableIndices(keys.map((key) => (this.#entries.has(key) ? oldIndex.get(key)! : -1)));
    let next: ChildPart | undefined;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const existing = this.#entries.get(key);
      if (existing && stay[i]) {
        next = existing.part;
        continue;
      }
      const part = insertPart(container, next, existing?.part);
      if (!existing) this.#entries.set(key, { part, item: undefined, deps: undefined, volatile: true, epoch: -1 });
      next = part;
    }
    this.#keys = keys;
  }
}

/**
 * Which positions of `order` (old indices, -1 for new items) belong to one longest strictly increasing
 * subsequence: the items that can stay where they are while the others move around them.
 */
function stableIndices(order: readonly number[]): boolean[] {
  const stay = new Array<boolean>(order.length).fill(false);
  // tails[k]: position in `order` of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(order.length).fill(-1);
  for (let i = 0; i < order.length; i++) {
    const value = order[i]!;
    if (value < 0) continue;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (order[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) stay[i] = true;
  return stay;
}

/** Renders `items` keyed, re-rendering an item only when its `deps` change. */
export const fieldList = directive(FieldListDirective) as <T>(
  items: readonly T[],
  options: FieldListOptions<T>,
) => unknown;
