import { ACTIVITIES } from '../../content/vocabulary.ts';
import { hoursLeft } from '../../sim/pedagogy.ts';

/** The hours being spread before they add up (only a complete spread is a decision the rules accept). */
export function startDraft(saved: number[] | null): number[] {
  return saved ? [...saved] : ACTIVITIES.map(() => 0);
}

export function adjust(draft: number[], index: number, delta: number, total: number): number[] {
  const value = draft[index] ?? 0;
  if (delta > 0 && hoursLeft(draft, total) <= 0) return draft;
  if (delta < 0 && value <= 0) return draft;
  return draft.map((h, i) => (i === index ? h + delta : h));
}

/** A fixed shuffle of the storyboard, so its first order is never already the right one. */
export function scrambled(ids: string[], seed: number): string[] {
  const out = [...ids].reverse();
  if (out.length > 2) {
    const k = Math.abs(seed) % out.length;
    [out[0], out[k]] = [out[k] as string, out[0] as string];
  }
  return out;
}

export function move(order: string[], index: number, delta: number): string[] {
  const j = index + delta;
  if (j < 0 || j >= order.length) return order;
  const out = [...order];
  [out[index], out[j]] = [out[j] as string, out[index] as string];
  return out;
}

/** The order with the item at `from` taken out and put back at `to` (a drag and drop). */
export function moveTo(order: string[], from: number, to: number): string[] {
  const out = [...order];
  const [item] = out.splice(from, 1);
  if (item === undefined) return order;
  out.splice(Math.max(0, Math.min(out.length, to)), 0, item);
  return out;
}
