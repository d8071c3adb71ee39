import type { Mix } from '../content/types.ts';
import { ACTIVITIES } from '../content/vocabulary.ts';

/** How close a spread of hours is to the ideal one: 1 when equal, 0 when nothing overlaps. */
export function mixFit(hours: number[], ideal: Mix): number {
  const total = hours.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  const distance =
    ACTIVITIES.reduce((sum, a, i) => sum + Math.abs((hours[i] ?? 0) / total - ideal[a]), 0) / 2;
  return 1 - distance;
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

/** A mix fit stretched so that `floor` and below count as 0 and a perfect fit as 1: near misses stay apart. */
export function mixScore(fit: number, floor: number): number {
  return Math.max(0, (fit - floor) / (1 - floor));
}
