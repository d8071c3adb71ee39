/** Edits of the storyboard's card ids: each returns a new list (the rules check it when it is chosen). */

/** The card added at the end. */
export function addCard(order: readonly string[], id: string): string[] {
  return order.includes(id) ? [...order] : [...order, id];
}

export function removeCard(order: readonly string[], id: string): string[] {
  return order.filter((x) => x !== id);
}

/** The card at `index` swapped with its neighbour (delta −1: earlier, +1: later); unchanged at either end. */
export function move(order: readonly string[], index: number, delta: number): string[] {
  const j = index + delta;
  if (j < 0 || j >= order.length) return [...order];
  const out = [...order];
  [out[index], out[j]] = [out[j] as string, out[index] as string];
  return out;
}

/** The page a list of `count` items at `per` a page shows, kept within its pages. */
export function pageWithin(page: number, count: number, per: number): number {
  return Math.max(0, Math.min(page, Math.ceil(count / Math.max(1, per)) - 1));
}
