import { nextRandom } from './rng.ts';

/** Picks count distinct items from pool with the seeded generator; returns them and the new state. */
export function drawDistinct<T>(
  pool: readonly T[],
  count: number,
  rng: number,
): { picked: T[]; rng: number } {
  const rest = [...pool];
  const picked: T[] = [];
  let state = rng;
  while (picked.length < count && rest.length > 0) {
    const d = nextRandom(state);
    state = d.state;
    const [item] = rest.splice(Math.floor(d.value * rest.length), 1);
    picked.push(item as T);
  }
  return { picked, rng: state };
}
