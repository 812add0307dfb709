import { noChange, nothing, type RenderOptions } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * One item of a `fieldList`: the element it is drawn in (a direct child of the list's container) and
 * what the list compares to skip it. What draws the item may keep its own state in a subclass: one
 * object per item, not one for the list and one for the drawing (issue #18: heap per field).
 */
export class ListEntry {
  // Declared only: set by the item's first render.
  declare item: unknown;
  declare deps: readonly unknown[] | undefined;
  declare volatile: boolean;
  declare epoch: number;

  constructor(readonly element: HTMLElement) {}

  /** The item left the list (its element is removed next): what is drawn in it hears so. */
  leave(): void {}
}

/** How `fieldList` reads its items. */
export interface FieldListOptions<T, E extends ListEntry = ListEntry> {
  /** A stable key per item (the JSON Pointer). */
  readonly key: (item: T) => string;
  /** What an item's rendering depends on besides the item itself; compared element by element with `===`. */
  readonly deps: (item: T) => readonly unknown[];
  /** The entry of a new item, with the element it is drawn in (its frame), made once per key. */
  readonly create: (item: T) => E;
  /**
   * Draws the item into its entry's element; `options` are Lit's for any template drawn there (the
   * list's host). Called only for new items and items whose deps changed.
   */
  readonly render: (item: T, entry: E, options: RenderOptions) => void;
  /**
   * A number that changes whenever something outside the items may change how they render (UI state,
   * language, which errors are shown). While it stays the same, an identical, non-volatile item is
   * skipped without computing its deps.
   */
  readonly epoch: () => number;
  /** Whether an item depends on more than itself and the epoch (then its deps are always compared). */
  readonly volatile: (item: T) => boolean;
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
 *
 * Each item is an element of its own (`create`), placed directly in the container, and drawn inside it
 * by `render`: no pair of comment markers per item as `repeat` has (issue #18: a form of a thousand
 * fields had two thousand of them), and the item's frame needs no Lit part of its own. What `render`
 * draws with Lit there is a Lit root of its own: told by `leave`, an async directive in it hears that it
 * left when its item is removed, not when the whole element leaves the page.
 */
class FieldListDirective extends Directive {
  #keys: string[] = [];
  /** The deps last kept: items next to each other often have equal ones, then they share this array. */
  #lastDeps: readonly unknown[] | undefined;
  readonly #entries = new Map<string, ListEntry>();
  #renderOptions: RenderOptions | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('fieldList() can only be used in child expressions');
  }

  render(_items: readonly unknown[], _options: FieldListOptions<unknown>): unknown {
    // Only `update` draws: the items live in elements this directive makes (no server rendering here).
    return nothing;
  }

  override update(container: ChildPart, [items, options]: [readonly unknown[], FieldListOptions<unknown>]): unknown {
    // Listeners in the items' templates are called with the host, as in the container's own template.
    this.#renderOptions ??= { host: container.options?.host };
    const count = items.length;
    let sameOrder = count === this.#keys.length;
    const keys = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      const key = options.key(items[i]);
      keys[i] = key;
      if (sameOrder && key !== this.#keys[i]) sameOrder = false;
    }
    const epoch = options.epoch();
    if (!sameOrder) this.#place(container, keys, items, options, epoch);
    for (let i = 0; i < count; i++) this.#renderItem(this.#entries.get(keys[i]!)!, items[i], options, epoch);
    return noChange;
  }

  /** Renders `item` into its entry's frame, unless it and what it depends on are unchanged. */
  #renderItem(entry: ListEntry, item: unknown, options: FieldListOptions<unknown>, epoch: number): void {
    if (entry.item === item && !entry.volatile && entry.epoch === epoch) return;
    const deps = options.deps(item);
    const same = entry.item === item && sameDeps(entry.deps, deps);
    entry.item = item;
    entry.epoch = epoch;
    entry.volatile = options.volatile(item);
    if (same) return;
    // One array for a run of items with equal deps (the language, no error shown…): a thousand fields
    // keep a few arrays, not a thousand.
    entry.deps = sameDeps(this.#lastDeps, deps) ? this.#lastDeps : (this.#lastDeps = deps);
    options.render(item, entry, this.#renderOptions!);
  }

  /**
   * Structure changed (a branch opened or closed, an item moved). Removes the parts whose keys left,
   * keeps in place the longest run of parts already in the new relative order (a longest increasing
   * subsequence of their old indices), and moves or inserts only the others, last to first: one field
   * appearing in the middle inserts one element and moves nothing else, as Lit's `repeat` does. A new
   * item is rendered before its frame is inserted, so its nodes reach the page in one insertion.
   */
  #place(
    container: ChildPart,
    keys: string[],
    items: readonly unknown[],
    options: FieldListOptions<unknown>,
    epoch: number,
  ): void {
    const wanted = new Set(keys);
    for (const [key, entry] of this.#entries) {
      if (!wanted.has(key)) {
        // Async directives inside the item hear that they left the page.
        entry.leave();
        entry.element.remove();
        this.#entries.delete(key);
      }
    }
    // Where the container's nodes are now (a template's fragment before it is placed), not where Lit's
    // `parentNode` says they will end up.
    const parent = container.startNode!.parentNode!;
    const oldIndex = new Map<string, number>();
    for (let i = 0; i < this.#keys.length; i++) oldIndex.set(this.#keys[i]!, i);
    const stay = stableIndices(keys.map((key) => (this.#entries.has(key) ? oldIndex.get(key)! : -1)));
    let next: Node | null = container.endNode;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      let entry = this.#entries.get(key);
      if (entry && stay[i]) {
        next = entry.element;
        continue;
      }
      if (!entry) {
        const item = items[i];
        this.#entries.set(key, (entry = options.create(item)));
        this.#renderItem(entry, item, options, epoch);
      }
      parent.insertBefore(entry.element, next);
      next = entry.element;
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
export const fieldList = directive(FieldListDirective) as <T, E extends ListEntry>(
  items: readonly T[],
  options: FieldListOptions<T, E>,
) => unknown;
