import type { Mix, Sequence } from '../content/types.ts';
import { ACTIVITIES } from '../content/vocabulary.ts';

/** Hours of the mission's total not yet given to an activity. */
export function hoursLeft(hours: readonly number[], total: number): number {
  return total - hours.reduce((a, b) => a + b, 0);
}

/** Whether a spread is one the rules accept: whole hours for each of the six activities, adding up to the total. */
export function spreadComplete(hours: readonly number[], total: number): boolean {
  return (
    hours.length === ACTIVITIES.length &&
    hours.every((h) => Number.isInteger(h) && h >= 0) &&
    hoursLeft(hours, total) === 0
  );
}

/** How close a spread of hours is to the ideal one: 1 when equal, 0 when nothing overlaps. */
export function mixFit(hours: number[], ideal: Mix): number {
  const total = hours.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  const distance =
    ACTIVITIES.reduce((sum, a, i) => sum + Math.abs((hours[i] ?? 0) / total - ideal[a]), 0) / 2;
  return 1 - distance;
}

/** Share of pairs of storyboard steps in the right order (steps of the same stage are never out of order). */
export function orderFit(order: string[], sequences: Sequence[]): number {
  const stage = new Map(sequences.map((s) => [s.id, s.stage]));
  let right = 0;
  let pairs = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      const a = stage.get(order[i] as string) ?? 0;
      const b = stage.get(order[j] as string) ?? 0;
      if (a === b) continue;
      pairs += 1;
      if (a < b) right += 1;
    }
  }
  return pairs === 0 ? 1 : right / pairs;
}

/** The whole hours split as near the ideal as whole hours allow (largest remainders). */
export function idealHours(ideal: Mix, total: number): number[] {
  const exact = ACTIVITIES.map((a) => ideal[a] * total);
  const hours = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = total - hours.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) {
    const i = order[k % order.length]?.[1] ?? 0;
    hours[i] = (hours[i] ?? 0) + 1;
  }
  return hours;
}
